#!/usr/bin/env node
// A small static file server for the release build in dist/, on loopback only.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--base /some/sub/path/] [--hosts examples/hosts]
//
// --port 0 picks a free port. --base serves the folder under that path prefix
// (requests outside it get 404), which shows that dist/ works from any path.
// --hosts also serves a folder of host pages at /hosts/ (the embedding
// examples; `make serve-examples`). Imported by the e2e fixture as
// `startServer()`.
//
// It sends what docs/embedding.md asks of a production server: the page's
// Content-Security-Policy as a header (taken from its <meta>, plus
// frame-ancestors, which a <meta> cannot carry; here any page may frame it),
// and Access-Control-Allow-Origin on the widget's files, so host pages on
// other origins can load the loader as a module and fetch the wasm.

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

/** Where the example host pages are served when `hosts` is given. */
export const HOSTS_BASE = "/hosts/";

/** The policy a page declares in <meta http-equiv="Content-Security-Policy">, if any. */
function metaPolicy(html) {
  // A release build's page is minified: attributes in any order, quotes
  // dropped where they may be.
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv="?Content-Security-Policy"?(?=[\s/>])/i.test(tag)) continue;
    const content = /\bcontent="([^"]*)"/i.exec(tag);
    if (content) return content[1];
  }
  return null;
}

/** Normalises a base path to "/" or "/a/b/". */
function normaliseBase(base) {
  const parts = String(base || "/").split("/").filter(Boolean);
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/**
 * Starts the server. Resolves to { url, origin, base, port, close() } once it
 * listens; `url` is the page address including the base path.
 */
export async function startServer({ dir = "dist", host = "127.0.0.1", port = 0, base = "/", hosts = null, quiet = true } = {}) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);
  // [path prefix, folder, is the widget]; the longest prefix is tried first.
  const mounts = [[prefix, root, true]];
  if (hosts) mounts.push([HOSTS_BASE, path.resolve(hosts), false]);
  mounts.sort((a, b) => b[0].length - a[0].length);
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
    const redirect = mounts.find(([mount]) => `${pathname}/` === mount);
    if (redirect) {
      // Relative asset URLs need the trailing slash.
      return send(301, "", { Location: redirect[0] });
    }
    const mount = mounts.find(([mount]) => pathname.startsWith(mount));
    if (!mount) return send(404, "not found\n");
    const [mountPath, folder, isWidget] = mount;
    let rel = pathname.slice(mountPath.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(folder, rel);
    if (file !== folder && !file.startsWith(folder + path.sep)) return send(404, "not found\n");
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, "not found\n");
      const body = await readFile(file);
      const ext = path.extname(file).toLowerCase();
      const type = MIME[ext] ?? "application/octet-stream";
      const headers = { "Content-Type": type, "Content-Length": body.length };
      if (isWidget) {
        headers["Access-Control-Allow-Origin"] = "*";
        const policy = ext === ".html" ? metaPolicy(body.toString("utf8")) : null;
        if (policy) headers["Content-Security-Policy"] = `${policy}; frame-ancestors *`;
      }
      return send(200, body, headers);
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

const USAGE = `Serves the release build in dist/ on loopback.

  node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--base /some/sub/path/] [--hosts examples/hosts] [--host 127.0.0.1] [--quiet]

  --dir DIR     the folder to serve (default dist)
  --port N      the port; 0 picks a free one (default 8080)
  --base PATH   serve the folder under this path prefix (default /)
  --hosts DIR   also serve a folder of host pages at ${HOSTS_BASE}
  --host ADDR   the address to listen on (default 127.0.0.1)
  --quiet       log no requests
  --help        this text`;

function parseArgs(argv) {
  const opts = { dir: "dist", port: 8080, base: "/", quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (key === "--dir") opts.dir = value();
    else if (key === "--port") opts.port = Number(value());
    else if (key === "--base") opts.base = value();
    else if (key === "--host") opts.host = value();
    else if (key === "--hosts") opts.hosts = value();
    else if (key === "--quiet") opts.quiet = true;
    else if (key === "--help" || key === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`serve-dist: unknown argument ${argv[i]}\n\n${USAGE}`);
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
    if (opts.hosts) console.log(`Serving ${path.resolve(opts.hosts)} at ${server.origin}${HOSTS_BASE}`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    console.error(`serve-dist: ${err.message}`);
    process.exit(1);
  }
}
