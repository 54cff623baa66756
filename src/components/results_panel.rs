use std::rc::Rc;

use yew::prelude::*;

use super::result_card::ResultCard;
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::compare::ratio;
use ai_energy_core::model::energy::training_counted;
use ai_energy_core::model::metric::{Metric, Place};
use ai_energy_core::model::{Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub results: Results,
    pub scenario: Scenario,
    pub lang: Lang,
    /// Scenario B and its results while comparing.
    #[prop_or_default]
    pub b: Option<(Scenario, Results)>,
}

/// Every result as a card: what it equals, per query, cost, carbon, water and scale; the parts and details behind
/// them (training, serving per day, trips) folded under "more results".
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let r = &props.results;
    let sc = &props.scenario;
    let (shared_scenario, shared_results) = (Rc::new(sc.clone()), Rc::new(r.clone()));
    let card = |metric: Metric| {
        let fmt = |v: f64| lang.metric_value(metric, v, sc.currency);
        let range = r.get(metric);
        let b = props.b.as_ref().map(|(bs, br)| {
            let v = br.get(metric).central;
            (
                AttrValue::from(lang.metric_value(metric, v, bs.currency)),
                v,
                ratio(r, br, metric),
            )
        });
        html! {
            <ResultCard
                {metric}
                label={lang.metric_for(metric, sc)}
                text={fmt(range.central)}
                range={format::range(&fmt(range.low), &fmt(range.high))}
                value={range.central}
                scenario={shared_scenario.clone()}
                results={shared_results.clone()}
                {lang}
                {b}
            />
        }
    };
    html! {
        <>
        if !training_counted(sc) {
            <p class="help" data-testid="training-not-counted">{ lang.strings().training_not_counted }</p>
        }
        <section class="results" aria-live="polite" aria-label={lang.metric(Metric::TotalKwh)}>
            { for Metric::ALL.into_iter().filter(|m| m.place() == Place::Card).map(card) }
            <details class="more-results">
                <summary>{ lang.strings().more_results }</summary>
                <div class="results">
                    { for Metric::ALL.into_iter().filter(|m| m.place() == Place::More).map(card) }
                </div>
            </details>
        </section>
        </>
    }
}
