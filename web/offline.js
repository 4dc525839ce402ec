// Makes the standalone page work offline after the first visit (a workshop
// in a basement): registers sw.js, which keeps the app's files on the device.
//
// Only the top-level standalone page registers it. Inside an iframe on
// another site the page stays a plain page: a host did not ask for a
// service worker, and the browser would partition it per host anyway.
// Without service workers (blocked, private mode) the page works online as
// before.
if ("serviceWorker" in navigator && window.top === window.self) {
  // After the page has loaded, so caching the files does not compete with
  // the first start.
  const register = () =>
    navigator.serviceWorker
      .register(new URL("./sw.js", import.meta.url))
      .catch((err) => console.warn("Kansrijk: offline use is not available here:", err.message));
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
