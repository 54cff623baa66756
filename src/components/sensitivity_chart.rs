use yew::prelude::*;

use super::use_open::use_open;
use crate::chart::sensitivity_geometry;
use crate::format;
use crate::lang::Lang;
use crate::model::Results;

#[derive(Properties, PartialEq)]
pub struct SensitivityChartProps {
    pub results: Results,
    pub lang: Lang,
}

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
    let g = sensitivity_geometry(rows, 640.0);
    let frame = g.frame;
    html! {
        <figure class="chart" data-testid="chart-sensitivity">
            <figcaption id="chart-sensitivity-title">{ s.chart_sensitivity_title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", frame.width, frame.height)} role="img" aria-labelledby="chart-sensitivity-title">
                { for g.bars.iter().zip(rows).map(|(b, row)| html! {
                    <g>
                        <rect class="bar" x={b.rect.x.to_string()} y={b.rect.y.to_string()}
                            width={b.rect.width.to_string()} height={b.rect.height.to_string()} />
                        <line class="bar-central" x1={b.mark.x1.to_string()} x2={b.mark.x2.to_string()}
                            y1={b.mark.y1.to_string()} y2={b.mark.y2.to_string()} />
                        <text class="bar-label" x={b.caption.x.to_string()} y={b.caption.y.to_string()}>
                            { format!("{} ×{}", lang.knob(row.knob), format::plain(row.swing(), lang)) }
                        </text>
                    </g>
                }) }
                { for g.tick_labels.iter().map(|l| html! {
                    <text class="tick" x={l.x.to_string()} y={l.y.to_string()} text-anchor="middle">
                        { format::energy_kwh(l.value, lang) }
                    </text>
                }) }
                <text class="axis-label" x={g.x_title.x.to_string()} y={g.x_title.y.to_string()} text-anchor="middle">
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
