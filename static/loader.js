// Starts the calculator from a file rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). Trunk writes the hashed file names into this tag's data-*.
const tag = document.querySelector('script[data-app-js]');
// The result image as PNG: its drawing code (png.js) loads only when a reader asks for one.
window.aiEnergyPng = (svg, name) => import(new URL('png.js', tag.src)).then((m) => m.save(svg, name));
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// Offline after one visit: the service worker keeps this version's files.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('sw.js', tag.src)).catch(() => {});
}
