// Calls one of the module's WebAssembly exports with text and returns its text: each argument goes into the
// module's memory as UTF-8 (`alloc`), the export answers with a pointer whose length `out_len()` gives, and every
// buffer is given back (`dealloc`). The one copy of this marshalling: the build puts it in front of the module's
// JavaScript API (module/js/glue.js, by scripts/build-module.sh) and of the page's loader (static/loader.js, by
// scripts/first-paint.mjs).
function callText(wasm, name, ...texts) {
  const buffers = texts.map((t) => {
    const bytes = new TextEncoder().encode(String(t));
    const at = wasm.alloc(bytes.length);
    new Uint8Array(wasm.memory.buffer, at, bytes.length).set(bytes);
    return [at, bytes.length];
  });
  const at = wasm[name](...buffers.flat());
  const length = wasm.out_len();
  const text = new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, at, length));
  wasm.dealloc(at, length);
  for (const [p, n] of buffers) wasm.dealloc(p, n);
  return text;
}
