// No answer leaves the device: loading and using the app asks nothing of any
// origin but its own (no CDN, no fonts, no analytics).

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

for (const viewport of VIEWPORTS) {
  describe(`no foreign requests at ${viewport.name}`, () => {
    it("requests only its own origin while loading and starting", async () => {
      const { page, app, server, requests, foreign } = await env.open(viewport);
      await app.startQuick.click();
      await page.waitForLoadState("networkidle");
      assert.ok(requests.length >= 3, `the page loaded its files (saw ${requests.length} requests)`);
      assert.deepEqual(foreign, [], `requests outside the page's origin: ${foreign.join(", ")}`);
      for (const url of requests) {
        if (/^(data|blob|about):/.test(url)) continue;
        assert.equal(new URL(url).origin, server.origin, `${url} is on the page's origin`);
      }
    });
  });
}
