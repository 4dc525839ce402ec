// A widget in a narrow column of a wide page (a sidebar, a CMS content
// column) takes its layout from its own width, not the window's: the phone
// layout, one question per screen, in a column narrower than a whole part
// needs; and the wide layout again when the column grows.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";

const env = useHosts();
const desktop = VIEWPORTS.find((v) => v.viewport.width >= 1024);

/** Sets the width of the host element the widget is mounted in. */
const setColumn = (page, width) =>
  page.evaluate((w) => {
    document.querySelector("[data-kansrijk]").style.width = w;
  }, width);

/** Whether the widget has taken the wide layout. */
const isWide = (widget) => widget.root.evaluate((root) => root.classList.contains("kr-wide"));

describe(`script embed in a column on a ${desktop.name} page`, () => {
  it("asks one question per screen in a narrow column, and a whole part when it is wide", async () => {
    const { page, errors } = await env.openHost(desktop, "script.html");
    const widget = EmbeddedWidget.inShadow(page, page.locator("[data-kansrijk]"));
    await widget.waitForStart();
    assert.equal(await isWide(widget), true, "the page's full column is wide enough for a whole part");

    await setColumn(page, "420px");
    await page.waitForFunction(
      () => !document.querySelector("[data-kansrijk]").shadowRoot.querySelector(".kansrijk").classList.contains("kr-wide"),
    );
    await widget.go(widget.startQuick);
    const onScreen = (await widget.questions.count()) + (await widget.items.count());
    assert.equal(onScreen, 1, "one question per screen, as on a phone");
    const overflow = await widget.root.evaluate((root) => root.scrollWidth - root.clientWidth);
    assert.ok(overflow <= 0, `the widget fits its column (${overflow}px too wide)`);

    await setColumn(page, "");
    await page.waitForFunction(() =>
      document.querySelector("[data-kansrijk]").shadowRoot.querySelector(".kansrijk").classList.contains("kr-wide"),
    );
    assert.ok((await widget.questions.count()) > 1, "the whole part on one screen again");
    assert.deepEqual(errors, [], errors.join(" / "));
  });
});
