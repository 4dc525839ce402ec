// The start screen has no WCAG 2.2 A/AA violations that axe-core can detect.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`accessibility at ${viewport.name}`, () => {
    it("start screen passes axe-core's WCAG A/AA rules", async () => {
      const { app } = await env.open(viewport);
      const violations = await app.accessibilityViolations();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  });
}
