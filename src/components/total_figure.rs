use yew::prelude::*;

use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::Range;
use ai_energy_core::shortest::shortest;

#[derive(Properties, PartialEq)]
pub struct TotalFigureProps {
    pub total_kwh: Range,
    pub lang: Lang,
}

/// The headline number (total energy, in the reader's units) and its range: on the page and in the embed.
#[component]
pub fn TotalFigure(props: &TotalFigureProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let t = props.total_kwh;
    html! {
        <>
            <div class="headline-value" data-testid="result-total_kwh" data-value={shortest(t.central)}>
                { format::energy_kwh(t.central, lang) }
            </div>
            <div class="card-range">
                { s.range }{ s.colon }
                { format::range(&format::energy_kwh(t.low, lang), &format::energy_kwh(t.high, lang)) }
            </div>
        </>
    }
}
