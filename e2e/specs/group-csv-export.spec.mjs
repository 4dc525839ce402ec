// The group result downloads as CSV with ids as column names, one row per
// respondent and a last row with the group's means.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`group CSV export at ${viewport.name}`, () => {
    it("has the header, the respondents and the mean row", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 5);
      // The worst answer everywhere: 0 on every part, whatever its kinds of
      // statement.
      const two = await KansrijkPage.respondent(env, viewport, "private", 1);
      const { app, errors } = await env.open(viewport);
      await app.openGroup();
      await app.addCodes(`${one.code}\n${two.code}`);
      assert.equal(await app.groupCount(), 2);

      const { name, text } = await app.download("group-csv");
      assert.match(name, /^kansrijk-group-\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = text.trimEnd().split("\r\n").map((line) => line.split(","));
      const [header, pub, priv, mean] = rows;
      assert.equal(rows.length, 4);
      assert.deepEqual(header.slice(0, 4), ["respondent", "side", "verdict", "certainty"]);
      const parts = (await app.rowIds("group-spread")).map((id) => id.replace("spread-", ""));
      for (const part of parts) {
        const col = header.indexOf(part);
        assert.ok(col > 3, `a column for ${part}`);
        assert.equal(pub[col], "100.0");
        assert.equal(priv[col], "0.0");
        assert.equal(mean[col], "50.0", `the mean of ${part}`);
      }
      assert.deepEqual([pub[1], priv[1]], ["public", "private"]);
      assert.equal(mean[0], "mean");
      assert.equal(mean[2], await app.page.getByTestId("group-verdict").getAttribute("data-outcome"));
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
