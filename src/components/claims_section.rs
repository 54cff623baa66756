use yew::prelude::*;

use crate::lang::Lang;
use crate::model::claims::{shown_scenario, ClaimId};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ClaimsSectionProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// The articles' claims, each with the model's verdict, its reason, and a button to load it. The texts are the
/// checker's, generated at build time (`i18n::claim_texts`): the page does not recompute them.
#[component]
pub fn ClaimsSection(props: &ClaimsSectionProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let item = |id: ClaimId| {
        let t = lang.claim_text(id);
        html! {
            <li class="claim" data-testid={format!("claim-{}", id.id())}>
                <p class="claim-printed">{ lang.claim_printed(id) }</p>
                <p class="claim-numbers">
                    <span>{ s.claim_claimed }{ s.colon }{ t.claimed }</span>
                    <span>{ s.claim_recomputed }{ s.colon }{ t.recomputed }</span>
                    <span class={classes!("verdict", Lang::claim_tone(id))} data-testid={format!("verdict-{}", id.id())}>
                        { t.verdict }
                    </span>
                </p>
                <p class="claim-reason">{ t.reason }</p>
                if let Some((preset, scenario)) = shown_scenario(id) {
                    <button type="button" class="load" data-testid={format!("load-{}", id.id())}
                        onclick={props.on_action.reform(move |_: MouseEvent| Action::Load(Some(preset), Box::new(scenario.clone())))}>
                        { s.claim_load }
                    </button>
                }
            </li>
        }
    };
    html! {
        <section class="claims" aria-labelledby="claims-title">
            <h2 id="claims-title">{ s.claims_title }</h2>
            <p>{ s.claims_intro }</p>
            <ul class="claim-list">{ for ClaimId::ALL.into_iter().map(item) }</ul>
        </section>
    }
}
