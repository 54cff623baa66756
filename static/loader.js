// Starts the calculator from a file rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). The build writes the hashed file names into this tag's data-*.
const tag = document.querySelector('script[data-app-js]');
// The result image as PNG: its drawing code (png.js) loads only when a reader asks for one.
window.aiEnergyPng = (svg, name) => import(new URL('png.js', tag.src)).then((m) => m.save(svg, name));
// The first screen, before the app: the small core module (module/, preloaded by the HTML) writes the link's
// own numbers in the app's own markup; the app clears the body when it mounts and renders the same screen in
// the same frame. Without it (an old browser, a failed download) the app paints the first screen itself.
try {
  const first = await import(tag.dataset.firstJs);
  await first.default({ module_or_path: tag.dataset.firstWasm });
  const text = first.firstScreen(location.search, navigator.language ?? '');
  const [lang, theme] = text.split('\n', 2);
  const root = document.documentElement;
  root.lang = lang;
  if (theme !== 'auto') root.dataset.theme = theme;
  document.body.insertAdjacentHTML('afterbegin', text.slice(lang.length + theme.length + 2));
} catch { /* the app shows it */ }
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// Offline after one visit: the service worker keeps this version's files.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', tag.src)).catch(() => {});
}
