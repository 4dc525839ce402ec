#!/usr/bin/env node
// A small static file server for the release build in dist/, on loopback only.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--base /some/sub/path/]
//
// --port 0 picks a free port. --base serves the folder under that path prefix
// (requests outside it get 404), which shows that dist/ works from any path.
// Imported by the e2e fixture as `startServer()`.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Normalises a base path to "/" or "/a/b/". */
function normaliseBase(base) {
  const parts = String(base || "/").split("/").filter(Boolean);
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/**
 * Starts the server. Resolves to { url, origin, base, port, close() } once it
 * listens; `url` is the page address including the base path.
 */
export async function startServer({ dir = "dist", host = "127.0.0.1", port = 0, base = "/", quiet = true } = {}) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);
  const indexStat = await stat(path.join(root, "index.html")).catch(() => null);
  if (!indexStat) {
    throw new Error(`${path.join(root, "index.html")} does not exist: build it first with 'make dist'.`);
  }

  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(405, "method not allowed\n", { Allow: "GET, HEAD" });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (`${pathname}/` === prefix) {
      // Relative asset URLs need the trailing slash.
      return send(301, "", { Location: prefix });
    }
    if (!pathname.startsWith(prefix)) return send(404, "not found\n");
    let rel = pathname.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(404, "not found\n");
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, "not found\n");
      const body = await readFile(file);
      const type = MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
      return send(200, body, { "Content-Type": type, "Content-Length": body.length });
    } catch {
      return send(404, "not found\n");
    }
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    base: prefix,
    port: actualPort,
    url: `${origin}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const opts = { dir: "dist", port: 8080, base: "/", quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (key === "--dir") opts.dir = value();
    else if (key === "--port") opts.port = Number(value());
    else if (key === "--base") opts.base = value();
    else if (key === "--host") opts.host = value();
    else if (key === "--quiet") opts.quiet = true;
    else {
      console.error(`serve-dist: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    const server = await startServer(opts);
    console.log(`Serving ${path.resolve(opts.dir)} at ${server.url}  (Ctrl-C stops)`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    console.error(`serve-dist: ${err.message}`);
    process.exit(1);
  }
}
