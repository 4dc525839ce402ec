// A damaged answer code, pasted or opened as a link, is refused with a
// message that says what is wrong, and changes nothing on the device.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";

const env = useKansrijk();

/** `code` with one character in the middle changed, as a mistyped copy would. */
function damage(code) {
  const i = Math.floor(code.length / 2);
  return code.slice(0, i) + (code[i] === "A" ? "B" : "A") + code.slice(i + 1);
}

/** Every `kansrijk:` key in local storage with its value. */
const kept = (page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith("kansrijk:"))));

for (const viewport of VIEWPORTS) {
  describe(`a damaged code at ${viewport.name}`, () => {
    it("is refused when pasted, and the group stays as it was", async () => {
      const good = await KansrijkPage.respondent(env, viewport, "public", 4);
      const { page, app, errors } = await env.open(viewport);
      await app.openGroup();
      await app.addCodes(good.code);
      assert.equal(await app.groupCount(), 1);
      const before = await kept(page);

      await app.addCodes(damage(good.code));
      const message = page.getByTestId("group-messages");
      assert.match(await message.textContent(), /beschadigd/, "says the code is damaged");
      assert.equal(await app.groupCount(), 1, "nothing was added");
      assert.deepEqual(await kept(page), before, "nothing changed on the device");
      assert.equal(await page.getByTestId("group-paste").inputValue(), damage(good.code), "kept to correct");

      await app.addCodes(good.code.slice(0, 20));
      assert.match(await message.textContent(), /onvolledig|beschadigd/, "a cut-off code is told too");
      assert.equal(await app.groupCount(), 1);

      // A file that is not an answer file is refused by name.
      await page.getByTestId("group-files").setInputFiles({
        name: "agenda.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"kind":"agenda","items":[]}'),
      });
      await page.getByText("agenda.json:").waitFor();
      assert.match(await message.textContent(), /agenda\.json: Dit is geen Kansrijk-antwoordbestand/);
      assert.equal(await app.groupCount(), 1);
      assert.deepEqual(await kept(page), before, "still nothing changed");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("is refused when opened as a link, and the own answers stay", async () => {
      const good = await KansrijkPage.respondent(env, viewport, "private", 2);
      const { page, app } = await env.open(viewport);
      await app.go(app.startQuick);
      await app.answerScreen();
      await app.next();
      const before = await kept(page);
      assert.ok(before[KansrijkPage.STORAGE_KEY], "own answers saved");

      const [address] = good.link.split("#");
      await page.goto(`${address}#code=${damage(good.code)}`);
      await page.reload();
      await app.startQuick.waitFor();
      assert.match(await app.notice.textContent(), /beschadigd/);
      assert.equal(await page.getByTestId("shared-result").count(), 0, "no result is shown");
      assert.deepEqual(await kept(page), before, "nothing changed on the device");
    });
  });
}
