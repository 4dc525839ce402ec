// Nothing leaves the device: from the first load through a full check, the
// result, the share panel, the group view, a measurement and printing, the
// page asks only for its own files, and nothing at all once the first
// question is shown. It sets no cookie and keeps nothing outside its own
// `kansrijk:` keys in localStorage. (The fixture blocks the service worker,
// whose precache fetches are the only other requests it would make.)

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const requestsCase = caseOf("privacy-requests");
const tracesCase = caseOf("privacy-traces");

/** The widget's own static files, as dist/ names them. */
// The full build, loaded when the first of the facilitator's tools opens:
// no query, so nothing can ride along.
const FULL_BUILD = /\/kansrijk-full-[0-9a-f]+(_bg\.wasm|\.js)$/;
const OWN_FILE = /\/(index\.html)?$|\/kansrijk-[0-9a-f]+(_bg\.wasm|\.js)$|\/(kansrijk-embed|kansrijk-frame|offline|sw)\.js$|\.css$|\/manifest\.webmanifest$|\/icons\/[\w.-]+\.(png|svg)$/;

const viewport = VIEWPORTS.find((v) => v.name === "1280x800");

describe(`privacy at ${viewport.name}`, () => {
  it(`${requestsCase.id}: ${requestsCase.expected}`, async () => {
    // A second respondent's code, for the group view (on a device of its own).
    const other = await KansrijkPage.respondent(env, viewport, "private", 2);

    const { page, app, server, requests, foreign, errors } = await env.open(viewport, { goto: false });
    const sent = [];
    page.on("request", (request) => sent.push({ url: request.url(), method: request.method(), body: request.postData() }));
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.addInitScript(() => {
      // Printing opens a dialog headless Chromium cannot show: count the calls.
      window.__printed = 0;
      window.print = () => window.__printed++;
    });
    await app.goto();
    await page.waitForLoadState("networkidle");
    for (const url of requests) {
      if (/^(data|blob|about):/.test(url)) continue;
      const u = new URL(url);
      assert.equal(u.origin, server.origin, `${url} is on the page's origin`);
      assert.match(u.pathname, OWN_FILE, `${url} is one of the widget's own files`);
    }
    assert.ok(requests.length >= 3, `the page loaded its files (saw ${requests.length})`);

    const loaded = requests.length;

    // The group view, with another respondent's code pasted in.
    await app.openGroup();
    await app.addCodes(other.code);
    assert.equal(await app.groupCount(), 1, "the pasted code is in the group");
    await app.go(app.backButton);

    // A complete full check.
    await app.go(app.startFull);
    await app.completeToResult({ pick: (n) => [4, 2, 5, "dont-know"][n % 4] });
    assert.ok(await app.verdict.isVisible());

    // The share panel: copy the code, download the answer file.
    const copy = await app.reveal(page.getByTestId("share-code-copy"));
    if (await copy.count()) await copy.click();
    await app.download("share-file");

    // A measurement.
    await (await app.reveal(page.getByTestId("measurement-name"))).fill("nulmeting");
    await page.getByTestId("measurement-save").click();
    assert.equal(await page.getByTestId("measurement").count(), 1);

    // Printing.
    await (await app.reveal(page.getByTestId("print"))).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, "the print button asks the browser to print");
    await page.emulateMedia({ media: "print" });
    await page.waitForTimeout(300);
    await page.emulateMedia({ media: "screen" });
    await page.waitForTimeout(300);

    // The first tool opened (here the measurements) loads the full build:
    // the widget's own two files, asked for plainly. Nothing else goes out.
    const after = requests.slice(loaded).filter((u) => !/^(data|blob|about):/.test(u));
    const full = after.filter((u) => FULL_BUILD.test(new URL(u).pathname + new URL(u).search));
    assert.equal(full.length, 2, `the full build's script and wasm, once each: ${full.join(", ")}`);
    for (const url of full) {
      const request = sent.find((r) => r.url === url);
      assert.equal(request?.method, "GET", url);
      assert.equal(request?.body ?? null, null, `${url} sends nothing`);
      assert.equal(new URL(url).origin, server.origin, `${url} is on the page's origin`);
    }
    const others = after.filter((u) => !full.includes(u));
    assert.deepEqual(others, [], `requests after the first screen was shown: ${others.join(", ")}`);
    assert.deepEqual(foreign, [], `requests outside the page's origin: ${foreign.join(", ")}`);
    assert.deepEqual(errors, [], errors.join(" / "));
  });

  it(`${tracesCase.id}: ${tracesCase.expected}`, async () => {
    const { page, app, errors } = await env.open(viewport);
    await app.completeQuickScanAs({ side: "public", value: 4 });
    await (await app.reveal(page.getByTestId("measurement-name"))).fill("nulmeting");
    await page.getByTestId("measurement-save").click();

    assert.deepEqual(await page.context().cookies(), [], "no cookie");
    const traces = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      caches: "caches" in window ? await caches.keys() : [],
    }));
    assert.equal(traces.cookie, "", "document.cookie is empty");
    assert.ok(traces.local.length > 0, "the answers are kept");
    for (const key of traces.local) assert.ok(key.startsWith("kansrijk:"), `${key} is one of the widget's keys`);
    assert.deepEqual(traces.session, [], "sessionStorage is unused");
    assert.deepEqual(traces.databases, [], "IndexedDB is unused");
    assert.deepEqual(traces.caches, [], "no cache is filled (the service worker is blocked here)");
    assert.deepEqual(errors, [], errors.join(" / "));
  });
});
