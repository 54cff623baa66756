use yew::prelude::*;

use super::use_open::use_open;
use crate::chart::{cumulative_geometry, cumulative_rows, Frame};
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
    let rows = cumulative_rows(&points, 6);
    html! {
        <figure class="chart" data-testid="chart-cumulative">
            <figcaption id="chart-cumulative-title">{ s.chart_cumulative_title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)} role="img"
                aria-labelledby="chart-cumulative-title" preserveAspectRatio="xMidYMid meet">
                <path class="band" d={g.range_band.clone()} />
                <path class="area-training" d={g.training_area.clone()} />
                <path class="area-inference" d={g.inference_area.clone()} />
                <line class="axis" x1={g.axis.x1.to_string()} x2={g.axis.x2.to_string()}
                    y1={g.axis.y1.to_string()} y2={g.axis.y2.to_string()} />
                { for g.grid.iter().map(|l| html! {
                    <line class="grid" x1={l.x1.to_string()} x2={l.x2.to_string()} y1={l.y1.to_string()} y2={l.y2.to_string()} />
                }) }
                { for g.y_labels.iter().map(|l| html! {
                    <text class="tick" x={l.x.to_string()} y={l.y.to_string()} text-anchor="end">
                        { format::energy_kwh(l.value, lang) }
                    </text>
                }) }
                { for g.x_labels.iter().map(|l| html! {
                    <text class="tick" x={l.x.to_string()} y={l.y.to_string()} text-anchor="middle">
                        { format::count(l.value, lang) }
                    </text>
                }) }
                <text class="axis-label" x={g.x_title.x.to_string()} y={g.x_title.y.to_string()} text-anchor="middle">{ s.chart_days }</text>
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
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <td>{ format::count(row.day, lang) }</td>
                                <td>{ format::energy_kwh(row.training_kwh, lang) }</td>
                                <td>{ format::energy_kwh(row.inference_kwh, lang) }</td>
                                <td>{ format::range(
                                    &format::energy_kwh(row.total_kwh.low, lang),
                                    &format::energy_kwh(row.total_kwh.high, lang)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                }
            </details>
        </figure>
    }
}
