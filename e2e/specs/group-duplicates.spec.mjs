// A respondent counts once, however their answers reach the facilitator:
// by code and then by link, again with changed answers (which replace the
// earlier ones only after asking), and from a group file read back in.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

const ALREADY_IN = /al in de groep|already in the group/;

for (const viewport of VIEWPORTS) {
  describe(`one respondent, several arrivals at ${viewport.name}`, () => {
    it("counts once by code and link, asks before replacing, and round-trips a group file", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 5);
      const { page, app, errors } = await env.open(viewport);
      const messages = page.getByTestId("group-messages");
      await app.openGroup();
      await app.addCodes(one.code);
      assert.equal(await app.groupCount(), 1);

      // The same answers again, by link.
      await page.goto(one.link);
      await page.getByTestId("shared-result").waitFor();
      await app.go(page.getByTestId("shared-add"));
      assert.equal(await app.groupCount(), 1, "by code and by link: one respondent");
      assert.match(await messages.textContent(), ALREADY_IN);

      // The respondent changes an answer: no driver.
      const respondent = one.app;
      await respondent.openAllDetails();
      const driver = respondent.page.locator(".kr-answered", {
        has: respondent.page.locator("text=/Is er een trekker|Is there a driver/"),
      });
      await driver.first().locator(".kr-change").click();
      await respondent.page.getByTestId("item-leadership.driver").getByTestId("answer-absent").check();
      await respondent.go(respondent.page.getByTestId("back-to-result"));
      const changed = await respondent.shareCode();
      assert.notEqual(changed, one.code);

      const verdict = page.getByTestId("group-verdict");
      assert.equal(await verdict.getAttribute("data-outcome"), "promising");
      await app.addCodes(changed);
      const waiting = page.getByTestId("group-resubmissions");
      await waiting.waitFor();
      assert.equal(await app.groupCount(), 1, "a changed re-submission is not a new respondent");
      assert.equal(await verdict.getAttribute("data-outcome"), "promising", "nothing replaced unasked");
      assert.deepEqual(await app.accessibilityViolations(), [], "axe with a re-submission waiting");
      await page.getByTestId("group-replace").click();
      await waiting.waitFor({ state: "hidden" });
      assert.equal(await app.groupCount(), 1);
      assert.equal(await verdict.getAttribute("data-outcome"), "not_yet", "the new answers count");

      // The group file, read back after the group was cleared, and again.
      const { file } = await app.download("group-json");
      await app.reveal(page.getByTestId("group-delete"));
      await page.getByTestId("group-delete").click();
      await page.getByTestId("confirm-yes").click();
      assert.equal(await app.groupCount(), 0);
      await page.getByTestId("group-files").setInputFiles(file);
      await page.getByTestId("group-member").first().waitFor();
      assert.equal(await app.groupCount(), 1);
      assert.equal(await verdict.getAttribute("data-outcome"), "not_yet", "the group came back as it was");
      await page.getByTestId("group-files").setInputFiles(file);
      await messages.filter({ hasText: ALREADY_IN }).waitFor();
      assert.equal(await app.groupCount(), 1, "reading the group file again adds no one");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
