// The development server a web editor tries first answers --help with its
// usage, and an unknown argument with the same usage and a failing exit.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../scripts/serve-dist.mjs");
const run = (...args) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", timeout: 10_000 });

describe("scripts/serve-dist.mjs", () => {
  it("prints its usage for --help and exits cleanly", () => {
    const { status, stdout } = run("--help");
    assert.equal(status, 0);
    for (const option of ["--dir", "--port", "--base", "--hosts"]) assert.ok(stdout.includes(option), stdout);
  });

  it("names an unknown argument, shows the usage and fails", () => {
    const { status, stderr } = run("--bogus");
    assert.equal(status, 2);
    assert.ok(stderr.includes("unknown argument --bogus"), stderr);
    assert.ok(stderr.includes("--port"), stderr);
  });
});
