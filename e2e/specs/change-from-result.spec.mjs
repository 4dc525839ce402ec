// An answer can be changed from the result: the link opens that statement,
// and back on the result the verdict and lists follow at once.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`changing an answer from the result at ${viewport.name}`, () => {
    it("opens the statement and updates the result", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.completeToResult({ pick: () => 5 });
      assert.equal(await page.getByTestId("flag-nobody_leads").count(), 0, "no flag with every answer at 'strongly agree'");

      // Open the driver question from the list of answers: nobody leads.
      await app.openAllDetails();
      const answers = page.locator(".kr-answered", { has: page.locator("text=/Is er een trekker|Is there a driver/") });
      await answers.first().locator(".kr-change").click();
      await page.waitForFunction(() => document.activeElement?.closest("[data-testid='item-leadership.driver']"));
      await page.getByTestId("item-leadership.driver").getByTestId("answer-absent").check();
      await app.go(page.getByTestId("back-to-result"));

      const flag = page.getByTestId("flag-nobody_leads");
      assert.ok(await flag.isVisible(), "the knock-out shows at once");
      assert.equal(await flag.getAttribute("data-state"), "raised");
      assert.equal(await app.verdict.getAttribute("data-outcome"), "not_yet");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
