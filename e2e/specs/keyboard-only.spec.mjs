// The quick scan can be completed with the keyboard alone: Tab to move,
// Space to choose, Enter to go on; focus lands on each new screen's heading.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";

const env = useKansrijk();

/** What has focus: its test id, input type and the group it belongs to. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testid: el?.getAttribute("data-testid") ?? null,
      type: el?.getAttribute("type") ?? null,
      group: el?.closest("fieldset")?.id ?? null,
      heading: Boolean(el?.hasAttribute("data-kr-focus")),
    };
  });
}

for (const viewport of VIEWPORTS) {
  describe(`keyboard only at ${viewport.name}`, () => {
    it("completes the quick scan without a pointer", async () => {
      const { page, app, errors } = await env.open(viewport);
      assert.notEqual(await app.tabTo(app.startQuick), -1, "Tab reaches the start button");
      await page.keyboard.press("Enter");
      await app.waitForStep();

      for (let screen = 0; screen < 60 && !(await app.result.isVisible()); screen++) {
        assert.ok((await focused(page)).heading, "each new screen starts at its heading");
        const answered = new Set();
        for (let presses = 0; presses < 80; presses++) {
          await page.keyboard.press("Tab");
          const f = await focused(page);
          if ((f.type === "radio" || f.type === "checkbox") && !answered.has(f.group)) {
            // Arrow keys choose within a radio group; Space ticks a box.
            await page.keyboard.press(f.type === "radio" ? "ArrowDown" : "Space");
            answered.add(f.group);
          }
          if (f.testid === "next") break;
        }
        assert.equal((await focused(page)).testid, "next", "Tab reaches the next button");
        await page.keyboard.press("Enter");
        await app.waitForStep();
      }
      assert.ok(await app.verdict.isVisible(), "the result is reached");
      const saved = await app.saved();
      assert.ok(Object.keys(saved.state.response.answers).length >= 10, "the statements were answered");
      assert.deepEqual(errors, [], errors.join(" / "));
    });
  });
}
