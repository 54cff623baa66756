use yew::prelude::*;

use crate::model::scenario::Field;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub field: Field,
    /// The share-link key: names the input's id and test hook.
    pub key_name: &'static str,
    pub label: AttrValue,
    pub help: AttrValue,
    /// What the box shows: the reader's text, or the scenario's value.
    pub text: AttrValue,
    /// Why the text is refused, in the reader's language.
    pub error: Option<AttrValue>,
    pub on_edit: Callback<(Field, String)>,
}

/// A labelled text box that accepts human number forms and explains a refusal inline.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let field = props.field;
    let oninput = props.on_edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (field, input.value())
    });
    let id = format!("input-{}", props.key_name);
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
            <label for={id.clone()}>{ &props.label }</label>
            <input
                id={id.clone()}
                data-testid={id}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={props.text.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={described_by}
                {oninput}
            />
            <small id={help_id} class="help">{ &props.help }</small>
            if let Some(error) = &props.error {
                <small id={error_id} class="error" role="alert" data-testid={format!("error-{}", props.key_name)}>
                    { error }
                </small>
            }
        </div>
    }
}
