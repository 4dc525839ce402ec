// On a phone every control is a large target, choosing an answer moves
// nothing on the screen, and back and next stay within reach.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();
const phone = VIEWPORTS.find((v) => v.viewport.width < 768);

/** Controls smaller than 44 by 44 CSS pixels, as "tag#testid WxH". */
async function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".kansrijk :is(button, summary, .kr-option, .kr-choice, input[type=text])")]
      .filter((el) => el.getClientRects().length)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}${el.dataset.testid ? "#" + el.dataset.testid : ""} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
}

describe(`phone ergonomics at ${phone.name}`, () => {
  it("has targets of at least 44px on every screen", async () => {
    const { page, app } = await env.open(phone);
    assert.deepEqual(await smallTargets(page), [], "start");
    await app.go(app.startQuick);
    assert.deepEqual(await smallTargets(page), [], "situation");
    while (!(await app.items.count())) {
      await app.answerScreen();
      await app.next();
    }
    assert.deepEqual(await smallTargets(page), [], "statement");
    await app.completeToResult();
    await app.openAllDetails();
    assert.deepEqual(await smallTargets(page), [], "result");
  });

  it("does not move anything when an answer is chosen", async () => {
    const { page, app } = await env.open(phone);
    await app.go(app.startQuick);
    while (!(await app.items.count())) {
      await app.answerScreen();
      await app.next();
    }
    const boxes = () =>
      page.evaluate(() =>
        // Back and next stick to the screen's bottom, so they are left out.
        [...document.querySelectorAll(".kansrijk :is(.kr-option, .kr-legend, .kr-why, .kr-progress)")].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y + window.scrollY, r.width, r.height].map(Math.round).join(",");
        }),
      );
    const before = await boxes();
    await page.getByTestId("answer-3").check();
    assert.deepEqual(await boxes(), before, "same boxes after choosing");
    await page.getByTestId("answer-dont-know").check();
    assert.deepEqual(await boxes(), before, "same boxes after choosing 'don't know'");
  });

  it("keeps back and next on screen while a statement is shown", async () => {
    const { page, app } = await env.open(phone);
    await app.go(app.startQuick);
    while (!(await app.items.count())) {
      await app.answerScreen();
      await app.next();
    }
    assert.ok(await app.isInViewport(app.nextButton), "next is visible");
    assert.ok(await app.isInViewport(app.backButton), "back is visible");
    assert.ok(await app.isInViewport(page.getByTestId("progress")), "progress is visible");
  });
});
