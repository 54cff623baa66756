use yew::prelude::*;

use crate::format;
use crate::i18n::Cite;
use crate::lang::Lang;
use crate::model::assumptions::Knob;
use crate::model::everyday::Everyday;
use crate::model::hardware::Hw;
use crate::model::scale::Rung;
use crate::model::sources::SOURCES;

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    pub lang: Lang,
}

/// How the numbers are made: the formulas in words, the boundary, every assumption's range with its source,
/// the hardware table, and links to the sources. The page does not run this component: `tests/ssr.rs` renders
/// it into `static/methodology.html` (both languages), which the page loads when the reader opens the section
/// (`methodology_section`), so its text and code stay out of the first download.
#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let (intro, boundary) = lang.methodology_text();
    html! {
        <div class="methodology-body">
            <p>{ intro }</p>
            <p>{ boundary }</p>
            <div class="table-wrap">
                <table>
                    <tbody>
                        { for Knob::ALL.into_iter().map(|k| {
                            let (r, _) = k.default_range();
                            let source = lang.knob_source(k);
                            html! {
                                <tr>
                                    <th scope="row">{ lang.knob(k) }</th>
                                    <td>{ format!("{} – {} – {}", format::plain(r.low, lang), format::plain(r.central, lang), format::plain(r.high, lang)) }</td>
                                    <td>{ source }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table>
                    <tbody>
                        { for Hw::ALL.into_iter().map(|hw| {
                            let spec = hw.spec();
                            html! {
                                <tr>
                                    <th scope="row">{ spec.name }</th>
                                    <td>{ format!("{} W", format::plain(spec.rated_w, lang)) }</td>
                                    <td>{ format!("{} FLOP/s", format::scientific(spec.peak_flops, lang)) }</td>
                                    <td>{ format!("{} GB", format::plain(spec.memory_gb, lang)) }</td>
                                    <td>{ lang.cite(Cite::Hw(hw)) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ s.scale_title }</h3>
            <div class="table-wrap">
                <table>
                    <tbody>
                        { for Rung::ALL.into_iter().map(|r| {
                            let (kwh, source) = r.kwh_per_year();
                            html! {
                                <tr>
                                    <th scope="row">{ lang.rung(r).0 }</th>
                                    <td>{ format::energy_kwh(kwh, lang) }</td>
                                    <td>{ source }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ s.ladder_title }</h3>
            <div class="table-wrap">
                <table>
                    <tbody>
                        { for Everyday::ALL.into_iter().map(|x| {
                            let (wh, source) = x.wh();
                            html! {
                                <tr>
                                    <th scope="row">{ lang.everyday(x) }</th>
                                    <td>{ format::energy_wh(wh.central, lang) }</td>
                                    <td>{ source }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ s.sources }</h3>
            <ul class="sources">
                { for SOURCES.iter().map(|src| html! {
                    <li><a href={src.url} rel="noopener noreferrer" target="_blank">{ src.title }</a></li>
                }) }
            </ul>
        </div>
    }
}
