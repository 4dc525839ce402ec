// A workshop room: 60 respondents' answer files chosen at once, with files
// that cannot be read among them. The facilitator sees the count and the
// group's figures first, then the first 20 respondents with a button that
// lists them all; each bad file is named, and no good one is lost.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

// 40 public respondents answering the best (5, "in place": 100 on every
// part) and 20 private ones the worst (1, "absent": 0), whatever mix of
// agreement statements and status questions a part has: the mean is
// 40 * 100 / 60 = 66.7, shown as 67.
const PUBLIC = 40;
const PRIVATE = 20;
const SHOWN = 20;

/**
 * An answer file as chosen in the file input: `json` relabelled `label`, as
 * the `n`-th respondent of the room. Each participant's own device gives
 * their response its own id, so each copy gets one: copies of one file with
 * one id would be one respondent sending twice.
 */
function answerFile(name, json, label, n) {
  const file = JSON.parse(json);
  const response = { ...file.response, id: n.toString(16).padStart(12, "0") };
  const text = JSON.stringify({ ...file, label, response });
  return { name, mimeType: "application/json", buffer: Buffer.from(text) };
}

for (const viewport of VIEWPORTS) {
  describe(`a room of answer files at ${viewport.name}`, () => {
    it("counts them all, lists the first 20 until all are asked for, and names each bad file", async () => {
      const pub = await KansrijkPage.respondent(env, viewport, "public", 5);
      const { text: publicJson } = await pub.app.download("share-file");
      const priv = await KansrijkPage.respondent(env, viewport, "private", 1);
      const { text: privateJson } = await priv.app.download("share-file");
      const files = [];
      for (let n = 1; n <= PUBLIC + PRIVATE; n++) {
        files.push(answerFile(`answers-${n}.json`, n <= PUBLIC ? publicJson : privateJson, `Respondent ${n}`, n));
      }
      const bad = {
        "broken.json": publicJson.slice(0, 120),
        "newer.json": JSON.stringify({ ...JSON.parse(publicJson), format: 2 }),
        "notes.json": JSON.stringify({ shopping: ["bread"] }),
      };
      Object.entries(bad).forEach(([name, text], i) =>
        files.splice(10 + 20 * i, 0, { name, mimeType: "application/json", buffer: Buffer.from(text) }),
      );

      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      await page.getByTestId("group-files").setInputFiles(files);
      await page.getByTestId("group-verdict").waitFor();
      assert.equal(await app.groupCount(), PUBLIC + PRIVATE);
      const messages = await page.getByTestId("group-messages").textContent();
      assert.match(messages, /60/, messages);
      for (const name of Object.keys(bad)) assert.ok(messages.includes(name), `${name} is named: ${messages}`);
      assert.ok(!messages.includes("answers-"), `no good file failed: ${messages}`);

      // The figures count all 60; the list and the table show the first 20.
      const members = page.getByTestId("group-member");
      assert.equal(await members.count(), SHOWN);
      const rows = await app.rowIds("group-spread");
      assert.ok(rows.length >= 8, `a row per part: ${rows}`);
      for (const row of rows) {
        const [part, mean, , ...scores] = await app.rowCells(row);
        assert.equal(Number(mean), 67, `mean of ${part}`);
        assert.equal(scores.length, SHOWN, `the first ${SHOWN} respondents' scores of ${part}`);
      }
      const showAll = page.getByTestId("group-show-all");
      assert.match(await showAll.textContent(), /60/);
      assert.equal(await showAll.getAttribute("aria-expanded"), "false");
      const violations = await app.accessibilityViolations();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

      // All of them, one of those listed only now removed, then the first 20 again.
      await showAll.click();
      await members.nth(PUBLIC + PRIVATE - 1).waitFor();
      assert.equal(await members.count(), PUBLIC + PRIVATE);
      assert.equal(await showAll.getAttribute("aria-expanded"), "true");
      assert.equal(await members.nth(44).getByTestId("member-label").inputValue(), "Respondent 45");
      await members.nth(44).getByTestId("member-remove").click();
      assert.equal(await app.groupCount(), PUBLIC + PRIVATE - 1);
      assert.equal(await members.nth(44).getByTestId("member-label").inputValue(), "Respondent 46");
      // 40 * 100 over 59: 67.8.
      const [, mean, , ...scores] = await app.rowCells(rows[0]);
      assert.equal(Number(mean), 68);
      assert.equal(scores.length, PUBLIC + PRIVATE - 1);
      assert.equal((await app.saved(KansrijkPage.GROUP_KEY)).list.length, PUBLIC + PRIVATE - 1);
      await showAll.click();
      assert.equal(await members.count(), SHOWN);
      assert.equal(await showAll.getAttribute("aria-expanded"), "false");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
