use yew::prelude::*;

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
    /// Which list this is: it turns the chosen value into an action.
    pub list: List,
    /// The page's one action callback.
    pub on_action: Callback<Action>,
}

/// A labelled drop-down list.
#[component]
pub fn ChoiceSelect(props: &ChoiceSelectProps) -> Html {
    let (list, on_action) = (props.list, props.on_action.clone());
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(action) = list.action(&select.value()) {
            on_action.emit(action);
        }
    });
    let id = format!("input-{}", props.id);
    html! {
        <div class="field choice">
            <label for={id.clone()}>{ &props.label }</label>
            <select id={id.clone()} data-testid={id} {onchange}>
                if let Some(prompt) = &props.prompt {
                    <option value="" selected={props.selected.is_empty()}>{ prompt }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}
