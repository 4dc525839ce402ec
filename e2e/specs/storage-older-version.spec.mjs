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
            answers: { "need.added_value": 2, "retired.statement": 5 },
          },
          position: { screen: "step", unit: { item: "need.added_value" }, index: 0 },
          lang: "nl",
          partnership: "Winkelcentrum Zuid",
        },
      };
      await prefill(page, JSON.stringify(older));
      await app.goto();
      assert.ok(await app.notice.isVisible(), "the respondent is told");
      assert.ok(await app.resume.isVisible(), "the kept answers can be resumed");

      await app.go(app.resume);
      assert.deepEqual(await app.answersOnScreen().then((a) => a["need.added_value"]), "2");
      const saved = await app.saved();
      assert.notEqual(saved.state.response.content_version, "0.1.0", "saved under the current version");
      assert.equal(saved.state.response.answers["retired.statement"], undefined);
      assert.equal(saved.state.partnership, "Winkelcentrum Zuid");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it(`${caseOf("storage-content-1-0-0").id}: carries answers of version 1.0.0 over to the new questions and says so`, async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      const first = {
        schema: 1,
        state: {
          response: {
            content_version: "1.0.0",
            mode: "quick",
            classification: { phase: ["running"], personal_data: ["yes"] },
            answers: { "leadership.trekker": 4, "information.legal_basis": 2, "partners.public_backing": 1 },
          },
          position: { screen: "result" },
          lang: "en",
          partnership: "Stationsplein",
        },
      };
      await prefill(page, JSON.stringify(first));
      await app.goto();
      const notice = await app.notice.textContent();
      assert.match(notice, /1\.0\.0/, "the notice names the version the answers were given under");
      assert.match(notice, /\b3\b/, "and how many questions are open again (the backing statement became three)");
      await app.go(app.resume);
      const saved = await app.saved();
      const answers = saved.state.response.answers;
      assert.equal(answers["leadership.driver"], "in_place");
      assert.equal(answers["leadership.driver_trusted"], 4);
      assert.equal(answers["information.legal_basis"], "not_yet", "'not checked' is not 'no legal basis'");
      assert.equal(answers["partners.public_backing"], undefined);
      assert.equal(saved.state.partnership, "Stationsplein");
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
