#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]]): finishes the build in
// Trunk's staging folder before it becomes dist/, for `make dist` and
// `make serve` alike.
//
//   node scripts/post-build.mjs [folder]   (default: $TRUNK_STAGING_DIR)
//
// Trunk names the wasm-bindgen output after its content (kansrijk-<hash>.js,
// kansrijk-<hash>_bg.wasm) and, with `inject_scripts = false`, writes no
// loader of its own (its loader is an inline script, which the page's
// Content-Security-Policy refuses). The full build (kansrijk-full.js,
// kansrijk-full_bg.wasm), which Trunk builds as a "worker" and so does not
// name after its content, is loaded on demand. This script
//   0. minifies the wasm-bindgen scripts in release builds, and names the
//      full build's files after their content too;
//   1. points the stable loader kansrijk-embed.js at the hashed files;
//   2. adds a preload link for the script to index.html, so the browser
//      fetches it while it reads the loader instead of after;
//   3. writes the build's version and file lists into sw.js: the precache,
//      and the full build's files, which it caches when first used.
// Each step fails loudly when the build does not look as expected.

import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "");

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

/** Replaces exactly one occurrence of `from` in a file's text. */
function replaceOnce(name, text, from, to) {
  const count = text.split(from).length - 1;
  if (count !== 1) fail(`${name}: expected ${JSON.stringify(from)} once, found it ${count} times`);
  return text.replace(from, () => to);
}

/** Every file below `folder`, as paths relative to it with "/" separators. */
async function listFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join("/"))
    .sort();
}

if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) fail("no folder given and TRUNK_STAGING_DIR is not set");
let files = await listFiles(dir).catch((err) => fail(`cannot read ${dir}: ${err.message}`));

const only = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${dir}, found ${found.length}: ${found.join(", ")}`);
  return found[0];
};
// Trunk writes the hash without leading zeros, so it is not always 16 digits.
const js = only(/^kansrijk-[0-9a-f]{12,16}\.js$/, "hashed wasm-bindgen script");
const wasm = only(/^kansrijk-[0-9a-f]{12,16}_bg\.wasm$/, "hashed wasm module");
only(/^kansrijk-full\.js$/, "full build's wasm-bindgen script");
only(/^kansrijk-full_bg\.wasm$/, "full build's wasm module");
const file = (name) => path.join(dir, name);

// 0. The wasm-bindgen scripts, minified (esbuild, from package.json): Trunk
// minifies the page and the stylesheet but copies these as wasm-bindgen
// wrote them, with their comments and long names.
if (process.env.TRUNK_PROFILE === "release") {
  const { transform } = await import("esbuild");
  for (const name of [js, "kansrijk-full.js"]) {
    const glue = await readFile(file(name), "utf8");
    const { code } = await transform(glue, { minify: true, format: "esm", target: "es2020", legalComments: "none" }).catch((err) =>
      fail(`${name}: esbuild could not minify it: ${err.message}`),
    );
    await writeFile(file(name), code);
  }
}

// The full build named after its content, as Trunk names the other: a
// browser or the service worker may keep a hashed file for good. The
// loader passes the wasm's name to the script, so neither names the other.
const contentName = async (name, ext) => {
  const digest = createHash("sha256").update(await readFile(file(name))).digest("hex").slice(0, 16);
  const hashed = `kansrijk-full-${digest}${ext}`;
  await rename(file(name), file(hashed));
  return hashed;
};
const fullJs = await contentName("kansrijk-full.js", ".js");
const fullWasm = await contentName("kansrijk-full_bg.wasm", "_bg.wasm");
files = await listFiles(dir);

// 1. The loader.
let loader = await readFile(file("kansrijk-embed.js"), "utf8");
loader = replaceOnce("kansrijk-embed.js", loader, '"./kansrijk.js"', JSON.stringify(`./${js}`));
loader = replaceOnce("kansrijk-embed.js", loader, '"./kansrijk_bg.wasm"', JSON.stringify(`./${wasm}`));
loader = replaceOnce("kansrijk-embed.js", loader, '"./kansrijk-full.js"', JSON.stringify(`./${fullJs}`));
loader = replaceOnce("kansrijk-embed.js", loader, '"./kansrijk-full_bg.wasm"', JSON.stringify(`./${fullWasm}`));
await writeFile(file("kansrijk-embed.js"), loader);

// 2. A preload of the wasm-bindgen script in the standalone page, in place
// of the <link data-trunk rel="rust"> that Trunk leaves when it injects
// nothing. The wasm is not preloaded: the page paints its static start
// screen first, and the loader fetches the wasm after that paint.
let html = await readFile(file("index.html"), "utf8");
// Release builds are minified (Trunk.toml `minify`): attributes reordered,
// quotes dropped.
// Trunk drops the full build's link itself, as it does for any worker.
const rustLinks = html.match(/<link\b[^>]*\brel="?rust"?(?=[\s/>])[^>]*>/g) ?? [];
if (rustLinks.length !== 1) fail(`index.html: expected one <link data-trunk rel="rust">, found ${rustLinks.length}`);
const preloads = `<link rel="modulepreload" href="./${js}" />`;
html = replaceOnce("index.html", html, rustLinks[0], preloads);
await writeFile(file("index.html"), html);

// 3. The service worker's precache: every file but itself, the full build
// and the PNG icons. The icons are for a home-screen install, which fetches
// them itself; no page shows them, so caching them would only cost a
// participant on a poor connection another 9 kB. The full build is most of
// a megabyte a participant never needs: the service worker caches it when
// the group view first loads it. The version is a hash of all the build's
// files, so any change makes a new cache and the browser sees a changed
// sw.js.
const onDemand = [fullJs, fullWasm];
const shell = files.filter((f) => f !== "sw.js" && !/^icons\/.*\.png$/.test(f) && !onDemand.includes(f));
const hash = createHash("sha256");
for (const name of [...shell, ...onDemand]) {
  hash.update(`${name}\0`);
  hash.update(await readFile(file(name)));
}
const version = hash.digest("hex").slice(0, 16);
let sw = await readFile(file("sw.js"), "utf8");
sw = replaceOnce("sw.js", sw, 'const VERSION = "unbuilt";', `const VERSION = ${JSON.stringify(version)};`);
sw = replaceOnce("sw.js", sw, "const FILES = [];", `const FILES = ${JSON.stringify(shell, null, 2)};`);
sw = replaceOnce("sw.js", sw, "const ON_DEMAND = [];", `const ON_DEMAND = ${JSON.stringify(onDemand)};`);
await writeFile(file("sw.js"), sw);

console.log(`post-build: loader -> ${js}, ${wasm}; full build ${fullJs}, ${fullWasm}; precache ${shell.length} files, version ${version}`);
