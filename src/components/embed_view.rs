use yew::prelude::*;

use super::headline::Headline;
use super::number_input::NumberInput;
use crate::action::Action;
use crate::typed::Typed;
use ai_energy_core::format;
use ai_energy_core::i18n::fill;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::compare;
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::scenario::Field;
use ai_energy_core::model::{Metric, Range, Results, Scenario};
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
    /// The preset the scenario was loaded from (names it in the headline).
    #[prop_or_default]
    pub preset: Option<Preset>,
    /// Address of the full calculator with the same scenario.
    pub full_link: AttrValue,
    /// Scenario B, its results and the sentence saying what B changes, when the link is a comparison.
    #[prop_or_default]
    pub b: Option<(Scenario, Results, AttrValue)>,
    pub on_action: Callback<Action>,
}

/// The compact mode for an article column: the page's headline (the question's answer with its range, or B ÷ A
/// naming both), what B changes, the key equivalents, the two inputs that matter (none when locked) and a link out
/// to the full calculator.
#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let (sc, lang) = (&props.scenario, props.lang);
    let s = lang.strings();
    let r = &props.results;
    let input = |field: Field| {
        let t = lang.field_for(field, sc);
        html! {
            <NumberInput {field} label={t.label} help={t.help} text={props.typed.text(field, sc, lang)}
                error={props.typed.error_text(field, lang).map(AttrValue::from)}
                on_action={props.on_action.clone()} />
        }
    };
    // The headline's result is there already; the service's total takes its place among the equivalents.
    let lead = props
        .b
        .as_ref()
        .map_or(sc.question.lead(), |(bs, _, _)| compare::lead(sc, bs));
    // While comparing, one item of A and of B first (the headline gives only B ÷ A), and each of A's figures
    // says it is A's.
    let per_item = Metric::InferenceWhPerQuery;
    let a_mark = if props.b.is_some() { "A · " } else { "" };
    let mut figures: Vec<(&'static str, String, Metric, Range)> = Vec::new();
    if let Some((bs, br, _)) = &props.b {
        figures.push((
            "result-",
            format!("{a_mark}{}", lang.metric_for(per_item, sc)),
            per_item,
            r.get(per_item),
        ));
        figures.push((
            "result-b-",
            format!("B · {}", lang.metric_for(per_item, bs)),
            per_item,
            br.get(per_item),
        ));
    }
    figures.extend(
        Metric::EMBED
            .into_iter()
            .filter(|&m| m != lead && !(props.b.is_some() && m == per_item))
            .chain((lead != Metric::TotalKwh).then_some(Metric::TotalKwh))
            .map(|m| {
                (
                    "result-",
                    format!("{a_mark}{}", lang.metric_for(m, sc)),
                    m,
                    r.get(m),
                )
            }),
    );
    // Each figure with its range, under its kind's name ("Per image").
    let figures = figures.into_iter().map(|(prefix, label, metric, v)| {
        let value = |x: f64| lang.metric_value(metric, x, sc.currency);
        html! {
            <div class="embed-eq" data-testid={format!("{prefix}{}", metric.key())} data-value={shortest(v.central)}>
                <span class="card-label">{ label }</span>
                <strong>{ value(v.central) }</strong>
                <span class="embed-range">{ format::range(&value(v.low), &value(v.high)) }</span>
            </div>
        }
    });
    html! {
        <main class="embed" data-testid="embed">
            <Headline scenario={sc.clone()} results={r.clone()}
                b={props.b.as_ref().map(|(bs, br, _)| (bs.clone(), br.clone()))} preset={props.preset} {lang} />
            if let Some((_, _, sentence)) = &props.b {
                <p class="pair-sentence" data-testid="compare-sentence">{ sentence }</p>
            }
            if lead != Metric::TotalKwh {
                <p class="service-title" data-testid="service-title">{ fill(s.as_a_service, &[lang.scenario_line(sc)]) }</p>
            }
            <div class="embed-eqs">{ for figures }</div>
            // A comparison that leads with one item keeps B's total and B ÷ A of the totals in their hooks.
            if let Some((_, br, _)) = props.b.as_ref().filter(|_| lead != Metric::TotalKwh) {
                <span hidden=true data-testid="result-b-total_kwh" data-value={shortest(br.total_kwh.central)}></span>
                <span hidden=true data-testid="ratio-total_kwh"
                    data-value={format::ratio_value(compare::central_ratio(r.total_kwh, br.total_kwh))}></span>
            }
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
