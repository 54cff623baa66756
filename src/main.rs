//! The web app's entry point: reads the reader's language from the browser and mounts the page.

use ai_energy::components::app::{App, AppProps};
use ai_energy::model::Scenario;

fn main() {
    let lang = ai_energy::browser::preferred_lang().unwrap_or_default();
    yew::Renderer::<App>::with_props(AppProps {
        scenario: Scenario::default(),
        lang,
    })
    .render();
}
