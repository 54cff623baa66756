use yew::prelude::*;

use super::result_card::ResultCard;
use crate::format;
use crate::i18n::Lang;
use crate::model::{Range, Results};

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub results: Results,
    pub lang: Lang,
}

/// The results the reader came for: daily energy, per-query energy, the yearly total and its equivalents.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let r = &props.results;
    let card =
        |name: &'static str, label: &'static str, range: Range, fmt: &dyn Fn(f64) -> String| {
            html! {
                <ResultCard
                    {name}
                    label={label}
                    text={fmt(range.central)}
                    range={format::range(&fmt(range.low), &fmt(range.high))}
                    range_label={s.range}
                    value={range.central}
                />
            }
        };
    let energy = |kwh: f64| format::energy_kwh(kwh, lang);
    let wh = |wh: f64| format::energy_wh(wh, lang);
    let households = |n: f64| format!("{} {}", format::count(n, lang), s.households_unit);
    let km = |n: f64| format!("{} {}", format::count(n, lang), s.km);
    html! {
        <section class="results" aria-live="polite">
            { card("inference_kwh_per_day", s.per_day, r.inference_kwh_per_day, &energy) }
            { card("inference_wh_per_query", s.per_query, r.inference_wh_per_query, &wh) }
            { card("total_kwh", s.total_year, r.total_kwh, &energy) }
            { card("household_years", s.households, r.household_years, &households) }
            { card("tesla_km", s.tesla, r.tesla_km, &km) }
        </section>
    }
}
