use yew::prelude::*;

use super::use_module::{use_module, Asked};
use super::use_open::use_open;
use ai_energy_core::charts::ChartId;
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartFoldProps {
    pub chart: ChartId,
    /// The share link's query, which the chart is drawn from.
    pub query: AttrValue,
    pub lang: Lang,
}

/// One chart folded behind its title: opened, its note and rows come from the whole module
/// (`takeaway::chart`), drawn from the share link, and again whenever the link changes while it is open.
#[component]
pub fn ChartFold(props: &ChartFoldProps) -> Html {
    let (open, ontoggle) = use_open();
    let (id, lang) = (props.chart.id(), props.lang);
    let s = lang.strings();
    let body = use_module(
        "chart_of",
        open.then(|| {
            vec![
                format!("?{}", props.query),
                id.to_string(),
                lang.tag().to_string(),
            ]
        }),
    );
    html! {
        <details class="chart" {id} data-testid={id} {ontoggle}>
            <summary id={format!("{id}-title")}>{ props.chart.title(lang) }</summary>
            {
                match body {
                    Asked::Nothing => Html::default(),
                    Asked::Loading => html! { <p class="chart-note">{ s.loading }</p> },
                    Asked::Failed => html! { <p class="error" role="status">{ s.later_failed }</p> },
                    Asked::Ready(markup) => html! {
                        <div class="chart-body">{ Html::from_html_unchecked(markup.to_string().into()) }</div>
                    },
                }
            }
        </details>
    }
}
