// "Start over" and "delete everything from this device" are one tap away,
// ask for confirmation first, and then leave nothing behind.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`start over and delete at ${viewport.name}`, () => {
    it("start over asks first, then clears every answer", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      await page.getByTestId("start-over").click();
      await page.getByTestId("confirm-cancel").click();
      assert.notEqual(await app.saved(), null, "cancel keeps everything");

      await page.getByTestId("start-over").click();
      await app.go(page.getByTestId("confirm-yes"));
      assert.ok(await app.startQuick.isVisible(), "back at the start");
      await app.waitUntilDrawn();
      assert.equal(await app.resume.count(), 0);
      assert.equal(await app.saved(), null);
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("delete everything removes every key the check wrote", async () => {
      const { page, app, errors } = await env.open(viewport);
      await page.locator("input[type=text]").fill("Bedrijventerrein West");
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      await page.getByTestId("delete-all").click();
      await app.go(page.getByTestId("confirm-yes"));
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kansrijk:")));
      assert.deepEqual(keys, []);
      assert.ok(await app.notice.isVisible(), "the deletion is confirmed");
      assert.equal(await page.locator("input[type=text]").inputValue(), "", "the name is gone too");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
