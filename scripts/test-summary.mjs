#!/usr/bin/env node
// Adds up the results of every test layer that scripts/test-all.sh ran and
// prints one closing line, "N passed, N failed". Exits 1 if anything failed.
//
//   node scripts/test-summary.mjs LOG_DIR
//
// LOG_DIR holds, per layer, NAME.log (its output) and NAME.status with two
// lines: the kind of layer ("check", "cargo" or "node") and the exit code.
//   check: a lint or build step, counted as one test that passed or failed;
//   cargo: `test result: ok. N passed; M failed; ...` lines (cargo test and
//          wasm-bindgen-test-runner), summed;
//   node:  node --test's closing "pass N" / "fail N" lines.
// A layer that exited non-zero without reporting a failure (it did not
// compile, or crashed) counts one failure, so no failure can go unseen.

import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: test-summary.mjs LOG_DIR");
  process.exit(2);
}

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

function count(kind, log) {
  let passed = 0;
  let failed = 0;
  if (kind === "cargo") {
    for (const m of log.matchAll(/^test result: \w+\. (\d+) passed; (\d+) failed/gm)) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    }
  } else if (kind === "node") {
    // spec reporter: "ℹ pass 3"; tap reporter: "# pass 3". Take the last ones.
    const last = (re) => [...log.matchAll(re)].map((m) => Number(m[1])).pop() ?? 0;
    passed = last(/^(?:ℹ|#) pass (\d+)$/gm);
    failed = last(/^(?:ℹ|#) fail (\d+)$/gm) + last(/^(?:ℹ|#) cancelled (\d+)$/gm);
  }
  return { passed, failed };
}

const names = (await readdir(dir)).filter((f) => f.endsWith(".status")).sort();
let passed = 0;
let failed = 0;
const rows = [];
for (const file of names) {
  const name = file.replace(/\.status$/, "");
  const [kind, codeText] = (await readFile(path.join(dir, file), "utf8")).trim().split(/\s+/);
  const code = Number(codeText);
  const log = stripAnsi(await readFile(path.join(dir, `${name}.log`), "utf8").catch(() => ""));
  let result = kind === "check" ? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 } : count(kind, log);
  if (code !== 0 && result.failed === 0) result = { ...result, failed: 1 };
  passed += result.passed;
  failed += result.failed;
  rows.push(`  ${name.replace(/^\d+-/, "").padEnd(16)} ${String(result.passed).padStart(4)} ok ${String(result.failed).padStart(4)} not ok${code === 0 ? "" : `   (exit ${code})`}`);
}

console.log("");
console.log("Test layers:");
for (const row of rows) console.log(row);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || names.length === 0 ? 1 : 0);
