// The same assessment open in two tabs: what is answered in one shows up in
// the other ("Updated from another tab"), and neither tab writes its older
// state back over the other's answers.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { KansrijkPage } from "../pages/kansrijk-page.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const twoTabs = caseOf("two-tabs");
const UPDATED = /ander tabblad|another tab/;

/** Counts the page's writes to storage. */
function countWrites() {
  window.__writes = 0;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (...args) {
    window.__writes++;
    return setItem.apply(this, args);
  };
}

for (const viewport of VIEWPORTS) {
  describe(`two tabs at ${viewport.name}`, () => {
    it(`${twoTabs.id}: ${twoTabs.expected}`, async () => {
      const { page, app: a, errors } = await env.open(viewport, { goto: false });
      const pageB = await page.context().newPage();
      const errorsB = [];
      pageB.on("pageerror", (err) => errorsB.push(`page error: ${err.message}`));
      for (const p of [page, pageB]) await p.addInitScript(countWrites);
      const b = new KansrijkPage(pageB, a.url);
      await a.goto();
      await b.goto();

      // Tab A answers the first screen; tab B follows without writing.
      // The tab in front runs its animation frames (where focus moves).
      await page.bringToFront();
      await a.go(a.startQuick);
      while (!(await a.items.count())) {
        await a.answerScreen();
        await a.next();
      }
      await b.notice.filter({ hasText: UPDATED }).waitFor();
      const first = await a.answerScreen({ pick: () => 4 });
      const firstId = Object.keys(first).at(-1);
      await pageB.waitForFunction(
        ([key, id]) => JSON.parse(localStorage.getItem(key)).state.response.answers[id] === 4,
        [KansrijkPage.STORAGE_KEY, firstId],
      );
      await pageB.waitForTimeout(200);
      assert.equal(await pageB.evaluate(() => window.__writes), 0, "tab B does not write A's state back");
      assert.ok(await b.resume.isVisible(), "tab B can resume A's answers");

      // Tab B changes one of A's answers; A follows.
      await pageB.bringToFront();
      await b.go(b.resume);
      assert.equal((await b.answersOnScreen())[firstId], "4", "tab B shows A's answer");
      await b.page.getByTestId(`item-${firstId}`).getByTestId("answer-1").check();
      await a.notice.filter({ hasText: UPDATED }).waitFor();
      await page.waitForFunction(
        ([key, id]) => JSON.parse(localStorage.getItem(key)).state.response.answers[id] === 1,
        [KansrijkPage.STORAGE_KEY, firstId],
      );
      assert.equal((await a.answersOnScreen())[firstId], "1", "tab A shows B's change");
      assert.equal(await a.notice.filter({ hasText: UPDATED }).count(), 1, "told once");

      await page.bringToFront();
      // Tab A goes on; B's change is not lost, and B does not undo A's answers.
      await a.next();
      const second = await a.answerScreen({ pick: () => 2 });
      await pageB.waitForTimeout(300);
      const saved = await a.saved();
      for (const [id, value] of Object.entries({ ...first, ...second, [firstId]: "1" })) {
        assert.equal(String(saved.state.response.answers[id]), value, `${id} is kept`);
      }
      await pageB.reload();
      await b.startQuick.waitFor();
      assert.deepEqual(await b.saved(), saved, "both tabs see one and the same saved state");
      assert.deepEqual([...errors, ...errorsB], [], [...errors, ...errorsB].join(" / "));
    });
  });
}
