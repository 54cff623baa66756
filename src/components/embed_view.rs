use yew::prelude::*;

use super::number_input::NumberInput;
use super::total_figure::TotalFigure;
use crate::format;
use crate::i18n::Lang;
use crate::link::key_of;
use crate::model::scenario::Field;
use crate::model::Results;
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub state: AppState,
    pub results: Results,
    /// Address of the full calculator with the same scenario.
    pub full_link: AttrValue,
    pub on_action: Callback<Action>,
}

/// The compact mode for an article column: the headline, its range, the key equivalents, the two inputs
/// that matter (none when locked) and a link out to the full calculator.
#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let state = &props.state;
    let lang: Lang = state.lang;
    let s = lang.strings();
    let r = &props.results;
    let input = |field: Field| {
        let t = lang.field(field);
        let text = state.input_text(field);
        html! {
            <NumberInput {field} key_name={key_of(field)} label={t.label} help={t.help} text={text}
                error={state.error_text(field).map(AttrValue::from)}
                on_action={props.on_action.clone()} />
        }
    };
    let equivalent = |name: &'static str, label: &'static str, v: f64, unit: &'static str| {
        html! {
            <div class="embed-eq" data-testid={format!("result-{name}")} data-value={v.to_string()}>
                <span class="card-label">{ label }</span>
                <strong>{ format::with_unit(v, unit, lang) }</strong>
            </div>
        }
    };
    html! {
        <main class="embed" data-testid="embed">
            <p class="embed-title">{ s.headline }</p>
            <TotalFigure total_kwh={r.total_kwh} {lang} />
            <div class="embed-eqs">
                { equivalent("household_years", s.result_households, r.household_years.central, s.unit_household_years) }
                { equivalent("tesla_km", s.result_tesla, r.tesla_km.central, s.unit_km) }
                <div class="embed-eq" data-testid="result-inference_wh_per_query" data-value={r.inference_wh_per_query.central.to_string()}>
                    <span class="card-label">{ s.result_wh_per_query }</span>
                    <strong>{ format::energy_wh(r.inference_wh_per_query.central, lang) }</strong>
                </div>
            </div>
            if !state.lock {
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
