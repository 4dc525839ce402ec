// Kansrijk iframe resizer, for the host page of an iframe embed:
//
//   <iframe data-kansrijk-frame src="https://WIDGET-HOST/PATH/?lang=nl"
//           title="Kansrijk" width="100%" height="900"></iframe>
//   <script src="https://WIDGET-HOST/PATH/kansrijk-frame.js" defer></script>
//
// The widget posts { kansrijk: "height", height: <number> } to its parent
// whenever its height changes. This script sets that height on the one
// frame the message came from (event.source), so no other page or frame can
// resize anything, and accepts nothing but a number within limits. When the
// widget moves to another screen or question it posts
// { kansrijk: "show", top: <number> }: the frame is as tall as its content,
// so only this page can scroll that point into view, and does so when it is
// out of sight. It reads nothing else from the widget and defines no
// globals.
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

  const resize = (frame, height) => {
    if (typeof height !== "number" || !Number.isFinite(height)) return;
    frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
  };

  // Room left above the point shown, so the question is not flush with the
  // window's edge (or under a host's sticky header of usual height).
  const MARGIN = 72;
  const show = (frame, top) => {
    if (typeof top !== "number" || !Number.isFinite(top) || top < 0) return;
    const box = frame.getBoundingClientRect();
    const point = box.top + Math.min(top, box.height);
    if (point >= MARGIN && point < window.innerHeight - MARGIN) return;
    window.scrollTo({ top: window.scrollY + point - MARGIN });
  };

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (data === null || typeof data !== "object") return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      if (data.kansrijk === "height") resize(frame, data.height);
      else if (data.kansrijk === "show") show(frame, data.top);
    }
  });
})();
