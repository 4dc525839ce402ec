// The script embed on another organisation's page (examples/hosts/script.html),
// loaded from another origin under the strict Content-Security-Policy that
// docs/embedding.md asks of a host: the widget mounts in its element's
// shadow root and nowhere else, follows data-lang and data-brand, can be
// used, and leaves every style of the host page as it was.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts, hostStyles } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";

const env = useHosts();

/** The host policy of docs/embedding.md: the widget's origin for its script and wasm, nothing for styles. */
const hostPolicy = (widget) =>
  `default-src 'none'; script-src 'self' ${widget} 'wasm-unsafe-eval'; connect-src ${widget}; style-src 'self'; img-src 'self'; base-uri 'none'; object-src 'none'`;

for (const viewport of VIEWPORTS) {
  describe(`script embed at ${viewport.name}`, () => {
    it("mounts in its shadow root only, in the language and colour asked for, and works", async () => {
      const { page, errors, foreign } = await env.openHost(viewport, "script.html", { crossOrigin: true, hostPolicy });
      const host = page.locator("[data-kansrijk]");
      const widget = EmbeddedWidget.inShadow(page, host);
      await widget.waitForStart();

      const placed = await page.evaluate(() => ({
        shadow: document.querySelector("[data-kansrijk]").shadowRoot?.mode,
        lightChildren: document.querySelector("[data-kansrijk]").children.length,
        widgetsOutside: document.querySelectorAll(".kansrijk").length,
        bodyChildren: [...document.body.children].map((e) => e.tagName.toLowerCase()),
      }));
      assert.equal(placed.shadow, "open", "the widget lives in an open shadow root");
      assert.equal(placed.lightChildren, 0, "nothing is added to the host element's own children");
      assert.equal(placed.widgetsOutside, 0, "no widget markup in the host's DOM");
      assert.deepEqual(placed.bodyChildren, ["h1", "p", "ul", "div", "script", "div"], "nothing added to the host's body");

      assert.equal(await widget.root.getAttribute("lang"), "en", "data-lang=en is followed");
      const brand = await widget.startQuick.evaluate((b) => getComputedStyle(b).backgroundColor);
      assert.equal(brand, "rgb(0, 107, 63)", "data-brand colours the main button");

      const answered = await widget.startAndAnswer();
      assert.ok(answered >= 1, "something was answered");
      assert.ok(await widget.nextButton.isVisible(), "the check goes on");
      assert.deepEqual(foreign, [], "no request outside the host and widget origins");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("changes no style of the host page", async () => {
      const alone = await env.openHost(viewport, "script.html", { crossOrigin: true, hostPolicy, withoutWidget: true });
      const before = await hostStyles(alone.page);
      const { page, errors } = await env.openHost(viewport, "script.html", { crossOrigin: true, hostPolicy });
      const widget = EmbeddedWidget.inShadow(page, page.locator("[data-kansrijk]"));
      await widget.waitForStart();
      await widget.go(widget.startQuick);
      assert.deepEqual(await hostStyles(page), before, "the host's elements look the same with the widget on the page");
      const font = await widget.nextButton.evaluate((b) => getComputedStyle(b).fontFamily);
      assert.doesNotMatch(font, /Courier/, `the host's button font stays out of the widget (${font})`);
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}

describe("script embed under a policy without 'wasm-unsafe-eval'", () => {
  it("says in the widget's place what the host page must allow", async () => {
    const strict = (widget) => hostPolicy(widget).replace(" 'wasm-unsafe-eval'", "");
    const { page } = await env.openHost(VIEWPORTS[0], "script.html", { crossOrigin: true, hostPolicy: strict });
    const message = page.locator("[data-kansrijk] .kansrijk-failed");
    await message.waitFor({ state: "visible", timeout: 30_000 });
    assert.equal(await message.getAttribute("role"), "alert");
    assert.match(await message.innerText(), /'wasm-unsafe-eval'/);
    assert.ok(await page.locator("#host-after").isVisible(), "the host page around it is whole");
  });
});

