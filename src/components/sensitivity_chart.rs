use yew::prelude::*;

use super::use_open::use_open;
use crate::chart::{sensitivity_geometry, Frame};
use crate::format;
use crate::lang::Lang;
use crate::model::Results;

#[derive(Properties, PartialEq)]
pub struct SensitivityChartProps {
    pub results: Results,
    pub lang: Lang,
}

const ROW: f64 = 30.0;

/// One bar per uncertain input: the total when only that input moves across its range.
#[component]
pub fn SensitivityChart(props: &SensitivityChartProps) -> Html {
    let lang = props.lang;
    let (open, ontoggle) = use_open();
    let s = lang.strings();
    let rows = &props.results.sensitivity;
    if rows.is_empty() {
        return html! {
            <figure class="chart" data-testid="chart-sensitivity">
                <figcaption>{ s.chart_sensitivity_title }</figcaption>
                <p>{ s.no_uncertainty }</p>
            </figure>
        };
    }
    let frame = Frame {
        width: 640.0,
        height: 40.0 + ROW * rows.len() as f64,
        left: 36.0,
        right: 48.0,
        top: 8.0,
        bottom: 32.0,
    };
    let (bars, ticks) = sensitivity_geometry(rows, frame, ROW);
    html! {
        <figure class="chart" data-testid="chart-sensitivity">
            <figcaption id="chart-sensitivity-title">{ s.chart_sensitivity_title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", frame.width, frame.height)} role="img" aria-labelledby="chart-sensitivity-title">
                { for bars.iter().zip(rows).map(|(b, row)| html! {
                    <g>
                        <rect class="bar" x={b.x_low.to_string()} y={(b.y + 14.0).to_string()}
                            width={(b.x_high - b.x_low).max(1.0).to_string()} height="10" />
                        <line class="bar-central" x1={b.x_central.to_string()} x2={b.x_central.to_string()}
                            y1={(b.y + 11.0).to_string()} y2={(b.y + 27.0).to_string()} />
                        <text class="bar-label" x="8" y={(b.y + 10.0).to_string()}>
                            { format!("{} ×{}", lang.knob(row.knob), format::plain(row.swing(), lang)) }
                        </text>
                    </g>
                }) }
                { for ticks.iter().map(|t| html! {
                    <text class="tick" x={t.at.to_string()} y={(frame.height - 16.0).to_string()} text-anchor="middle">
                        { format::energy_kwh(t.value, lang) }
                    </text>
                }) }
                <text class="axis-label" x={(frame.width / 2.0).to_string()} y={(frame.height - 2.0).to_string()} text-anchor="middle">
                    { s.chart_sensitivity_axis }
                </text>
            </svg>
            <details class="chart-data" {ontoggle}>
                <summary>{ s.chart_text_alternative }</summary>
                if open {
                    <table>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ lang.knob(row.knob) }</th>
                                <td>{ format::range(&format::energy_kwh(row.total_kwh.low, lang), &format::energy_kwh(row.total_kwh.high, lang)) }</td>
                                <td>{ format!("×{}", format::plain(row.swing(), lang)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                }
            </details>
        </figure>
    }
}
