// Fast hands: double taps on answers, next and back clicked in quick
// succession, and the language switched in the middle of a screen change.
// Afterwards every answer is there once, the progress count agrees with the
// answers, and a reload shows exactly the same.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const doubleTap = caseOf("rapid-double-tap");
const language = caseOf("rapid-language");

/** Answers on the screen shown now, tapping twice (or changing one's mind fast). */
async function answerFast(app, n) {
  const given = {};
  for (const question of await app.questions.all()) {
    const input = question.locator("input").first();
    if ((await input.getAttribute("type")) === "radio") await input.dblclick();
    else await input.check();
  }
  for (const item of await app.items.all()) {
    const id = (await item.getAttribute("data-testid")).slice("item-".length);
    const value = [2, 5, 3, 4][n.i++ % 4];
    const scale = await item.getAttribute("data-scale");
    const first = KansrijkPage.onScale(scale, 1);
    const last = KansrijkPage.onScale(scale, value);
    // A tap on one answer, then a double tap on another, without waiting.
    await item.getByTestId(first.testid).click({ noWaitAfter: true });
    await item.getByTestId(last.testid).dblclick({ noWaitAfter: true });
    given[id] = scale === "status" ? last.saved : value;
  }
  return given;
}

/** "3 van 12 beantwoord" / "3 of 12 answered" as [3, 12]. */
async function progress(app) {
  const text = await app.page.getByTestId("progress-count").textContent();
  return text.match(/\d+/g).map(Number);
}

for (const viewport of VIEWPORTS) {
  describe(`rapid input at ${viewport.name}`, () => {
    it(`${doubleTap.id} and ${language.id}: ${doubleTap.expected}; ${language.expected}`, async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      const given = {};
      const n = { i: 0 };
      let switched = 0;
      for (let screens = 0; screens < 200 && !(await app.result.isVisible()); screens++) {
        Object.assign(given, await answerFast(app, n));
        const [answered] = await progress(app);
        if (screens % 3 === 1) {
          // A language switch right behind "next", before the new screen is drawn.
          const lang = switched++ % 2 ? "nl" : "en";
          await page.evaluate(async (code) => {
            const widget = document.querySelector(".kansrijk");
            widget.querySelector("[data-testid=next]").click();
            await new Promise((r) => setTimeout(r, 0));
            widget.querySelector(`[data-testid=lang-${code}]`).click();
          }, lang);
          await app.waitForStep();
          assert.equal(await page.locator(".kansrijk").getAttribute("lang"), lang, "the last language chosen");
        } else {
          // Next, back, next as fast as the buttons can be hit (each click a
          // task of its own, as a person's are): one screen on.
          await page.evaluate(async () => {
            const widget = document.querySelector(".kansrijk");
            const tick = () => new Promise((r) => setTimeout(r, 0));
            widget.querySelector("[data-testid=next]").click();
            await tick();
            widget.querySelector("[data-testid=back]")?.click();
            await tick();
            widget.querySelector("[data-testid=next]")?.click();
          });
          await app.waitForStep();
        }
        if (!(await app.result.isVisible())) {
          const [now] = await progress(app);
          assert.ok(now >= answered, "no answer went missing on the way");
        }
      }
      assert.ok(await app.verdict.isVisible(), "the result is reached");

      const saved = await app.saved();
      const answers = saved.state.response.answers;
      for (const [id, value] of Object.entries(given)) assert.equal(answers[id], value, `${id}: the last tap counts`);
      assert.equal(Object.keys(answers).length, Object.keys(given).length, "no answer more, none less");
      for (const [question, chosen] of Object.entries(saved.state.response.classification)) {
        assert.equal(new Set(chosen).size, chosen.length, `${question}: each choice once`);
      }

      // The progress count on a question screen agrees with the answers.
      await app.jumpTo("leadership");
      const [answered, total] = await progress(app);
      const classified = Object.values(saved.state.response.classification).filter((c) => c.length).length;
      assert.equal(answered, total, "everything answered");
      assert.equal(answered, Object.keys(answers).length + classified, "counted once each");

      await page.reload();
      await app.resume.waitFor({ timeout: 30_000 });
      assert.deepEqual((await app.saved()).state.response, saved.state.response, "the same after a reload");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
