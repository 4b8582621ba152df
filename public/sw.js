// Service worker: precaches the app shell and serves it cache-first, so the
// app works offline after the first load. scripts/post_build.py replaces the
// two placeholders below with the hashed file list and a content hash.
const CACHE_VERSION = "__CACHE_VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `mla-shell-${CACHE_VERSION}`;

self.addEventListener("install", (event) => {
  // `reload` bypasses the HTTP cache so a new version never mixes old files.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith("mla-shell-") && k !== CACHE).map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

// The page asks the waiting worker to take over only when the user agrees.
self.addEventListener("message", (event) => {
  if (event.data === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Only our own origin; the data endpoint and anything else go to the network.
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every route of the single-page app is index.html.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match("/index.html").then((hit) => hit || fetch(request))
      )
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((hit) => hit || fetch(request))
    )
  );
});
