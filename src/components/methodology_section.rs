use std::rc::Rc;

use yew::prelude::*;

use ai_energy_core::i18n::later::MethodologyHtml;
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct MethodologySectionProps {
    pub lang: Lang,
    /// The section's HTML, once loaded (`None` until the reader first opens it).
    pub html: Option<Rc<MethodologyHtml>>,
    /// The reader opened the section: load it if it is not here yet.
    pub on_open: Callback<()>,
}

/// "Method and sources", folded behind its heading; its body is loaded from the same origin when first opened
/// (`static/methodology.html`, rendered at build time from `components::methodology`).
#[component]
pub fn MethodologySection(props: &MethodologySectionProps) -> Html {
    let s = props.lang.strings();
    let ontoggle = props.on_open.reform(|_: Event| ());
    html! {
        <section class="methodology" id="methodology" aria-labelledby="methodology-title">
            <details {ontoggle}>
                <summary><h2 id="methodology-title">{ s.methodology_title }</h2></summary>
                if let Some(fragment) = props.html.as_ref().and_then(|m| m.get(props.lang)) {
                    // The build's own HTML, from this origin (never text from a link or the reader).
                    { Html::from_html_unchecked(AttrValue::from(fragment.to_string())) }
                } else {
                    <p class="loading" data-testid="methodology-loading">{ s.loading }</p>
                }
            </details>
        </section>
    }
}
