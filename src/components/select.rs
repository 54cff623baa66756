use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
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
    /// The chosen value.
    pub on_change: Callback<String>,
}

/// A labelled drop-down list.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(select.value());
    });
    let id = format!("input-{}", props.id);
    let help_id = format!("{id}-help");
    html! {
        <div class="field choice">
            <label for={id.clone()}>{ &props.label }</label>
            <select id={id.clone()} data-testid={id}
                aria-describedby={props.help.as_ref().map(|_| help_id.clone())} {onchange}>
                if let Some(prompt) = &props.prompt {
                    <option value="" selected={props.selected.is_empty()}>{ prompt }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
            if let Some(help) = &props.help {
                <small id={help_id} class="help">{ help }</small>
            }
        </div>
    }
}
