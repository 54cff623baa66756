use std::rc::Rc;

use yew::prelude::*;

use crate::action::Action;
use crate::browser;
use ai_energy_core::charts::ChartId;
use ai_energy_core::i18n::claim_texts::{ClaimTexts, Load};
use ai_energy_core::lang::Lang;
use ai_energy_core::link::decode;
use ai_energy_core::model::claims::ClaimId;

#[derive(Properties, PartialEq)]
pub struct ClaimsSectionProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// The claims' texts, once loaded (`None` until the reader first opens the section).
    pub texts: Option<Rc<ClaimTexts>>,
    /// The reader opened the section: load the texts if they are not here yet.
    pub on_open: Callback<()>,
}

/// The articles' claims, each with the model's verdict, its reason, and a button to load it, folded behind its
/// heading. The texts are the checker's, generated at build time into `claims.txt` and loaded when the section is
/// first opened (`i18n::claim_texts`): the page neither recomputes them nor carries them in its first download.
#[component]
pub fn ClaimsSection(props: &ClaimsSectionProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    // Opening (or closing) asks for the texts; the app loads them once.
    let ontoggle = props.on_open.reform(|_: Event| ());
    // The button opens the claim's link in this page: its scenario and preset, the reader's bases kept.
    let load = |id: ClaimId, query: &str, scale: bool| {
        let on_action = props.on_action.clone();
        let link = decode(query);
        // A link this build cannot read in full (a newer claims.txt) would load something else: no button.
        if !link.problems.is_empty() || link.view.preset.is_none() {
            return Html::default();
        }
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Load(
                link.view.preset,
                Box::new(link.scenario.clone()),
            ));
            // The reader sees what loaded: the scale chart for a claim about a country, else the headline.
            browser::show(if scale {
                ChartId::Scale.id()
            } else {
                "headline-title"
            });
        });
        html! {
            <button type="button" class="load" data-testid={format!("load-{}", id.id())} {onclick}>
                { s.claim_load }
            </button>
        }
    };
    let item = |texts: &ClaimTexts, id: ClaimId| {
        let Some(t) = texts.get(lang, id) else {
            return Html::default();
        };
        html! {
            <li class="claim" data-testid={format!("claim-{}", id.id())}>
                <p class="claim-printed">{ &t.printed }</p>
                <p class="claim-numbers">
                    <span>{ s.claim_claimed }{ s.colon }{ &t.claimed }</span>
                    <span>{ s.claim_recomputed }{ s.colon }{ &t.recomputed }</span>
                    <span class={classes!("verdict", t.tone.class())} data-testid={format!("verdict-{}", id.id())}>
                        { &t.verdict }
                    </span>
                </p>
                <p class="claim-reason">{ &t.reason }</p>
                {
                    match &t.load {
                        Load::Headline(query) => load(id, query, false),
                        // A claim that sets AI beside a country opens its scenario on the scale chart.
                        Load::Scale(query) => load(id, query, true),
                        // A claim that compares two things opens as that comparison.
                        Load::Pair(query) => html! {
                            <a class="load" data-testid={format!("load-{}", id.id())}
                                href={format!("?{query}&lang={}", lang.link_id())}>{ s.claim_load }</a>
                        },
                        Load::Nothing => Html::default(),
                    }
                }
            </li>
        }
    };
    html! {
        <section class="claims" id="claims" aria-labelledby="claims-title">
            <details {ontoggle}>
                <summary><h2 id="claims-title">{ s.claims_title }</h2></summary>
                <p>{ s.claims_intro }</p>
                if let Some(texts) = &props.texts {
                    <ul class="claim-list">{ for ClaimId::ALL.into_iter().map(|id| item(texts, id)) }</ul>
                } else {
                    <p class="loading" data-testid="claims-loading">{ s.loading }</p>
                }
            </details>
        </section>
    }
}
