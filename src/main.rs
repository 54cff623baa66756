//! The web app's entry point: reads the share link and the reader's language, and mounts the page.

use ai_energy::browser;
use ai_energy::components::app::{App, AppProps};
use ai_energy::link::decode;

fn main() {
    let link = decode(&browser::current_query());
    let lang = link
        .view
        .lang
        .or_else(browser::preferred_lang)
        .unwrap_or_default();
    yew::Renderer::<App>::with_props(AppProps {
        scenario: link.scenario,
        preset: link.view.preset,
        lang,
    })
    .render();
}
