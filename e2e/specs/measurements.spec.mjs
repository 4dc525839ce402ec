// A result saved as dated, named measurements is listed with its verdict,
// any two of them compared per part (the latest two at first), and can be
// deleted; the start screen says they are there.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`measurements at ${viewport.name}`, () => {
    it("are saved, compared and deleted", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "public", value: 2 });
      await (await app.reveal(page.getByTestId("measurement-name"))).fill("voor de start");
      await page.getByTestId("measurement-save").click();

      // Six months on, the first leadership statement one point higher:
      // the driver, a status question, goes from "absent" to "not yet".
      await app.jumpTo("leadership");
      await app.answerItem(app.items.first(), 3);
      await app.jumpTo("result");
      await page.getByTestId("measurement-name").fill("na zes maanden");
      await page.getByTestId("measurement-save").click();

      const entries = page.getByTestId("measurement");
      assert.equal(await entries.count(), 2);
      assert.match(await entries.nth(0).textContent(), /\d{4}-\d{2}-\d{2}: voor de start/);
      const change = page.getByTestId("measurement-change");
      assert.equal(await change.count(), 1, "one comparison for two measurements");
      const leadership = await change.locator("[data-testid='change-leadership'] td").allTextContents();
      // Before: the driver absent (0, weight 3) and trust in the driver
      // "disagree" (25, weight 2): 10. After: the driver "not yet", which
      // before the start is a point to settle and not scored, leaving 25.
      assert.deepEqual(leadership, ["10", "25", "+15"]);
      const saved = await app.saved(KansrijkPage.MEASUREMENTS_KEY);
      assert.deepEqual(saved.list.map((m) => m.label), ["voor de start", "na zes maanden"]);

      // A third, then the first compared with the third, not only neighbours.
      await app.jumpTo("leadership");
      await app.answerItem(app.items.first(), 5);
      await app.jumpTo("result");
      await page.getByTestId("measurement-name").fill("na een jaar");
      await page.getByTestId("measurement-save").click();
      assert.equal(await change.count(), 1, "one pair compared at a time");
      const caption = () => change.locator("caption").textContent();
      assert.match(await caption(), /na zes maanden.*na een jaar/, "the latest two at first");
      const from = page.getByTestId("measurement-from");
      await from.selectOption(await from.locator("option", { hasText: "voor de start" }).getAttribute("value"));
      assert.match(await caption(), /voor de start.*na een jaar/, "the first with the last");

      // All three leave the device as a spreadsheet, a row each in order.
      const { name, text } = await app.download("measurements-csv");
      assert.match(name, /^kansrijk-measurements-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
      const rows = text.slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
      assert.deepEqual(rows.slice(1).map((r) => r[0]), ["voor de start", "na zes maanden", "na een jaar"]);
      assert.ok(rows[0].some((h) => h.endsWith("(leadership)")), "a column per part");

      await entries.nth(2).getByTestId("measurement-delete").click();
      assert.match(await caption(), /voor de start.*na zes maanden/, "back to the latest two");

      await entries.nth(0).getByTestId("measurement-delete").click();
      assert.equal(await entries.count(), 1);
      assert.equal(await change.count(), 0);
      assert.equal((await app.saved(KansrijkPage.MEASUREMENTS_KEY)).list.length, 1);

      await page.reload();
      await app.startQuick.waitFor({ state: "visible", timeout: 30_000 });
      assert.match(await page.getByTestId("start-measurements").textContent(), /\b1\b/, "the start screen says there is one");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
