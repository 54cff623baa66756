use std::rc::Rc;

use yew::prelude::*;

use super::result_card::ResultCard;
use crate::format;
use crate::i18n::Lang;
use crate::model::{Range, Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub results: Results,
    pub scenario: Scenario,
    pub lang: Lang,
}

/// Every result as a card: energy first, then what it equals, then cost, carbon and water.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let r = &props.results;
    let sc = &props.scenario;
    let (shared_scenario, shared_results) = (Rc::new(sc.clone()), Rc::new(r.clone()));
    let card =
        |name: &'static str, label: &'static str, range: Range, fmt: &dyn Fn(f64) -> String| {
            html! {
                <ResultCard
                    {name}
                    label={label}
                    text={fmt(range.central)}
                    range={format::range(&fmt(range.low), &fmt(range.high))}
                    value={range.central}
                    scenario={shared_scenario.clone()}
                    results={shared_results.clone()}
                    {lang}
                />
            }
        };
    let energy = |kwh: f64| format::energy_kwh(kwh, lang);
    let wh = |wh: f64| format::energy_wh(wh, lang);
    let unit = |u: &'static str| move |n: f64| format::with_unit(n, u, lang);
    let money = |v: f64| format::money(v, sc.currency, lang);
    let kg = |v: f64| format::mass_kg(v, lang);
    let litres = |v: f64| format::volume_l(v, lang);
    html! {
        <section class="results" aria-live="polite" aria-label={s.headline}>
            { card("training_kwh", s.result_training_kwh, r.training_kwh, &energy) }
            { card("training_accelerator_hours", s.result_training_hours, r.training_accelerator_hours, &unit(s.unit_hours)) }
            { card("inference_wh_per_query", s.result_wh_per_query, r.inference_wh_per_query, &wh) }
            { card("inference_kwh_per_day", s.result_kwh_per_day, r.inference_kwh_per_day, &energy) }
            { card("inference_kwh", s.result_inference_kwh, r.inference_kwh, &energy) }
            { card("household_years", s.result_households, r.household_years, &unit(s.unit_household_years)) }
            { card("tesla_km", s.result_tesla, r.tesla_km, &unit(s.unit_km)) }
            { card("beijing_shanghai_trips", s.result_trips, r.beijing_shanghai_trips, &unit(s.unit_trips)) }
            { card("earth_laps", s.result_laps, r.earth_laps, &unit(s.unit_laps)) }
            { card("phone_charges", s.result_phones, r.phone_charges, &unit(s.unit_charges)) }
            { card("cost", s.result_cost, r.cost, &money) }
            { card("co2_kg", s.result_co2, r.co2_kg, &kg) }
            { card("water_l", s.result_water, r.water_l, &litres) }
        </section>
    }
}
