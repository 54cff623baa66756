use yew::prelude::*;

use crate::action::Action;
use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Title, one-line promise and the language switch.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let s = props.lang.strings();
    let other = props.lang.other();
    let onclick = props
        .on_action
        .reform(move |_: MouseEvent| Action::SetLang(other));
    html! {
        <header class="header">
            <div>
                <h1>{ s.title }</h1>
                <p class="subtitle">{ s.subtitle }</p>
            </div>
            <button type="button" class="lang-switch" lang={other.tag()} data-testid="lang-switch" {onclick}>
                { s.switch_to }
            </button>
        </header>
    }
}
