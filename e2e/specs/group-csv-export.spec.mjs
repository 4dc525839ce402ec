// The group result downloads as CSV that Dutch Excel opens as it is: a byte
// order mark, `;` between fields, decimal commas, columns named in the
// language with their id at the end, one row per respondent and a last row
// with the group's means. The name carries the time.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

/** Rows of `text` split at `separator`, honouring quoted fields (RFC 4180). */
function parse(text, separator) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) rows.at(-1).push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") rows.at(-1).push(field), (field = ""), rows.push([]), i++;
    else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  return rows.filter((r) => r.length > 1);
}

for (const viewport of VIEWPORTS) {
  describe(`group CSV export at ${viewport.name}`, () => {
    it("opens in Dutch Excel with labelled columns, decimal commas and the mean row", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 5, { label: "Gemeente; team Oost" });
      // The worst answer everywhere: 0 on every part, whatever its kinds of
      // statement.
      const two = await KansrijkPage.respondent(env, viewport, "private", 1, { label: "=HYPERLINK(\"x\")" });
      const { app, errors } = await env.open(viewport);
      await app.openGroup();
      await app.addCodes(`${one.code}\n${two.code}`);
      assert.equal(await app.groupCount(), 2);

      const { name, text } = await app.download("group-csv");
      assert.match(name, /^kansrijk-group-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
      assert.equal(text.charCodeAt(0), 0xfeff, "a byte order mark, for the accents");
      const rows = parse(text.slice(1), ";");
      const [header, pub, priv, mean] = rows;
      assert.equal(rows.length, 4);
      assert.deepEqual(header.slice(0, 2), ["Deelnemer (respondent)", "Kant (side)"]);
      assert.equal(pub[0], "Gemeente; team Oost", "a label with the separator stays one field");
      assert.equal(priv[0], "'=HYPERLINK(\"x\")", "a formula is defused");
      const parts = (await app.rowIds("group-spread")).map((id) => id.replace("spread-", ""));
      for (const part of parts) {
        const col = header.findIndex((h) => h.endsWith(`(${part})`));
        assert.ok(col > 3, `a column for ${part}: ${header.join(" | ")}`);
        assert.equal(pub[col], "100,0");
        assert.equal(priv[col], "0,0");
        assert.equal(mean[col], "50,0", `the mean of ${part}`);
      }
      assert.match(pub[1], /^Overheid/);
      assert.match(priv[1], /^Bedrijf/);
      assert.equal(mean[0], "Gemiddelde");
      const verdict = await app.page.getByTestId("group-verdict").textContent();
      assert.equal(mean[2], verdict.trim());
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
