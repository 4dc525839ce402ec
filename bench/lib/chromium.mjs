// The flags every Chromium the benchmark starts gets: headless, and quiet on
// a machine whose network is closed (no background fetches, updates, sync
// or QUIC, each of which would otherwise be refused again and again).

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
