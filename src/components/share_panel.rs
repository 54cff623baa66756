use yew::prelude::*;

use super::use_module::{use_module, Asked};
use super::use_open::use_open;
use crate::browser;
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    /// The share link's query string (without `?`).
    pub query: AttrValue,
    /// The embed link's query string.
    pub embed_query: AttrValue,
}

/// The buttons that copy or make something.
#[derive(Clone, Copy, PartialEq)]
enum Button {
    Link,
    Image,
    Download,
    Citation,
    Embed,
}

/// What came of the last button pressed, said beside it.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    /// Being made by the whole module (the first time, it is fetched).
    Busy,
    Copied,
    /// The clipboard refused: the text is selected for the reader to copy by hand.
    Refused,
    /// A file could not be made: the whole module could not be had (offline before the first visit).
    Unavailable,
}

/// Copy link and the result image; folded under them, what the link contains, the data downloads, a citation
/// sentence and the embed snippet. The image, the downloads and the citation are the whole module's, made from
/// the share link when the reader asks (`core/src/takeaway.rs`), so they carry the pair while comparing and lead
/// with the headline's number.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let pressed = use_state_eq(|| None::<(Button, Outcome)>);
    let link_ref = use_node_ref();
    let base = browser::page_base();
    let link = format!("{base}?{}", props.query);
    let embed_url = format!("{base}?{}", props.embed_query);
    let (more_open, on_more) = use_open();
    let cite = use_module(
        "citation_of",
        more_open.then(|| vec![link.clone(), lang.tag().to_string()]),
    );
    // The embed snippet too: its frame's script is words the page itself never runs.
    let snippet = use_module(
        "embed_of",
        more_open.then(|| vec![embed_url.clone(), browser::origin(), lang.tag().to_string()]),
    );

    let copy = |text: String, what: Button| {
        let pressed = pressed.clone();
        let link_ref = link_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let (pressed, link_ref, text) = (pressed.clone(), link_ref.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy_text(text).await {
                    pressed.set(Some((what, Outcome::Copied)));
                } else {
                    // Fallback: select the link so the reader can copy it themselves.
                    if let Some(input) = link_ref.cast::<web_sys::HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                    pressed.set(Some((what, Outcome::Refused)));
                }
            });
        })
    };
    // The files are made only when asked for, by the whole module: busy until it answers.
    // `name` of the link and `arg` (the format, or the language), then `save`d.
    let file = |what: Button, name: &'static str, arg: &'static str, save: fn(String)| {
        let (pressed, link) = (pressed.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (pressed, link) = (pressed.clone(), link.clone());
            pressed.set(Some((what, Outcome::Busy)));
            yew::platform::spawn_local(async move {
                match browser::module_call(name, &[&link, arg]).await {
                    Some(text) => {
                        save(text);
                        pressed.set(None);
                    }
                    None => pressed.set(Some((what, Outcome::Unavailable))),
                }
            });
        })
    };
    let download = |csv: bool| {
        if csv {
            file(Button::Download, "document_of", "csv", |t| {
                browser::download("ai-energy.csv", "text/csv", &t)
            })
        } else {
            file(Button::Download, "document_of", "json", |t| {
                browser::download("ai-energy.json", "application/json", &t)
            })
        }
    };
    // The result image: SVG as it is, PNG drawn from the same SVG.
    let image = |png: bool| {
        if png {
            file(Button::Image, "image_of", lang.tag(), |svg| {
                browser::download_png(&svg, "ai-energy.png")
            })
        } else {
            file(Button::Image, "image_of", lang.tag(), |svg| {
                browser::download("ai-energy.svg", "image/svg+xml", &svg)
            })
        }
    };
    // What the link contains: each pair the link writes, with its meaning, made by the whole module while
    // "what this link contains" is open.
    let (contents_open, ontoggle) = use_open();
    let contents = use_module(
        "contents_of",
        contents_open.then(|| vec![link.clone(), lang.tag().to_string()]),
    );
    let contents: Option<Vec<Html>> = match &contents {
        Asked::Ready(text) => Some(
            text.lines()
                .map(|line| {
                    let (pair, meaning) =
                        ai_energy_core::parse::split_once_byte(line, b'\t').unwrap_or((line, ""));
                    html! { <li><code>{ pair }</code>{ " — " }{ meaning }</li> }
                })
                .collect(),
        ),
        Asked::Failed | Asked::Loading | Asked::Nothing => None,
    };
    // What came of a button, said right after it (where the reader is looking).
    let status = |button: Button| match *pressed {
        Some((b, outcome)) if b == button => {
            let (class, text) = match outcome {
                Outcome::Busy => ("copy-status", s.loading),
                Outcome::Copied => ("copy-status", s.copied),
                Outcome::Refused => ("copy-status", s.copy_refused),
                Outcome::Unavailable => ("error", s.later_failed),
            };
            html! { <p {class} role="status" data-testid="copy-status">{ text }</p> }
        }
        Some(_) | None => Html::default(),
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ s.share_title }</h2>
            <div class="share-row">
                <input ref={link_ref.clone()} class="share-link" readonly=true value={link.clone()}
                    aria-label={s.copy_link} data-testid="share-link" />
                <button type="button" data-testid="copy-link" onclick={copy(link.clone(), Button::Link)}>{ s.copy_link }</button>
            </div>
            { status(Button::Link) }
            <div class="share-row">
                <button type="button" data-testid="download-image" onclick={image(false)}>{ s.image_svg }</button>
                <button type="button" data-testid="download-image-png" onclick={image(true)}>{ s.image_png }</button>
            </div>
            { status(Button::Image) }
            <details class="share-more" ontoggle={on_more}>
                <summary>{ s.share_more }</summary>
                <details class="link-contents" {ontoggle}>
                    <summary>{ s.link_contains }</summary>
                    {
                        match contents {
                            _ if !contents_open => Html::default(),
                            None => html! { <p>{ s.loading }</p> },
                            Some(lines) if lines.is_empty() => html! { <p>{ s.link_contains_default }</p> },
                            Some(lines) => html! { <ul data-testid="link-contents">{ for lines }</ul> },
                        }
                    }
                </details>
                <div class="share-row">
                    <button type="button" data-testid="export-json" onclick={download(false)}>{ s.export_json }</button>
                    <button type="button" data-testid="export-csv" onclick={download(true)}>{ s.export_csv }</button>
                </div>
                { status(Button::Download) }
                <h3>{ s.citation_title }</h3>
                {
                    match cite {
                        Asked::Ready(cite) => html! {
                            <>
                                <p class="citation" data-testid="citation">{ cite.to_string() }</p>
                                <button type="button" data-testid="copy-citation" onclick={copy(cite.to_string(), Button::Citation)}>{ s.copy_citation }</button>
                                { status(Button::Citation) }
                            </>
                        },
                        Asked::Failed => html! { <p class="error" role="status">{ s.later_failed }</p> },
                        Asked::Loading | Asked::Nothing => html! { <p class="citation">{ s.loading }</p> },
                    }
                }
                <h3>{ s.embed_title }</h3>
                <p class="help">{ s.embed_help }</p>
                {
                    match snippet {
                        Asked::Ready(snippet) => html! {
                            <>
                                <textarea class="snippet" readonly=true rows="6" aria-label={s.embed_title} data-testid="embed-snippet" value={snippet.to_string()} />
                                <button type="button" data-testid="copy-embed" onclick={copy(snippet.to_string(), Button::Embed)}>{ s.copy_embed }</button>
                                { status(Button::Embed) }
                            </>
                        },
                        Asked::Failed => html! { <p class="error" role="status">{ s.later_failed }</p> },
                        Asked::Loading | Asked::Nothing => html! { <p class="snippet">{ s.loading }</p> },
                    }
                }
            </details>
        </section>
    }
}
