use yew::prelude::*;

use crate::action::{Action, Side};
use ai_energy_core::comparison_links;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::presets::Comparison;

#[derive(Properties, PartialEq)]
pub struct CompareBarProps {
    pub lang: Lang,
    /// Whether a scenario B is on the page.
    pub comparing: bool,
    /// Which scenario the inputs edit.
    pub side: Side,
    pub on_action: Callback<Action>,
}

/// Start or leave a comparison, choose which scenario the inputs edit, or load a ready-made comparison.
#[component]
pub fn CompareBar(props: &CompareBarProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let act = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());
    let side = |which: Side, label: &'static str, id: &'static str| {
        html! {
            <button type="button" class="side" aria-pressed={(props.side == which).to_string()}
                data-testid={id} onclick={act(Action::EditSide(which))}>{ label }</button>
        }
    };
    // Each ready-made comparison is a link (written at build time from `Comparison::scenarios`): opening it
    // is opening a shared comparison, in the reader's language.
    let pair = |c: Comparison| {
        let href = format!("?{}&lang={}", comparison_links::query(c), lang.link_id());
        html! {
            <a class="pair-button" {href} data-testid={format!("pair-{}", c.id())}>{ lang.comparison(c) }</a>
        }
    };
    html! {
        <section class="compare-bar" aria-label={s.comparisons_title}>
            if props.comparing {
                <div class="sides" role="group">
                    { side(Side::A, s.edit_a, "edit-a") }
                    { side(Side::B, s.edit_b, "edit-b") }
                    <button type="button" data-testid="compare-stop" onclick={act(Action::StopCompare)}>{ s.compare_stop }</button>
                </div>
            } else {
                <button type="button" class="compare-start" data-testid="compare-start"
                    onclick={act(Action::StartCompare)}>{ s.compare_start }</button>
            }
            <details class="pairs">
                <summary>{ s.comparisons_title }</summary>
                <div class="pair-list">{ for Comparison::ALL.into_iter().map(pair) }</div>
            </details>
        </section>
    }
}
