// Hostile text: a partnership name, pasted codes, answer files and labels
// holding HTML, <script>, <img onerror>, control characters, 100,000
// characters or invalid UTF-8 are shown as inert text or refused with a
// message. No script runs (window.__pwned stays unset) and no dialog opens.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const nameCase = caseOf("hostile-name");
const longCase = caseOf("hostile-long");
const codeCase = caseOf("hostile-code");
const fileCase = caseOf("hostile-file");

const HOSTILE = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>\u0007<b>vet</b> & "quotes"`;
const LONG = "A".repeat(100_000);
/** Fits the name field (80 characters), control character included. */
const NAME = `<img src=x onerror=window.__pwned=1><script>__pwned=2</script>\u0007<b>vet</b>&"x"`;

/** Opens the app with a dialog and a script trap, and returns a check that nothing fired. */
async function trapped(viewport) {
  const opened = await env.open(viewport);
  const dialogs = [];
  opened.page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  opened.inert = async () => {
    assert.equal(await opened.page.evaluate(() => window.__pwned), undefined, "no script ran");
    assert.deepEqual(dialogs, [], "no dialog opened");
    assert.equal(await opened.page.locator(".kansrijk script, .kansrijk img[src='x'], .kansrijk b").count(), 0, "no element came from the input");
  };
  return opened;
}

const nameField = (page) => page.locator(".kr-about input.kr-input").first();

for (const viewport of VIEWPORTS) {
  describe(`hostile input at ${viewport.name}`, () => {
    it(`${nameCase.id}: ${nameCase.expected}`, async () => {
      const { page, app, errors, inert } = await trapped(viewport);
      const name = NAME;
      await nameField(page).fill(name);
      await app.completeQuickScanAs({ side: "public", value: 3 });
      const shown = await page.getByTestId("result").textContent();
      assert.ok(shown.includes(name.replace("\u0007", "").slice(0, 60)), `the name is shown literally: ${shown.slice(0, 300)}`);
      await page.reload();
      await app.startQuick.waitFor();
      assert.equal(await nameField(page).inputValue(), name, "kept literally");
      await inert();
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it(`${longCase.id}: ${longCase.expected}`, async () => {
      const { page, app, errors, inert } = await trapped(viewport);
      await nameField(page).fill(LONG);
      assert.ok((await nameField(page).inputValue()).length <= 80, "cut to the field's length");
      await app.openGroup();
      await app.addCodes(LONG);
      assert.equal(await app.groupCount(), 0, "nothing added");
      assert.ok((await page.getByTestId("group-messages").textContent()).trim().length > 0, "told why");
      await inert();
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it(`${codeCase.id}: ${codeCase.expected}`, async () => {
      const { page, app, errors, inert } = await trapped(viewport);
      await app.openGroup();
      await app.addCodes([HOSTILE, "kr1-<script>window.__pwned=1</script>", "#code=<img src=x onerror=alert(1)>"].join("\n"));
      assert.equal(await app.groupCount(), 0, "nothing added");
      const told = page.getByTestId("group-messages").locator("p.kr-error");
      assert.ok((await told.count()) >= 3, "each line is refused with a message");
      await inert();
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it(`${fileCase.id}: ${fileCase.expected}`, async () => {
      // A real answer file whose label is hostile, from a respondent's device.
      const respondent = await env.open(viewport);
      await respondent.app.completeQuickScanAs({ side: "private", value: 2 });
      await (await respondent.app.reveal(respondent.page.getByTestId("share-include-label"))).check();
      const label = `<img src=x onerror="window.__pwned='label'">`;
      await respondent.page.getByTestId("share-label").fill(label);
      const { text } = await respondent.app.download("share-file");

      const dir = await mkdtemp(path.join(tmpdir(), "kansrijk-hostile-"));
      const files = {
        "labelled.json": text,
        "bytes.json": Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28, 0x00, 0xed, 0xa0, 0x80]),
        "<img src=x onerror=alert(1)>.json": `<script>window.__pwned='file'</script>`,
      };
      const paths = [];
      for (const [name, body] of Object.entries(files)) {
        const file = path.join(dir, name);
        await writeFile(file, body);
        paths.push(file);
      }

      const { page, app, errors, inert } = await trapped(viewport);
      await app.openGroup();
      await page.getByTestId("group-files").setInputFiles(paths);
      await page.getByTestId("group-messages").locator("p").nth(2).waitFor();
      assert.equal(await app.groupCount(), 1, "only the real answer file is added");
      const refused = await page.getByTestId("group-messages").locator("p.kr-error").allTextContents();
      assert.ok(refused.some((t) => t.startsWith("bytes.json")), "the file of bytes is refused by name");
      assert.ok(refused.some((t) => t.startsWith("<img src=x onerror=alert(1)>.json")), "a hostile file name is shown literally");
      const labels = await page.getByTestId("member-label").evaluateAll((all) => all.map((i) => i.value));
      assert.ok(labels.includes(label), "the hostile label is kept as text");
      await inert();
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
