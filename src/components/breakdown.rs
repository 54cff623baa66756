use yew::prelude::*;

use ai_energy_core::chart::split;
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::compare::central_ratio;
use ai_energy_core::model::{Range, Results};
use ai_energy_core::shortest::shortest;

#[derive(Properties, PartialEq)]
pub struct BreakdownProps {
    pub results: Results,
    pub lang: Lang,
    /// What scenario B changes and what it does, while comparing.
    #[prop_or_default]
    pub sentence: Option<AttrValue>,
    /// Scenario B's training share, while comparing (kept in its hook, with B ÷ A).
    #[prop_or_default]
    pub b_training_share: Option<f64>,
}

/// Under the headline: what B changes (while comparing), the training / use split of the total, and the
/// assumption that moves it most.
#[component]
pub fn Breakdown(props: &BreakdownProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let r = &props.results;
    let share = r.training_share.central;
    let split = split(share);
    html! {
        <section class="breakdown" aria-label={s.chart_split_title}>
            if let Some(sentence) = &props.sentence {
                <p class="pair-sentence" data-testid="compare-sentence">{ sentence }</p>
            }
            <div class="split" data-testid="result-training_share" data-value={shortest(share)}>
                <svg class="split-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="split-inference" x="0" y="0" width="100" height="1" />
                    // A width attribute, not a style: the page's CSP allows no inline styles.
                    <rect class="split-training" x="0" y="0" width={format::fixed(split.training_width, 2)} height="1" />
                </svg>
                <div class="split-legend">
                    <span class="legend training">{ s.training }{ " " }{ format::energy_kwh(r.training_kwh.central, lang) }{ " (" }{ format::fixed(split.training_percent, 1) }{ "%)" }</span>
                    <span class="legend inference">{ s.inference }{ " " }{ format::energy_kwh(r.inference_kwh.central, lang) }{ " (" }{ format::fixed(split.inference_percent, 1) }{ "%)" }</span>
                </div>
            </div>
            if let Some(b) = props.b_training_share {
                <span hidden=true data-testid="result-b-training_share" data-value={shortest(b)}></span>
                <span hidden=true data-testid="ratio-training_share"
                    data-value={format::ratio_value(central_ratio(r.training_share, Range::exact(b)))}></span>
            }
            <p class="dominant" data-testid="dominant">
                { s.dominant }{ s.colon }
                <strong>
                    { r.dominant().map_or(s.no_uncertainty, |k| lang.knob(k)) }
                </strong>
                if let Some(top) = r.sensitivity.first() {
                    { format!(" (×{})", format::plain(top.swing(), lang)) }
                }
            </p>
        </section>
    }
}
