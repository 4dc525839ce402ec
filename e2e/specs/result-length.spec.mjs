// A result leads with the verdict and at most three first steps; every
// other list is a section the reader opens, so a quick-scan result fits in
// about three phone screens and says nothing twice without a reason.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();
const phone = VIEWPORTS.find((v) => v.viewport.width < 768);

/** Mixed answers: flags, weak parts, unknowns and points to settle all show. */
const mixed = (n) => [1, 3, 5, 4][n % 4];

describe(`the result's length at ${phone.name}`, () => {
  it("opens with the verdict and at most three steps, in three screens with every section closed", async () => {
    const { page, app, errors } = await env.open(phone);
    await app.go(app.startQuick);
    await app.completeToResult({ pick: mixed });
    await app.waitUntilDrawn();

    const steps = page.getByTestId("first-steps").locator("li");
    const count = await steps.count();
    assert.ok(count >= 1 && count <= 3, `${count} first steps`);
    const verdictBottom = await app.verdict.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    const stepsTop = await page.getByTestId("first-steps").evaluate((el) => el.getBoundingClientRect().top + scrollY);
    assert.ok(stepsTop >= verdictBottom, "the steps follow the verdict");

    const toggles = page.locator(".kr-fold-toggle");
    assert.ok((await toggles.count()) >= 8, "the lists are sections");
    for (const toggle of await toggles.all()) {
      assert.equal(await toggle.getAttribute("aria-expanded"), "false", `${await toggle.innerText()} opens closed`);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const screen = phone.viewport.height;
    assert.ok(height <= 3 * screen, `${height} px is ${(height / screen).toFixed(1)} screens`);

    // With the sections closed, no sentence shows twice.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=result] :is(p, li, h2)")]
        .filter((el) => el.checkVisibility() && !el.querySelector("p, li"))
        .map((el) => el.innerText.trim())
        .filter(Boolean),
    );
    const twice = shown.filter((text, i) => shown.indexOf(text) !== i);
    assert.deepEqual(twice, [], "nothing repeated");
    assert.deepEqual(errors, [], errors.join(" / "));
  });

  it("opens a section on a tap, keeps it open after changing an answer, and names a point to settle once", async () => {
    const { page, app } = await env.open(phone);
    await app.go(app.startQuick);
    await app.completeToResult({ pick: mixed });
    await app.waitUntilDrawn();

    const settle = page.getByTestId("to-settle");
    const toggle = settle.locator(".kr-fold-toggle");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    const points = settle.locator("li.kr-rec");
    assert.ok((await points.count()) >= 1, "there are points to settle");
    for (const point of await points.all()) {
      const statements = await point.locator(".kr-answered .kr-answered-text, .kr-rec-text").allInnerTexts();
      assert.equal(new Set(statements).size, statements.length, `a statement twice in: ${statements.join(" | ")}`);
    }

    // Change an answer from the open section; back on the result it is still open.
    await settle.locator(".kr-change").first().click();
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid^='item-']"));
    await app.go(page.getByTestId("back-to-result"));
    assert.equal(await page.getByTestId("to-settle").locator(".kr-fold-toggle").getAttribute("aria-expanded"), "true");
  });
});
