// Storage that fails in the ways the other storage specs do not cover: a
// full quota (every write refused), and storage that throws on every call.
// In each case the check starts, says what happened, and can be completed
// in memory.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useKansrijk, VIEWPORTS } from "../fixtures.mjs";
import { caseOf } from "../reliability.mjs";

const env = useKansrijk();
const quota = caseOf("storage-quota");
const throwsAlways = caseOf("storage-throws-always");

function refuseWrites() {
  Storage.prototype.setItem = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
}

function throwOnEveryCall() {
  const fail = () => {
    throw new DOMException("storage is broken in this test", "UnknownError");
  };
  for (const name of ["getItem", "setItem", "removeItem", "key", "clear"]) Storage.prototype[name] = fail;
  Object.defineProperty(Storage.prototype, "length", { configurable: true, get: fail });
}

for (const viewport of VIEWPORTS) {
  describe(`failing storage at ${viewport.name}`, () => {
    for (const [fault, setup, told] of [
      [quota, refuseWrites, /vol|full/],
      [throwsAlways, throwOnEveryCall, /niets op dit apparaat bewaren|save anything/],
    ]) {
      it(`${fault.id}: ${fault.expected}`, async () => {
        const { page, app, errors } = await env.open(viewport, { goto: false });
        await page.addInitScript(setup);
        await app.goto();
        await app.go(app.startQuick);
        await app.answerScreen();
        await app.next();
        assert.equal(await app.notice.count(), 1, "one message");
        assert.match(await app.notice.textContent(), told);
        await app.completeToResult();
        assert.ok(await app.verdict.isVisible(), "the result is reached in memory");
        assert.equal(await app.notice.count(), 1, "the message is not repeated");
        assert.deepEqual(errors, [], errors.join(" / "));
      });
    }
  });
}
