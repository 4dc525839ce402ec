// A panic in the release build (which aborts: the wasm instance traps) does
// not leave a blank widget: a panel says, in Dutch and English, that the
// answers are safe, with a link that reloads the page; after the reload the
// answers given before the crash are all there. The panic is a test-only
// fault (src/ui/crash.rs): `window.__kansrijkFault = "start"` makes
// starting a check panic.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const crash = caseOf("panic-panel");

for (const viewport of VIEWPORTS) {
  describe(`crash panel at ${viewport.name}`, () => {
    it(`${crash.id}: ${crash.expected}`, async () => {
      const { page, app, errors } = await env.open(viewport);
      await app.go(app.startQuick);
      const given = await app.answerScreen();
      await app.next();
      // Back at the start, then arm the fault: the next start panics.
      while (!(await app.startQuick.isVisible())) await app.go(app.backButton);
      const before = await app.saved();
      await page.evaluate(() => (window.__kansrijkFault = "start"));
      await app.startQuick.click();

      const panel = page.getByTestId("crash-panel");
      await panel.waitFor({ state: "visible" });
      assert.equal(await panel.getAttribute("role"), "alert");
      const text = await panel.textContent();
      assert.match(text, /antwoorden zijn veilig/, "Dutch: the answers are safe");
      assert.match(text, /answers are safe/, "English: the answers are safe");
      assert.equal(await app.startQuick.isVisible(), false, "the broken widget is hidden behind the panel");
      assert.ok(errors.some((e) => /deliberate test fault/.test(e)), "the panic was real (and logged)");
      assert.deepEqual(await app.saved(), before, "nothing was lost or changed by the crash");

      const reload = page.getByTestId("crash-reload");
      assert.equal(await reload.evaluate((a) => a.tagName), "A", "a plain link: no handler needs to run");
      await Promise.all([page.waitForEvent("load"), reload.click()]);
      await app.resume.waitFor({ state: "visible", timeout: 30_000 });
      assert.equal(await page.getByTestId("crash-panel").count(), 0, "the reloaded widget works");
      assert.deepEqual(await app.saved(), before, "the answers are still there");
      await app.go(app.resume);
      for (const [id, value] of Object.entries(given)) {
        assert.equal(String(before.state.response.answers[id]), value, `${id} was saved`);
      }
    });
  });
}
