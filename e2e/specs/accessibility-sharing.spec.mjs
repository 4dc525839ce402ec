// The new screens have no WCAG 2.2 A/AA violation axe-core can detect: the
// share panel, measurements, the group view with responses, and a shared
// result opened from a link.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

async function expectClean(app, screen) {
  const violations = await app.accessibilityViolations();
  assert.deepEqual(violations, [], `${screen}: ${JSON.stringify(violations, null, 2)}`);
}

for (const viewport of VIEWPORTS) {
  describe(`accessibility of sharing and the group view at ${viewport.name}`, () => {
    it("passes on the share panel, measurements, the group view and a shared result", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 5);
      const two = await KansrijkPage.respondent(env, viewport, "private", 2);
      await (await one.app.reveal(one.app.page.getByTestId("share-include-label"))).check();
      await one.app.page.getByTestId("share-label").fill("Gemeente");
      await (await one.app.reveal(one.app.page.getByTestId("measurement-save"))).click();
      await one.app.page.getByTestId("measurement-save").click();
      await one.app.openAllDetails();
      await expectClean(one.app, "result with share panel and measurements");

      const { page, app } = await env.open(viewport, { goto: false });
      await page.goto(two.link);
      await page.getByTestId("shared-result").waitFor();
      await app.openAllDetails();
      await expectClean(app, "shared result");
      await app.go(page.getByTestId("shared-add"));
      await app.addCodes(`${one.code}\nnot a code`);
      assert.equal(await app.groupCount(), 2);
      await expectClean(app, "group view");
      await page.getByTestId("lang-en").click();
      await page.getByTestId("group-delete").click();
      await expectClean(app, "group view in English, confirming deletion");
    });

    it("passes on the question screens with the share menu open", async () => {
      const { page, app } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      const menu = page.getByTestId("dimension-nav").locator("details.kr-parts-menu");
      if (await menu.count()) await menu.locator(":scope > summary").click();
      await page.getByTestId("share-menu").locator("summary").click();
      assert.match(await app.shareCode(), /^kr1-/);
      await expectClean(app, "question with the share menu");
    });
  });
}
