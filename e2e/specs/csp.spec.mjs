// The standalone page runs under a strict Content-Security-Policy, sent as a
// header and declared in a <meta>: no inline script or style, only its own
// files, wasm compiled with 'wasm-unsafe-eval'. Going from the start through
// answers to the result raises no violation and no console error.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

const REQUIRED = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Records every CSP violation in the page, from before its first script. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
  });
}

for (const viewport of VIEWPORTS) {
  describe(`content security policy at ${viewport.name}`, () => {
    it("is sent and declared, and nothing violates it from start to result", async () => {
      const { page, app, errors } = await env.open(viewport, { goto: false });
      await page.addInitScript(recordViolations);
      const response = await page.goto(app.url, { waitUntil: "load" });
      await app.startQuick.waitFor({ state: "visible", timeout: 30_000 });

      const header = response.headers()["content-security-policy"] ?? "";
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      for (const directive of REQUIRED) {
        assert.ok(header.includes(directive), `the header has ${directive}`);
        assert.ok(meta.includes(directive), `the <meta> has ${directive}`);
      }
      assert.ok(!/unsafe-inline|unsafe-eval'/.test(meta.replace("'wasm-unsafe-eval'", "")), "no unsafe-inline or unsafe-eval");
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script in the page");

      await app.go(app.startQuick);
      await app.completeToResult({ pick: (n) => [4, 2, 5, "dont-know"][n % 4] });
      assert.ok(await app.verdict.isVisible(), "the result shows");
      const violations = await page.evaluate(() => window.__cspViolations);
      assert.deepEqual(violations, [], violations.join(" / "));
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
