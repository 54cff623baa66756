use yew::prelude::*;

use ai_energy_core::format;
use ai_energy_core::i18n::Cite;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::assumptions::Knob;
use ai_energy_core::model::everyday::Everyday;
use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::scale::Rung;
use ai_energy_core::model::sources::SOURCES;

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
    // A table of rows: a name, then its cells. On a phone the widest tables scroll sideways inside their wrapper,
    // which a keyboard can then focus to scroll.
    let table = |rows: Vec<(String, Vec<String>)>| {
        html! {
            <div class="table-wrap" tabindex="0">
                <table>
                    <tbody>
                        { for rows.into_iter().map(|(name, cells)| html! {
                            <tr>
                                <th scope="row">{ name }</th>
                                { for cells.into_iter().map(|c| html! { <td>{ c }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    let plain = |v: f64| format::plain(v, lang);
    let knobs = Knob::ALL
        .into_iter()
        .map(|k| {
            let r = k.default_range();
            let range = format!(
                "{} – {} – {}",
                plain(r.low),
                plain(r.central),
                plain(r.high)
            );
            (
                lang.knob(k).to_string(),
                vec![range, lang.cite(Cite::Knob(k)).to_string()],
            )
        })
        .collect();
    let hardware = Hw::ALL
        .into_iter()
        .map(|hw| {
            let spec = hw.spec();
            let cells = vec![
                format!("{}\u{a0}W", plain(spec.rated_w)),
                format!("{}\u{a0}FLOP/s", format::scientific(spec.peak_flops, lang)),
                format!("{}\u{a0}GB", plain(spec.memory_gb)),
                lang.cite(Cite::Hw(hw)).to_string(),
            ];
            (lang.hw_name(hw), cells)
        })
        .collect();
    let rungs = Rung::ALL
        .into_iter()
        .map(|r| {
            let cells = vec![
                format::energy_kwh(r.kwh_per_year(), lang),
                lang.cite(Cite::Rung(r)).to_string(),
            ];
            (lang.rung(r).0.to_string(), cells)
        })
        .collect();
    let everyday = Everyday::ALL
        .into_iter()
        .map(|x| {
            let cells = vec![
                format::energy_wh(x.wh().central, lang),
                lang.cite(Cite::Everyday(x)).to_string(),
            ];
            (lang.everyday(x).to_string(), cells)
        })
        .collect();
    html! {
        <div class="methodology-body">
            <p>{ intro }</p>
            <p>{ boundary }</p>
            { table(knobs) }
            { table(hardware) }
            <h3>{ s.scale_title }</h3>
            { table(rungs) }
            <h3>{ s.ladder_title }</h3>
            { table(everyday) }
            <h3>{ s.sources }</h3>
            <ul class="sources">
                { for SOURCES.iter().map(|src| html! {
                    <li><a href={src.url} rel="noopener noreferrer" target="_blank">{ src.title(lang) }</a></li>
                }) }
            </ul>
        </div>
    }
}
