use yew::prelude::*;

use super::chart_fold::ChartFold;
use ai_energy_core::charts::ChartId;
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The share link's query: every chart is drawn from it (B's bars under A's while comparing, the ranking of
    /// the preset's group).
    pub query: AttrValue,
    pub lang: Lang,
}

/// The page's charts (`ai_energy_core::charts`), each folded behind its title until the reader opens it.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    html! {
        <section class="charts">
            { for ChartId::ALL.into_iter().map(|chart| html! {
                <ChartFold {chart} query={props.query.clone()} lang={props.lang} />
            }) }
        </section>
    }
}
