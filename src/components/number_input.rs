use yew::prelude::*;

use crate::action::Action;
use ai_energy_core::model::scenario::Field;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// The number it sets: its row names the input's id and test hook (its link key) and its keyboard.
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub unit: AttrValue,
    pub help: AttrValue,
    /// Shown when the box is empty (an optional input left unknown).
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// What the box shows: the reader's text, or the scenario's value.
    pub text: AttrValue,
    /// Why the text is refused, in the reader's language.
    pub error: Option<AttrValue>,
    /// The page's one action callback (stable across renders, so unchanged inputs skip re-rendering).
    pub on_action: Callback<Action>,
    /// Extra control under the box (a list of common values).
    #[prop_or_default]
    pub children: Html,
}

/// A labelled text box that accepts human number forms and explains a refusal inline.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let field = props.field;
    let oninput = props.on_action.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Edit(field, input.value())
    });
    let id = format!("input-{}", field.key());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let invalid = props.error.is_some();
    let described_by = if invalid {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>
                { &props.label }
                if !props.unit.is_empty() {
                    <span class="unit">{ " (" }{ &props.unit }{ ")" }</span>
                }
            </label>
            <input
                id={id.clone()}
                data-testid={id}
                type="text"
                inputmode={field.keyboard().inputmode()}
                autocomplete="off"
                spellcheck="false"
                placeholder={props.placeholder.clone()}
                value={props.text.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={described_by}
                {oninput}
            />
            <small id={help_id} class="help">{ &props.help }</small>
            if let Some(error) = &props.error {
                <small id={error_id} class="error" role="alert" data-testid={format!("error-{}", field.key())}>
                    { error }
                </small>
            }
            { props.children.clone() }
        </div>
    }
}
