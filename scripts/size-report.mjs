#!/usr/bin/env node
// Prints the raw, gzip (level 9) and brotli (quality 11) size of every file
// in a build folder, and the totals: what a visitor downloads when the
// server compresses. The .gz and .br copies scripts/compress.mjs writes are
// those same sizes, so they are not listed as files of their own. The full
// build (kansrijk-full-*), which only the group view loads, is totalled on
// its own too.
//
//   node scripts/size-report.mjs [dist]

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = path.resolve(process.argv[2] ?? "dist");

async function walk(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) files.push(full);
  }
  return files;
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
let files;
try {
  files = await walk(dir);
} catch (err) {
  console.error(`size-report: cannot read ${dir}: ${err.message}`);
  process.exit(1);
}

const rows = [];
for (const file of files) {
  const data = await readFile(file);
  rows.push({
    name: path.relative(dir, file),
    raw: data.length,
    gzip: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length,
    br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
  });
}
const addUp = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const total = addUp(rows);
const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, raw, gzip, br) => `${name.padEnd(width)}  ${raw.padStart(12)}  ${gzip.padStart(12)}  ${br.padStart(12)}`;

console.log(`Sizes of ${path.relative(process.cwd(), dir) || "."}/`);
console.log(line("file", "raw", "gzip -9", "brotli 11"));
for (const r of rows) console.log(line(r.name, kib(r.raw), kib(r.gzip), kib(r.br)));
console.log(line("total", kib(total.raw), kib(total.gzip), kib(total.br)));
const visit = addUp(rows.filter((r) => !r.name.startsWith("kansrijk-full-")));
if (visit.raw !== total.raw) console.log(line("without the full build", kib(visit.raw), kib(visit.gzip), kib(visit.br)));
console.log(`(${total.raw} bytes raw, ${total.gzip} bytes gzip, ${total.br} bytes brotli in ${rows.length} files)`);
