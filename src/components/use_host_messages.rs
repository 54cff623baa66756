//! An embed's messages to the page that embeds it (docs/EMBED.md): its results whenever they change, and its
//! height after every render, addressed to the host's origin where the browser reveals it (`browser.rs`). Outside
//! a frame it does nothing; the page never listens to the host.

use yew::prelude::*;

use crate::browser;
use crate::state::AppState;
use ai_energy_core::export::{export_doc, height_message, pair_json, ratios};
use ai_energy_core::model::Results;

/// Sends the host the results document of the state's scenario (`a`'s results; with B's, a comparison) under the
/// full calculator's link, and the page's height.
#[hook]
pub fn use_host_messages(state: &AppState, a: &Results, b: Option<&Results>) {
    let framed = browser::in_frame();
    let doc = framed.then(|| {
        let link = format!("{}?{}", browser::page_base(), state.full_query());
        let doc_a = export_doc(&state.scenario, a, &link);
        match state.b.as_ref().zip(b) {
            None => doc_a.to_json(),
            Some((sb, rb)) => pair_json(&doc_a, &export_doc(sb, rb, &link), &ratios(a, rb)),
        }
    });
    use_effect_with(doc, |doc| {
        if let Some(json) = doc {
            browser::post_json_to_host(json);
        }
    });
    use_effect(move || {
        if framed {
            browser::post_json_to_host(&height_message(browser::document_height()));
        }
    });
}
