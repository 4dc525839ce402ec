// The iframe embed on another organisation's page (examples/hosts/iframe.html),
// from another origin under a strict host Content-Security-Policy: the
// widget renders in the frame in the language and colour of its URL, can be
// used, and the frame follows its content's height (posted by the widget,
// applied by kansrijk-frame.js) without a scroll bar of its own.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS } from "../fixtures.mjs";
import { useHosts } from "../hosts.mjs";
import { EmbeddedWidget } from "../pages/embedded-widget.mjs";

const env = useHosts();

const hostPolicy = (widget) =>
  `default-src 'none'; script-src 'self' ${widget}; frame-src ${widget}; style-src 'self'; img-src 'self'; base-uri 'none'; object-src 'none'`;

/** The frame's height on the host page, and its content's height inside. */
async function heights(frameLocator) {
  const frame = await (await frameLocator.elementHandle()).contentFrame();
  const outer = await frameLocator.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the frame's height matches its content (the resize message arrived). */
async function waitForFit(frameLocator, notHeight = null) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const h = await heights(frameLocator);
    if (Math.abs(h.outer - Math.ceil(h.content)) <= 1 && h.outer !== notHeight) return h;
    if (Date.now() > deadline) throw new Error(`the frame never fitted its content: ${JSON.stringify(h)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const viewport of VIEWPORTS) {
  describe(`iframe embed at ${viewport.name}`, () => {
    it("renders, works, and the frame grows and shrinks with the content", async () => {
      const { page, errors, foreign } = await env.openHost(viewport, "iframe.html", { crossOrigin: true, hostPolicy });
      const frame = page.locator("iframe[data-kansrijk-frame]");
      await frame.scrollIntoViewIfNeeded();
      const widget = EmbeddedWidget.inFrame(page, frame);
      await widget.waitForStart();
      assert.equal(await widget.root.getAttribute("lang"), "nl", "?lang=nl is followed");
      const brand = await widget.startQuick.evaluate((b) => getComputedStyle(b).backgroundColor);
      assert.equal(brand, "rgb(0, 107, 63)", "?brand= colours the main button");

      const start = await waitForFit(frame);
      assert.notEqual(start.outer, 900, "the frame no longer has the snippet's height");
      assert.ok(start.overflow <= 0, "the frame has no scroll bar of its own");

      await widget.go(widget.startQuick);
      const question = await waitForFit(frame, start.outer);
      assert.notEqual(question.outer, start.outer, "the height followed the first question");
      await widget.answerScreen();
      await widget.go(widget.nextButton);
      const next = await waitForFit(frame);
      assert.ok(next.overflow <= 0, "still no scroll bar in the frame");

      // Only the frame's own messages count: the host page posting one to
      // itself (as any other script or frame could) resizes nothing.
      await page.evaluate(() => window.postMessage({ kansrijk: "height", height: 5000 }, "*"));
      await page.waitForTimeout(200);
      assert.equal((await heights(frame)).outer, next.outer, "a message from elsewhere is ignored");

      assert.equal(await page.locator("#host-button").isVisible(), true, "the host's own button is untouched");
      assert.deepEqual(foreign, [], "no request outside the host and widget origins");
      assert.deepEqual(errors, [], errors.join(" / "));
    });

    it("brings the question into the host's view after 'change answer' on a long result", async () => {
      const { page, errors } = await env.openHost(viewport, "iframe.html", { crossOrigin: true, hostPolicy });
      const frame = page.locator("iframe[data-kansrijk-frame]");
      await frame.scrollIntoViewIfNeeded();
      const widget = EmbeddedWidget.inFrame(page, frame);
      await widget.waitForStart();
      await widget.go(widget.startQuick);
      await widget.completeToResult();
      const closed = await waitForFit(frame);
      await widget.scope.locator("[data-fold='answers'] .kr-fold-toggle").click();
      const content = await (await frame.elementHandle()).contentFrame();
      await content.evaluate(() => document.querySelectorAll("[data-fold='answers'] details").forEach((d) => (d.open = true)));
      const tall = await waitForFit(frame, closed.outer);
      assert.ok(tall.outer > 2 * viewport.viewport.height, `a result longer than the window: ${tall.outer}`);

      // The last "change answer": far down the host page.
      await widget.scope.locator("[data-fold='answers'] .kr-change").last().click();
      const question = widget.scope.locator("fieldset:focus, [data-testid^='item-']:focus-within").first();
      await question.waitFor();
      const deadline = Date.now() + 5_000;
      let box;
      do {
        await page.waitForTimeout(100);
        box = await question.boundingBox();
      } while (Date.now() < deadline && !(box && box.y >= 0 && box.y < viewport.viewport.height));
      assert.ok(box && box.y >= 0 && box.y < viewport.viewport.height, `the question is in the host's window: ${JSON.stringify(box)}`);

      // Chromium carries a frame's scrollIntoView over to the host page;
      // other browsers leave it to the host, whose script follows the
      // frame's "show" message. Only a message from the frame itself counts.
      const frameTop = () => frame.evaluate((f) => f.getBoundingClientRect().top);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const away = await frameTop();
      await page.evaluate(() => window.postMessage({ kansrijk: "show", top: 0 }, "*"));
      await page.waitForTimeout(200);
      assert.equal(await frameTop(), away, "a message from elsewhere scrolls nothing");
      if (away >= 0) await frame.evaluate((f) => (f.style.marginTop = "3000px"));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const content2 = await (await frame.elementHandle()).contentFrame();
      await content2.evaluate(() => window.parent.postMessage({ kansrijk: "show", top: 0 }, "*"));
      await page.waitForFunction(() => {
        const top = document.querySelector("iframe[data-kansrijk-frame]").getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight;
      });
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
