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
