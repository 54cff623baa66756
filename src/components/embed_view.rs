use yew::prelude::*;

use super::number_input::NumberInput;
use super::pair_summary::PairSummary;
use super::total_figure::TotalFigure;
use crate::action::Action;
use crate::typed::Typed;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::scenario::Field;
use ai_energy_core::model::{Metric, Results, Scenario};
use ai_energy_core::shortest::shortest;

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    /// The scenario shown (A's, in a comparison) and what the reader typed into its two inputs.
    pub scenario: Scenario,
    pub typed: Typed,
    pub lang: Lang,
    /// Read-only (`lock=1`): no inputs.
    pub lock: bool,
    pub results: Results,
    /// Address of the full calculator with the same scenario.
    pub full_link: AttrValue,
    /// Scenario B's results and the sentence saying what B changes, when the link is a comparison.
    #[prop_or_default]
    pub b: Option<(Results, AttrValue)>,
    pub on_action: Callback<Action>,
}

/// The compact mode for an article column: the headline, its range (and scenario B's total, B ÷ A and what B
/// changes, for a comparison link), the key equivalents, the two inputs
/// that matter (none when locked) and a link out to the full calculator.
#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let (sc, lang) = (&props.scenario, props.lang);
    let s = lang.strings();
    let r = &props.results;
    let input = |field: Field| {
        let t = lang.field(field);
        html! {
            <NumberInput {field} label={t.label} help={t.help} text={props.typed.text(field, sc, lang)}
                error={props.typed.error_text(field, lang).map(AttrValue::from)}
                on_action={props.on_action.clone()} />
        }
    };
    let equivalent = |metric: Metric| {
        let v = r.get(metric).central;
        html! {
            <div class="embed-eq" data-testid={format!("result-{}", metric.key())} data-value={shortest(v)}>
                <span class="card-label">{ lang.metric_for(metric, sc) }</span>
                <strong>{ lang.metric_value(metric, v, sc.currency) }</strong>
            </div>
        }
    };
    html! {
        <main class="embed" data-testid="embed">
            <p class="embed-title">{ lang.metric(Metric::TotalKwh) }</p>
            <TotalFigure total_kwh={r.total_kwh} {lang} />
            if let Some((b, sentence)) = &props.b {
                <PairSummary results={r.clone()} b={b.clone()} sentence={Some(sentence.clone())} {lang} />
            }
            <div class="embed-eqs">
                { for Metric::EMBED.into_iter().map(equivalent) }
            </div>
            if !props.lock {
                <div class="embed-inputs">
                    { input(Field::Params) }
                    { input(Field::QueriesPerDay) }
                </div>
            }
            <a class="open-full" href={props.full_link.clone()} target="_blank" rel="noopener" data-testid="open-full">
                { s.open_full }{ " ↗" }
            </a>
        </main>
    }
}
