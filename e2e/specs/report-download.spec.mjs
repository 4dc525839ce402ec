// The result downloads as a report in the language shown, with the
// verdict, the scores and the date: as Markdown, and as a web page that
// opens with no request at all (offline, from a downloads folder).

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
      assert.match(name, /^kansrijk-report-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
      assert.match(text, /^# Kansrijk/);
      assert.ok(text.includes(`**${verdict}**`), `the verdict ${verdict}`);
      assert.match(text, /\| Part \| Score \(0-100\) \|/, "the scores as a table");
      assert.match(text, /Date: \d{4}-\d{2}-\d{2}/);
      assert.match(text, /## Sources/);
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("opens as a web page with no request, with the verdict and the sources", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "private", value: 2 });
      const verdict = (await app.verdict.textContent()).trim();
      const { name, text } = await app.download("report-download-html");
      assert.match(name, /^kansrijk-report-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);

      const reader = await page.context().newPage();
      const requests = [];
      reader.on("request", (r) => requests.push(r.url()));
      await reader.context().setOffline(true);
      // As a browser opens it from the downloads folder, without a network.
      await reader.setContent(text, { waitUntil: "load" });
      assert.deepEqual(requests, [], "no request at all");
      assert.equal(await reader.locator("html").getAttribute("lang"), "nl");
      assert.ok((await reader.locator("strong", { hasText: verdict }).count()) > 0, `the verdict ${verdict}`);
      assert.ok((await reader.locator("table").count()) > 0, "the scores as a table");
      assert.ok((await reader.locator("h2", { hasText: /Bronnen/ }).count()) > 0, "the sources");
      assert.equal(await reader.locator("script, [src], link[rel=stylesheet]").count(), 0);
      await reader.context().setOffline(false);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
