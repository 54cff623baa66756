// Starts the calculator from a file rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). The build writes the hashed file names into this tag's data-*.
const tag = document.querySelector('script[data-app-js]');
// The result image as PNG: its drawing code (png.js) loads only when a reader asks for one.
window.aiEnergyPng = (svg, name) => import(new URL('png.js', tag.src)).then((m) => m.save(svg, name));
// The first screen, before the app: the small core module (module/, preloaded by the HTML) writes the link's
// own numbers in the app's own markup; the app clears the body when it mounts and renders the same screen in
// the same frame. Without it (an old browser, a failed download) the app paints the first screen itself. The
// module's plain exports are called directly through `callText` (module/js/call-text.js, which the build puts in
// front of this file: docs/API.md, "Under the API"): its JavaScript API would be one more module to import before
// the first number.
try {
  const { instance } = await WebAssembly.instantiateStreaming(fetch(tag.dataset.firstWasm), {});
  const screen = callText(instance.exports, 'first_screen_of', location.search, navigator.language ?? '');
  const [lang, theme] = screen.split('\n', 2);
  const root = document.documentElement;
  root.lang = lang;
  if (theme !== 'auto') root.dataset.theme = theme;
  document.body.insertAdjacentHTML('afterbegin', screen.slice(lang.length + theme.length + 2));
  // A shared preset shows in its sideways-scrolling list (the app does the same when it mounts), the page staying
  // put: after the first frame is drawn, since reading the layout before it delays the first number (~30 ms).
  const list = document.querySelector('.preset-list');
  const pressed = list?.querySelector('[aria-pressed="true"]');
  if (pressed) requestAnimationFrame(() => setTimeout(() => {
    list.scrollLeft += Math.max(0, pressed.getBoundingClientRect().right - list.getBoundingClientRect().right);
  }));
} catch { /* the app shows it */ }
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// Offline after one visit: the service worker keeps this version's files.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', tag.src)).catch(() => {});
}
