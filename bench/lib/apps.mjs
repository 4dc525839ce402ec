// The two pages under test and how to drive each, through the same steps:
// wait for the first question, answer every question, go to the next
// screen, and ask for the result.

import { timedClick, timedFiles } from "./probe.mjs";

// The answers given, in turn, to the statements (Kansrijk test ids); the
// peer gets the same points. Mostly agreeing, with some doubt and a
// "don't know", so the result has something to say.
const ANSWERS = ["4", "3", "5", "4", "2", "dont-know", "4", "5", "3", "1"];

async function textOf(page, selector) {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/** Kansrijk, driven through its data-testid attributes (src/ui/). */
export const kansrijk = {
  name: "Kansrijk",
  // "First question interactive": the start screen's quick-scan button
  // exists, is enabled and has a box on screen.
  ready: { selector: '[data-testid="start-quick"]', visibleVia: "self" },
  unit: '.kr-main [data-testid^="item-"], .kr-main [data-testid^="question-"]',

  /** Clicks the first control and times until the click is handled: the first question's screen. */
  async firstClick(page) {
    return timedClick(page, page.locator('[data-testid="start-quick"]'), { present: this.unit });
  },

  /**
   * The whole check in `mode` ("quick" or "full"): every question answered,
   * then "next"; returns the timings in ms (by the page's clock).
   */
  async complete(page, mode = "quick") {
    const t = { answers: [], nexts: [], result: null, screens: 0, statements: 0, questions: 0 };
    t.start = await timedClick(page, page.locator(`[data-testid="start-${mode}"]`), { present: this.unit });
    let n = 0;
    for (let guard = 0; guard < 400; guard++) {
      if (await page.locator('[data-testid="verdict"]').count()) break;
      const units = await page.$$eval(this.unit, (els) => els.map((e) => e.dataset.testid));
      if (!units.length) throw new Error("Kansrijk: no question on screen and no verdict");
      for (const unit of units) {
        const root = `[data-testid="${unit}"]`;
        if (unit.startsWith("item-")) {
          // A status statement ("in place", "planned", ...) has no points of
          // agreement: it gets its first status instead.
          const wanted = `[data-testid="answer-${ANSWERS[n++ % ANSWERS.length]}"]`;
          const answer = (await page.locator(`${root} ${wanted}`).count())
            ? wanted
            : '[data-testid^="answer-"]:not([data-testid="answer-dont-know"])';
          const input = `${root} ${answer}`;
          const progress = await textOf(page, '[data-testid="progress-count"]');
          const condition = { all: [{ checked: input }] };
          if (progress != null) condition.all.push({ textDiffers: ['[data-testid="progress-count"]', progress] });
          t.answers.push(await timedClick(page, page.locator(`${root} label:has(${answer})`).first(), condition));
          t.statements++;
        } else {
          // A situation question: its first choice.
          const input = `${root} input`;
          t.answers.push(await timedClick(page, page.locator(`${root} label:has(input)`).first(), { checked: input }));
          t.questions++;
        }
      }
      const next = await timedClick(page, page.locator('[data-testid="next"]'), {
        any: [{ present: '[data-testid="verdict"]' }, { attrDiffers: [this.unit, "data-testid", units[0]] }],
      });
      t.screens++;
      if (await page.locator('[data-testid="verdict"]').count()) {
        t.result = next;
        t.resultDrawn = (await page.evaluate(() => window.__bench.whenDrawn())) - next.t0;
      } else t.nexts.push(next);
    }
    if (!t.result) throw new Error("Kansrijk: the result was not reached");
    return t;
  },

  /**
   * Opens the facilitator's group view from a fresh start screen, as a
   * facilitator does after a participant's visit: the full build is
   * loaded then (src/ui/full_build.rs).
   */
  async openTools(page, url) {
    await page.goto(url, { waitUntil: "load" });
    await page.locator('[data-testid="open-group"]').click();
    await page.locator('[data-testid="group-files"]').waitFor({ state: "visible", timeout: 30000 });
  },

  /** Whether this build has the facilitator's group view. */
  async hasGroupView(page) {
    return (await page.locator('[data-testid="open-group"]').count()) > 0;
  },

  /**
   * Opens the group view and imports `files` (answer files) in one go;
   * returns the time from the file input's `change` to the group's verdict
   * painted with every response counted.
   */
  async groupImport(page, files) {
    await timedClick(page, page.locator('[data-testid="open-group"]'), { present: '[data-testid="group-files"]' });
    const count = String(files.length);
    return timedFiles(page, page.locator('[data-testid="group-files"]'), files, {
      all: [
        { present: '[data-testid="group-verdict"]' },
        { textContains: ['[data-testid="group-count"]', count] },
      ],
    });
  },
};

/** The same questionnaire in SurveyJS (bench/surveyjs/). */
export const surveyjs = {
  name: "SurveyJS",
  // The first question's first radio input is present and enabled (and its
  // label, which SurveyJS shows in its place, has a box on screen).
  ready: { selector: ".sd-question input[type=radio]", visibleVia: "label" },
  question: ".sd-page .sd-question[data-name]",

  async firstClick(page) {
    const first = page.locator(".sd-question .sd-item").first();
    return timedClick(page, first.locator("label"), { hasClass: [".sd-question .sd-item", "sd-item--checked"] });
  },

  async complete(page) {
    const t = { answers: [], nexts: [], result: null, screens: 0, statements: 0, questions: 0 };
    let n = 0;
    for (let guard = 0; guard < 100; guard++) {
      if (await page.locator('[data-testid="sj-result"]').count()) break;
      const names = await page.$$eval(this.question, (els) => els.map((e) => e.dataset.name));
      if (!names.length) throw new Error("SurveyJS: no question on screen and no result");
      for (const name of names) {
        const root = `.sd-question[data-name="${name}"]`;
        const statement = !name.startsWith("q_");
        const value = statement ? ANSWERS[n++ % ANSWERS.length].replace("dont-know", "dont_know") : null;
        const item = statement ? `${root} .sd-item:has(input[value="${value}"])` : `${root} .sd-item`;
        // Radio and checkbox items alike get sd-item--checked once ticked.
        t.answers.push(await timedClick(page, page.locator(`${item} label`).first(), { hasClass: [item, "sd-item--checked"] }));
        if (statement) t.statements++;
        else t.questions++;
      }
      const complete = page.locator(".sd-navigation__complete-btn");
      const last = (await complete.count()) > 0 && (await complete.first().isVisible());
      const button = last ? complete.first() : page.locator(".sd-navigation__next-btn").first();
      const next = await timedClick(page, button, {
        any: [{ present: '[data-testid="sj-result"]' }, { attrDiffers: [this.question, "data-name", names[0]] }],
      });
      t.screens++;
      if (last) t.result = next;
      else t.nexts.push(next);
    }
    if (!t.result) throw new Error("SurveyJS: the result was not reached");
    return t;
  },
};
