// Two widgets on one page (examples/hosts/two-widgets.html) work
// independently: each has its own language, theme, screen and saved
// assessment (data-kansrijk="noord" / "harbour"), also after a reload.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";
import { STORAGE_KEYS } from "../pages/kansrijk-page.mjs";

const env = useHosts();
const KEY = STORAGE_KEYS.assessment;

const saved = (page, name) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw).state.response;
  }, `${KEY}:${name}`);

for (const viewport of VIEWPORTS) {
  describe(`two widgets at ${viewport.name}`, () => {
    it("keep their own language, screen and answers", async () => {
      const { page, errors } = await env.openHost(viewport, "two-widgets.html");
      const [noordHost, harbourHost] = [page.locator("[data-kansrijk=noord]"), page.locator("[data-kansrijk=harbour]")];
      const noord = EmbeddedWidget.inShadow(page, noordHost);
      const harbour = EmbeddedWidget.inShadow(page, harbourHost);
      await noord.waitForStart();
      await harbour.waitForStart();
      assert.equal(await noord.root.getAttribute("lang"), "nl");
      assert.equal(await harbour.root.getAttribute("lang"), "en");
      const radius = await harbour.startQuick.evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
      assert.equal(radius, "0px", "data-radius themes only its own widget");
      assert.notEqual(await noord.startQuick.evaluate((b) => getComputedStyle(b).borderTopLeftRadius), "0px");

      // Answer in the first: the second stays on its start screen.
      await noord.go(noord.startQuick);
      await noord.answerScreen(5);
      await noord.go(noord.nextButton);
      assert.ok(await harbour.startQuick.isVisible(), "the other widget did not move");
      await noord.answerScreen(5);
      const noordAnswers = await saved(page, "noord");
      assert.notEqual(noordAnswers, null, "the first saved under its own name");
      assert.equal(await saved(page, "harbour"), null, "the second saved nothing");

      // Now the second, with other answers.
      await harbour.go(harbour.startQuick);
      await harbour.answerScreen(2, 1);
      await harbour.go(harbour.nextButton);
      await harbour.answerScreen(2, 1);
      const harbourAnswers = await saved(page, "harbour");
      assert.notEqual(harbourAnswers, null, "the second saved under its own name");
      assert.notDeepEqual(harbourAnswers, noordAnswers, "with its own answers");
      assert.deepEqual(await saved(page, "noord"), noordAnswers, "the first's answers are untouched");

      // After a reload each offers to resume its own assessment.
      await page.reload({ waitUntil: "load" });
      await noord.resume.waitFor({ state: "visible", timeout: 30_000 });
      await harbour.resume.waitFor({ state: "visible" });
      assert.deepEqual(await saved(page, "noord"), noordAnswers);
      assert.deepEqual(await saved(page, "harbour"), harbourAnswers);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
