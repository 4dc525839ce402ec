// The full check asks every applicable statement and can be completed by
// clicking; it asks more than the quick scan.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`full check at ${viewport.name}`, () => {
    it("is completed by clicking and shows a verdict, scores and advice", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startFull);
      // The first choice of every situation question switches on the
      // conditional statements ("yes" to personal data and coercion).
      const given = await app.completeToResult({ choice: 0, pick: (n) => (n % 3 === 0 ? 2 : 4) });
      assert.ok(Object.keys(given).length >= 40, `answered ${Object.keys(given).length} statements`);
      assert.ok(await app.verdict.isVisible());
      assert.ok(await (await app.reveal(page.locator(".kr-chart-svg"))).isVisible(), "the chart is drawn once its section opens");
      assert.ok(await page.getByTestId("recommendations").isVisible());
      assert.ok(await page.getByTestId("model-fit").isVisible());
      const saved = await app.saved();
      assert.equal(saved.state.response.mode, "full");
      assert.equal(Object.keys(saved.state.response.answers).length, Object.keys(given).length);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
