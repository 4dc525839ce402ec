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
// The names below are rewritten to the hashed ones at build time by
// scripts/post-build.mjs (a Trunk post_build hook); as written here they
// name nothing.
import init from "./kansrijk.js";

const wasm = new URL("./kansrijk_bg.wasm", import.meta.url);
// The full build, with the facilitator's tools, fetched when a widget asks
// for it (src/ui/full_build.rs).
const fullScript = new URL("./kansrijk-full.js", import.meta.url);
const fullWasm = new URL("./kansrijk-full_bg.wasm", import.meta.url);

let full;
let attempts = 0;
/** The full build, loaded once; a failed load may be tried again. */
function loadFull() {
  if (!full) {
    // A browser keeps a module that failed to load as failed, so a new try
    // imports it under a new fragment (the request stays the same).
    const script = attempts++ ? `${fullScript}#try-${attempts}` : fullScript;
    full = import(script).then(async (build) => {
      await build.default({ module_or_path: fullWasm });
      return build;
    });
    full.catch(() => (full = undefined));
  }
  return full;
}

// A widget opening a facilitator's tool (the group view, the report,
// measurements) asks for the full build from its host element. Cancelling
// the event tells it someone is fetching; when the build is ready the
// widget hands itself over (null: it has left the tool meanwhile) and the
// full build draws it again in the same place.
document.addEventListener("kansrijk-full-build", (event) => {
  event.preventDefault();
  const { take, failed } = event.detail;
  const host = event.target;
  loadFull().then(
    (build) => {
      const handed = take();
      if (handed !== null) build.take_over(host, handed);
    },
    (err) => {
      console.error(`Kansrijk could not load the full build (${fullWasm}):`, err);
      failed(String(err));
    },
  );
});

// The standalone page shows its start screen as static HTML first. The wasm
// is fetched after that has been painted, so on a slow connection the first
// paint does not share the line with a download that is 60 times larger.
const shown = document.querySelector("[data-kansrijk-static]");
if (shown) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));

try {
  // Runs the widget's main(): it mounts into every [data-kansrijk] element,
  // or fills the standalone page.
  await init({ module_or_path: wasm });
} catch (err) {
  console.error(`Kansrijk could not start (${wasm}):`, err);
  showFailure(err);
}

/**
 * Says in the widget's place why it is missing, instead of leaving a blank
 * gap with the reason in the console only. The texts live here, not in the
 * content: the content comes with the wasm that failed. The most common
 * cause on a host page is a Content-Security-Policy without
 * 'wasm-unsafe-eval', which is named so the page's editor can fix it.
 */
function showFailure(err) {
  const blocked = /wasm-unsafe-eval|unsafe-eval|Content.Security.Policy/i.test(String(err));
  const text = blocked
    ? "Kansrijk kan op deze pagina niet starten: de Content-Security-Policy van de pagina staat WebAssembly niet toe. " +
      "De beheerder van de pagina kan dit oplossen door 'wasm-unsafe-eval' toe te voegen aan script-src. / " +
      "Kansrijk cannot start on this page: the page's Content-Security-Policy does not allow WebAssembly. " +
      "The page's owner can fix this by adding 'wasm-unsafe-eval' to script-src."
    : "Kansrijk kon niet laden; herlaad de pagina. / Kansrijk could not load; reload the page.";
  // The static start screen's buttons would never come alive.
  document.querySelector("[data-kansrijk-static]")?.remove();
  const places = [...document.querySelectorAll("[data-kansrijk]")];
  if (!places.length && document.body?.hasAttribute("data-kansrijk-app")) places.push(document.body);
  for (const place of places) {
    // A widget that was drawn before the failure shows its own crash panel.
    if (place.shadowRoot || place.querySelector(".kansrijk, .kansrijk-failed")) continue;
    const message = document.createElement("p");
    message.className = "kansrijk-failed";
    message.setAttribute("role", "alert");
    message.textContent = text;
    place.append(message);
  }
}
