#!/usr/bin/env node
// The performance benchmark: Kansrijk's release build (dist/) side by side
// with the same questionnaire in SurveyJS (bench/surveyjs/), in one run.
//
//   node bench/run.mjs [--dist dist] [--loads 15] [--runs 5] [--throttle 4]
//                      [--doc docs/performance.md] [--json bench/out/results.json]
//                      [--lighthouse 3] [--no-group] [--no-doc]
//
// `make bench` builds dist/ first and runs this. It measures, for both pages:
//   1. transfer size of every file the page loads (raw, gzip -9, brotli 11);
//   2. start-up: navigation to the first question interactive, in headless
//      Chromium at 360x640 with the CPU throttled 4x, median of --loads cold
//      loads (fresh browser context each: empty cache and storage);
//   3. interaction, throttled the same way: answer -> screen updated,
//      "next" -> next screen, last "next" -> result rendered; then memory
//      after a full check (JS heap after a forced GC, plus the wasm memory);
//   4. group scale: kansrijk::model::group::summarise on 500 imported
//      responses (bench/group/), natively and as wasm in Chromium, and the
//      app's group view importing the same 500 answer files;
//   5. where the bytes of the shipped wasm go, by crate;
//   6. Lighthouse's mobile profile (simulated slow 4G, 4x CPU) on both
//      pages served with gzip by http-server, median of --lighthouse runs.
// It prints a table and rewrites the generated part of docs/performance.md.

import { chromium } from "playwright-core";
import { execFileSync, spawnSync } from "node:child_process";
import { readFile, readdir, writeFile, mkdir, stat } from "node:fs/promises";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants as Z } from "node:zlib";
import { serve } from "./lib/serve.mjs";
import { installProbe, median, quantile } from "./lib/probe.mjs";
import { kansrijk, surveyjs } from "./lib/apps.mjs";
import { renderTable, renderMarkdown, targets } from "./lib/report.mjs";
import { wasmBreakdown } from "./lib/wasm-breakdown.mjs";
import { lighthouseRuns } from "./lib/lighthouse.mjs";
import { CHROMIUM_FLAGS } from "../scripts/chromium-flags.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");

// ---------------------------------------------------------------------------
// Options

const opts = {
  dist: path.join(repo, "dist"),
  loads: 15,
  runs: 5,
  throttle: 4,
  doc: path.join(repo, "docs/performance.md"),
  json: path.join(here, "out/results.json"),
  group: true,
  lighthouse: 3,
  writeDoc: true,
  chromium: process.env.CHROMIUM || "/usr/bin/chromium",
};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === "--dist") opts.dist = path.resolve(v());
  else if (a === "--loads") opts.loads = Number(v());
  else if (a === "--runs") opts.runs = Number(v());
  else if (a === "--throttle") opts.throttle = Number(v());
  else if (a === "--doc") opts.doc = path.resolve(v());
  else if (a === "--json") opts.json = path.resolve(v());
  else if (a === "--no-group") opts.group = false;
  else if (a === "--lighthouse") opts.lighthouse = Number(v());
  else if (a === "--no-doc") opts.writeDoc = false;
  else if (a === "--help" || a === "-h") {
    const src = await readFile(fileURLToPath(import.meta.url), "utf8");
    const header = src.split("\n").slice(1).findIndex((l) => !l.startsWith("//"));
    console.log(src.split("\n").slice(1, header + 1).map((l) => l.slice(3)).join("\n"));
    process.exit(0);
  } else {
    console.error(`bench: unknown argument ${a}`);
    process.exit(2);
  }
}
if (opts.lighthouse > 0 && opts.lighthouse < 3) console.warn(`bench: --lighthouse ${opts.lighthouse} is below the 3 runs the method asks for`);
if (!(opts.loads >= 10)) console.warn(`bench: --loads ${opts.loads} is below the 10 the method asks for`);

const CHROMIUM_ARGS = ["--headless", ...CHROMIUM_FLAGS];
const VIEWPORT = { width: 360, height: 640 };

const log = (...a) => console.log("bench:", ...a);

// ---------------------------------------------------------------------------
// The machine

async function machine(browser) {
  const cpuinfo = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  const git = (args) => {
    try {
      return execFileSync("git", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  const rustc = (() => {
    try {
      return execFileSync("rustc", ["--version"], { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  })();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: model,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
    rustc,
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: (git(["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
  };
}

// ---------------------------------------------------------------------------
// 1. Transfer size

function compressed(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: Z.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [Z.BROTLI_PARAM_QUALITY]: Z.BROTLI_MAX_QUALITY,
        [Z.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/**
 * One unthrottled first visit that records every response: the page's own
 * and, when the page registers a service worker, those of the worker (which
 * may fetch files for offline use after the page has loaded). Each URL is
 * counted once.
 */
async function transfer(browser, app, url) {
  const context = await newContext(browser, app, { serviceWorkers: "allow" });
  const page = await context.newPage();
  const seen = [];
  context.on("response", (response) => seen.push({ response, sw: !!response.request().serviceWorker() }));
  let ready;
  const interactive = new Promise((resolve) => (ready = resolve));
  // The responses in by the moment the first question became interactive.
  let atInteractive = 0;
  await page.exposeFunction("__benchReady", (marks) => {
    atInteractive = seen.length;
    ready(marks);
  });
  await page.goto(url, { waitUntil: "load" });
  await withTimeout(interactive, 30000, `${app.name}: first question never became interactive`);
  const beforeInteractive = new Set(seen.slice(0, atInteractive).filter((s) => !s.sw).map((s) => fileKey(s.response.url())));
  // On through the shortest way to a verdict: whatever that loads counts too.
  await app.complete(page, app === kansrijk ? "quick" : "full");
  await page.waitForLoadState("networkidle");
  const toVerdict = new Set(seen.filter((s) => !s.sw).map((s) => fileKey(s.response.url())));
  // The facilitator's tools, loaded when the group view opens: what that
  // adds, on its own.
  let tools = null;
  if (app.openTools) {
    const loaded = new Set(seen.map((s) => fileKey(s.response.url())));
    await app.openTools(page, url);
    await page.waitForLoadState("networkidle");
    tools = new Set(seen.filter((s) => !s.sw).map((s) => fileKey(s.response.url())).filter((key) => !loaded.has(key)));
  }
  const worker = await page.evaluate(async () => {
    const regs = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
    if (!regs.length) return false;
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15000))]);
    return true;
  });
  if (worker) {
    await page.waitForTimeout(500);
    await page.waitForLoadState("networkidle");
  }
  const byUrl = new Map();
  for (const { response, sw } of seen) {
    const u = new URL(response.url());
    if (u.protocol === "data:" || u.protocol === "blob:") continue;
    const key = fileKey(response.url());
    const entry = byUrl.get(key);
    if (entry) {
      entry.by.add(sw ? "service worker" : "page");
      continue;
    }
    let body;
    try {
      body = await response.body();
    } catch {
      body = Buffer.alloc(0);
    }
    if (!body.length && response.status() === 200 && u.hostname === "127.0.0.1") {
      // A service worker's responses have no body to read through the
      // DevTools protocol: ask the server for the same file again.
      try {
        body = Buffer.from(await (await fetch(key)).arrayBuffer());
      } catch {}
    }
    byUrl.set(key, {
      name: u.origin === new URL(url).origin ? new URL(key).pathname.replace(/^\//, "") : u.href,
      type: response.request().resourceType(),
      status: response.status(),
      external: u.hostname !== "127.0.0.1",
      by: new Set([sw ? "service worker" : "page"]),
      onDemand: Boolean(tools?.has(key)),
      ...compressed(body),
    });
  }
  await context.close();
  const addUp = (list) =>
    list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const sum = (keys) => addUp([...byUrl.entries()].filter(([key]) => keys.has(key)).map(([, f]) => f));
  const stages = { beforeInteractive: sum(beforeInteractive), toVerdict: sum(toVerdict), ...(tools && { tools: sum(tools) }) };
  const files = [...byUrl.values()].map((f) => ({ ...f, by: [...f.by].sort().join(" + ") }));
  // The totals are what a visit loads; the group view's build is counted
  // on its own (`tools`).
  const visit = files.filter((f) => !f.onDemand);
  const total = addUp(visit);
  const totalPage = addUp(visit.filter((f) => f.by.includes("page")));
  return { files, total, totalPage, ...stages, requests: visit.length, serviceWorker: worker };
}

/** A file's address without query or fragment; "/" and "/index.html" are one file. */
function fileKey(url) {
  const u = new URL(url);
  return u.pathname.endsWith("/") ? `${u.origin}${u.pathname}index.html` : `${u.origin}${u.pathname}`;
}

// ---------------------------------------------------------------------------
// Browser contexts

async function newContext(browser, app, { serviceWorkers = "block" } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    screen: VIEWPORT,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: false,
    locale: "nl-NL",
    // Blocked for the timed loads: every load is a first visit. Allowed
    // for the transfer load, so files a service worker caches are counted.
    serviceWorkers,
  });
  await context.addInitScript(installProbe, { ready: app.ready });
  // Nothing leaves the machine: anything not on loopback is refused (and
  // counted, should the page ask for it).
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort());
  return context;
}

async function throttled(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}

// ---------------------------------------------------------------------------
// 2. Start-up

/** One cold load, throttled: navigation to first question interactive, then a first click. */
async function coldLoad(browser, app, url) {
  const context = await newContext(browser, app);
  const page = await context.newPage();
  let ready;
  const interactive = new Promise((resolve) => (ready = resolve));
  await page.exposeFunction("__benchReady", (marks) => ready(marks));
  const cdp = await throttled(context, page, opts.throttle);
  await page.goto(url, { waitUntil: "commit" });
  const marks = await withTimeout(interactive, 60000, `${app.name}: first question never became interactive`);
  // The click on it is handled: the next screen appears.
  const click = await app.firstClick(page);
  // Read after the click: paint timings arrive a frame or two late.
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    return { fcp, ...(n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : {}) };
  });
  const heap = await jsHeap(cdp);
  await context.close();
  return { ...marks, ...nav, fcp: nav.fcp ?? marks.fcp ?? null, firstClick: click.painted, heapAfterStart: heap };
}

async function jsHeap(cdp) {
  try {
    await cdp.send("HeapProfiler.collectGarbage");
  } catch {}
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  return { used: usedSize, total: totalSize };
}

// ---------------------------------------------------------------------------
// 3. Interaction and memory

async function interaction(browser, app, url, mode) {
  const context = await newContext(browser, app);
  const page = await context.newPage();
  let ready;
  const interactive = new Promise((resolve) => (ready = resolve));
  await page.exposeFunction("__benchReady", (marks) => ready(marks));
  const cdp = await throttled(context, page, opts.throttle);
  await page.goto(url, { waitUntil: "commit" });
  await withTimeout(interactive, 60000, `${app.name}: first question never became interactive`);
  await page.evaluate(() => window.__bench.afterPaint());
  const heapStart = await jsHeap(cdp);
  const wasmStart = await page.evaluate(() => window.__bench.wasmMemoryBytes());
  const t = await app.complete(page, mode);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const heapEnd = await jsHeap(cdp);
  const wasmEnd = await page.evaluate(() => window.__bench.wasmMemoryBytes());
  const dom = await page.evaluate(() => document.getElementsByTagName("*").length);
  await context.close();
  return {
    mode,
    statements: t.statements,
    questions: t.questions,
    screens: t.screens,
    answer: t.answers.map((x) => x.painted),
    next: t.nexts.map((x) => x.painted),
    result: t.result.painted,
    resultDom: t.result.dom,
    resultDrawn: t.resultDrawn ?? null,
    memory: { heapStart, wasmStart, heapEnd, wasmEnd, domNodes: dom },
  };
}

// ---------------------------------------------------------------------------
// 4. Group scale, natively

const GROUP_MANIFEST = path.join(here, "group/Cargo.toml");
const GROUP_TARGET = process.env.CARGO_TARGET_DIR
  ? path.resolve(repo, process.env.CARGO_TARGET_DIR)
  : path.join(here, "group/target");
const GROUP_WEB = path.join(here, "out/group-web");
const GROUP_FILES = path.join(here, "out/answer-files");

/**
 * Builds bench/group twice before anything is timed (so no compiler runs
 * beside a measurement): natively, and for wasm32 with its wasm-bindgen
 * glue for the browser run. Returns what could not be built.
 */
function buildGroup() {
  const cargo = (args) =>
    spawnSync("cargo", [...args, "--quiet", "--release", "--manifest-path", GROUP_MANIFEST], {
      cwd: repo,
      stdio: ["ignore", "inherit", "inherit"],
    }).status === 0;
  log("group: building bench/group, natively and for wasm32 (cargo, release; the first time takes minutes) ...");
  const built = { native: cargo(["build", "--bin", "kansrijk-bench-group"]), browser: false };
  if (!built.native) throw new Error("bench/group failed to build");
  // The answer files the group view imports: the same generator, 500 files.
  rmSync(GROUP_FILES, { recursive: true, force: true });
  const w = spawnSync(path.join(GROUP_TARGET, "release/kansrijk-bench-group"), ["--write-files", GROUP_FILES, "--count", "500"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  built.files = w.status === 0 ? readdirSync(GROUP_FILES).sort().map((f) => path.join(GROUP_FILES, f)) : [];
  if (cargo(["build", "--lib", "--target", "wasm32-unknown-unknown"])) {
    const wasm = path.join(GROUP_TARGET, "wasm32-unknown-unknown/release/kansrijk_bench_group.wasm");
    const r = spawnSync("wasm-bindgen", ["--target", "web", "--out-dir", GROUP_WEB, wasm], { stdio: ["ignore", "inherit", "inherit"] });
    built.browser = r.status === 0;
    if (!built.browser) built.why = "wasm-bindgen failed (is wasm-bindgen-cli 0.2.130 on PATH? make tools)";
  } else {
    built.why = "the wasm32 build of bench/group failed";
  }
  return built;
}

/** The native timings (bench/group's binary, already built). */
function groupNative() {
  log("group: timing summarise() natively ...");
  const bin = path.join(GROUP_TARGET, "release/kansrijk-bench-group");
  const r = spawnSync(bin, ["--json", "--runs", "20"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`bench/group failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/**
 * The same code as wasm in Chromium: bench/group built for
 * wasm32-unknown-unknown with the app's release settings, loaded in a page
 * and run there, throttled and not: the model function the group view
 * calls, without the view around it.
 */
async function groupBrowser(browser) {
  const out = GROUP_WEB;
  await writeFile(
    path.join(out, "index.html"),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>group bench</title><link rel="icon" href="data:,"></head><body>
<script type="module">
import init, { run } from "./kansrijk_bench_group.js";
const wasm = await init({ module_or_path: "./kansrijk_bench_group_bg.wasm" });
window.__group = { run, memory: () => wasm.memory.buffer.byteLength };
</script></body></html>\n`,
  );
  const server = await serve(out);
  const result = { rates: {} };
  try {
    for (const rate of [opts.throttle, 1]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await page.goto(server.url);
      await page.waitForFunction(() => window.__group, null, { timeout: 60000 });
      const doc = JSON.parse(await page.evaluate(() => window.__group.run("50,500,2000", 20)));
      doc.wasmMemoryBytes = await page.evaluate(() => window.__group.memory());
      result.rates[rate] = doc;
      await context.close();
    }
  } finally {
    await server.close();
  }
  result.throttle = opts.throttle;
  return result;
}

/**
 * The group view in the browser: 500 answer files chosen at once in its
 * file input, timed from the input's `change` to the group's verdict
 * painted with all of them counted (reading the files, importing, the
 * summary and its rendering), at the usual throttle, on a fresh page each
 * run.
 */
async function groupView(browser, url, files) {
  const runs = [];
  for (let i = 0; i < Math.max(3, Math.ceil(opts.runs / 2)); i++) {
    const context = await newContext(browser, kansrijk);
    const page = await context.newPage();
    let ready;
    const interactive = new Promise((resolve) => (ready = resolve));
    await page.exposeFunction("__benchReady", (marks) => ready(marks));
    const cdp = await throttled(context, page, opts.throttle);
    await page.goto(url, { waitUntil: "commit" });
    await withTimeout(interactive, 60000, "Kansrijk: first question never became interactive");
    if (!(await kansrijk.hasGroupView(page))) {
      await context.close();
      return { skipped: "this build has no group view ([data-testid=open-group] on the start screen)" };
    }
    const t = await kansrijk.groupImport(page, files);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const heap = await jsHeap(cdp);
    const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
    const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    runs.push({ painted: t.painted, dom: t.dom, heap: heap.used, wasm, domNodes });
    await context.close();
    process.stdout.write(`  group view, ${files.length} files: ${t.painted.toFixed(0)} ms\n`);
  }
  return {
    respondents: files.length,
    runs,
    median: median(runs.map((r) => r.painted)),
    max: Math.max(...runs.map((r) => r.painted)),
    heap: median(runs.map((r) => r.heap)),
    wasm: median(runs.map((r) => r.wasm)),
    domNodes: median(runs.map((r) => r.domNodes)),
  };
}

// ---------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(opts.dist, "index.html"))) {
    console.error(`bench: ${opts.dist}/index.html is missing: run 'make dist' first (or 'make bench').`);
    process.exit(1);
  }
  // Measure a private copy: dist/ may be rebuilt by someone else meanwhile.
  const snapshot = path.join(here, "out/dist");
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(opts.dist, snapshot, { recursive: true });
  const distDir = opts.dist;
  opts.dist = snapshot;
  log(`measuring a copy of ${path.relative(repo, distDir) || distDir} (${path.relative(repo, snapshot)})`);

  // Where the wasm bytes go: first, while target/ still holds the cargo
  // output this build came from.
  let wasm;
  // The participant's build; the full build (kansrijk-full-*) is loaded on demand.
  const shipped = (await readdir(opts.dist)).find((f) => /^kansrijk-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!shipped) {
    wasm = { skipped: "no _bg.wasm in the build" };
  } else {
    log("wasm: where the bytes go ...");
    try {
      wasm = wasmBreakdown({ repo, shipped: path.join(opts.dist, shipped), workDir: path.join(here, "out/wasm-names") });
    } catch (err) {
      wasm = { skipped: err.message };
    }
  }

  log("building the SurveyJS peer ...");
  const { build } = await import("./surveyjs/build.mjs");
  const peer = await build();
  log(`peer: ${peer.situation} situation questions, ${peer.statements} statements in ${peer.dimensions} dimensions`);

  let built = null;
  if (opts.group) {
    built = buildGroup();
  }

  const servers = { kansrijk: await serve(opts.dist), surveyjs: await serve(peer.outDir) };
  const apps = [
    { key: "kansrijk", app: kansrijk, url: servers.kansrijk.url },
    { key: "surveyjs", app: surveyjs, url: servers.surveyjs.url },
  ];
  const browser = await chromium.launch({ executablePath: opts.chromium, args: CHROMIUM_ARGS, headless: true });
  const results = { machine: await machine(browser), options: { ...opts, dist: distDir, viewport: VIEWPORT }, apps: {} };
  for (const { key } of apps) results.apps[key] = { startup: [], interaction: [] };
  if (opts.group) results.group = {};

  results.wasm = wasm;

  try {
    // 1. Transfer size.
    for (const { key, app, url } of apps) {
      log(`${app.name}: transfer size ...`);
      results.apps[key].transfer = await transfer(browser, app, url);
    }

    // Warm the browser itself (not the pages: every load has a fresh
    // context) so the first measured load does not pay for process start-up.
    for (const { app, url } of apps) await coldLoad(browser, app, url);

    // 2. Start-up: loads interleaved, so background noise hits both alike.
    log(`start-up: ${opts.loads} cold loads each at ${opts.throttle}x CPU throttle ...`);
    for (let i = 0; i < opts.loads; i++) {
      for (const { key, app, url } of i % 2 ? [...apps].reverse() : apps) {
        const r = await coldLoad(browser, app, url);
        results.apps[key].startup.push(r);
      }
      process.stdout.write(`  load ${i + 1}/${opts.loads}: ` +
        apps.map(({ key, app }) => `${app.name} ${results.apps[key].startup.at(-1).interactive.toFixed(0)} ms`).join(", ") + "\n");
    }

    // 3. Interaction and memory.
    log(`interaction: ${opts.runs} runs each at ${opts.throttle}x CPU throttle ...`);
    for (let i = 0; i < opts.runs; i++) {
      for (const { key, app, url } of apps) {
        // Kansrijk alternates quick scan and full check; the peer has only the full survey.
        const mode = key === "kansrijk" ? (i % 2 ? "quick" : "full") : "full";
        const r = await interaction(browser, app, url, mode);
        results.apps[key].interaction.push(r);
        process.stdout.write(
          `  ${app.name} ${mode}: ${r.questions} questions + ${r.statements} statements on ${r.screens} screens; ` +
            `answer ${median(r.answer).toFixed(0)} ms, next ${median(r.next).toFixed(0)} ms, result ${r.result.toFixed(0)} ms\n`,
        );
      }
    }

    // 4. Group scale: the group view, when the build has one.
    if (built?.files?.length) {
      log(`group view: importing ${built.files.length} answer files at ${opts.throttle}x CPU throttle ...`);
      try {
        results.group.view = await groupView(browser, servers.kansrijk.url, built.files);
      } catch (err) {
        log(`group view skipped: ${err.message}`);
        results.group.view = { skipped: err.message };
      }
    }

    // 4. Group scale, as wasm in the browser.
    if (built?.browser) {
      log(`group: timing summarise() as wasm in Chromium (${opts.throttle}x and 1x CPU) ...`);
      try {
        results.group.browser = await groupBrowser(browser);
      } catch (err) {
        log(`group in the browser skipped: ${err.message}`);
        results.group.browserSkipped = err.message;
      }
    } else if (built) {
      results.group.browserSkipped = built.why;
    }
  } finally {
    await browser.close();
    await servers.kansrijk.close();
    await servers.surveyjs.close();
  }

  // 6. Lighthouse, with the browser above closed so the two do not compete.
  if (opts.lighthouse > 0) {
    log(`lighthouse: ${opts.lighthouse} mobile runs per page ...`);
    // http-server -g sends NAME.gz where it exists; dist/ has them, the peer gets them here.
    const compress = spawnSync(process.execPath, [path.join(repo, "scripts/compress.mjs"), peer.outDir], { stdio: "inherit" });
    if (compress.status !== 0) throw new Error("could not write the peer's .gz copies");
    results.lighthouse = await lighthouseRuns({
      pages: [
        { key: "kansrijk", name: kansrijk.name, dir: opts.dist },
        { key: "surveyjs", name: surveyjs.name, dir: peer.outDir },
      ],
      runs: opts.lighthouse,
      chromePath: opts.chromium,
      log: (line) => console.log(line),
    });
  }

  // 4. Group scale, natively.
  if (opts.group) results.group.native = groupNative();

  summarise(results);
  await mkdir(path.dirname(opts.json), { recursive: true });
  await writeFile(opts.json, JSON.stringify(results, null, 2) + "\n");

  console.log("");
  console.log(renderTable(results));
  if (opts.writeDoc) {
    await writeDoc(results);
    log(`wrote ${path.relative(process.cwd(), opts.doc)} and ${path.relative(process.cwd(), opts.json)}`);
  }
}

/** Medians and the like, per app, into results.apps[*].summary. */
function summarise(results) {
  for (const [key, a] of Object.entries(results.apps)) {
    const s = a.startup;
    const full = a.interaction.filter((r) => r.mode === "full");
    const all = a.interaction;
    a.summary = {
      interactive: {
        median: median(s.map((r) => r.interactive)),
        p10: quantile(s.map((r) => r.interactive), 0.1),
        p90: quantile(s.map((r) => r.interactive), 0.9),
        min: Math.min(...s.map((r) => r.interactive)),
        max: Math.max(...s.map((r) => r.interactive)),
        n: s.length,
      },
      interactivePainted: median(s.map((r) => r.interactivePainted)),
      fcp: median(s.map((r) => r.fcp)),
      domContentLoaded: median(s.map((r) => r.domContentLoaded)),
      load: median(s.map((r) => r.load)),
      firstClick: median(s.map((r) => r.firstClick)),
      heapAfterStart: median(s.map((r) => r.heapAfterStart.used)),
      answer: median(all.flatMap((r) => r.answer)),
      answerP90: quantile(all.flatMap((r) => r.answer), 0.9),
      next: median(all.flatMap((r) => r.next)),
      nextP90: quantile(all.flatMap((r) => r.next), 0.9),
      result: median(all.map((r) => r.result)),
      resultMax: Math.max(...all.map((r) => r.result)),
      resultQuick: median(all.filter((r) => r.mode === "quick").map((r) => r.result)),
      resultFull: median(full.map((r) => r.result)),
      resultDrawn: median(all.map((r) => r.resultDrawn)),
      heapFull: median(full.map((r) => r.memory.heapEnd.used)),
      wasmFull: median(full.map((r) => r.memory.wasmEnd)),
      wasmStart: median(all.map((r) => r.memory.wasmStart)),
      domNodesFull: median(full.map((r) => r.memory.domNodes)),
      screensFull: median(full.map((r) => r.screens)),
    };
    a.summary.memoryFull = (a.summary.heapFull ?? 0) + (a.summary.wasmFull ?? 0);
  }
  results.targets = targets(results);
}

const MARKER = "<!-- Everything below this line is written by `make bench` (bench/run.mjs); edit above it. -->";

async function writeDoc(results) {
  let header = "";
  try {
    const doc = await readFile(opts.doc, "utf8");
    const at = doc.indexOf(MARKER);
    header = at >= 0 ? doc.slice(0, at) : doc.trimEnd() + "\n\n";
  } catch {
    header = "# Performance\n\n";
  }
  await mkdir(path.dirname(opts.doc), { recursive: true });
  await writeFile(opts.doc, `${header}${MARKER}\n\n${renderMarkdown(results)}`);
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err.message}`);
  process.exit(1);
});
