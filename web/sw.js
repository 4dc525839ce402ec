// Kansrijk's service worker: after one visit the standalone page opens and
// works with no network (a workshop in a basement). Registered by offline.js
// on the standalone page only; it never sees a host page's requests.
//
// - Install: caches every file of this build (FILES) under a cache named
//   after this build (VERSION), then takes over at once (skipWaiting).
// - Activate: deletes the caches of older builds of this same scope and
//   takes control of open pages (clients.claim).
// - Fetch, inside the scope only:
//   - content-hashed files (kansrijk-<hash>.js, _bg.wasm) never change, so
//     they come from the cache first;
//   - everything else (the page, the loader, the manifest) comes from the
//     network first, so a new build shows on the next visit with a
//     network, and from the cache when there is none or it is too slow.
//   The full build (ON_DEMAND) is not precached: a participant never needs
//   it. It is added to this build's cache when the group view first loads
//   it, so it opens offline after one use. Nothing else is added at run
//   time: the cache holds one build whose files fit together, so an
//   offline visit never mixes builds.
//
// VERSION, FILES and ON_DEMAND are written at build time by
// scripts/post-build.mjs.
"use strict";

const VERSION = "unbuilt";
const FILES = [];
const ON_DEMAND = [];

const SCOPE = self.registration.scope;
const CACHE_PREFIX = `kansrijk:${SCOPE}:`;
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const INDEX = new URL("index.html", SCOPE).href;
// Trunk's content hash: 16 hex digits before the extension.
// Trunk writes the hash without leading zeros, so it is not always 16 digits.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
// How long the network may take before a cached copy is shown instead.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, SCOPE).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, true));
  } else if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(request, false));
  }
});

async function cacheFirst(event) {
  const { request } = event;
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  // By path: a retried import carries a fragment the file does not have.
  const file = new URL(request.url).pathname.slice(new URL(SCOPE).pathname.length);
  if (response.ok && ON_DEMAND.includes(file)) {
    // Kept for the next time, offline too; a failed write only costs that.
    const copy = response.clone();
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.put(request, copy))
        .catch(() => {}),
    );
  }
  return response;
}

/** The network's answer, or the cached copy when the network fails or is slow. */
async function networkFirst(request, isPage) {
  const network = fetch(request);
  // Answered by the cache after all: the network's late failure is expected.
  network.catch(() => {});
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  try {
    const response = await Promise.race([network, slow]);
    if (response) return response;
  } catch {
    // Offline: fall through to the cache.
  }
  const cached = await fromCache(request, isPage);
  // Nothing cached (not installed yet): wait for the network after all.
  return cached ?? network;
}

/** A page is the one page of the app, whatever its ?lang= or ?brand=. */
async function fromCache(request, isPage) {
  const cache = await caches.open(CACHE);
  if (!isPage) return cache.match(request);
  return (await cache.match(request, { ignoreSearch: true })) ?? cache.match(INDEX);
}
