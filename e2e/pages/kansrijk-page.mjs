// Page object for Kansrijk: the locators and actions the specs share, so a
// change of markup is fixed here once. The start screen keeps an <h1> and the
// quick-scan button `data-testid="start-quick"`.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The widget's storage keys, as `src/persist/keys.rs` writes them (checked by `tests/storage_keys.rs`). */
export const STORAGE_KEYS = JSON.parse(readFileSync(new URL("../storage-keys.json", import.meta.url), "utf8"));

export class KansrijkPage {
  /** @param {import("playwright-core").Page} page */
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.heading = page.getByRole("heading", { level: 1 });
    this.startQuick = page.getByTestId("start-quick");
    this.startFull = page.getByTestId("start-full");
    this.resume = page.getByTestId("resume");
    this.nextButton = page.getByTestId("next");
    this.backButton = page.getByTestId("back");
    this.result = page.getByTestId("result");
    this.verdict = page.getByTestId("verdict");
    this.notice = page.getByTestId("storage-notice");
    this.partsNav = page.getByTestId("dimension-nav");
    /** The statements on the screen shown now (one on a phone, a part on a wide screen). */
    this.items = page.locator("[data-testid^='item-']");
    /** The classification questions on the screen shown now. */
    this.questions = page.locator("[data-testid^='question-']");
    /** The element the app focuses after every step change. */
    this.stepHeading = page.locator("[data-kr-focus]");
  }

  /** Loads the page and waits until the app has mounted its start screen. */
  async goto() {
    const response = await this.page.goto(this.url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`GET ${this.url} answered ${response?.status()}`);
    await this.startQuick.waitFor({ state: "visible", timeout: 30_000 });
    // The start screen adds its lower part after the first paint.
    await this.waitUntilDrawn();
  }

  /** Pixels the page is wider than the viewport (0 when nothing scrolls sideways). */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  /** Whether the element lies entirely inside the viewport without scrolling. */
  async isInViewport(locator) {
    const box = await locator.boundingBox();
    const size = this.page.viewportSize();
    return Boolean(box && size && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height);
  }

  /** Presses Tab from the top of the page until `locator` has focus; returns the presses, or -1. */
  async tabTo(locator, maxPresses = 30) {
    const target = await locator.elementHandle();
    await this.page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    for (let i = 1; i <= maxPresses; i++) {
      await this.page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return i;
    }
    return -1;
  }

  /** Runs axe-core (injected from node_modules, no network) on the page; returns the violations. */
  async accessibilityViolations(tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]) {
    await this.waitUntilDrawn();
    // Evaluated through the DevTools protocol, not added as an inline
    // <script>: the page's Content-Security-Policy refuses inline scripts.
    await this.page.evaluate(AXE_SOURCE);
    const results = await this.page.evaluate((runOnly) => window.axe.run(document, { runOnly: { type: "tag", values: runOnly } }), tags);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }

  // --- The assessment flow -------------------------------------------------------------

  /** The key the widget saves under (a page without named widgets). */
  static STORAGE_KEY = STORAGE_KEYS.assessment;

  /**
   * Waits until a new screen has been drawn and its heading has focus. A
   * result draws its verdict first and its other parts in the frames after
   * it, marked `aria-busy` until the last one is there.
   */
  async waitForStep() {
    await this.page.waitForFunction(() => document.activeElement?.hasAttribute("data-kr-focus"));
    await this.waitUntilDrawn();
  }

  /** Waits until no part of the page is still being drawn (`aria-busy`). */
  async waitUntilDrawn() {
    await this.page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
  }

  /** Clicks a button that moves to another screen and waits for that screen. */
  async go(locator) {
    await locator.click();
    await this.waitForStep();
  }

  async next() {
    await this.go(this.nextButton);
  }

  /**
   * Where `value` (1-5, 5 the best, or "dont-know") lies on a statement's own
   * scale: a point of agreement (counted from the other end on a reversed
   * statement, where agreeing is the bad answer), or on a status question
   * 1-2 "absent", 3 "not yet", 4-5 "in place". Returns the option's test id
   * and the value saved.
   */
  static onScale(scale, value, reversed = false) {
    if (value === "dont-know") return { testid: "answer-dont-know", saved: "dont_know" };
    if (scale !== "status") {
      const point = reversed ? 6 - value : value;
      return { testid: `answer-${point}`, saved: String(point) };
    }
    const state = value <= 2 ? "absent" : value === 3 ? "not_yet" : "in_place";
    return { testid: `answer-${state.replace("_", "-")}`, saved: state };
  }

  /** Answers one statement (`item`, a locator) with `value` on its own scale; returns the value saved. */
  async answerItem(item, value) {
    const reversed = (await item.getAttribute("data-reverse")) === "true";
    const { testid, saved } = KansrijkPage.onScale(await item.getAttribute("data-scale"), value, reversed);
    await item.getByTestId(testid).check();
    return saved;
  }

  /**
   * Answers everything on the screen shown now: the `choice`-th option of each
   * classification question, and `pick(n)` for the n-th statement answered so
   * far (1-5 or "dont-know", on each statement's own scale). Returns the
   * statement ids with the values saved.
   */
  async answerScreen({ choice = 0, pick = () => 4, counter = { n: 0 } } = {}) {
    const given = {};
    for (const question of await this.questions.all()) {
      await question.locator("input").nth(choice).check();
    }
    for (const item of await this.items.all()) {
      const id = (await item.getAttribute("data-testid")).slice("item-".length);
      given[id] = await this.answerItem(item, pick(counter.n++));
    }
    return given;
  }

  /** Answers screen after screen and presses "next" until the result shows; returns every answer given. */
  async completeToResult(options = {}) {
    const counter = { n: 0 };
    const given = {};
    for (let screens = 0; screens < 200; screens++) {
      if (await this.result.isVisible()) return given;
      Object.assign(given, await this.answerScreen({ ...options, counter }));
      await this.next();
    }
    throw new Error("the result never showed");
  }

  /** The answer checked for each statement on the screen shown now ("1"-"5", a status such as "in_place", "dont_know" or null). */
  async answersOnScreen() {
    const found = {};
    for (const item of await this.items.all()) {
      const id = (await item.getAttribute("data-testid")).slice("item-".length);
      const checked = item.locator("input[type=radio]:checked");
      found[id] = (await checked.count()) ? await checked.getAttribute("value") : null;
    }
    return found;
  }

  /** Opens the list of parts (a fold-out menu on a phone) and jumps to one, e.g. "result" or "leadership". */
  async jumpTo(part) {
    const menu = this.partsNav.locator("details.kr-parts-menu");
    if ((await menu.count()) && !(await menu.evaluate((d) => d.open))) {
      await menu.locator(":scope > summary").click();
    }
    await this.go(this.page.getByTestId(`part-${part}`));
  }

  /** The JSON the widget saved, parsed, or null. */
  async saved(key = KansrijkPage.STORAGE_KEY) {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), key);
    return raw === null ? null : JSON.parse(raw);
  }

  /** Opens every <details> on the page, so checks see the folded content too. */
  async openAllDetails() {
    // The sections first: opening a facilitator's tool may bring the full
    // build, which draws the widget anew.
    await this.openSections();
    // Not the parts menu: on a phone it opens over the page, as a menu does.
    await this.page.locator(".kansrijk details:not(.kr-parts-menu)").evaluateAll((all) => all.forEach((d) => (d.open = true)));
  }

  /**
   * The result's sections whose body is a facilitator's tool: in a participant's download,
   * opening one loads the full build, which takes the widget over with the section open.
   */
  static TOOL_SECTIONS = ["report", "measure"];

  /**
   * Opens every closed section of the result, as a reader tapping each heading would; with
   * `tools: false`, all but the facilitator's tools. Returns once the tools are there.
   */
  async openSections({ tools = true } = {}) {
    const skipped = tools ? [] : KansrijkPage.TOOL_SECTIONS;
    const closed = this.page.locator(
      `.kr-fold${skipped.map((name) => `:not([data-fold=${name}])`).join("")} > h2 > .kr-fold-toggle[aria-expanded='false']`,
    );
    while (await closed.count()) await closed.first().click();
    await this.toolsLoaded();
  }

  /** Waits until no section of the result is still loading its tool. */
  async toolsLoaded() {
    await this.page.getByTestId("tools-load-status").waitFor({ state: "detached" });
  }

  /** Opens the result's tool sections, loading the tools where this build leaves them out. */
  async openTools() {
    for (const name of KansrijkPage.TOOL_SECTIONS) {
      const toggle = this.page.locator(`[data-fold=${name}] > h2 > .kr-fold-toggle`);
      if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
      await this.toolsLoaded();
    }
  }

  /**
   * Opens the section `locator` sits in, if it is closed, and returns the locator. Not on the
   * page at all, it is one of the facilitator's tools, which opening their sections loads.
   */
  async reveal(locator) {
    if (!(await locator.count())) await this.waitUntilDrawn();
    if (!(await locator.count())) await this.openTools();
    const fold = this.page.locator(".kr-fold", { has: locator });
    const toggle = fold.locator(":scope > h2 > .kr-fold-toggle");
    if ((await toggle.count()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
    return locator;
  }

  // --- Sharing, group view, reports and measurements -----------------------------------

  /** The key the facilitator's group view is kept under. */
  static GROUP_KEY = STORAGE_KEYS.group;

  /** The key the measurements are kept under. */
  static MEASUREMENTS_KEY = STORAGE_KEYS.measurements;

  /**
   * Completes the quick scan as one respondent: `side` ("public", "private" or "civil") on the
   * side question, the choice `choices[question]` where given, the first choice on every other
   * question, `value` (1-5) on every statement.
   */
  async completeQuickScanAs({ side, value, choices = {} }) {
    await this.go(this.startQuick);
    const given = {};
    for (let screens = 0; screens < 200; screens++) {
      if (await this.result.isVisible()) return given;
      for (const question of await this.questions.all()) {
        const id = (await question.getAttribute("data-testid")).slice("question-".length);
        const chosen = id === "side" ? side : choices[id];
        await (chosen ? question.locator(`input[value="${chosen}"]`) : question.locator("input").first()).check();
      }
      for (const item of await this.items.all()) {
        const id = (await item.getAttribute("data-testid")).slice("item-".length);
        given[id] = await this.answerItem(item, value);
      }
      await this.next();
    }
    throw new Error("the result never showed");
  }

  /**
   * One respondent on a device of their own (a fresh browser context from `env`, the fixture):
   * completes the quick scan, and returns the page object with the share panel's code and link.
   */
  static async respondent(env, viewport, side, value, { label, choices } = {}) {
    const { app } = await env.open(viewport);
    await app.completeQuickScanAs({ side, value, choices });
    if (label) await app.shareAs(label);
    return { app, code: await app.shareCode(), link: await app.shareLink() };
  }

  /** Puts `label` in the share panel, so the code and link carry it. */
  async shareAs(label) {
    await this.reveal(this.page.getByTestId("share-include-label"));
    await this.page.getByTestId("share-include-label").check();
    await this.page.getByTestId("share-label").fill(label);
  }

  /** The answer code in the share panel. */
  async shareCode() {
    return this.page.getByTestId("share-code").inputValue();
  }

  /** The share link in the share panel. */
  async shareLink() {
    return this.page.getByTestId("share-link").inputValue();
  }

  /** Clicks a download button and returns the download's path on disk and its text. */
  async download(testid) {
    const button = await this.reveal(this.page.getByTestId(testid));
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const file = await download.path();
    const { readFile } = await import("node:fs/promises");
    return { name: download.suggestedFilename(), file, text: await readFile(file, "utf8") };
  }

  /** Opens the group view from the start screen. */
  async openGroup() {
    await this.go(this.page.getByTestId("open-group"));
  }

  /** Pastes `text` (codes or links, one per line) into the group view and adds them. */
  async addCodes(text) {
    await this.page.getByTestId("group-paste").fill(text);
    await this.page.getByTestId("group-add").click();
  }

  /** The number of respondents the group view shows (0 when it shows none). */
  async groupCount() {
    const count = this.page.getByTestId("group-count");
    if (!(await count.count())) return 0;
    return Number((await count.textContent()).match(/\d+/)[0]);
  }

  /** The cells of a table row by its test id, e.g. "gap-leadership": [part, ...figures]. */
  async rowCells(testid) {
    return this.page.getByTestId(testid).locator("th, td").allTextContents();
  }

  /** The test ids of the rows of one table, e.g. "group-spread". */
  async rowIds(table) {
    return this.page.getByTestId(table).locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.testid));
  }
}
