//! An embed's messages to the page that embeds it (docs/EMBED.md): its results whenever they change, and its
//! content's height whenever that changes (a `ResizeObserver`: content, width, rotation), addressed to the host's origin where the browser reveals it (`browser.rs`). Outside
//! a frame it does nothing; the page never listens to the host.

use yew::prelude::*;

use crate::browser;
use crate::state::AppState;
use ai_energy_core::export::height_message;

/// Sends the host the results document of the state's scenario (a comparison's with B) under the full
/// calculator's link — the page's JSON download, which the whole module makes from that link
/// (`takeaway::document`) — and the page's height.
#[hook]
pub fn use_host_messages(state: &AppState) {
    let framed = browser::in_frame();
    let link = framed.then(|| format!("{}?{}", browser::page_base(), state.full_query()));
    use_effect_with(link, |link| {
        if let Some(link) = link.clone() {
            yew::platform::spawn_local(async move {
                // The module answers in the order it is asked: the host gets the last link's document last.
                if let Some(json) = browser::module_call("document_of", &[&link, "json"]).await {
                    browser::post_json_to_host(&json);
                }
            });
        }
    });
    // Once: from then on the observer sends every change of height, both ways, and only changes.
    use_effect_with((), move |_| {
        if framed {
            let last = std::cell::Cell::new(f64::NAN);
            browser::on_content_height(move |height| {
                if height != last.get() {
                    last.set(height);
                    browser::post_json_to_host(&height_message(height));
                }
            });
        }
    });
}
