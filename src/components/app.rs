use std::rc::Rc;

use yew::prelude::*;

use super::breakdown::Breakdown;
use super::charts::Charts;
use super::claims_section::ClaimsSection;
use super::compare_bar::CompareBar;
use super::embed_view::EmbedView;
use super::footer::Footer;
use super::header::Header;
use super::headline::Headline;
use super::inputs_panel::InputsPanel;
use super::link_notice::LinkNotice;
use super::methodology_section::MethodologySection;
use super::my_use_panel::MyUsePanel;
use super::preset_note::PresetNote;
use super::preset_picker::PresetPicker;
use super::question_bar::QuestionBar;
use super::results_panel::ResultsPanel;
use super::share_panel::SharePanel;
use super::use_host_messages::use_host_messages;
use crate::action::{Action, Side};
use crate::browser;
use crate::state::AppState;
use ai_energy_core::i18n::claim_texts::{ClaimTexts, FILE as CLAIMS_FILE};
use ai_energy_core::i18n::later::{MethodologyHtml, METHODOLOGY_FILE};
use ai_energy_core::lang::Lang;
use ai_energy_core::link::Problem;
use ai_energy_core::model::compare;
use ai_energy_core::model::question::Question;
use ai_energy_core::model::{evaluate, Scenario};
use ai_energy_core::view::View;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The scenario the page opens with (from the link).
    #[prop_or_default]
    pub scenario: Scenario,
    /// Scenario B when the link is a comparison.
    #[prop_or_default]
    pub b: Option<Scenario>,
    /// How the link asks the page to be shown.
    #[prop_or_default]
    pub view: View,
    /// The language when the link names none (the browser's).
    #[prop_or_default]
    pub lang: Lang,
    /// What the opening link got wrong.
    #[prop_or_default]
    pub problems: Vec<Problem>,
    /// The opening link's query, as it was: what the notice of its problems quotes.
    #[prop_or_default]
    pub opened: AttrValue,
}

/// Owns the state, keeps the address bar and an embed's host in step with it, and lays out the page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let (scenario, b, view, problems, lang) = (
            props.scenario.clone(),
            props.b.clone(),
            props.view.clone(),
            props.problems.clone(),
            props.lang,
        );
        move || AppState::from_link(scenario, b, view, problems, lang)
    });
    let results = use_memo(state.scenario.clone(), evaluate);
    let b_results = use_memo(state.b.clone(), |b| b.as_ref().map(evaluate));
    let query = state.share_query();
    let lang = state.lang();
    use_effect_with(lang, |lang| browser::set_document_lang(*lang));
    use_effect_with(state.view.theme, |theme| browser::set_theme(*theme));
    use_effect_with(query.clone(), |query| {
        browser::replace_query_soon(query.clone())
    });
    use_host_messages(&state);

    // The first screen (the title and the headline) is built and painted before the rest of the page: on a slow
    // phone the reader sees the link's numbers one whole-page render sooner. Off the browser all is built at once.
    let whole_page = use_state_eq(|| !browser::in_browser());
    use_effect_with((), {
        let whole_page = whole_page.setter();
        move |()| browser::after_next_paint(move || whole_page.set(true))
    });

    // One callback for the page's lifetime: children whose other props did not change skip re-rendering.
    let on_action: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| dispatcher.to_callback())).clone()
    };
    // Sections below the fold load their texts when the reader first opens them; a failed load is tried again
    // on the next opening.
    let load_later = |loaded: bool, file: &'static str, read: fn(&str) -> Option<Action>| {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            if loaded {
                return;
            }
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                if let Some(action) = browser::fetch_text(file).await.as_deref().and_then(read) {
                    dispatcher.dispatch(action);
                }
            });
        })
    };
    let on_claims_open = load_later(state.claims.is_some(), CLAIMS_FILE, |text| {
        Some(Action::ClaimsLoaded(Rc::new(ClaimTexts::parse(text))))
    });
    let on_methodology_open = load_later(state.methodology.is_some(), METHODOLOGY_FILE, |text| {
        MethodologyHtml::parse(text).map(|m| Action::MethodologyLoaded(Rc::new(m)))
    });
    // While comparing: B's results beside A's, and the sentence saying what B changes.
    let pair = state.b.as_ref().zip((*b_results).as_ref());
    let sentence = pair
        .map(|(b, rb)| AttrValue::from(lang.compare_sentence(&state.scenario, b, &results, rb)));
    let b_pair = pair.map(|(b, rb)| (b.clone(), rb.clone()));
    // What the headline leads with: the question's result, or what the comparison compares on.
    let lead = state
        .b
        .as_ref()
        .map_or(state.scenario.question.lead(), |b| {
            compare::lead(&state.scenario, b)
        });
    let notice = html! {
        <LinkNotice problems={state.notice.clone()} link={props.opened.clone()} {lang} on_dismiss={on_action.clone()} />
    };
    if state.view.embed {
        return html! {
            <>
                { notice }
                <EmbedView scenario={state.scenario.clone()} typed={state.typed.clone()} {lang}
                    lock={state.view.lock} results={(*results).clone()} preset={state.view.preset}
                    full_link={format!("{}?{}", browser::page_base(), state.full_query())}
                    on_action={on_action.clone()}
                    b={pair.zip(sentence.clone()).map(|((b, rb), sentence)| (b.clone(), rb.clone(), sentence))} />
            </>
        };
    }
    let s = lang.strings();
    let edited = state.edited();
    // The results of the scenario the inputs edit (B's lines while editing B).
    let edited_results = match (state.side, (*b_results).as_ref()) {
        (Side::B, Some(rb)) => rb,
        (Side::A, _) | (Side::B, None) => &*results,
    };
    html! {
        <main class="page">
            <Header {lang} on_action={on_action.clone()} />
            { notice }
            <div class={classes!("layout", state.view.lock.then_some("locked"))}>
                // First in the layout and sticky: the answer stays in view while the reader edits any input. The
                // first paint draws the header and this alone; everything else is added beside and below it.
                <div class="summary">
                    <Headline scenario={state.scenario.clone()} results={(*results).clone()} b={b_pair.clone()}
                        preset={state.view.preset} {lang} />
                    if state.typed.has_error() {
                        <p class="stale-note" role="status" data-testid="stale-note">{ s.kept_last_good }</p>
                    }
                </div>
                if *whole_page {
                    if !state.view.lock {
                        // What to ask, where to start, what to compare, then the inputs of the scenario edited.
                        <div class="side">
                            <QuestionBar {lang} question={edited.question} on_action={on_action.clone()} />
                            <PresetPicker {lang} selected={state.view.preset} on_action={on_action.clone()} />
                            <CompareBar {lang} comparing={state.b.is_some()} side={state.side} on_action={on_action.clone()} />
                            if edited.question == Question::Me {
                                <MyUsePanel scenario={edited.clone()} lines={edited_results.my_lines.clone()}
                                    total_wh_per_day={edited_results.my_wh_per_day.central}
                                    typed={state.typed.clone()} {lang} on_action={on_action.clone()} />
                            } else {
                                <InputsPanel scenario={edited.clone()} typed={state.typed.clone()} {lang}
                                    on_action={on_action.clone()} />
                            }
                        </div>
                    }
                    // A person's own use is the headline and its lines: a service's results, whose scenario the
                    // lines do not use, would answer a question the reader did not ask.
                    if state.scenario.question != Question::Me {
                        <div class="outputs">
                            // What the preset assumes, and what it is checked against, beside the number.
                            if let Some(preset) = state.view.preset {
                                <PresetNote {preset} {lang} />
                            }
                            <Breakdown results={(*results).clone()} {lang} sentence={sentence.clone()}
                                b_training_share={(*b_results).as_ref().map(|rb| rb.training_share.central)} />
                            <ResultsPanel results={(*results).clone()} scenario={state.scenario.clone()} {lang}
                                b={b_pair.clone()} query={query.clone()} {lead} />
                            <Charts query={query.clone()} {lang} />
                        </div>
                    }
                }
            </div>
            if *whole_page {
                <SharePanel {lang} query={query} embed_query={state.embed_query()} />
                <ClaimsSection {lang} on_action={on_action.clone()} texts={state.claims.clone()}
                    on_open={on_claims_open} />
                <MethodologySection {lang} html={state.methodology.clone()} on_open={on_methodology_open} />
                <Footer {lang} version={results.data_version_with((*b_results).as_ref())} />
            }
        </main>
    }
}
