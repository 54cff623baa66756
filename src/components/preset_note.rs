use yew::prelude::*;

use ai_energy_core::lang::Lang;
use ai_energy_core::model::presets::Preset;

#[derive(Properties, PartialEq)]
pub struct PresetNoteProps {
    /// The preset the scenario was loaded from.
    pub preset: Preset,
    pub lang: Lang,
}

/// Under the headline: what the preset assumes (each input it sets) and the published figure it is checked against,
/// where there is one, so a reader can judge the number beside it.
#[component]
pub fn PresetNote(props: &PresetNoteProps) -> Html {
    let (lang, p) = (props.lang, props.preset);
    let s = lang.strings();
    html! {
        <div class="preset-note" data-testid="preset-note">
            <p class="preset-note-name"><strong>{ lang.preset(p) }</strong>{ " · " }{ lang.basis(p.basis()) }</p>
            <p><strong>{ s.assumes }{ s.colon }</strong>{ lang.preset_assumes(p) }</p>
            if let Some(published) = p.checked_against() {
                <p data-testid="checked-against"><strong>{ s.checked_against }{ s.colon }</strong>{ lang.published(&published) }</p>
            }
        </div>
    }
}
