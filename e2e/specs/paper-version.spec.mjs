// A room without phones: the facilitator prints the questionnaire and the
// tally sheet from the group view. Both are written from the app's own
// content, in the language shown, and open without any request.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

/** Opens `html` in a fresh page of the same browser, offline, counting requests. */
async function openOffline(page, html) {
  const reader = await page.context().newPage();
  const requests = [];
  reader.on("request", (r) => requests.push(r.url()));
  await reader.setContent(html, { waitUntil: "load" });
  return { reader, requests };
}

for (const viewport of VIEWPORTS) {
  describe(`the paper version at ${viewport.name}`, () => {
    it("prints the questionnaire and tally sheet of the quick scan, in Dutch and English", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      assert.deepEqual(await app.accessibilityViolations(), [], "axe on the group view with the paper section");

      const quick = await app.download("paper-quick");
      assert.match(quick.name, /^kansrijk-questionnaire-quick-nl-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
      const { reader, requests } = await openOffline(page, quick.text);
      assert.equal(await reader.locator("html").getAttribute("lang"), "nl");
      const statements = reader.locator(".kr-st");
      const count = await statements.count();
      assert.ok(count >= 10, `the quick scan's statements: ${count}`);
      const numbers = await statements.evaluateAll((all) => all.map((s) => Number(s.dataset.number)));
      assert.deepEqual(numbers, numbers.slice().sort((a, b) => a - b), "numbered in order");
      assert.equal(await reader.locator(".kr-dk").count(), count, "a don't-know box for every statement");
      assert.deepEqual(requests, [], "no request");

      const tally = await app.download("paper-quick-tally");
      assert.match(tally.text, /<html lang="nl">/);
      for (const n of numbers.slice(0, 3)) assert.match(tally.text, new RegExp(`\\b${n}\\b`), `statement ${n} on the tally sheet`);
      assert.doesNotMatch(tally.text, /<script|\bsrc=/);

      await page.getByTestId("lang-en").click();
      const english = await app.download("paper-quick");
      assert.match(english.name, /-quick-en-/);
      assert.match(english.text, /<html lang="en">/);
      assert.match(english.text, /Don't know|Don&#39;t know/);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
