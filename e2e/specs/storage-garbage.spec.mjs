// Unreadable saved data does not break the check: it is kept aside under a
// backup key, the respondent is told, and the check starts afresh.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();
const GARBAGE = '{"schema":1,"state":{"response":"\u0000 not what it should be';

for (const viewport of VIEWPORTS) {
  describe(`garbage in storage at ${viewport.name}`, () => {
    it(`${caseOf("storage-corrupt-json").id}: is kept aside, reported, and replaced by a fresh start`, async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      await page.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem("prefilled")) {
            localStorage.setItem(key, value);
            sessionStorage.setItem("prefilled", "1");
          }
        },
        [KansrijkPage.STORAGE_KEY, GARBAGE],
      );
      await app.goto();
      assert.ok(await app.notice.isVisible(), "the respondent is told");
      assert.equal(await app.resume.count(), 0, "nothing to resume");
      const backup = await page.evaluate((k) => localStorage.getItem(`${k}:corrupt`), KansrijkPage.STORAGE_KEY);
      assert.equal(backup, GARBAGE, "the unreadable value is kept aside");

      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      const saved = await app.saved();
      assert.equal(saved.schema, 1, "new answers are saved again");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
