use yew::prelude::*;

use super::choice_select::ChoiceSelect;
use super::select::Select;
use crate::action::Action;
use crate::typed::{Slot, Typed};
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::energy::MyShare;
use ai_energy_core::model::my_use::MAX_LINES;
use ai_energy_core::model::presets::{Preset, PresetFilter, PresetGroup};
use ai_energy_core::model::scenario::ChoiceKind;
use ai_energy_core::model::Scenario;

#[derive(Properties, PartialEq)]
pub struct MyUsePanelProps {
    /// The scenario whose lines are edited (A, or B while comparing).
    pub scenario: Scenario,
    /// Its lines, evaluated (from its results): each line's energy a day.
    pub lines: Vec<MyShare>,
    /// Their energy a day, all lines together, Wh (central).
    pub total_wh_per_day: f64,
    pub typed: Typed,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// A person's own use: a line per preset with how many a day, each line's share of the day, and a way to add one
/// (a kind, then a preset, the typical one first) — all with a keyboard, and two to a row on a phone.
#[component]
pub fn MyUsePanel(props: &MyUsePanelProps) -> Html {
    let (lang, sc) = (props.lang, &props.scenario);
    let s = lang.strings();
    let kind = use_state_eq(|| PresetGroup::Text);
    let pick = use_state_eq(|| PresetGroup::Text.typical());
    let line = |share: &MyShare| {
        let preset = share.line.preset;
        let id = format!("input-me-{}", preset.id());
        let error = props.typed.error_text(Slot::Line(preset), lang);
        let oninput = props.on_action.reform(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Action::EditLine(preset, input.value())
        });
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::RemoveLine(preset));
        let share_of_day = if props.total_wh_per_day > 0.0 {
            share.wh_per_day.central / props.total_wh_per_day
        } else {
            0.0
        };
        html! {
            // Keyed: a line's box keeps its focus while lines come and go around it.
            <li key={preset.id()} class={classes!("my-line", error.is_some().then_some("invalid"))} data-testid={format!("my-line-{}", preset.id())}>
                <label for={id.clone()}>{ lang.preset(preset) }</label>
                <span class="my-count">
                    <input id={id.clone()} data-testid={id} type="text" inputmode="decimal" autocomplete="off"
                        value={props.typed.line_text(preset, sc, lang)} aria-invalid={error.is_some().to_string()} {oninput} />
                    { " " }{ s.per_day }
                </span>
                <span class="my-share">
                    { format::energy_wh(share.wh_per_day.central, lang) }{ " · " }{ format::percent(share_of_day, lang) }
                </span>
                <button type="button" class="remove" data-testid={format!("remove-me-{}", preset.id())} {onclick}>
                    { s.remove_line }
                </button>
                if let Some(error) = error {
                    <small class="error" role="alert">{ error }</small>
                }
            </li>
        }
    };
    let kinds: Vec<(AttrValue, AttrValue)> = PresetGroup::ALL
        .into_iter()
        .filter(|g| g.for_a_person())
        .map(|g| {
            (
                AttrValue::from(g.id()),
                AttrValue::from(lang.preset_filter(PresetFilter::Group(g))),
            )
        })
        .collect();
    let presets: Vec<(AttrValue, AttrValue)> = kind
        .items_for_a_person()
        .map(|p| (AttrValue::from(p.id()), AttrValue::from(lang.preset(p))))
        .collect();
    let on_kind = {
        let (kind, pick) = (kind.clone(), pick.clone());
        Callback::from(move |id: String| {
            if let Some(g) = PresetGroup::ALL.into_iter().find(|g| g.id() == id) {
                kind.set(g);
                pick.set(g.typical());
            }
        })
    };
    let on_pick = {
        let pick = pick.clone();
        Callback::from(move |id: String| {
            if let Some(p) = Preset::from_id(&id) {
                pick.set(p);
            }
        })
    };
    let full = sc.my_use.len() >= MAX_LINES;
    let add = props.on_action.reform({
        let pick = *pick;
        move |_: MouseEvent| Action::AddLine(pick)
    });
    html! {
        <section class="my-use" aria-labelledby="my-use-title" data-testid="my-use">
            <h2 id="my-use-title">{ s.my_use_title }</h2>
            <p class="help">{ s.my_use_help }</p>
            <ul class="my-lines">{ for props.lines.iter().map(line) }</ul>
            // A person's use leaves training out unless the reader asks for each item's share of it.
            <ChoiceSelect kind={ChoiceKind::MyTraining} selected={sc.choice(ChoiceKind::MyTraining)} {lang}
                on_action={props.on_action.clone()} />
            <div class="my-add">
                <div class="two">
                    <Select id="add-kind" label={s.add_kind} options={kinds} selected={kind.id()} on_change={on_kind} />
                    <Select id="add-preset" label={s.add_preset} options={presets} selected={pick.id()} on_change={on_pick} />
                </div>
                <button type="button" class="add" data-testid="add-line" disabled={full} onclick={add}>{ s.add_line }</button>
            </div>
        </section>
    }
}
