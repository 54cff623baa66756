use yew::prelude::*;

use super::header::Header;
use super::number_input::NumberInput;
use super::results_panel::ResultsPanel;
use crate::format;
use crate::i18n::{input_error, Lang};
use crate::link::key_of;
use crate::model::evaluate;
use crate::model::scenario::{Field, Scenario};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The scenario the page opens with.
    #[prop_or_default]
    pub scenario: Scenario,
    #[prop_or_default]
    pub lang: Lang,
}

/// Owns the state and wires it to the components.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let (scenario, lang) = (props.scenario.clone(), props.lang);
        move || AppState::new(scenario, lang)
    });
    let results = use_memo(state.scenario.clone(), evaluate);
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| crate::browser::set_document_lang(*lang));
    }
    let lang = state.lang;
    let s = lang.strings();
    let on_edit = {
        let state = state.clone();
        Callback::from(move |(field, text)| state.dispatch(Action::Edit(field, text)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };
    let input = |field: Field, label: &'static str, help: &'static str| {
        let text = state.texts.get(&field).cloned().unwrap_or_else(|| {
            field
                .get(&state.scenario)
                .map_or_else(String::new, |v| format::input_value(v, lang))
        });
        html! {
            <NumberInput
                {field}
                key_name={key_of(field)}
                label={label}
                help={help}
                text={text}
                error={state.error(field).map(|e| AttrValue::from(input_error(e, lang)))}
                on_edit={on_edit.clone()}
            />
        }
    };
    let any_error = Field::ALL.iter().any(|&f| state.error(f).is_some());
    html! {
        <main class="page" lang={lang.tag()}>
            <Header {lang} {on_lang} />
            <section class="inputs">
                { input(Field::Params, s.params_label, s.params_help) }
                { input(Field::QueriesPerDay, s.qpd_label, s.qpd_help) }
            </section>
            if any_error {
                <p class="stale-note" data-testid="stale-note">{ s.kept_last_good }</p>
            }
            <ResultsPanel results={(*results).clone()} {lang} />
            <p class="method">{ s.method_note }</p>
        </main>
    }
}
