// The result offers the answers as a code, a link that carries the code in
// its fragment, a QR code of that link that a camera can read back, and an
// answer file; a label goes in only when the respondent adds one.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

/** Reads the QR code in a screenshot of `locator` (white margin around it). */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

for (const viewport of VIEWPORTS) {
  describe(`share panel at ${viewport.name}`, () => {
    it("gives a code, a link, a readable QR code and a file", async () => {
      const { page, app, errors } = await env.open(viewport);
      const given = await app.completeQuickScanAs({ side: "public", value: 4 });
      const code = await app.shareCode();
      assert.match(code, /^kr1-[A-Za-z0-9_-]+$/);
      const link = await app.shareLink();
      assert.equal(link, `${app.url}#code=${code}`, "the page's address with the code in the fragment");

      const qr = await app.reveal(page.getByTestId("share-qr"));
      await qr.scrollIntoViewIfNeeded();
      assert.equal(await readQr(qr), link, "the QR code reads back as the link");

      const { name, text } = await app.download("share-file");
      const file = JSON.parse(text);
      // Without a label the start of the response id tells files apart.
      assert.match(file.response.id, /^[0-9a-f]{12}$/);
      assert.equal(name, `kansrijk-answers-${file.response.id.slice(0, 6)}-${name.match(/\d{4}-\d{2}-\d{2}-\d{4}/)[0]}.json`);
      assert.equal(file.kind, "kansrijk-response");
      assert.equal(file.label, undefined, "no label unless added");
      // Numbers on the agreement scale, words for a status: each as it was answered.
      const saved = Object.fromEntries(Object.entries(file.response.answers).map(([id, a]) => [id, String(a)]));
      assert.deepEqual(saved, given);
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("adds a label only when the box is ticked", async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.completeQuickScanAs({ side: "private", value: 3 });
      const plain = await app.shareCode();
      await (await app.reveal(page.getByTestId("share-include-label"))).check();
      await page.getByTestId("share-label").fill("Winkeliers Centrum");
      const labelled = await app.shareCode();
      assert.notEqual(labelled, plain);
      const { text } = await app.download("share-file");
      assert.equal(JSON.parse(text).label, "Winkeliers Centrum");
      await page.getByTestId("share-include-label").uncheck();
      assert.equal(await app.shareCode(), plain, "unticked, the label is out again");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
