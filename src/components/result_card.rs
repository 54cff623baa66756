use yew::prelude::*;

use super::use_module::{use_module, Asked};
use super::use_open::use_open;
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::Metric;
use ai_energy_core::shortest::shortest;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// Which result: the test hook is `result-<key>`.
    pub metric: Metric,
    pub label: AttrValue,
    /// The central value, formatted for the reader.
    pub text: AttrValue,
    /// The low–high range, formatted.
    pub range: AttrValue,
    /// The central value in base units, for `data-value`.
    pub value: f64,
    /// The share link's query, which the working is computed from when the reader opens it.
    pub query: AttrValue,
    pub lang: Lang,
    /// Scenario B's value while comparing: its text, its central value and B ÷ A.
    #[prop_or_default]
    pub b: Option<(AttrValue, f64, Option<f64>)>,
}

/// One result: what it is, its central value, its honest range, and how it was computed. The working comes from
/// the whole module (`takeaway::work`) while its disclosure is open, so neither typing nor the first visit pays
/// for it.
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let s = props.lang.strings();
    let (open, ontoggle) = use_open();
    let working = use_module(
        "work_of",
        open.then(|| {
            vec![
                format!("?{}", props.query),
                props.metric.key().to_string(),
                props.lang.tag().to_string(),
            ]
        }),
    );
    html! {
        <div class="card" data-testid={format!("result-{}", props.metric.key())} data-value={shortest(props.value)}>
            <div class="card-label">{ &props.label }</div>
            <div class="card-value">{ &props.text }</div>
            <div class="card-range">{ s.range }{ s.colon }{ &props.range }</div>
            if let Some((text, value, ratio)) = &props.b {
                <div class="card-b" data-testid={format!("result-b-{}", props.metric.key())} data-value={shortest(*value)}>
                    { s.scenario_b }{ s.colon }<strong>{ text }</strong>
                </div>
                <div class="card-ratio" data-testid={format!("ratio-{}", props.metric.key())}
                    data-value={format::ratio_value(*ratio)}>
                    { "B ÷ A" }{ s.colon }{ format::ratio(*ratio, props.lang) }
                </div>
            }
            <details class="work" {ontoggle}>
                <summary>{ s.show_work }</summary>
                {
                    match working {
                        Asked::Nothing => Html::default(),
                        Asked::Loading => html! { <p class="formula">{ s.loading }</p> },
                        Asked::Failed => html! { <p class="error" role="status">{ s.later_failed }</p> },
                        Asked::Ready(text) => {
                            let mut lines = text.lines();
                            let formula = lines.next().unwrap_or_default().to_string();
                            let sources: Vec<&str> = lines.collect();
                            html! {
                                <>
                                    <p class="formula" data-testid={format!("work-{}", props.metric.key())}>{ formula }</p>
                                    if !sources.is_empty() {
                                        <p class="work-sources">{ s.sources }{ s.colon }{ sources.join("; ") }</p>
                                    }
                                </>
                            }
                        }
                    }
                }
            </details>
        </div>
    }
}
