// Shared fixture for the end-to-end specs. It builds nothing: it serves the
// release build in dist/ (make dist) on loopback and launches the system
// Chromium through playwright-core. Every spec runs at each viewport below.

import { before, after, afterEach } from "node:test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS } from "../scripts/chromium-flags.mjs";
import { startServer } from "../scripts/serve-dist.mjs";
import { KansrijkPage } from "./pages/kansrijk-page.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.resolve(ROOT, process.env.KANSRIJK_DIST ?? "dist");

/** Served under a sub-path by default: the build must not assume "/". */
export const DEFAULT_BASE = "/embedded/kansrijk/";

export const VIEWPORTS = [
  { name: "360x640", viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: "1280x800", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

const CHROMIUM_ARGS = ["--headless", ...CHROMIUM_FLAGS];

export async function launchChromium() {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new Error(
      `cannot start Chromium at ${executablePath} (run scripts/install-tools.sh --test, or set CHROMIUM): ${err.message}`,
    );
  }
}

const isInline = (url) => /^(data|blob|about):/.test(url);

/**
 * Registers the hooks of one spec file: a static server over dist/ (under
 * `base`) and one Chromium for the file; a fresh browser context per test.
 * Returns an object whose `open(viewport)` loads the app and returns
 * { page, app, server, requests, foreign, errors }:
 *   requests  every URL the page asked for;
 *   foreign   URLs outside the server's origin (blocked, never sent);
 *   errors    uncaught page errors and console errors.
 */
export function useKansrijk({ base = DEFAULT_BASE, hosts = null } = {}) {
  const env = { server: null, browser: null, contexts: [] };

  before(async () => {
    // `hosts`: a folder of host pages, served at /hosts/ (e2e/hosts.mjs).
    env.server = await startServer({ dir: DIST, base, hosts });
    env.browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of env.contexts.splice(0)) await context.close();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });

  env.open = async (viewport, { goto = true } = {}) => {
    const { name, ...options } = viewport;
    const context = await env.browser.newContext({ ...options, locale: "nl-NL", serviceWorkers: "block" });
    env.contexts.push(context);
    const requests = [];
    const foreign = [];
    const errors = [];
    const origin = env.server.origin;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isInline(url) || new URL(url).origin === origin) return route.continue();
      foreign.push(url);
      return route.abort("blockedbyclient");
    });
    context.on("request", (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
    });
    const app = new KansrijkPage(page, env.server.url);
    if (goto) await app.goto();
    return { page, app, server: env.server, requests, foreign, errors, viewport: name };
  };

  return env;
}
