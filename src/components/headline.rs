use yew::prelude::*;

use super::pair_summary::PairSummary;
use super::total_figure::TotalFigure;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::{Metric, Results};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub results: Results,
    pub lang: Lang,
    /// Scenario B's results while comparing.
    #[prop_or_default]
    pub b: Option<Results>,
}

/// The one number the reader came for and its range (and B's beside it while comparing). It stays in view while
/// the reader edits the inputs (sticky at the top of the layout), so it holds nothing else.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let r = &props.results;
    html! {
        <section class="headline" aria-labelledby="headline-title" data-testid="headline">
            <h2 id="headline-title">{ lang.metric(Metric::TotalKwh) }</h2>
            <TotalFigure total_kwh={r.total_kwh} {lang} />
            if let Some(b) = &props.b {
                <PairSummary results={r.clone()} b={b.clone()} {lang} />
            }
        </section>
    }
}
