// The result downloads as a self-contained Markdown report in the language
// shown, with the verdict, the scores and the date.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`report download at ${viewport.name}`, () => {
    it("holds the verdict, the scores table and the date, in the language shown", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "public", value: 4 });
      await page.getByTestId("lang-en").click();
      const verdict = (await app.verdict.textContent()).trim();
      const { name, text } = await app.download("report-download");
      assert.match(name, /^kansrijk-report-\d{4}-\d{2}-\d{2}\.md$/);
      assert.match(text, /^# Kansrijk/);
      assert.ok(text.includes(`**${verdict}**`), `the verdict ${verdict}`);
      assert.match(text, /\| Part \| Score \(0-100\) \|/, "the scores as a table");
      assert.match(text, /Date: \d{4}-\d{2}-\d{2}/);
      assert.match(text, /## Sources/);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
