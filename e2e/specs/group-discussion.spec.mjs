// What the facilitator puts on the projector: the situation questions the
// parties answered differently, who said what on the statements that divide
// them, each organisation's own readiness apart, one respondent ringed in
// the dot plot, and the same without names when the room wants anonymity.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`the group discussion at ${viewport.name}`, () => {
    it("shows situation splits, who said what, own readiness per organisation, and hides names", async () => {
      const city = await KansrijkPage.respondent(env, viewport, "public", 5, {
        label: "Gemeente Oost",
        choices: { intended_model: "concession", private_coercion: "yes" },
      });
      const shops = await KansrijkPage.respondent(env, viewport, "private", 2, {
        label: "Winkeliers Centrum",
        choices: { intended_model: "alliance", private_coercion: "no" },
      });
      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      await app.addCodes(`${city.code}\n${shops.code}`);
      assert.equal(await app.groupCount(), 2);

      const situation = page.getByTestId("group-situation");
      await situation.waitFor();
      const form = await app.rowCells("situation-intended_model-0");
      assert.match(form[0], /Gemeente Oost/);
      assert.match(form[1], /Opdracht|Commission/);
      const other = await app.rowCells("situation-intended_model-1");
      assert.match(other[0], /Winkeliers Centrum/);
      assert.match(other[1], /Bondgenootschap|Alliance/);
      assert.equal(await page.getByTestId("situation-side-0").count(), 0, "the sides are meant to differ");

      const said = page.getByTestId("group-disagreements").getByTestId("who-said").first();
      const lines = await said.locator("li").allTextContents();
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^Gemeente Oost \(.+\): \S/);
      assert.match(lines[1], /^Winkeliers Centrum \(.+\): \S/);

      assert.equal(await page.getByTestId("spread-readiness").count(), 0, "own readiness has no mean");
      const [, ownCity] = await app.rowCells("own-0");
      const [, ownShops] = await app.rowCells("own-1");
      assert.ok(Number(ownCity) > Number(ownShops), `${ownCity} vs ${ownShops}`);
      assert.equal(await page.getByTestId("gap-readiness").count(), 0);
      // Who is who in the dot plot: one respondent ringed in every row.
      const plot = page.getByTestId("group-plot");
      assert.equal(await plot.locator(".kr-dot-ring").count(), 0, "nobody ringed at first");
      await page.getByTestId("group-ringed").selectOption({ label: "Winkeliers Centrum" });
      const rows = (await app.rowIds("group-spread")).length;
      await page.waitForFunction((n) => document.querySelectorAll("[data-testid=group-plot] .kr-dot-ring").length === n, rows);
      assert.match(await page.locator(".kr-chart-key").last().textContent(), /Winkeliers Centrum/);
      assert.deepEqual(await app.accessibilityViolations(), [], "axe with names");

      // No table is cut off: on screen a wide one scrolls with its part
      // names kept in place; on paper each fits the page's width.
      const tables = () =>
        page.evaluate(() =>
          [...document.querySelectorAll("[data-testid=group] .kr-table-wrap")].map((wrap) => {
            wrap.scrollLeft = wrap.scrollWidth;
            const first = wrap.querySelector("tbody th[scope=row]").getBoundingClientRect().left;
            const table = wrap.querySelector("table").getBoundingClientRect();
            const box = wrap.getBoundingClientRect();
            wrap.scrollLeft = 0;
            return { id: wrap.querySelector("table").dataset.testid, wide: wrap.scrollWidth > wrap.clientWidth + 1, firstAt: first - box.left, right: table.right - box.right };
          }),
        );
      for (const t of await tables()) {
        if (t.wide) assert.ok(Math.abs(t.firstAt) < 2, `${t.id}: the part names stay while it scrolls (${t.firstAt})`);
      }
      await page.emulateMedia({ media: "print" });
      for (const t of await tables()) assert.ok(t.right <= 1, `${t.id} fits the page (${t.right} px over)`);
      await page.emulateMedia({ media: "screen" });

      await page.getByTestId("group-anonymous").check();
      const shown = await page.getByTestId("group").innerText();
      assert.ok(!shown.includes("Gemeente Oost") && !shown.includes("Winkeliers Centrum"), "no name left on screen");
      assert.match((await app.rowCells("own-0"))[0], /(Deelnemer|Respondent) 1/);
      assert.equal(await plot.locator(".kr-dot-ring").count(), rows, "the ring stays, under a number");
      assert.deepEqual(await app.accessibilityViolations(), [], "axe without names");
      await page.getByTestId("group-anonymous").uncheck();
      assert.match((await app.rowCells("own-0"))[0], /Gemeente Oost/);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
