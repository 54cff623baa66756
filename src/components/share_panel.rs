use yew::prelude::*;

use super::use_open::use_open;
use crate::browser;
use crate::image::result_svg;
use ai_energy_core::export::{
    citation, embed_snippet, export_csv, export_doc, pair_csv, pair_json, ratios,
};
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::{Entry, KeyKind, ViewKey, B_PREFIX};
use ai_energy_core::model::{Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub scenario: Scenario,
    pub results: Results,
    pub lang: Lang,
    /// The share link's query string (without `?`).
    pub query: AttrValue,
    /// The share link's pairs, for "what this link contains".
    pub entries: Vec<Entry>,
    /// The embed link's query string.
    pub embed_query: AttrValue,
    /// Scenario B and its results while comparing: the downloads, the citation and the embed carry the pair.
    #[prop_or_default]
    pub b: Option<(Scenario, Results)>,
}

/// What happened to the last copy request.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Nothing,
    Link,
    Citation,
    Embed,
    /// The clipboard refused: the text is selected for the reader to copy by hand.
    Refused,
}

/// Copy link and the result image; folded under them, what the link contains, the data downloads, a citation
/// sentence and the embed snippet.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let copied = use_state_eq(|| Copied::Nothing);
    let link_ref = use_node_ref();
    let base = browser::page_base();
    let link = format!("{base}?{}", props.query);
    let embed_url = format!("{base}?{}", props.embed_query);
    let b = props.b.as_ref().map(|(sb, rb)| (sb, rb));
    let cite = citation(&props.scenario, &props.results, b, &link, lang);
    let snippet = embed_snippet(&embed_url, &browser::origin(), s.embed_frame_title);

    let copy = |text: String, what: Copied| {
        let copied = copied.clone();
        let link_ref = link_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, link_ref, text) = (copied.clone(), link_ref.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy_text(text).await {
                    copied.set(what);
                } else {
                    // Fallback: select the link so the reader can copy it themselves.
                    if let Some(input) = link_ref.cast::<web_sys::HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                    copied.set(Copied::Refused);
                }
            });
        })
    };
    // The documents are built only when asked for, not on every keystroke.
    let download = |csv: bool| {
        let (scenario, results, b, link) = (
            props.scenario.clone(),
            props.results.clone(),
            props.b.clone(),
            link.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let doc = export_doc(&scenario, &results, &link);
            let text = match (&b, csv) {
                (None, true) => export_csv(&doc),
                (None, false) => doc.to_json(),
                (Some((sb, rb)), _) => {
                    let (db, ratios) = (export_doc(sb, rb, &link), ratios(&results, rb));
                    if csv {
                        pair_csv(&doc, &db, &ratios)
                    } else {
                        pair_json(&doc, &db, &ratios)
                    }
                }
            };
            let (name, mime) = if csv {
                ("ai-energy.csv", "text/csv")
            } else {
                ("ai-energy.json", "application/json")
            };
            browser::download(name, mime, &text);
        })
    };
    // The result image, built when asked for: SVG as it is, PNG drawn from the same SVG.
    let image = |png: bool| {
        let (scenario, results, b, link, lang) = (
            props.scenario.clone(),
            props.results.clone(),
            props.b.clone(),
            link.clone(),
            lang,
        );
        Callback::from(move |_: MouseEvent| {
            let svg = result_svg(
                &scenario,
                &results,
                b.as_ref().map(|(sb, rb)| (sb, rb)),
                &link,
                lang,
            );
            if png {
                browser::download_png(&svg, "ai-energy.png");
            } else {
                browser::download("ai-energy.svg", "image/svg+xml", &svg);
            }
        })
    };
    // What the link contains: each key the link writes, with its meaning.
    // Written only while "what this link contains" is open.
    let (contents_open, ontoggle) = use_open();
    let contents: Vec<Html> = props
        .entries
        .iter()
        .filter(|e| contents_open && e.kind != KeyKind::View(ViewKey::Version))
        .map(|e| {
            // Scenario B's keys are written as they are (an empty one: unknown, the range).
            let shown = match e.kind {
                _ if e.b && e.value.is_empty() => s.unknown_uses_range.to_string(),
                KeyKind::Number(f) if !e.b => f
                    .get(&props.scenario)
                    .map_or_else(|| e.value.clone(), |n| format::field_value(f, n, lang)),
                KeyKind::Number(_) | KeyKind::Choice(_) | KeyKind::View(_) => e.value.clone(),
            };
            let prefix = if e.b { B_PREFIX } else { "" };
            html! { <li><code>{ prefix }{ e.key }</code>{ " — " }{ lang.link_key(e.kind) }{ s.colon }{ shown }</li> }
        })
        .collect();
    let status = match *copied {
        Copied::Nothing => Html::default(),
        Copied::Refused => {
            html! { <p class="copy-status" role="status" data-testid="copy-status">{ s.copy_refused }</p> }
        }
        Copied::Link | Copied::Citation | Copied::Embed => {
            html! { <p class="copy-status" role="status" data-testid="copy-status">{ s.copied }</p> }
        }
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ s.share_title }</h2>
            <div class="share-row">
                <input ref={link_ref.clone()} class="share-link" readonly=true value={link.clone()}
                    aria-label={s.copy_link} data-testid="share-link" />
                <button type="button" data-testid="copy-link" onclick={copy(link.clone(), Copied::Link)}>{ s.copy_link }</button>
            </div>
            { status }
            <div class="share-row">
                <button type="button" data-testid="download-image" onclick={image(false)}>{ s.image_svg }</button>
                <button type="button" data-testid="download-image-png" onclick={image(true)}>{ s.image_png }</button>
            </div>
            <details class="share-more">
                <summary>{ s.share_more }</summary>
                <details class="link-contents" {ontoggle}>
                    <summary>{ s.link_contains }</summary>
                    if !contents_open {
                    } else if contents.is_empty() {
                        <p>{ s.link_contains_default }</p>
                    } else {
                        <ul data-testid="link-contents">{ for contents }</ul>
                    }
                </details>
                <div class="share-row">
                    <button type="button" data-testid="export-json" onclick={download(false)}>{ s.export_json }</button>
                    <button type="button" data-testid="export-csv" onclick={download(true)}>{ s.export_csv }</button>
                </div>
                <h3>{ s.citation_title }</h3>
                <p class="citation" data-testid="citation">{ cite.clone() }</p>
                <button type="button" data-testid="copy-citation" onclick={copy(cite, Copied::Citation)}>{ s.copy_citation }</button>
                <h3>{ s.embed_title }</h3>
                <p class="help">{ s.embed_help }</p>
                <textarea class="snippet" readonly=true rows="6" aria-label={s.embed_title} data-testid="embed-snippet" value={snippet.clone()} />
                <button type="button" data-testid="copy-embed" onclick={copy(snippet, Copied::Embed)}>{ s.copy_embed }</button>
            </details>
        </section>
    }
}
