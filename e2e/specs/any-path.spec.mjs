// dist/ works wherever it is hosted: at the root of a site and under a deep
// sub-path, asking only for files inside its own folder.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

for (const base of ["/", "/a/deeper/sub-path/"]) {
  const env = useKansrijk({ base });
  for (const viewport of VIEWPORTS) {
    describe(`served from ${base} at ${viewport.name}`, () => {
      it("mounts and loads every file from inside its folder", async () => {
        const { app, server, requests, errors } = await env.open(viewport);
        assert.ok(await app.heading.isVisible(), "the app mounted");
        for (const url of requests) {
          if (/^(data|blob|about):/.test(url)) continue;
          assert.ok(url.startsWith(server.url), `${url} is under ${server.url}`);
        }
        assert.deepEqual(errors, [], `page or console errors: ${errors.join(" / ")}`);
      });
    });
  }
}
