// The module's JavaScript API (docs/API.md): strings in, strings out, over the plain WebAssembly exports of
// module/src/lib.rs through `callText` (module/js/call-text.js, which scripts/build-module.sh puts in front of
// this file before minifying both into module/pkg/ai_energy_module.js).
let wasm;

/** Calls export `name` with `texts`; throws before `init` (or for an export the build leaves out). */
function call(name, ...texts) {
  if (!wasm?.[name]) throw new Error(`ai-energy module: no ${name} (call init first; docs/API.md)`);
  return callText(wasm, name, ...texts);
}

/** `link` → JSON text: its problems (in English) and every result (docs/API.md). */
export const evaluate = (link) => call('evaluate_link', link);
/** `evaluate` with the problems in `lang` (`zh`, `en` or a browser tag). */
export const evaluateIn = (link, lang) => call('evaluate_link_in', link, lang);
/** The page's data download for `link`: JSON, or CSV when `format` is `csv`, with every assumption and source. */
export const document = (link, format = 'json') => call('document_of', link, format);
/** The citation sentence for `link` in `lang`: it leads with the number the page leads with. */
export const citation = (link, lang = 'en') => call('citation_of', link, lang);
/** The result image for `link` in `lang`, as SVG text. */
export const resultImage = (link, lang = 'en') => call('image_of', link, lang);
/** How result `metric` of `link` is computed in `lang`: the formula, then each source, a line each ('' if none). */
export const work = (link, metric, lang = 'en') => call('work_of', link, metric, lang);
/** Chart `id` of `link` in `lang` (`chart-ladder`, `chart-ranking`, `chart-split`, `chart-scale`, `chart-growth`,
 * `chart-sensitivity`), as markup: its note and rows. */
export const chart = (link, id, lang = 'en') => call('chart_of', link, id, lang);
/** The page's first screen for `link`: `lang tag \n colour scheme \n markup` (core/src/first_screen.rs). */
export const firstScreen = (link, browserLang) => call('first_screen_of', link, browserLang);

/** Starts the module from its compiled bytes or `WebAssembly.Module` (Node, workers). */
export function initSync({ module }) {
  const compiled = module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module);
  wasm = new WebAssembly.Instance(compiled, {}).exports;
}

/**
 * Starts the module from its address (streamed and compiled while it downloads), its bytes or a Response; with
 * no argument, from the `.wasm` file beside this one (a page or a bundler that serves the package's files).
 */
export default async function init({ module_or_path: source = new URL('ai_energy_module_bg.wasm', import.meta.url) } = {}) {
  const from = typeof source === 'string' || source instanceof URL ? fetch(source) : source;
  const response = await from;
  const { instance } = response instanceof Response
    ? await WebAssembly.instantiateStreaming(response, {})
    : await WebAssembly.instantiate(response, {});
  wasm = instance.exports;
}
