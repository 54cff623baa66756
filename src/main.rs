//! The web app's entry point: reads the share link and the reader's language, and mounts the page.

use ai_energy::browser;
use ai_energy::components::app::{App, AppProps};
use ai_energy_core::link::decode;

// Smaller and faster than the default allocator (docs/PERFORMANCE.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    let opened = browser::current_query();
    let link = decode(&opened);
    yew::Renderer::<App>::with_props(AppProps {
        scenario: link.scenario,
        b: link.b,
        view: link.view,
        lang: browser::preferred_lang().unwrap_or_default(),
        problems: link.problems,
        opened: opened.into(),
    })
    .render();
}
