use yew::prelude::*;

use crate::state::Action;
use ai_energy_core::model::scenario::Field;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub field: Field,
    /// The share-link key: names the input's id and test hook.
    pub key_name: &'static str,
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

/// The phone keyboard a field opens: a decimal keypad where people type plain numbers, the full keyboard where
/// they write magnitudes (`175B`, `1.8万亿`, `10k`) or a percent sign, which a decimal keypad cannot type.
fn keyboard(field: Field) -> &'static str {
    match field {
        Field::Params
        | Field::ActiveParams
        | Field::TrainingTokens
        | Field::TrainingAcceleratorHours
        | Field::QueriesPerDay
        | Field::OutputTokens
        | Field::InputTokens
        | Field::Mfu
        | Field::YearlyGrowth
        | Field::HostOverhead
        | Field::FleetUtilisation
        | Field::CachedShare => "text",
        Field::TrainingW
        | Field::DevelopmentOverhead
        | Field::Days
        | Field::Pue
        | Field::Grid
        | Field::Wue
        | Field::Price
        | Field::Batch
        | Field::AcceleratorsPerReplica
        | Field::Steps
        | Field::WidthPx
        | Field::HeightPx
        | Field::Frames
        | Field::Fps
        | Field::GuidancePasses
        | Field::Layers
        | Field::Hidden
        | Field::PxPerToken
        | Field::CallsPerQuery => "decimal",
    }
}

/// A labelled text box that accepts human number forms and explains a refusal inline.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let field = props.field;
    let oninput = props.on_action.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Edit(field, input.value())
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
                inputmode={keyboard(field)}
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
                <small id={error_id} class="error" role="alert" data-testid={format!("error-{}", props.key_name)}>
                    { error }
                </small>
            }
            { props.children.clone() }
        </div>
    }
}
