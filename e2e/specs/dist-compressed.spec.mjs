// dist/ carries a brotli and a gzip copy of every file a server sends
// compressed, each the same bytes as its file once decompressed, so a
// static server can hand them out as they are.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist");

describe("the compressed copies in dist/", () => {
  it("are there for the page, its scripts and the wasm, and decompress to the same bytes", async () => {
    const names = await readdir(DIST);
    const wanted = names.filter((n) => /\.(html|js|wasm|webmanifest)$/.test(n));
    assert.ok(wanted.some((n) => n.endsWith("_bg.wasm")), "the wasm is among them");
    for (const name of wanted) {
      const original = await readFile(path.join(DIST, name));
      for (const [ext, decompress] of [[".br", brotliDecompressSync], [".gz", gunzipSync]]) {
        assert.ok(names.includes(name + ext), `${name}${ext} is written`);
        const copy = await readFile(path.join(DIST, name + ext));
        assert.ok(copy.length < original.length, `${name}${ext} is smaller`);
        assert.ok(decompress(copy).equals(original), `${name}${ext} is the same file`);
      }
    }
    assert.ok(!names.some((n) => /\.png\.(br|gz)$/.test(n)), "images are left alone");
  });
});
