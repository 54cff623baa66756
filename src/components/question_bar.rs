use yew::prelude::*;

use crate::action::{Action, Choice};
use ai_energy_core::lang::Lang;
use ai_energy_core::model::question::Question;

#[derive(Properties, PartialEq)]
pub struct QuestionBarProps {
    pub lang: Lang,
    /// The question the scenario answers first.
    pub question: Question,
    pub on_action: Callback<Action>,
}

/// What the reader asks: one item, their own use or a whole service. The headline leads with its answer.
#[component]
pub fn QuestionBar(props: &QuestionBarProps) -> Html {
    let lang = props.lang;
    let s = lang.first_words();
    let button = |q: Question| {
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::Choose(Choice::Question(q)));
        html! {
            <button type="button" class="question" aria-pressed={(q == props.question).to_string()}
                data-testid={format!("question-{}", q.id())} {onclick}>{ lang.question(q) }</button>
        }
    };
    html! {
        <section class="question-bar" aria-labelledby="question-title">
            <h2 id="question-title">{ s.question_title }</h2>
            <div class="questions" role="group" aria-labelledby="question-title" data-testid="question">
                { for Question::ALL.into_iter().map(button) }
            </div>
        </section>
    }
}
