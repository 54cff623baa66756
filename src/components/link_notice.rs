use yew::prelude::*;

use super::use_module::{use_module, Asked};
use crate::action::Action;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::Problem;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub problems: Vec<Problem>,
    /// The opening link's query, which the messages quote.
    pub link: AttrValue,
    pub lang: Lang,
    pub on_dismiss: Callback<Action>,
}

/// What the opening link got wrong, one line per problem, as text (never as markup), until dismissed. The lines
/// are the whole module's (`takeaway::problems`), written from the link when it has problems: their words are
/// not part of the page's first visit, which most links never need.
#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let lang = props.lang;
    let asked = use_module(
        "problems_of",
        (!props.problems.is_empty()).then(|| vec![props.link.to_string(), lang.tag().to_string()]),
    );
    if props.problems.is_empty() {
        return Html::default();
    }
    let s = lang.strings();
    let onclick = props
        .on_dismiss
        .reform(|_: MouseEvent| Action::DismissNotice);
    let lines: Vec<String> = match &asked {
        Asked::Ready(text) => text.lines().map(str::to_string).collect(),
        Asked::Failed => vec![s.later_failed.to_string()],
        Asked::Loading | Asked::Nothing => vec![s.loading.to_string()],
    };
    // Only the module's lines are the problems (the tests wait for them).
    let testid = matches!(asked, Asked::Ready(_)).then_some("link-notice-line");
    html! {
        <div class="link-notice" role="status" data-testid="link-notice">
            <p>{ s.notice_title }</p>
            <ul>{ for lines.into_iter().map(|line| html! { <li data-testid={testid}>{ line }</li> }) }</ul>
            <button type="button" data-testid="link-notice-dismiss" {onclick}>{ s.dismiss }</button>
        </div>
    }
}
