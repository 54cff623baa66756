use yew::prelude::*;

use crate::action::Action;
use ai_energy_core::i18n::problem_message;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::Problem;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub problems: Vec<Problem>,
    pub lang: Lang,
    pub on_dismiss: Callback<Action>,
}

/// What the opening link got wrong, one line per problem, as text (never as markup), until dismissed.
#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.problems.is_empty() {
        return Html::default();
    }
    let s = props.lang.strings();
    let onclick = props
        .on_dismiss
        .reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="link-notice" role="status" data-testid="link-notice">
            <p>{ s.notice_title }</p>
            <ul>
                { for props.problems.iter().map(|p| html! { <li>{ problem_message(p, props.lang) }</li> }) }
            </ul>
            <button type="button" data-testid="link-notice-dismiss" {onclick}>{ s.dismiss }</button>
        </div>
    }
}
