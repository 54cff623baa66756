use std::rc::Rc;

use yew::prelude::*;

use super::claims_section::ClaimsSection;
use super::cumulative_chart::CumulativeChart;
use super::footer::Footer;
use super::header::Header;
use super::headline::Headline;
use super::inputs_panel::InputsPanel;
use super::methodology::Methodology;
use super::preset_picker::PresetPicker;
use super::results_panel::ResultsPanel;
use super::sensitivity_chart::SensitivityChart;
use crate::i18n::Lang;
use crate::model::claims::check_all;
use crate::model::presets::Preset;
use crate::model::{evaluate, Scenario};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The scenario the page opens with.
    #[prop_or_default]
    pub scenario: Scenario,
    #[prop_or_default]
    pub preset: Option<Preset>,
    #[prop_or_default]
    pub lang: Lang,
}

/// Owns the state and wires it to the components.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let (scenario, preset, lang) = (props.scenario.clone(), props.preset, props.lang);
        move || AppState::new(scenario, preset, lang)
    });
    let results = use_memo(state.scenario.clone(), evaluate);
    let claims = use_memo((), |_| check_all());
    use_effect_with(state.lang, |lang| crate::browser::set_document_lang(*lang));

    let lang = state.lang;
    let s = lang.strings();
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let on_lang = on_action.reform(Action::SetLang);
    html! {
        <main class="page">
            <Header {lang} {on_lang} />
            <PresetPicker {lang} selected={state.preset} on_action={on_action.clone()} />
            <div class="layout">
                <InputsPanel state={Rc::new((*state).clone())} on_action={on_action.clone()} />
                <div class="outputs">
                    if state.has_error() {
                        <p class="stale-note" role="status" data-testid="stale-note">{ s.kept_last_good }</p>
                    }
                    <Headline results={(*results).clone()} {lang} />
                    <ResultsPanel results={(*results).clone()} scenario={state.scenario.clone()} {lang} />
                    <section class="charts">
                        <CumulativeChart results={(*results).clone()} scenario={state.scenario.clone()} {lang} />
                        <SensitivityChart results={(*results).clone()} {lang} />
                    </section>
                </div>
            </div>
            <ClaimsSection claims={(*claims).clone()} {lang} on_action={on_action.clone()} />
            <Methodology {lang} scenario={state.scenario.clone()} />
            <Footer {lang} />
        </main>
    }
}
