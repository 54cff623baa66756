use yew::prelude::*;

use crate::action::Action;
use ai_energy_core::comparison_links;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::presets::{Comparison, Preset, PresetFilter};

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub lang: Lang,
    pub selected: Option<Preset>,
    pub on_action: Callback<Action>,
}

/// The scenarios a reader can start from, grouped by kind (text, reasoning, agents, images, videos, training, and
/// the ready-made comparisons): a tab opens its group, a button in it loads a preset — every one two presses from
/// the first screen, by mouse, keyboard or touch. Each preset is marked disclosed or estimated.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    // Which group is open: the page's own state, not the link's (no group is open as a page opens).
    let open = use_state_eq(|| None::<PresetFilter>);
    let tab = |filter: PresetFilter| {
        let expanded = *open == Some(filter);
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set((!expanded).then_some(filter)))
        };
        html! {
            <button type="button" class="preset-group" aria-expanded={expanded.to_string()}
                data-testid={format!("preset-group-{}", filter.id())} {onclick}>
                { lang.preset_filter(filter) }
            </button>
        }
    };
    let button = |preset: Preset| {
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::Load(Some(preset), Box::new(preset.scenario())));
        let pressed = props.selected == Some(preset);
        html! {
            <button type="button" class="preset" aria-pressed={pressed.to_string()}
                data-testid={format!("preset-{}", preset.id())} {onclick}>
                <span class="preset-name">{ lang.preset(preset) }</span>
                <span class="preset-basis">{ lang.basis(preset.basis()) }</span>
            </button>
        }
    };
    // Each ready-made comparison is a link (written at build time from `Comparison::scenarios`): opening it is
    // opening a shared comparison, in the reader's language.
    let pair = |c: Comparison| {
        let href = format!("?{}&lang={}", comparison_links::query(c), lang.link_id());
        html! {
            <a class="preset pair-button" {href} data-testid={format!("pair-{}", c.id())}>{ lang.comparison(c) }</a>
        }
    };
    html! {
        <nav class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ s.presets_title }</h2>
            <div class="preset-groups" role="group" data-testid="preset-filter">
                { for PresetFilter::ALL.into_iter().map(tab) }
            </div>
            if let Some(filter) = *open {
                <div class="preset-list" data-testid="preset-list">
                    {
                        match filter {
                            PresetFilter::Group(g) => g.presets().map(button).collect::<Html>(),
                            PresetFilter::Pairs => Comparison::ALL.into_iter().map(pair).collect::<Html>(),
                        }
                    }
                </div>
            }
        </nav>
    }
}
