// The quick scan can be completed by clicking alone, on a phone and on a
// laptop, and ends on a result with a verdict, without sideways scrolling.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`quick scan at ${viewport.name}`, () => {
    it("is completed by clicking and shows a verdict", async () => {
      const { app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      assert.equal(await app.horizontalOverflow(), 0, "the first question fits the width");
      const given = await app.completeToResult({ pick: (n) => [4, 5, 3, 4, "dont-know"][n % 5] });
      assert.ok(Object.keys(given).length >= 10, `answered ${Object.keys(given).length} statements`);
      assert.ok(await app.verdict.isVisible(), "the verdict is shown");
      assert.match(await app.verdict.getAttribute("data-outcome"), /^(promising|conditional|not_yet|too_uncertain)$/);
      assert.equal(await app.horizontalOverflow(), 0, "the result fits the width");
      const saved = await app.saved();
      assert.equal(saved.schema, 1);
      assert.equal(saved.state.response.mode, "quick");
      assert.equal(Object.keys(saved.state.response.answers).length, Object.keys(given).length);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
