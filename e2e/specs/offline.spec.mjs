// The standalone page is an installable web app that works offline: after
// one visit its service worker holds every file, so with the network gone
// (the browser offline and the server stopped) the page reloads and a quick
// scan can be completed. The facilitator's group view, a build of its own
// loaded when opened, is cached when first used and opens offline after
// that. Each test has a server of its own, to stop.

import { describe, it, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { DIST, DEFAULT_BASE, VIEWPORTS, launchChromium } from "../fixtures.mjs";
import { startServer } from "../../scripts/serve-dist.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

let browser;
const cleanup = [];
before(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});
after(async () => {
  await browser?.close();
});

/** Waits until the worker has installed (caching every file) and controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** Takes the network away (the browser offline, the server stopped) and reloads the page. */
async function reloadOffline({ page, app, context, stopServer }) {
  await context.setOffline(true);
  await stopServer();
  await page.reload({ waitUntil: "load" });
  await app.startQuick.waitFor({ state: "visible", timeout: 30_000 });
}

/** The files of the full build that the worker's cache holds. */
async function cachedFullBuild(page) {
  return page.evaluate(async () => {
    const found = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) if (/kansrijk-full-/.test(request.url)) found.push(request.url);
    }
    return found;
  });
}

async function visit(viewport) {
  const server = await startServer({ dir: DIST, base: DEFAULT_BASE });
  let running = true;
  const stopServer = async () => {
    if (running) await server.close();
    running = false;
  };
  cleanup.push(stopServer);
  const { name, ...options } = viewport;
  const context = await browser.newContext({ ...options, locale: "nl-NL", serviceWorkers: "allow" });
  cleanup.push(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
  });
  return { server, stopServer, context, page, errors, app: new KansrijkPage(page, server.url) };
}

for (const viewport of VIEWPORTS) {
  describe(`offline at ${viewport.name}`, () => {
    it("describes an installable app with its icons", async () => {
      const { page, app, server } = await visit(viewport);
      await app.goto();
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      const manifestUrl = new URL(href, server.url).href;
      const manifest = await (await page.request.get(manifestUrl)).json();
      assert.equal(manifest.short_name, "Kansrijk");
      assert.equal(manifest.display, "standalone");
      assert.equal(new URL(manifest.start_url, manifestUrl).href, server.url, "it starts at the app's own folder");
      for (const size of ["192x192", "512x512"]) {
        const icon = manifest.icons.find((i) => i.sizes === size && i.type === "image/png");
        assert.ok(icon, `a ${size} PNG icon`);
        const response = await page.request.get(new URL(icon.src, manifestUrl).href);
        assert.equal(response.headers()["content-type"], "image/png");
        const png = await response.body();
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        assert.equal(`${w}x${h}`, size, `${icon.src} is ${size}`);
      }
    });

    it("reloads and completes a quick scan with no network after one visit", async () => {
      const { page, app, context, stopServer, errors } = await visit(viewport);
      await app.goto();
      await controlled(page);

      await reloadOffline({ page, app, context, stopServer });
      await app.go(app.startQuick);
      await app.completeToResult({ pick: (n) => [5, 4, 3][n % 3] });
      assert.ok(await app.verdict.isVisible(), "the result shows, offline");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("opens the group view with no network after it was opened once online", async () => {
      const { page, app, context, stopServer, errors } = await visit(viewport);
      await app.goto();
      await controlled(page);
      assert.deepEqual(await cachedFullBuild(page), [], "the facilitator's tools are not cached for every participant");
      await app.openGroup();
      await page.getByTestId("group-paste").waitFor({ state: "visible" });
      for (let tries = 0; (await cachedFullBuild(page)).length < 2; tries++) {
        assert.ok(tries < 100, "the worker caches the full build when it is first used");
        await page.waitForTimeout(50);
      }

      await reloadOffline({ page, app, context, stopServer });
      await app.openGroup();
      await page.getByTestId("group-paste").waitFor({ state: "visible", timeout: 30_000 });
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("says the group view needs the network once, and keeps the answers", async () => {
      const { page, app, context, stopServer, errors } = await visit(viewport);
      await app.goto();
      await controlled(page);
      await reloadOffline({ page, app, context, stopServer });
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.go(app.backButton);
      await app.openGroup();
      await page.getByTestId("group-load-failed").waitFor({ state: "visible", timeout: 30_000 });
      await app.go(app.backButton);
      assert.ok(await app.resume.isVisible(), "the answers are there to resume");
      const unexpected = errors.filter((e) => !/could not load the full build|Failed to (fetch|load)|ERR_INTERNET_DISCONNECTED/.test(e));
      assert.deepEqual(unexpected, [], unexpected.join(" / "));
    });
  });
}
