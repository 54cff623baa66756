use yew::prelude::*;

use crate::action::Action;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::presets::Preset;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub lang: Lang,
    pub selected: Option<Preset>,
    pub on_action: Callback<Action>,
}

/// The scenarios a reader can start from, each marked disclosed or estimated.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    use_effect_with(props.selected, |_| crate::browser::reveal_pressed_preset());
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
    let reset = props
        .on_action
        .reform(|_: MouseEvent| Action::Load(None, Box::default()));
    html! {
        <nav class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ s.presets_title }</h2>
            <div class="preset-list">
                { for Preset::ALL.into_iter().map(button) }
                <button type="button" class="preset reset" data-testid="preset-reset" onclick={reset}>
                    { s.reset }
                </button>
            </div>
        </nav>
    }
}
