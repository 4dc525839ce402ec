// A participant's download leaves the facilitator's tools out: the group
// view, and on the result the report and the measurements over time. The
// full build is fetched only when one of them opens, and takes the
// widget's place with everything it held, storage or not, where it was
// (src/ui/full_build.rs). When it cannot be fetched the widget says so,
// keeps every answer and can try again.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";
import { KansrijkPage, STORAGE_KEYS } from "../pages/kansrijk-page.mjs";

const env = useHosts();
const FULL = /\/kansrijk-full-[0-9a-f]+(_bg\.wasm|\.js)(#.*)?$/;
const fullRequests = (requests) => requests.filter((url) => FULL.test(url));

/** Makes reading localStorage throw, as a browser that blocks site data does. */
async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
}

for (const viewport of VIEWPORTS) {
  describe(`the full build at ${viewport.name}`, () => {
    it("is not loaded on the way through a quick scan to the verdict", async () => {
      const { page, app, requests, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.completeToResult();
      await app.openSections({ tools: false });
      await page.getByTestId("share-qr").waitFor({ state: "attached" });
      assert.ok(await app.verdict.isVisible());
      assert.deepEqual(fullRequests(requests), [], "a participant never downloads the facilitator's tools");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("takes over with the answers and the language, with storage blocked", async () => {
      const { page, app, requests, errors } = await env.open(viewport, { goto: false });
      await blockStorage(page);
      await app.goto();
      await app.go(app.startQuick);
      await app.answerScreen({ pick: (n) => [5, 2, 3][n % 3] });
      await app.next();
      await app.answerScreen({ pick: () => 1 });
      const second = await app.answersOnScreen();
      await app.go(app.backButton);
      const first = await app.answersOnScreen();
      await app.go(app.backButton);
      await page.getByTestId("lang-en").click();

      await app.openGroup();
      await page.getByTestId("group-paste").waitFor({ state: "visible" });
      assert.equal(fullRequests(requests).length, 2, "the full build's script and wasm, once each");
      assert.equal(await app.heading.textContent(), "Group view", "in the language chosen before");
      assert.ok(await app.stepHeading.evaluate((el) => el === document.activeElement), "the heading has the focus");
      assert.equal(await app.notice.count(), 1, "storage is still said to be off, once");

      // Back at the start, the answers given before are there to resume,
      // from the last screen visited: the first.
      await app.go(app.backButton);
      await app.go(app.resume);
      assert.deepEqual(await app.answersOnScreen(), first, "answered as before");
      await app.next();
      assert.deepEqual(await app.answersOnScreen(), second);
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("goes on at the result with the report opened, when a participant opens it", async () => {
      const { page, app, requests, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "private", value: 2 });
      await page.getByTestId("lang-en").click();
      await app.waitUntilDrawn();
      const verdict = (await app.verdict.textContent()).trim();
      const share = page.locator("[data-fold=share] > h2 > .kr-fold-toggle");
      await share.click();
      assert.deepEqual(fullRequests(requests), [], "nothing loaded before a tool is opened");

      const report = page.locator("[data-fold=report] > h2 > .kr-fold-toggle");
      await report.click();
      await app.toolsLoaded();
      await page.getByTestId("report-download-html").waitFor({ state: "visible" });
      assert.equal(fullRequests(requests).length, 2, "the full build's script and wasm, once each");
      assert.equal((await app.verdict.textContent()).trim(), verdict, "the same result");
      assert.equal(await page.locator(".kansrijk").getAttribute("lang"), "en", "in the language shown");
      assert.equal(await share.getAttribute("aria-expanded"), "true", "the sections open before are open");
      assert.equal(await report.getAttribute("aria-expanded"), "true");
      assert.ok(await report.evaluate((el) => el === document.activeElement), "the section opened has the focus");
      const inView = await report.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      assert.ok(inView, "and is in view");
      const { text } = await app.download("report-download");
      assert.ok(text.includes(`**${verdict}**`), "the report holds the verdict");
      assert.deepEqual(await app.accessibilityViolations(), []);

      // The measurements come with the same build.
      await page.locator("[data-fold=measure] > h2 > .kr-fold-toggle").click();
      await page.getByTestId("measurement-save").click();
      assert.equal(await page.getByTestId("measurement").count(), 1);
      assert.equal(fullRequests(requests).length, 2, "nothing more is loaded");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("says why when a tool on the result cannot be loaded, and loads it on a second try", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "public", value: 4 });
      await app.waitUntilDrawn();
      const saved = await app.saved();
      const refuse = (route) => route.abort("internetdisconnected");
      await page.route(FULL, refuse);
      await page.locator("[data-fold=measure] > h2 > .kr-fold-toggle").click();
      const failed = page.getByTestId("tools-load-failed");
      await failed.waitFor({ state: "visible" });
      assert.equal(await failed.getAttribute("role"), "alert");
      assert.ok(await app.verdict.isVisible(), "the result stays");
      assert.deepEqual(await app.accessibilityViolations(), []);
      assert.deepEqual(await app.saved(), saved, "nothing saved is touched");

      await page.unroute(FULL, refuse);
      await page.getByTestId("tools-load-retry").click();
      await page.getByTestId("measurement-save").waitFor({ state: "visible" });
      assert.deepEqual(await app.saved(), saved);
      const unexpected = errors.filter((e) => !/could not load the full build|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));
      assert.deepEqual(unexpected, [], unexpected.join(" / "));
    });

    it("adds a shared result from a link to the group it opens", async () => {
      const { link } = await KansrijkPage.respondent(env, viewport, "public", 4, { label: "Wijkagent" });
      const { page, app, errors } = await env.open(viewport, { goto: false });
      await page.goto(link, { waitUntil: "load" });
      await page.getByTestId("shared-add").click();
      await page.getByTestId("group-paste").waitFor({ state: "visible" });
      await app.waitUntilDrawn();
      assert.equal(await app.groupCount(), 1, "the shared result joined the group");
      assert.match(await page.getByTestId("group").textContent(), /Wijkagent/);
      assert.equal((await app.saved(KansrijkPage.GROUP_KEY)).list.length, 1, "and is saved with it");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("says why when it cannot be loaded, keeps the answers and tries again", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.go(app.backButton);
      const saved = await app.saved();

      const refuse = (route) => route.abort("internetdisconnected");
      await page.route(FULL, refuse);
      await app.openGroup();
      const failed = page.getByTestId("group-load-failed");
      await failed.waitFor({ state: "visible" });
      assert.equal(await failed.getAttribute("role"), "alert");
      assert.deepEqual(await app.accessibilityViolations(), []);
      assert.deepEqual(await app.saved(), saved, "nothing saved is touched");

      await page.unroute(FULL, refuse);
      await page.getByTestId("group-load-retry").click();
      await page.getByTestId("group-paste").waitFor({ state: "visible" });
      await app.go(app.backButton);
      assert.ok(await app.resume.isVisible(), "the answers are there to resume");
      assert.deepEqual(await app.saved(), saved);
      const unexpected = errors.filter((e) => !/could not load the full build|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));
      assert.deepEqual(unexpected, [], unexpected.join(" / "));
    });

    it("replaces only the widget that opens the group view, under its own name", async () => {
      const { page, errors } = await env.openHost(viewport, "two-widgets.html", { goto: false });
      const requests = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`${env.server.origin}/hosts/two-widgets.html`, { waitUntil: "load" });
      const [noordHost, harbourHost] = [page.locator("[data-kansrijk=noord]"), page.locator("[data-kansrijk=harbour]")];
      const noord = EmbeddedWidget.inShadow(page, noordHost);
      const harbour = EmbeddedWidget.inShadow(page, harbourHost);
      await noord.waitForStart();
      await harbour.waitForStart();
      await harbour.go(harbour.startQuick);
      await harbour.answerScreen(2);
      await harbour.go(harbourHost.getByTestId("back"));
      const key = `${STORAGE_KEYS.assessment}:harbour`;
      const stored = () => page.evaluate((k) => localStorage.getItem(k), key);
      const before = await stored();
      assert.notEqual(before, null);

      await harbour.go(harbourHost.getByTestId("open-group"));
      const add = harbourHost.getByTestId("group-add");
      await add.waitFor({ state: "visible" });
      assert.equal(fullRequests(requests).length, 2);
      assert.equal(await harbour.root.getAttribute("lang"), "en", "its own language");
      assert.equal(await add.evaluate((b) => getComputedStyle(b).borderTopLeftRadius), "0px", "its own theme");
      assert.ok(await noord.startQuick.isVisible(), "the other widget stays as it was");

      // The replaced widget saves under its own name, as before.
      await harbour.go(harbourHost.getByTestId("back"));
      await harbour.go(harbour.resume);
      await harbour.answerScreen(5, 1);
      assert.notEqual(await stored(), before, "an answer after the handover is saved under the same key");
      await noord.startAndAnswer(4);
      assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), `${STORAGE_KEYS.assessment}:noord`), null);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
