// The flags every Chromium the e2e tests and the benchmark start gets:
// quiet on a machine whose network is closed (no background fetches,
// updates, sync or QUIC, each of which would otherwise be refused again and
// again). Each caller adds its own headless flag.

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
