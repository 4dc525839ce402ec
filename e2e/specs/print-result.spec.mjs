// Printing turns the result, and the group view, into a clean report: the
// chart, the knock-outs, the advice, the sources, the date and the version
// of the questions, without menus or buttons.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();
// The screenshot shows today's date, so a test run writes it under target/;
// UPDATE_SCREENSHOTS=1 refreshes the copy in docs/ that the README shows.
const SHOTS = path.resolve(
  import.meta.dirname,
  process.env.UPDATE_SCREENSHOTS ? "../../docs/screenshots" : "../../target/screenshots",
);

for (const viewport of VIEWPORTS) {
  describe(`print view at ${viewport.name}`, () => {
    it("shows the report parts and hides the controls", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "private", value: 2 });
      await page.emulateMedia({ media: "print" });
      for (const part of ["verdict", "chart", "recommendations", "source-list", "stamp"]) {
        assert.ok(await page.getByTestId(part).isVisible(), `${part} is printed`);
      }
      assert.ok(await page.locator("[data-testid^='flag-']").first().isVisible(), "the knock-outs are printed");
      assert.match(await page.getByTestId("stamp").textContent(), /\d{4}-\d{2}-\d{2}.*\d+\.\d+/, "date and version");
      for (const hidden of ["print", "back", "share-panel", "measurements", "dimension-nav", "delete-all"]) {
        assert.equal(await page.getByTestId(hidden).isVisible(), false, `${hidden} is not printed`);
      }
      assert.equal(await page.locator(".kansrijk button:visible").count(), 0, "no button is printed");
      if (viewport.name === "1280x800") {
        await mkdir(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, "print-result.png"), fullPage: true });
      }
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("prints the group view without its forms", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 5);
      const two = await KansrijkPage.respondent(env, viewport, "private", 2);
      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      await app.addCodes(`${one.code}\n${two.code}`);
      await page.emulateMedia({ media: "print" });
      for (const part of ["group-verdict", "group-plot", "group-gap", "stamp"]) {
        assert.ok(await page.getByTestId(part).isVisible(), `${part} is printed`);
      }
      assert.equal(await page.getByTestId("group-paste").isVisible(), false);
      assert.equal(await page.locator(".kansrijk button:visible").count(), 0, "no button is printed");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
