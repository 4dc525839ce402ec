// The first screen is usable on a phone and on a laptop: its main action is
// on screen, reachable by keyboard, and clicking it raises no error.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`first screen is usable at ${viewport.name}`, () => {
    it("has the quick-scan button enabled and inside the viewport", async () => {
      const { app } = await env.open(viewport);
      assert.ok(await app.startQuick.isEnabled(), "the button is enabled");
      assert.ok(await app.isInViewport(app.startQuick), "the button needs no scrolling");
    });

    it("does not scroll sideways", async () => {
      const { app } = await env.open(viewport);
      assert.equal(await app.horizontalOverflow(), 0, "page is no wider than the viewport");
    });

    it("reaches the quick-scan button with the Tab key", async () => {
      const { app } = await env.open(viewport);
      assert.notEqual(await app.tabTo(app.startQuick), -1, "Tab reaches the button");
    });

    it("clicks the quick-scan button without errors", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.startQuick.click();
      await page.waitForTimeout(200);
      assert.deepEqual(errors, [], `page or console errors: ${errors.join(" / ")}`);
    });
  });
}
