#!/usr/bin/env node
// Writes NAME.gz (gzip -9) and NAME.br (brotli, quality 11) beside every
// file of a build folder that a server should send compressed, so a static
// server hands them out as they are instead of compressing per request, or
// not at all (see "Serving dist/" in docs/embedding.md). Images are already
// compressed and are left alone. A compressed copy that is not smaller than
// its file is not written.
//
//   node scripts/compress.mjs [dist]

import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = path.resolve(process.argv[2] ?? "dist");
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".json", ".webmanifest", ".txt"]);

let entries;
try {
  entries = await readdir(dir, { withFileTypes: true, recursive: true });
} catch (err) {
  console.error(`compress: cannot read ${dir}: ${err.message}`);
  process.exit(1);
}
let written = 0;
for (const entry of entries) {
  if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const data = await readFile(file);
  const copies = [
    [".gz", gzipSync(data, { level: constants.Z_BEST_COMPRESSION })],
    [
      ".br",
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [constants.BROTLI_PARAM_MODE]: entry.name.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }),
    ],
  ];
  for (const [ext, compressed] of copies) {
    if (compressed.length >= data.length) continue;
    await writeFile(file + ext, compressed);
    written++;
  }
}
console.log(`compress: ${written} compressed copies (.gz and .br) in ${path.relative(process.cwd(), dir) || "."}/`);
