//! The web app's entry point: reads the share link and the reader's language, and mounts the page.

use ai_energy::browser;
use ai_energy::components::app::{App, AppProps};
use ai_energy_core::lang::Lang;
use ai_energy_core::link::decode;
use ai_energy_core::model::region;

// Smaller and faster than the default allocator (docs/PERFORMANCE.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    let opened = browser::current_query();
    let link = decode(&opened);
    let tag = browser::language_tag().unwrap_or_default();
    // A page opened without a link starts from the reader's country's household and price; a link keeps the
    // bases it was written with (the page writes them into the address once it starts).
    let mut scenario = link.scenario;
    if opened.len() <= 1 {
        region::take_region_of(&mut scenario, &tag);
    }
    yew::Renderer::<App>::with_props(AppProps {
        scenario,
        b: link.b,
        view: link.view,
        lang: Lang::from_tag(&tag).unwrap_or_default(),
        problems: link.problems,
        opened: opened.into(),
    })
    .render();
}
