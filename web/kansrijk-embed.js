// Kansrijk's loader: starts the widget on the page that loads it.
//
//   <div data-kansrijk data-lang="nl"></div>
//   <script type="module" src="https://WIDGET-HOST/PATH/kansrijk-embed.js"></script>
//
// It has a stable name, so host pages can link it, and finds the build's
// content-hashed files next to itself (import.meta.url), so it works from
// any path and any origin; from another origin the widget's server must
// send Access-Control-Allow-Origin (docs/embedding.md).
//
// The two names below are rewritten to the hashed ones at build time by
// scripts/post-build.mjs (a Trunk post_build hook); as written here they
// name nothing.
import init from "./kansrijk.js";

const wasm = new URL("./kansrijk_bg.wasm", import.meta.url);

try {
  // Runs the widget's main(): it mounts into every [data-kansrijk] element,
  // or fills the standalone page.
  await init({ module_or_path: wasm });
} catch (err) {
  console.error(`Kansrijk could not start (${wasm}):`, err);
}
