// When the browser refuses storage (reading localStorage throws, as in a
// sandboxed frame or with site data blocked), the check says so once and
// works in memory, without a single error.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`storage blocked at ${viewport.name}`, () => {
    it(`${caseOf("storage-blocked").id}: tells the respondent and still completes the quick scan`, async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      await page.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          configurable: true,
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      });
      await app.goto();
      assert.equal(await app.notice.count(), 1, "one message about storage");
      assert.ok(await app.notice.isVisible());
      await app.go(app.startQuick);
      await app.completeToResult();
      assert.ok(await app.verdict.isVisible(), "the result is reached in memory");
      assert.equal(await app.notice.count(), 1, "the message is not repeated");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
