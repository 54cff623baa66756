use yew::prelude::*;

use super::choice_select::ChoiceSelect;
use super::number_input::NumberInput;
use super::select::Select;
use crate::action::{Action, List};
use crate::typed::Typed;
use ai_energy_core::format;
use ai_energy_core::i18n::fill;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::facility::{Reference, ReferenceKind};
use ai_energy_core::model::scenario::{ChoiceKind, Field, Group, Input, Scenario, INPUTS};

#[derive(Properties, PartialEq)]
pub struct InputsPanelProps {
    /// The scenario the inputs edit (A, or B while comparing).
    pub scenario: Scenario,
    /// What the reader typed into the inputs since the scenario was loaded.
    pub typed: Typed,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Every input of the scenario's table, where its row places it: the groups Model / Use / Data centre & grid /
/// Compare with, the less common inputs folded under "more assumptions", only those the kind of work uses, and
/// half-width inputs two to a row so that a phone's first screens hold the whole use group.
#[component]
pub fn InputsPanel(props: &InputsPanelProps) -> Html {
    let (sc, lang, typed) = (&props.scenario, props.lang, &props.typed);
    let s = lang.strings();
    let on_action = &props.on_action;

    // Reference values (PUE, grid, water, price) listed under their input; the chosen one is the row whose value
    // (and currency, for a price) the scenario has.
    let references = |kind: ReferenceKind| {
        let selected = kind
            .field()
            .get(sc)
            .and_then(|v| Reference::matching(kind, v, sc.currency))
            .map_or("", Reference::id);
        let label = |r: Reference| {
            if kind.shows_value() {
                lang.reference_with_value(r)
            } else {
                lang.reference(r).to_string()
            }
        };
        html! {
            <Select
                id={format!("{}-preset", kind.field().key())}
                label={s.common_values}
                options={kind.rows().map(|r| (AttrValue::from(r.id()), AttrValue::from(label(r)))).collect::<Vec<_>>()}
                selected={selected}
                prompt={AttrValue::from(s.choose)}
                on_change={List::Reference(kind).on_change(on_action)}
            />
        }
    };
    let number = |field: Field| {
        let t = lang.field_for(field, sc);
        html! {
            <NumberInput
                {field}
                label={t.label}
                unit={t.unit}
                help={t.help}
                placeholder={if field.optional() { s.unknown_uses_range } else { "" }}
                text={typed.text(field, sc, lang)}
                error={typed.error_text(field, lang).map(AttrValue::from)}
                on_action={on_action.clone()}
            >
                { ReferenceKind::of(field).map(references).unwrap_or_default() }
            </NumberInput>
        }
    };
    let choice = |kind: ChoiceKind| {
        html! {
            <ChoiceSelect {kind} selected={sc.choice(kind)} {lang} on_action={on_action.clone()} />
        }
    };
    // A part of a group in rank order, without the inputs another kind of work uses; half inputs two to a row.
    let part = |group: Group, more: bool| -> Vec<Html> {
        let here = |i: &Input| {
            let p = i.place();
            p.group == group && p.more == more && i.shown().for_scenario(sc)
        };
        let mut out = Vec::new();
        let mut half: Option<Html> = None;
        for rank in 0..=u8::MAX {
            let Some(input) = INPUTS
                .into_iter()
                .find(|i| here(i) && i.place().rank == rank)
            else {
                continue;
            };
            let shown = match input {
                Input::Number(f) => number(f),
                Input::Choice(k) => choice(k),
                // Its place is a control of its own (`MyUsePanel`), never a group of this panel.
                Input::Lines => continue,
            };
            match (input.place().half, half.take()) {
                (true, Some(first)) => {
                    out.push(html! { <div class="two">{ first }{ shown }</div> })
                }
                (true, None) => half = Some(shown),
                (false, first) => out.extend(first.into_iter().chain([shown])),
            }
        }
        out.extend(half);
        out
    };
    // A folded group opens when the scenario sets one of its values.
    let set = |group: Group| {
        INPUTS
            .into_iter()
            .any(|i| i.place().group == group && !sc.same_input(&Scenario::DEFAULT, i))
    };
    let group = |group: Group| {
        let (title, folds) = match group {
            Group::Model => (s.group_model, false),
            Group::Use => (s.group_use, false),
            Group::Facility => (s.group_facility, true),
            Group::Compare => (s.group_compare, true),
            // The question bar and a person's lines draw themselves.
            Group::Own => return Html::default(),
        };
        let more = part(group, true);
        let body = html! {
            <>
                { for part(group, false) }
                if group == Group::Use {
                    if let Some(seconds) = sc.video_seconds() {
                        <p class="help" data-testid="video-seconds">
                            { fill(s.video_length, &[format::plain(seconds, lang)]) }
                        </p>
                    }
                }
                if !more.is_empty() {
                    <details class="advanced">
                        <summary>{ s.more_assumptions }</summary>
                        { for more }
                    </details>
                }
            </>
        };
        if folds {
            html! {
                <details class="group" open={set(group)}>
                    <summary>{ title }</summary>
                    { body }
                </details>
            }
        } else {
            html! {
                <fieldset>
                    <legend>{ title }</legend>
                    { body }
                </fieldset>
            }
        }
    };
    html! {
        <section class="inputs" aria-label={s.group_model}>
            { for Group::ALL.into_iter().map(group) }
        </section>
    }
}
