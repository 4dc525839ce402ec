// Answers from other versions never join the group silently: an answer file
// of a questions version this build does not know says which version and
// what was counted, and a code from a newer Kansrijk says so.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`mixed versions at ${viewport.name}`, () => {
    it("tells of a 0.9.0 answer file and a kr2- code", async () => {
      const one = await KansrijkPage.respondent(env, viewport, "public", 4);
      const { text } = await one.app.download("share-file");
      const old = JSON.parse(text);
      old.response.content_version = "0.9.0";
      const file = path.join(tmpdir(), `kansrijk-0.9.0-${viewport.name}.json`);
      await writeFile(file, JSON.stringify(old));

      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      const messages = page.getByTestId("group-messages");
      await page.getByTestId("group-files").setInputFiles(file);
      await messages.filter({ hasText: "0.9.0" }).waitFor();
      assert.equal(await app.groupCount(), 1, "its known answers joined");
      assert.match(await messages.textContent(), /vragenversie 0\.9\.0/);

      await app.addCodes("kr2-AQIDBAUGBwgJ");
      await messages.filter({ hasText: /nieuwere versie van Kansrijk/ }).waitFor();
      assert.equal(await app.groupCount(), 1, "nothing added from the newer code");
      assert.deepEqual(await app.accessibilityViolations(), [], "axe with the messages");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
