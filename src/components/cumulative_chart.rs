use yew::prelude::*;

use super::use_open::use_open;
use crate::chart::{cumulative_geometry, Frame};
use crate::format;
use crate::lang::Lang;
use crate::model::energy::cumulative;
use crate::model::{Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct CumulativeChartProps {
    pub results: Results,
    pub scenario: Scenario,
    pub lang: Lang,
}

const FRAME: Frame = Frame {
    width: 640.0,
    height: 260.0,
    left: 84.0,
    right: 16.0,
    top: 12.0,
    bottom: 40.0,
};

/// Training vs inference, cumulative over the deployment period, with the total's range as a band.
#[component]
pub fn CumulativeChart(props: &CumulativeChartProps) -> Html {
    let lang = props.lang;
    let (open, ontoggle) = use_open();
    let s = lang.strings();
    let points = cumulative(&props.scenario, &props.results, 24);
    let g = cumulative_geometry(&points, FRAME);
    // Every sixth step, and the last one if the steps do not land on it.
    let last = points
        .last()
        .copied()
        .filter(|_| !(points.len() - 1).is_multiple_of(6));
    html! {
        <figure class="chart" data-testid="chart-cumulative">
            <figcaption id="chart-cumulative-title">{ s.chart_cumulative_title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)} role="img"
                aria-labelledby="chart-cumulative-title" preserveAspectRatio="xMidYMid meet">
                <path class="band" d={g.range_band.clone()} />
                <path class="area-training" d={g.training_area.clone()} />
                <path class="area-inference" d={g.inference_area.clone()} />
                <line class="axis" x1={FRAME.left.to_string()} x2={(FRAME.width - FRAME.right).to_string()}
                    y1={FRAME.baseline().to_string()} y2={FRAME.baseline().to_string()} />
                { for g.y_ticks.iter().map(|t| html! {
                    <g>
                        <line class="grid" x1={FRAME.left.to_string()} x2={(FRAME.width - FRAME.right).to_string()}
                            y1={t.at.to_string()} y2={t.at.to_string()} />
                        <text class="tick" x={(FRAME.left - 6.0).to_string()} y={(t.at + 4.0).to_string()} text-anchor="end">
                            { format::energy_kwh(t.value, lang) }
                        </text>
                    </g>
                }) }
                { for g.x_ticks.iter().map(|t| html! {
                    <text class="tick" x={t.at.to_string()} y={(FRAME.baseline() + 16.0).to_string()} text-anchor="middle">
                        { format::count(t.value, lang) }
                    </text>
                }) }
                <text class="axis-label" x={((FRAME.left + FRAME.width - FRAME.right) / 2.0).to_string()}
                    y={(FRAME.height - 4.0).to_string()} text-anchor="middle">{ s.chart_days }</text>
            </svg>
            <div class="chart-legend">
                <span class="legend training">{ s.training }</span>
                <span class="legend inference">{ s.inference }</span>
                <span class="legend band">{ s.chart_range_band }</span>
            </div>
            <details class="chart-data" {ontoggle}>
                <summary>{ s.chart_text_alternative }</summary>
                if open {
                    <table>
                    <thead><tr><th>{ s.chart_days }</th><th>{ s.training }</th><th>{ s.inference }</th><th>{ s.chart_range_band }</th></tr></thead>
                    <tbody>
                        { for points.iter().step_by(6).chain(last.iter()).map(|p| html! {
                            <tr>
                                <td>{ format::count(p.day, lang) }</td>
                                <td>{ format::energy_kwh(p.training_kwh.central, lang) }</td>
                                <td>{ format::energy_kwh(p.inference_kwh.central, lang) }</td>
                                <td>{ format::range(
                                    &format::energy_kwh(p.training_kwh.low + p.inference_kwh.low, lang),
                                    &format::energy_kwh(p.training_kwh.high + p.inference_kwh.high, lang)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                }
            </details>
        </figure>
    }
}
