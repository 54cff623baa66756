use yew::prelude::*;

use super::select::Select;
use crate::action::{Action, List};
use ai_energy_core::lang::Lang;
use ai_energy_core::model::scenario::{Choice, ChoiceKind};

#[derive(Properties, PartialEq)]
pub struct ChoiceSelectProps {
    /// Which of the scenario's lists: its link key names the select (`input-<key>`), its row gives the options.
    pub kind: ChoiceKind,
    /// The scenario's choice from it.
    pub selected: Choice,
    pub lang: Lang,
    /// The page's one action callback.
    pub on_action: Callback<Action>,
}

/// One of the scenario's lists as a drop-down: its label, its options and what choosing one does come from its row
/// (`ChoiceKind`) and the words; the chosen id becomes the list's action.
#[component]
pub fn ChoiceSelect(props: &ChoiceSelectProps) -> Html {
    let (kind, lang) = (props.kind, props.lang);
    let options: Vec<(AttrValue, AttrValue)> = kind
        .options()
        .map(|c| (AttrValue::from(c.id()), AttrValue::from(lang.choice(c))))
        .collect();
    let on_change = List::Choice(kind).on_change(&props.on_action);
    html! {
        <Select id={kind.key()} label={lang.choice_label(kind)} {options} selected={props.selected.id()}
            help={lang.choice_help(kind).map(AttrValue::from)} {on_change} />
    }
}
