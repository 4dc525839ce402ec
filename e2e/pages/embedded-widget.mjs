// Page object for one widget inside a host page: in a shadow root (script
// embed) or in an iframe. Playwright's locators pierce open shadow roots and
// FrameLocators reach into frames, so the locators are those of
// KansrijkPage, scoped to the one widget; only "which element has focus"
// needs to know where the widget lives.

import { KansrijkPage } from "./kansrijk-page.mjs";

export class EmbeddedWidget {
  /**
   * @param {import("playwright-core").Locator | import("playwright-core").FrameLocator} scope
   * @param {() => Promise<boolean>} stepHasFocus whether the widget's step heading has focus
   */
  constructor(scope, stepHasFocus) {
    this.scope = scope;
    this.stepHasFocus = stepHasFocus;
    this.root = scope.locator(".kansrijk");
    this.startQuick = scope.getByTestId("start-quick");
    this.resume = scope.getByTestId("resume");
    this.nextButton = scope.getByTestId("next");
    this.result = scope.getByTestId("result");
    this.verdict = scope.getByTestId("verdict");
    this.items = scope.locator("[data-testid^='item-']");
    this.questions = scope.locator("[data-testid^='question-']");
  }

  /** The widget in the shadow root of `host` (a Locator of its [data-kansrijk] element). */
  static inShadow(page, host) {
    const focused = async () =>
      host.evaluate((h) => Boolean(h.shadowRoot?.activeElement?.hasAttribute("data-kr-focus") && !h.shadowRoot.querySelector("[aria-busy=true]")));
    return new EmbeddedWidget(host, focused);
  }

  /** The widget in the iframe `frame` (a Locator of the <iframe>). */
  static inFrame(page, frame) {
    const focused = async () => {
      const content = await (await frame.elementHandle()).contentFrame();
      return content.evaluate(() => Boolean(document.activeElement?.hasAttribute("data-kr-focus") && !document.querySelector("[aria-busy=true]")));
    };
    return new EmbeddedWidget(frame.contentFrame(), focused);
  }

  async waitForStart() {
    await this.startQuick.waitFor({ state: "visible", timeout: 30_000 });
  }

  /** Clicks a button that changes the screen and waits until the new screen has focus and is drawn in full. */
  async go(locator) {
    await locator.click();
    const deadline = Date.now() + 10_000;
    while (!(await this.stepHasFocus())) {
      if (Date.now() > deadline) throw new Error("the next screen never took focus");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Answers everything on the screen shown now: the `choice`-th option of
   * each classification question and `value` for each statement (the point
   * itself on the agreement scale; on a status question as
   * `KansrijkPage.onScale` maps it). Returns how many things were answered.
   */
  async answerScreen(value = 4, choice = 0) {
    let answered = 0;
    for (const question of await this.questions.all()) {
      await question.locator("input").nth(choice).check();
      answered++;
    }
    for (const item of await this.items.all()) {
      const { testid } = KansrijkPage.onScale(await item.getAttribute("data-scale"), value);
      await item.getByTestId(testid).check();
      answered++;
    }
    return answered;
  }

  /** Starts the quick scan, answers the first screen and moves on: the smallest real use. */
  async startAndAnswer(value = 4) {
    await this.go(this.startQuick);
    const answered = await this.answerScreen(value);
    await this.go(this.nextButton);
    return answered;
  }

  /** Answers screen after screen until the result shows; returns the screens answered. */
  async completeToResult(value = 4) {
    for (let screens = 0; screens < 200; screens++) {
      if (await this.result.isVisible()) return screens;
      await this.answerScreen(value);
      await this.go(this.nextButton);
    }
    throw new Error("the result never showed");
  }
}
