// Answers saved under an older content version are brought forward: answers
// to statements that no longer exist are dropped and reported, the rest kept.
// Answers saved by a newer build of the widget are never overwritten.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

function prefill(page, value) {
  return page.addInitScript(
    ([key, raw]) => {
      if (!sessionStorage.getItem("prefilled")) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem("prefilled", "1");
      }
    },
    [KansrijkPage.STORAGE_KEY, value],
  );
}

for (const viewport of VIEWPORTS) {
  describe(`saved by another version at ${viewport.name}`, () => {
    it(`${caseOf("storage-older-schema").id}: migrates an older content version and reports what was dropped`, async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      const older = {
        schema: 1,
        state: {
          response: {
            content_version: "0.1.0",
            mode: "quick",
            classification: { side: ["private"] },
            answers: { "leadership.trekker": 2, "retired.statement": 5 },
          },
          position: { screen: "step", unit: { item: "leadership.trekker" }, index: 0 },
          lang: "nl",
          partnership: "Winkelcentrum Zuid",
        },
      };
      await prefill(page, JSON.stringify(older));
      await app.goto();
      assert.ok(await app.notice.isVisible(), "the respondent is told");
      assert.ok(await app.resume.isVisible(), "the kept answers can be resumed");

      await app.go(app.resume);
      assert.deepEqual(await app.answersOnScreen().then((a) => a["leadership.trekker"]), "2");
      const saved = await app.saved();
      assert.notEqual(saved.state.response.content_version, "0.1.0", "saved under the current version");
      assert.equal(saved.state.response.answers["retired.statement"], undefined);
      assert.equal(saved.state.partnership, "Winkelcentrum Zuid");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it(`${caseOf("storage-future-schema").id}: leaves answers from a newer build untouched and works in memory`, async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      const newer = JSON.stringify({ schema: 99, state: { from: "the future" } });
      await prefill(page, newer);
      await app.goto();
      assert.ok(await app.notice.isVisible(), "the respondent is told");
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      const raw = await page.evaluate((k) => localStorage.getItem(k), KansrijkPage.STORAGE_KEY);
      assert.equal(raw, newer, "not overwritten");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
