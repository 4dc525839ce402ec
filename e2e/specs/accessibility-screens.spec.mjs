// Every screen has no WCAG 2.2 A/AA violation that axe-core can detect:
// questions, statements with their help open, the result with everything
// unfolded, the confirmation, and a storage message.

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
  describe(`accessibility of every screen at ${viewport.name}`, () => {
    it("passes on the questions, the result and the confirmation", async () => {
      const { page, app } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.openAllDetails();
      await expectClean(app, "situation");
      while (!(await app.items.count())) {
        await app.answerScreen();
        await app.next();
      }
      await app.answerScreen({ pick: () => 2 });
      await app.openAllDetails();
      await expectClean(app, "statement");
      await app.completeToResult({ pick: (n) => [1, 3, 5, "dont-know"][n % 4] });
      await expectClean(app, "result");
      await app.openAllDetails();
      await expectClean(app, "result unfolded");
      await page.getByTestId("delete-all").click();
      await expectClean(app, "confirmation");
    });

    it("passes with a storage message and in English", async () => {
      const { page, app } = await env.open(viewport, { goto: false });
      await page.addInitScript((key) => localStorage.setItem(key, "garbage"), KansrijkPage.STORAGE_KEY);
      await app.goto();
      await page.getByTestId("lang-en").click();
      assert.ok(await app.notice.isVisible());
      await expectClean(app, "start with a message, in English");
    });
  });
}
