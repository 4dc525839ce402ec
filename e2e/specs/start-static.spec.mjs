// The standalone page shows the top of its start screen before the wasm has
// arrived (static HTML generated from the content), and the widget takes its
// place without anything moving. When the wasm never comes, the static
// screen, whose buttons would never work, gives way to the failure message.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();
const PARTS = [".kr-topbar", ".kr-title", ".kr-lead", ".kr-start-actions", ".kr-privacy"];

/** The boxes of the start screen's parts, rounded to whole pixels. */
function boxes(page) {
  return page.evaluate((parts) =>
    parts.map((selector) => {
      const found = document.querySelectorAll(selector);
      if (found.length !== 1) return `${selector}: ${found.length} elements`;
      const r = found[0].getBoundingClientRect();
      return `${selector}: ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    }), PARTS);
}

for (const viewport of VIEWPORTS) {
  describe(`static start screen at ${viewport.name}`, () => {
    it("is shown while the wasm loads, and the widget replaces it in place", async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(app.url, { waitUntil: "domcontentloaded" });
      await page.locator("[data-kansrijk-static]").waitFor();
      await assert.doesNotReject(
        page.getByRole("heading", { level: 1, name: "Is uw publiek-private samenwerking kansrijk?" }).waitFor(),
      );
      const quick = page.getByRole("button", { name: /Start de snelle scan/ });
      assert.ok(await quick.isVisible(), "the quick-scan button is on screen");
      assert.ok(await quick.isDisabled(), "and waits for the widget");
      assert.ok(await app.isInViewport(quick), "without scrolling");
      const before = await boxes(page);

      release();
      await app.startQuick.waitFor({ state: "visible" });
      assert.equal(await page.locator("[data-kansrijk-static]").count(), 0, "the static screen is gone");
      assert.deepEqual(await boxes(page), before, "nothing moved");
      assert.ok(await app.startQuick.isEnabled());
      assert.deepEqual(await app.accessibilityViolations(), []);
      await app.startQuick.click();
      await app.stepHeading.waitFor();
      assert.deepEqual(errors, []);
    });
  });
}

describe("static start screen when the wasm cannot load", () => {
  it("gives way to the failure message", async () => {
    const { page, app } = await env.open(VIEWPORTS[0], { goto: false });
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(app.url);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /Kansrijk kon niet laden/);
    assert.equal(await page.locator("[data-kansrijk-static]").count(), 0);
    assert.equal(await page.getByRole("button").count(), 0, "no button that does nothing");
  });
});
