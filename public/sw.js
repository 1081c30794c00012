// The service worker: the app shell's static files from a cache, and an offline page for navigations.
// Pages and API answers are never cached: they belong to one signed-in user and go stale at once.
const SHELL = "shell-v1";
const OFFLINE_PAGE = "/offline.html";
const PRECACHE = [OFFLINE_PAGE, "/icon.svg", "/icons/icon-192.png", "/manifest.webmanifest"];
const MAX_ENTRIES = 300;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// Built files carry a content hash in their name, so a cached copy is never stale; icons and the offline page change only with a new worker.
const isStatic = (url) => url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/") || PRECACHE.includes(url.pathname);

async function fromCacheOrNetwork(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    // Old builds' files pile up across deploys; the oldest go first.
    for (const stale of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(stale);
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Always from the network; only when there is none, the offline page (never a cached copy of someone's page).
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE).then((page) => page ?? Response.error())));
    return;
  }
  if (isStatic(url)) event.respondWith(fromCacheOrNetwork(request));
});
