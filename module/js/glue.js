// The module's JavaScript API (docs/API.md): strings in, strings out, over the plain WebAssembly exports of
// module/src/lib.rs. Written by hand rather than generated, so the page's critical path carries a few hundred
// bytes of it (scripts/build-module.sh minifies it into module/pkg/ai_energy_module.js).
let wasm;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Calls export `name` with `texts` copied into the module's memory; returns its text. */
function call(name, ...texts) {
  // Before init, or a function the page's first-paint build leaves out (it has firstScreen only).
  if (!wasm?.[name]) throw new Error(`ai-energy module: no ${name} (call init first; docs/API.md)`);
  const buffers = texts.map((t) => {
    const bytes = encoder.encode(String(t));
    const at = wasm.alloc(bytes.length);
    new Uint8Array(wasm.memory.buffer, at, bytes.length).set(bytes);
    return [at, bytes.length];
  });
  const at = wasm[name](...buffers.flat());
  const length = wasm.out_len();
  const text = decoder.decode(new Uint8Array(wasm.memory.buffer, at, length));
  wasm.dealloc(at, length);
  for (const [p, n] of buffers) wasm.dealloc(p, n);
  return text;
}

/** `link` → JSON text: its problems (in English) and every result (docs/API.md). */
export const evaluate = (link) => call('evaluate_link', link);
/** `evaluate` with the problems in `lang` (`zh`, `en` or a browser tag). */
export const evaluateIn = (link, lang) => call('evaluate_link_in', link, lang);
/** The page's first screen for `link`: `lang tag \n colour scheme \n markup` (core/src/first_screen.rs). */
export const firstScreen = (link, browserLang) => call('first_screen_of', link, browserLang);

/** Starts the module from its compiled bytes or `WebAssembly.Module` (Node, workers). */
export function initSync({ module }) {
  const compiled = module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module);
  wasm = new WebAssembly.Instance(compiled, {}).exports;
}

/** Starts the module from its address (streamed and compiled while it downloads), its bytes or a Response. */
export default async function init({ module_or_path: source } = {}) {
  const from = typeof source === 'string' || source instanceof URL ? fetch(source) : source;
  const response = await from;
  const { instance } = response instanceof Response
    ? await WebAssembly.instantiateStreaming(response, {})
    : await WebAssembly.instantiate(response, {});
  wasm = instance.exports;
}
