// A workshop: two public and one private respondent each complete the quick
// scan on their own device; the facilitator collects them by link, by
// pasted code and by file, and sees the count, the means and the gap
// between the public and the private side.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

// A respondent answering the best on every statement (5, "in place")
// scores 100 on every part, one answering the worst (1, "absent") scores 0,
// whatever mix of agreement statements and status questions a part has:
// the mean is (100 + 100 + 0) / 3 = 67, the gap 100 - 0 = 100.
const PUBLIC = 5;
const PRIVATE = 1;
const score = (value) => (value - 1) * 25;
const MEAN = (2 * score(PUBLIC) + score(PRIVATE)) / 3;
const GAP = score(PUBLIC) - score(PRIVATE);

for (const viewport of VIEWPORTS) {
  describe(`three respondents at ${viewport.name}`, () => {
    it("are collected by link, code and file, with the right means and gap", async () => {
      const first = await KansrijkPage.respondent(env, viewport, "public", PUBLIC);
      const second = await KansrijkPage.respondent(env, viewport, "public", PUBLIC);
      const third = await KansrijkPage.respondent(env, viewport, "private", PRIVATE);
      const { file } = await third.app.download("share-file");

      const { page, app, errors } = await env.open(viewport, { goto: false });
      // By link: the shared result opens read-only, then joins the group.
      await page.goto(first.link);
      await page.getByTestId("shared-result").waitFor();
      assert.equal(await page.getByTestId("verdict").getAttribute("data-outcome"), "promising");
      await app.go(page.getByTestId("shared-add"));
      assert.equal(await app.groupCount(), 1);
      assert.ok(!page.url().includes("#code="), "the code left the address");
      // By pasted code.
      await app.addCodes(second.code);
      assert.equal(await app.groupCount(), 2);
      // By file.
      await page.getByTestId("group-files").setInputFiles(file);
      await page.getByTestId("group-member").nth(2).waitFor();
      assert.equal(await app.groupCount(), 3);

      const rows = await app.rowIds("group-spread");
      assert.ok(rows.length >= 8, `a row per part: ${rows}`);
      for (const row of rows) {
        const [part, mean, , a, b, c] = await app.rowCells(row);
        assert.equal(Number(mean), Math.round(MEAN), `mean of ${part}`);
        assert.deepEqual([a, b, c].map(Number), [score(PUBLIC), score(PUBLIC), score(PRIVATE)], part);
        const [, pub, priv, gap] = await app.rowCells(row.replace("spread-", "gap-"));
        assert.deepEqual([pub, priv, gap].map(Number), [score(PUBLIC), score(PRIVATE), GAP], `gap of ${part}`);
      }
      assert.ok(await page.getByTestId("group-plot").isVisible(), "the dot plot is drawn");
      const verdict = await page.getByTestId("group-verdict").getAttribute("data-outcome");
      assert.notEqual(verdict, "promising", "a partner's knock-out keeps the group from promising");

      const kept = await app.saved(KansrijkPage.GROUP_KEY);
      assert.equal(kept.list.length, 3, "the group is kept on the device");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
