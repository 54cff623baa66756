// Starts the calculator from a file rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). The build writes the hashed file names into this tag's data-*.
const tag = document.querySelector('script[data-app-js]');
// The result image as PNG: its drawing code (png.js) loads only when a reader asks for one.
window.aiEnergyPng = (svg, name) => import(new URL('png.js', tag.src)).then((m) => m.save(svg, name));
// What a reader takes away (the downloads, the citation, the result image, a result's working) comes from the
// whole module, fetched the first time the reader asks for one of them (core/src/takeaway.rs).
let later;
window.aiEnergyModule = (name, ...texts) => (later ??= WebAssembly.instantiateStreaming(fetch(tag.dataset.moduleWasm), {}))
  .then(({ instance }) => callText(instance.exports, name, ...texts));
// The first screen, before the app: the small core module (module/, preloaded by the HTML) writes the link's
// own lead in the app's own markup; the app clears the body when it mounts and renders the same screen in the
// same frame, adding below and beside it what the first paint leaves out. Without it (an old browser, a failed
// download) the app paints the first screen itself. The module's plain exports are called directly through
// `callText` (module/js/call-text.js, which the build puts in front of this file: docs/API.md, "Under the API"):
// its JavaScript API would be one more module to import before the first number.
try {
  const { instance } = await WebAssembly.instantiateStreaming(fetch(tag.dataset.firstWasm), {});
  const screen = callText(instance.exports, 'first_screen_of', location.search, navigator.language ?? '');
  // Nothing for a link with problems: the app paints it, with the notice that explains them.
  if (screen) {
    const [lang, theme] = screen.split('\n', 2);
    const root = document.documentElement;
    root.lang = lang;
    if (theme !== 'auto') root.dataset.theme = theme;
    document.body.insertAdjacentHTML('afterbegin', screen.slice(lang.length + theme.length + 2));
  }
} catch { /* the app shows it */ }
// The rest of the page's style, once the first screen is painted (style/main.css holds that screen's), fetched
// while the app's script is: the app starts when both are here, so it never renders unstyled.
const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: tag.dataset.pageCss });
const styled = new Promise((done) => { css.onload = css.onerror = done; });
document.head.append(css);
const [{ default: init }] = await Promise.all([import(tag.dataset.appJs), styled]);
await init({ module_or_path: tag.dataset.appWasm });

// Offline after one visit: the service worker keeps this version's files.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', tag.src)).catch(() => {});
}
