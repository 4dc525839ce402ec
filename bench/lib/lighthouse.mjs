// Lighthouse's mobile profile against both pages, in one run: each page is
// served by http-server from its own folder with the precompressed .gz copies
// (`-g`), as a web editor would serve it, and audited by Lighthouse 12 (npm,
// this folder's package.json) in Debian's Chromium (CHROME_PATH). The profile
// is Lighthouse's default: a Moto G Power screen, simulated slow 4G (150 ms
// round trip, 1.6 Mbit/s down) and a 4x slower CPU. Nothing is downloaded
// while it runs.
//
// Each run starts a fresh Chromium with an empty profile, so every audit is a
// first visit. The pages take turns, so background noise hits both alike.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import net from "node:net";
import { median } from "./probe.mjs";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";

const require = createRequire(import.meta.url);

/** The audits read from each report, by Lighthouse's ids. */
export const METRICS = [
  ["first-contentful-paint", "first contentful paint", "ms"],
  ["largest-contentful-paint", "largest contentful paint", "ms"],
  ["interactive", "time to interactive", "ms"],
  ["total-blocking-time", "total blocking time", "ms"],
  ["speed-index", "speed index", "ms"],
  ["cumulative-layout-shift", "cumulative layout shift", ""],
  ["total-byte-weight", "bytes transferred", "bytes"],
];

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

async function freePort() {
  const server = net.createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

/** http-server on 127.0.0.1 serving `dir` with its .gz copies, no caching. */
async function startServer(dir) {
  const port = await freePort();
  const bin = require.resolve("http-server/bin/http-server");
  const child = spawn(process.execPath, [bin, dir, "-g", "-c-1", "-s", "-a", "127.0.0.1", "-p", String(port)], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return { url, close: () => child.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`http-server did not start for ${dir}`);
}

/** One audit of `url` in a fresh Chromium. */
async function audit(url, chromePath) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const figures = { score: lhr.categories.performance.score };
    for (const [id] of METRICS) figures[id] = lhr.audits[id]?.numericValue ?? null;
    const lcp = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    figures.lcpElement = lcp?.snippet ?? null;
    figures.lighthouse = lhr.lighthouseVersion;
    figures.warnings = lhr.runWarnings ?? [];
    return figures;
  } finally {
    await chrome.kill();
  }
}

/**
 * `runs` audits of each page (`pages`: [{ key, name, dir }]); returns, per
 * key, every run and the median of each figure.
 */
export async function lighthouseRuns({ pages, runs, chromePath, log = () => {} }) {
  const servers = {};
  for (const p of pages) servers[p.key] = await startServer(p.dir);
  const out = {};
  for (const p of pages) out[p.key] = { runs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        const r = await audit(servers[p.key].url, chromePath);
        out[p.key].runs.push(r);
        log(
          `  lighthouse ${i + 1}/${runs} ${p.name}: score ${r.score}, LCP ${Math.round(r["largest-contentful-paint"])} ms, ` +
            `TTI ${Math.round(r.interactive)} ms, TBT ${Math.round(r["total-blocking-time"])} ms`,
        );
      }
    }
  } finally {
    for (const s of Object.values(servers)) s.close();
  }
  for (const p of pages) {
    const all = out[p.key].runs;
    const med = { score: median(all.map((r) => r.score)) };
    for (const [id] of METRICS) med[id] = median(all.map((r) => r[id]).filter((x) => x != null));
    out[p.key].median = med;
    out[p.key].range = Object.fromEntries(
      ["score", ...METRICS.map(([id]) => id)].map((id) => {
        const xs = all.map((r) => r[id]).filter((x) => x != null);
        return [id, [Math.min(...xs), Math.max(...xs)]];
      }),
    );
    out[p.key].lcpElement = all.map((r) => r.lcpElement).find(Boolean) ?? null;
    out[p.key].lighthouse = all[0]?.lighthouse ?? null;
  }
  return out;
}

