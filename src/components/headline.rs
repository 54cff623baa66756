use yew::prelude::*;

use super::pair_summary::PairSummary;
use super::total_figure::TotalFigure;
use crate::chart::split;
use crate::format;
use crate::lang::Lang;
use crate::model::{Metric, Results};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub results: Results,
    pub lang: Lang,
    /// Scenario B's results and the sentence saying what B changes, while comparing.
    #[prop_or_default]
    pub b: Option<(Results, AttrValue)>,
}

/// The one number the reader came for, its range, the training / inference split and what matters most.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let r = &props.results;
    let share = r.training_share.central;
    let split = split(share);
    html! {
        <section class="headline" aria-labelledby="headline-title">
            <h2 id="headline-title">{ lang.metric(Metric::TotalKwh) }</h2>
            <TotalFigure total_kwh={r.total_kwh} {lang} />
            if let Some((b, sentence)) = &props.b {
                <PairSummary results={r.clone()} b={b.clone()} sentence={sentence.clone()} {lang} />
            }
            <div class="split" data-testid="result-training_share" data-value={share.to_string()}>
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
