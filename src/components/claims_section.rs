use yew::prelude::*;

use crate::lang::Lang;
use crate::model::claims::{ClaimCheck, Verdict};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ClaimsSectionProps {
    pub claims: Vec<ClaimCheck>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// The articles' claims, each with the model's verdict, its reason, and a button to load it.
#[component]
pub fn ClaimsSection(props: &ClaimsSectionProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let item = |c: &ClaimCheck| {
        let verdict_class = match c.verdict {
            Verdict::Consistent => "ok",
            Verdict::Off { .. } => "off",
            Verdict::Unverified | Verdict::Context => "neutral",
        };
        html! {
            <li class="claim" data-testid={format!("claim-{}", c.id.id())}>
                <p class="claim-printed">{ lang.claim_printed(c.id) }</p>
                <p class="claim-numbers">
                    <span>{ s.claim_claimed }{ s.colon }{ lang.claim_value(c.claimed, c.unit) }</span>
                    <span>{ s.claim_recomputed }{ s.colon }{ lang.claim_recomputed(c) }</span>
                    <span class={classes!("verdict", verdict_class)} data-testid={format!("verdict-{}", c.id.id())}>
                        { lang.verdict(c.verdict) }
                    </span>
                </p>
                <p class="claim-reason">{ lang.claim_reason(c) }</p>
                if let Some((preset, scenario)) = c.scenario.clone() {
                    <button type="button" class="load" data-testid={format!("load-{}", c.id.id())}
                        onclick={props.on_action.reform(move |_: MouseEvent| Action::Load(Some(preset), scenario.clone()))}>
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
            <ul class="claim-list">{ for props.claims.iter().map(item) }</ul>
        </section>
    }
}
