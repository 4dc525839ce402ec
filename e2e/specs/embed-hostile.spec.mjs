// A host page with the worst common stylesheet (examples/hosts/hostile.html:
// `* { font: 30px serif !important } button { display: none }`): the widget
// still shows its buttons in its own font and works, and the host keeps
// exactly what its stylesheet asks for.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";

const env = useHosts();

for (const viewport of VIEWPORTS) {
  describe(`hostile host page at ${viewport.name}`, () => {
    it("neither breaks the widget nor is changed by it", async () => {
      const { page, errors } = await env.openHost(viewport, "hostile.html");
      const widget = EmbeddedWidget.inShadow(page, page.locator("[data-kansrijk]"));
      await widget.waitForStart();

      assert.ok(await widget.startQuick.isVisible(), "the widget's buttons are not hidden by the host's button rule");
      const family = await widget.startQuick.evaluate((b) => getComputedStyle(b).fontFamily);
      assert.doesNotMatch(family, /^serif$/, `the widget keeps its own font (${family})`);
      const size = await widget.root.evaluate((r) => getComputedStyle(r).fontSize);
      assert.equal(size, "16px", "the widget keeps its own size, though the host's rem is 30px");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the widget fits the page's width (${overflow}px too wide)`);

      assert.equal(await page.locator("#host-button").isVisible(), false, "the host's own button stays hidden");
      const text = await page.locator("#host-text").evaluate((p) => {
        const s = getComputedStyle(p);
        return `${s.fontSize} ${s.fontFamily}`;
      });
      assert.equal(text, "30px serif", "the host's paragraph keeps the host's font");

      const answered = await widget.startAndAnswer();
      assert.ok(answered >= 1, "the widget can be used");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
