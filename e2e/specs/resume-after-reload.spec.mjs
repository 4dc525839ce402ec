// Every answer is saved at once: after a reload midway, "resume" returns to
// the same question and every earlier answer is still there.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`reload midway at ${viewport.name}`, () => {
    it("finds every answer again", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      const given = {};
      const counter = { n: 0 };
      // Through the situation, then a few screens of statements.
      while (Object.keys(given).length < 4) {
        Object.assign(given, await app.answerScreen({ counter, pick: (n) => [1, 2, 3, 5, "dont-know"][n % 5] }));
        await app.next();
      }
      const where = await app.stepHeading.innerText();

      await page.reload();
      await app.startQuick.waitFor();
      await app.go(app.resume);
      assert.equal(await app.stepHeading.innerText(), where, "back on the same screen");

      // Walk back to the start, collecting the answers on each screen.
      const found = {};
      while (!(await app.startQuick.isVisible())) {
        Object.assign(found, await app.answersOnScreen());
        await app.go(app.backButton);
      }
      for (const [id, value] of Object.entries(given)) {
        const expected = value === "dont-know" ? "dont_know" : value;
        assert.equal(found[id], expected, `answer to ${id}`);
      }
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
