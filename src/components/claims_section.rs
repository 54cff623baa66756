use yew::prelude::*;

use crate::format;
use crate::lang::Lang;
use crate::model::claims::{ClaimCheck, Unit, Verdict};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ClaimsSectionProps {
    pub claims: Vec<ClaimCheck>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

fn value(v: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Kwh => format::energy_kwh(v, lang),
        Unit::Wh => format::energy_wh(v, lang),
        Unit::Km => format::with_unit(v, lang.strings().unit_km, lang),
        Unit::Households => format::with_unit(v, lang.strings().unit_household_years, lang),
        Unit::Fraction => format::percent(v, lang),
        Unit::Ratio | Unit::Pue => format::plain(v, lang),
        Unit::CnyPerYear => format::money(v, crate::model::scenario::Currency::Cny, lang),
        Unit::Usd | Unit::UsdPerKwh => {
            format::money(v, crate::model::scenario::Currency::Usd, lang)
        }
    }
}

/// The seed articles' claims, each with the model's verdict, its reason, and a button to load it.
#[component]
pub fn ClaimsSection(props: &ClaimsSectionProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let item = |c: &ClaimCheck| {
        let text = lang.claim(c.id);
        let verdict_class = match c.verdict {
            Verdict::Consistent => "ok",
            Verdict::Off { .. } => "off",
            Verdict::Unverified | Verdict::Context => "neutral",
        };
        let recomputed = if c.recomputed.low == c.recomputed.high {
            value(c.recomputed.central, c.unit, lang)
        } else {
            format!(
                "{} ({})",
                value(c.recomputed.central, c.unit, lang),
                format::range(
                    &value(c.recomputed.low, c.unit, lang),
                    &value(c.recomputed.high, c.unit, lang)
                )
            )
        };
        html! {
            <li class="claim" data-testid={format!("claim-{}", c.id)}>
                <p class="claim-printed">{ text.printed }</p>
                <p class="claim-numbers">
                    <span>{ s.claim_claimed }{ s.colon }{ value(c.claimed, c.unit, lang) }</span>
                    <span>{ s.claim_recomputed }{ s.colon }{ recomputed }</span>
                    <span class={classes!("verdict", verdict_class)} data-testid={format!("verdict-{}", c.id)}>
                        { lang.verdict(c.verdict) }
                    </span>
                </p>
                <p class="claim-reason">{ text.reason }</p>
                if let Some((preset, scenario)) = c.scenario.clone() {
                    <button type="button" class="load" data-testid={format!("load-{}", c.id)}
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
