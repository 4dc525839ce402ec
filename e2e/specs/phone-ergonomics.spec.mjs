// On a phone every control is a large target, choosing an answer moves
// nothing on the screen, back and next stay within reach, and a statement
// shows every one of its answers without scrolling.

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

  for (const [name, start] of [
    ["quick-scan", "startQuick"],
    ["full-check", "startFull"],
  ]) {
    it(`shows every answer of every ${name} statement without scrolling, clear of back and next`, async () => {
      const { page, app } = await env.open(phone);
      await app.go(app[start]);
      let statements = 0;
      while (!(await page.getByTestId("result").count())) {
        if (await app.items.count()) {
          statements += 1;
          const problems = await page.evaluate(() => {
            const nav = document.querySelector(".kr-step-nav").getBoundingClientRect();
            const floor = Math.min(innerHeight, nav.top);
            const unit = document.querySelector(".kr-unit");
            const seen = (el, what) => {
              const r = el.getBoundingClientRect();
              if (r.top < 0 || r.bottom > floor + 0.5) return `${what} at ${Math.round(r.top)}-${Math.round(r.bottom)} (screen ends at ${Math.round(floor)})`;
              return null;
            };
            const found = [seen(document.querySelector(".kr-main .kr-title"), "the part's name"), seen(unit.querySelector(".kr-legend"), "the statement")];
            for (const option of unit.querySelectorAll(".kr-option")) {
              const name = option.textContent.trim().slice(0, 30);
              found.push(seen(option, `"${name}"`));
              const r = option.getBoundingClientRect();
              if (r.height < 44 || r.width < 44) found.push(`"${name}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
            }
            return found.filter(Boolean);
          });
          const item = await app.items.first().getAttribute("data-testid");
          assert.deepEqual(problems, [], `${item}: every answer in view`);
        }
        await app.answerScreen();
        await app.next();
      }
      assert.ok(statements >= 10, `${statements} statements checked`);
    });
  }

  it("keeps the chart's threshold lines off the part names", async () => {
    const { page, app } = await env.open(phone);
    await app.go(app.startQuick);
    await app.completeToResult({ pick: (n) => [1, 3, 5][n % 3] });
    await page.getByTestId("chart").waitFor();
    const crossings = await page.evaluate(() => {
      const found = [];
      for (const svg of document.querySelectorAll(".kansrijk svg.kr-chart-svg")) {
        const toScreen = svg.getScreenCTM();
        const labels = [...svg.querySelectorAll(".kr-chart-label")].map((t) => [t.textContent, t.getBoundingClientRect()]);
        for (const line of svg.querySelectorAll("[stroke-dasharray]")) {
          // A path of segments "M x y V y2", or a single <line>.
          const segments = line.hasAttribute("d")
            ? [...line.getAttribute("d").matchAll(/M(-?\d+) (-?\d+)V(-?\d+)/g)]
            : [[null, line.getAttribute("x1"), line.getAttribute("y1"), line.getAttribute("y2")]];
          if (!segments.length) found.push("a threshold line that cannot be read");
          for (const [, x, y1, y2] of segments) {
            const a = new DOMPoint(+x, +y1).matrixTransform(toScreen);
            const b = new DOMPoint(+x, +y2).matrixTransform(toScreen);
            for (const [name, r] of labels) {
              if (a.x >= r.left && a.x <= r.right && b.y > r.top && a.y < r.bottom) found.push(name);
            }
          }
        }
      }
      return found;
    });
    assert.deepEqual(crossings, [], "no threshold line through a part's name");
  });
});
