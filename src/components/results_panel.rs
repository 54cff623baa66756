use yew::prelude::*;

use super::result_card::ResultCard;
use ai_energy_core::format;
use ai_energy_core::i18n::fill;
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
    /// The share link's query: each result's working is computed from it.
    pub query: AttrValue,
    /// The result the headline leads with: not repeated here (the service's total is a card when it does not lead).
    pub lead: Metric,
}

/// Every result as a card: what it equals, per query, cost, carbon, water and scale; the parts and details behind
/// them (training, serving per day, trips) folded under "more results".
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let r = &props.results;
    let sc = &props.scenario;
    // Each result once on the page: the headline's lead there, the total here when it does not lead.
    let lead = props.lead;
    let shown = |m: Metric, place: Place| {
        m != lead
            && match m.place() {
                Place::Headline => m == Metric::TotalKwh && place == Place::Card,
                p => p == place,
            }
    };
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
                query={props.query.clone()}
                {lang}
                {b}
            />
        }
    };
    html! {
        <>
        // Under one item's energy or a person's year, these are a service's: say which.
        if lead != Metric::TotalKwh {
            <h2 class="service-title" data-testid="service-title">
                { fill(lang.strings().as_a_service, &[lang.scenario_line(sc)]) }
            </h2>
        }
        if !training_counted(sc) {
            <p class="help" data-testid="training-not-counted">{ lang.strings().training_not_counted }</p>
        }
        <section class="results" aria-live="polite" aria-label={lang.metric(Metric::TotalKwh)}>
            { for Metric::ALL.into_iter().filter(|&m| shown(m, Place::Card)).map(card) }
            <details class="more-results">
                <summary>{ lang.strings().more_results }</summary>
                <div class="results">
                    { for Metric::ALL.into_iter().filter(|&m| shown(m, Place::More)).map(card) }
                </div>
            </details>
        </section>
        </>
    }
}
