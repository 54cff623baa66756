use yew::prelude::*;

use crate::action::{Action, Side};
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct CompareBarProps {
    pub lang: Lang,
    /// Whether a scenario B is on the page.
    pub comparing: bool,
    /// Which scenario the inputs edit.
    pub side: Side,
    pub on_action: Callback<Action>,
}

/// Start or leave a comparison, choose which scenario the inputs edit (the ready-made comparisons are a tab of the
/// preset filter), or start over from the default scenario.
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
            <button type="button" class="reset" data-testid="preset-reset"
                onclick={act(Action::Load(None, Box::default()))}>{ s.reset }</button>
        </section>
    }
}
