use std::rc::Rc;

use yew::prelude::*;

use super::choice_select::ChoiceSelect;
use super::number_input::NumberInput;
use crate::state::{Action, AppState, List};
use ai_energy_core::format;
use ai_energy_core::i18n::fill;
use ai_energy_core::link::key_of;
use ai_energy_core::model::equivalence::{Ev, HomeRegion};
use ai_energy_core::model::facility::{Reference, ReferenceKind};
use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::scenario::{Choice, ChoiceKind, Currency, Field, SAME_HW};
use ai_energy_core::model::serving::{Engine, Precision};
use ai_energy_core::model::work::Work;
use ai_energy_core::model::Scenario;

#[derive(Properties, PartialEq)]
pub struct InputsPanelProps {
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
}

/// Every input, grouped as Model / Use / Data centre & grid / Compare with; the less common ones fold away.
#[component]
pub fn InputsPanel(props: &InputsPanelProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let s = lang.strings();
    let on_action = &props.on_action;

    let edited = state.edited();
    let number = |field: Field, extra: Html| {
        let t = lang.field_for(field, edited);
        let text = state.input_text(field);
        let optional = field.optional();
        html! {
            <NumberInput
                {field}
                key_name={key_of(field)}
                label={t.label}
                unit={t.unit}
                help={t.help}
                placeholder={if optional { s.unknown_uses_range } else { "" }}
                text={text}
                error={state.error_text(field).map(AttrValue::from)}
                on_action={on_action.clone()}
            >
                { extra }
            </NumberInput>
        }
    };
    // PUE and price presets show their value beside their name; grid and water presets only their name. The
    // chosen one is the row whose value (and currency, for a price) the scenario has.
    let references = |kind: ReferenceKind, with_value: bool| {
        let sc = state.edited();
        let selected = kind
            .field()
            .get(sc)
            .and_then(|v| Reference::matching(kind, v, sc.currency))
            .map_or("", Reference::id);
        let label = |r: Reference| {
            if with_value {
                lang.reference_with_value(r)
            } else {
                lang.reference(r).to_string()
            }
        };
        html! {
            <ChoiceSelect
                id={format!("{}-preset", key_of(kind.field()))}
                label={s.common_values}
                options={kind.rows().map(|r| (AttrValue::from(r.id()), AttrValue::from(label(r)))).collect::<Vec<_>>()}
                selected={selected}
                prompt={AttrValue::from(s.choose)}
                list={List::Reference(kind)}
                on_action={on_action.clone()}
            />
        }
    };
    let sc = state.edited();
    let hw_select = html! {
        <ChoiceSelect id="hw" label={s.accelerator}
            options={Hw::ALL.iter().map(|h| (AttrValue::from(h.spec().id), AttrValue::from(h.spec().name))).collect::<Vec<_>>()}
            selected={sc.hw.spec().id}
            list={List::Choice(ChoiceKind::Hw)} on_action={on_action.clone()} />
    };
    let serving_hw_select = html! {
        <ChoiceSelect id="servehw" label={s.serving_accelerator}
            options={std::iter::once((AttrValue::from(SAME_HW), AttrValue::from(s.same_accelerator)))
                .chain(Hw::ALL.iter().map(|h| (AttrValue::from(h.spec().id), AttrValue::from(h.spec().name))))
                .collect::<Vec<_>>()}
            selected={Choice::ServingHw(sc.serving_hw).id()}
            list={List::Choice(ChoiceKind::ServingHw)} on_action={on_action.clone()} />
    };
    let precision_select = html! {
        <ChoiceSelect id="prec" label={s.precision}
            options={Precision::ALL.iter().map(|p| (AttrValue::from(p.id()), AttrValue::from(lang.precision(*p)))).collect::<Vec<_>>()}
            selected={sc.precision.id()}
            list={List::Choice(ChoiceKind::Precision)} on_action={on_action.clone()} />
    };
    let engine_select = html! {
        <ChoiceSelect id="engine" label={s.engine}
            options={std::iter::once(None).chain(Engine::ALL.into_iter().map(Some))
                .map(|e| (AttrValue::from(Choice::Engine(e).id()), AttrValue::from(lang.engine(e))))
                .collect::<Vec<_>>()}
            selected={Choice::Engine(sc.engine).id()}
            list={List::Choice(ChoiceKind::Engine)} on_action={on_action.clone()} />
    };
    let none = Html::default;
    let work_select = html! {
        <ChoiceSelect id="work" label={s.work_kind}
            options={Work::ALL.iter().map(|w| (AttrValue::from(w.id()), AttrValue::from(lang.work(*w).name))).collect::<Vec<_>>()}
            selected={sc.work.id()}
            list={List::Choice(ChoiceKind::Work)} on_action={on_action.clone()} />
    };
    // Text answers are measured in tokens; images and videos in pixels, steps and (for videos) frames.
    // Two short inputs to a row, so that a phone's first screens hold the whole use group: the item's own
    // inputs, and the days of use beside the last of them.
    let days = number(Field::Days, none());
    let item_inputs = match sc.work {
        Work::Text => html! {
            <div class="two">
                { number(Field::OutputTokens, none()) }
                { days }
            </div>
        },
        Work::Image => html! {
            <>
                <div class="two">
                    { number(Field::WidthPx, none()) }
                    { number(Field::HeightPx, none()) }
                </div>
                <div class="two">
                    { number(Field::Steps, none()) }
                    { days }
                </div>
            </>
        },
        Work::Video => html! {
            <>
                <div class="two">
                    { number(Field::WidthPx, none()) }
                    { number(Field::HeightPx, none()) }
                </div>
                <div class="two">
                    { number(Field::Frames, none()) }
                    { number(Field::Fps, none()) }
                </div>
                <p class="help" data-testid="video-seconds">
                    { fill(s.video_length, &[format::plain(sc.frames / sc.fps.max(1.0), lang)]) }
                </p>
                <div class="two">
                    { number(Field::Steps, none()) }
                    { days }
                </div>
            </>
        },
    };
    let item_details = match sc.work {
        // Long, cached and agent prompts, and the engine that serves them (images and videos run no engine choice).
        Work::Text => html! {
            <>
                { number(Field::InputTokens, none()) }
                <div class="two">
                    { number(Field::CachedShare, none()) }
                    { number(Field::CallsPerQuery, none()) }
                </div>
                { engine_select }
            </>
        },
        Work::Image | Work::Video => html! {
            <>
                { number(Field::GuidancePasses, none()) }
                { number(Field::Layers, none()) }
                { number(Field::Hidden, none()) }
                { number(Field::PxPerToken, none()) }
            </>
        },
    };
    let currency_select = html! {
        <ChoiceSelect id="cur" label={s.currency}
            options={Currency::ALL.iter().map(|c| (AttrValue::from(c.id()), AttrValue::from(lang.currency(*c)))).collect::<Vec<_>>()}
            selected={sc.currency.id()}
            list={List::Choice(ChoiceKind::Currency)} on_action={on_action.clone()} />
    };
    let home_select = html! {
        <ChoiceSelect id="home" label={s.home_basis}
            options={HomeRegion::ALL.iter().map(|h| (AttrValue::from(h.basis().id), AttrValue::from(lang.home(*h)))).collect::<Vec<_>>()}
            selected={sc.home.basis().id}
            list={List::Choice(ChoiceKind::Home)} on_action={on_action.clone()} />
    };
    let ev_select = html! {
        <ChoiceSelect id="ev" label={s.ev_basis}
            options={Ev::ALL.iter().map(|e| (AttrValue::from(e.basis().id), AttrValue::from(lang.ev(*e)))).collect::<Vec<_>>()}
            selected={sc.ev.basis().id}
            list={List::Choice(ChoiceKind::Ev)} on_action={on_action.clone()} />
    };
    let d = Scenario::default();
    let facility_set = [
        Field::Pue,
        Field::Grid,
        Field::Price,
        Field::HostOverhead,
        Field::Wue,
    ]
    .into_iter()
    .any(|f| f.get(sc) != f.get(&d))
        || sc.currency != d.currency;
    let bases_set = sc.home != d.home || sc.ev != d.ev;
    html! {
        <section class="inputs" aria-label={s.group_model}>
            <fieldset>
                <legend>{ s.group_model }</legend>
                { number(Field::Params, none()) }
                // An image or video model's training counts only from its published hours: its text tokens and
                // utilisation would change nothing.
                if !sc.work.is_diffusion() {
                    { number(Field::TrainingTokens, none()) }
                }
                { hw_select }
                <details class="advanced">
                    <summary>{ s.more_assumptions }</summary>
                    { number(Field::ActiveParams, none()) }
                    { number(Field::TrainingAcceleratorHours, none()) }
                    if !sc.work.is_diffusion() {
                        { number(Field::Mfu, none()) }
                    }
                    { number(Field::TrainingW, none()) }
                    { number(Field::DevelopmentOverhead, none()) }
                </details>
            </fieldset>
            <fieldset>
                <legend>{ s.group_use }</legend>
                <div class="two">
                    { work_select }
                    { number(Field::QueriesPerDay, none()) }
                </div>
                { item_inputs }
                <details class="advanced">
                    <summary>{ s.more_assumptions }</summary>
                    { item_details }
                    { number(Field::YearlyGrowth, none()) }
                    { serving_hw_select }
                    { precision_select }
                    { number(Field::Batch, none()) }
                    { number(Field::AcceleratorsPerReplica, none()) }
                    { number(Field::FleetUtilisation, none()) }
                </details>
            </fieldset>
            // Folded at first (the defaults are sourced, and most readers change the model and its use), open when
            // the scenario sets one of its values.
            <details class="group" open={facility_set}>
                <summary>{ s.group_facility }</summary>
                { number(Field::Pue, references(ReferenceKind::Pue, true)) }
                { number(Field::Grid, references(ReferenceKind::Grid, false)) }
                { number(Field::Price, references(ReferenceKind::Price, true)) }
                { currency_select }
                <details class="advanced">
                    <summary>{ s.more_assumptions }</summary>
                    { number(Field::HostOverhead, none()) }
                    { number(Field::Wue, references(ReferenceKind::Wue, false)) }
                </details>
            </details>
            <details class="group" open={bases_set}>
                <summary>{ s.group_compare }</summary>
                { home_select }
                { ev_select }
            </details>
        </section>
    }
}
