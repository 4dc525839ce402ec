// Kansrijk iframe resizer, for the host page of an iframe embed:
//
//   <iframe data-kansrijk-frame src="https://WIDGET-HOST/PATH/?lang=nl"
//           title="Kansrijk" width="100%" height="900"></iframe>
//   <script src="https://WIDGET-HOST/PATH/kansrijk-frame.js" defer></script>
//
// The widget posts { kansrijk: "height", height: <number> } to its parent
// whenever its height changes. This script sets that height on the one
// frame the message came from (event.source), so no other page or frame can
// resize anything, and accepts nothing but a number within limits. It reads
// nothing else from the widget and defines no globals.
(() => {
  "use strict";
  // Bounds against a broken or hostile frame: never collapse, never grow
  // without end.
  const MIN_HEIGHT = 200;
  const MAX_HEIGHT = 20000;

  const frames = () => document.querySelectorAll("iframe[data-kansrijk-frame]");

  // The widget draws its own edges, so the frame gets none. Set through the
  // CSSOM, which a host's Content-Security-Policy allows where a style
  // attribute in the snippet might be refused.
  const prepare = () => {
    for (const frame of frames()) frame.style.border = "0";
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepare, { once: true });
  } else {
    prepare();
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (data === null || typeof data !== "object" || data.kansrijk !== "height") return;
    if (typeof data.height !== "number" || !Number.isFinite(data.height)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) {
        const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
        frame.style.height = `${height}px`;
      }
    }
  });
})();
