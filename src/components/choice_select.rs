use yew::prelude::*;

use super::select::Select;
use crate::action::{Action, List};

#[derive(Properties, PartialEq)]
pub struct ChoiceSelectProps {
    /// Names the select's id and test hook (`input-<id>`).
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The value shown as selected; an empty value shows `prompt` (for "pick a common value" lists).
    pub selected: AttrValue,
    #[prop_or_default]
    pub prompt: Option<AttrValue>,
    /// Under the list: what choosing from it does.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Which list this is: it turns the chosen value into an action.
    pub list: List,
    /// The page's one action callback.
    pub on_action: Callback<Action>,
}

/// A drop-down list of the scenario's: the chosen value becomes the list's action.
#[component]
pub fn ChoiceSelect(props: &ChoiceSelectProps) -> Html {
    let (list, on_action) = (props.list, props.on_action.clone());
    let on_change = Callback::from(move |value: String| {
        if let Some(action) = list.action(&value) {
            on_action.emit(action);
        }
    });
    html! {
        <Select id={props.id.clone()} label={props.label.clone()} options={props.options.clone()}
            selected={props.selected.clone()} prompt={props.prompt.clone()} help={props.help.clone()} {on_change} />
    }
}
