// Keeps one version of the calculator's files so it works offline after one visit. The build stamps BUILD
// with a hash of the files (scripts/stamp-sw.mjs): a new build is a new cache, and the old one is deleted
// when the new worker takes over. Only this origin's GET requests are touched; nothing is sent anywhere.
const BUILD = '__BUILD__';
const CACHE = `ai-energy-${BUILD}`;
const SCOPE = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch(SCOPE, { cache: 'no-cache' });
    const html = await page.clone().text();
    // Everything the page loads is named in it (hashed file names): cache exactly those. The release build
    // minifies the HTML, so attribute values may be quoted or not.
    const assets = [...html.matchAll(/\s(?:src|href|data-app-js|data-app-wasm|data-first-wasm|data-module-wasm|data-page-css)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
      .map((m) => new URL(m[1] ?? m[2] ?? m[3], SCOPE))
      .filter((url) => url.origin === self.location.origin)
      .map(String);
    // Texts the first screen does not need, which the page fetches later (core/src/i18n/claim_texts.rs FILE,
    // core/src/i18n/later.rs METHODOLOGY_FILE, src/browser.rs PNG_SCRIPT).
    for (const later of ['claims.txt', 'methodology.html', 'png.js']) assets.push(String(new URL(later, SCOPE)));
    await cache.put(SCOPE, page);
    await cache.addAll([...new Set(assets)]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('ai-energy-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first, so a new version shows at once; the cached page (any query) when offline.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(SCOPE, { ignoreSearch: true })) ?? Response.error()),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
