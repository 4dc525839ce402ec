// The release build loads and the app mounts its start screen without errors.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`app mounts at ${viewport.name}`, () => {
    it("shows a heading and the quick-scan button", async () => {
      const { app } = await env.open(viewport);
      assert.equal(await app.heading.count(), 1, "exactly one <h1>");
      assert.ok(await app.heading.isVisible(), "the heading is visible");
      assert.notEqual((await app.heading.innerText()).trim(), "", "the heading has text");
      assert.ok(await app.startQuick.isVisible(), "the quick-scan button is visible");
    });

    it("loads its wasm as application/wasm and reports no errors", async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      const wasm = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(".wasm"));
      await app.goto();
      const response = await wasm;
      assert.equal(response.status(), 200);
      assert.equal(response.headers()["content-type"], "application/wasm");
      assert.deepEqual(errors, [], `page or console errors: ${errors.join(" / ")}`);
    });
  });
}
