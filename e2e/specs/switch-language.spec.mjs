// The language can be switched at any moment: every text changes, every
// answer stays, and the choice is remembered.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`language switch at ${viewport.name}`, () => {
    it("changes the texts midway and keeps the answers", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      while (!(await app.items.count())) {
        await app.answerScreen();
        await app.next();
      }
      const given = await app.answerScreen({ pick: () => 2 });
      const dutch = { next: await app.nextButton.innerText(), heading: await app.stepHeading.innerText() };

      await page.getByTestId("lang-en").click();
      assert.notEqual(await app.nextButton.innerText(), dutch.next, "the buttons are in English");
      assert.notEqual(await app.stepHeading.innerText(), dutch.heading, "the heading is in English");
      assert.equal(await page.locator(".kansrijk").getAttribute("lang"), "en");
      assert.equal(await page.locator("html").getAttribute("lang"), "nl", "the host page's language is left alone");
      for (const [id, value] of Object.entries(await app.answersOnScreen())) {
        assert.equal(value, given[id], `answer to ${id} kept`);
      }

      await page.reload();
      await app.startQuick.waitFor();
      assert.equal(await page.locator(".kansrijk").getAttribute("lang"), "en", "the choice is remembered");
      await page.getByTestId("lang-nl").click();
      assert.equal(await page.locator(".kansrijk").getAttribute("lang"), "nl");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("starts in the language the address asks for", async () => {
      const { page, app } = await env.open(viewport, { goto: false });
      await page.goto(`${app.url}?lang=en`);
      await app.startQuick.waitFor();
      assert.equal(await page.locator(".kansrijk").getAttribute("lang"), "en");
    });
  });
}
