use yew::prelude::*;

use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::compare::ratio;
use ai_energy_core::model::{Metric, Results};
use ai_energy_core::shortest::shortest;

#[derive(Properties, PartialEq)]
pub struct PairSummaryProps {
    /// Scenario A's results.
    pub results: Results,
    /// Scenario B's results.
    pub b: Results,
    /// What B changes and what it does, in one sentence (the page's sticky summary leaves it to the headline).
    #[prop_or_default]
    pub sentence: Option<AttrValue>,
    pub lang: Lang,
}

/// Beside A's total while comparing: B's total, B ÷ A, and the sentence saying what B changes. The headline and
/// the embed both show it.
#[component]
pub fn PairSummary(props: &PairSummaryProps) -> Html {
    let (lang, r, b) = (props.lang, &props.results, &props.b);
    let s = lang.strings();
    html! {
        <div class="pair" data-testid="compare">
            <p class="pair-b" data-testid="result-b-total_kwh" data-value={shortest(b.total_kwh.central)}>
                { s.scenario_b }{ s.colon }<strong>{ format::energy_kwh(b.total_kwh.central, lang) }</strong>
            </p>
            <p class="pair-ratio" data-testid="ratio-total_kwh" data-value={format::ratio_value(ratio(r, b, Metric::TotalKwh))}>
                { "B ÷ A" }{ s.colon }<strong>{ format::ratio(ratio(r, b, Metric::TotalKwh), lang) }</strong>
            </p>
            if let Some(sentence) = &props.sentence {
                <p class="pair-sentence" data-testid="compare-sentence">{ sentence }</p>
            }
            <span hidden=true data-testid="result-b-training_share" data-value={shortest(b.training_share.central)} />
            <span hidden=true data-testid="ratio-training_share"
                data-value={format::ratio_value(ratio(r, b, Metric::TrainingShare))} />
        </div>
    }
}
