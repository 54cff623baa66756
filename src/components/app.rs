use std::rc::Rc;

use yew::prelude::*;

use super::claims_section::ClaimsSection;
use super::cumulative_chart::CumulativeChart;
use super::embed_view::EmbedView;
use super::footer::Footer;
use super::header::Header;
use super::headline::Headline;
use super::inputs_panel::InputsPanel;
use super::link_notice::LinkNotice;
use super::methodology::Methodology;
use super::preset_picker::PresetPicker;
use super::results_panel::ResultsPanel;
use super::sensitivity_chart::SensitivityChart;
use super::share_panel::SharePanel;
use crate::browser;
use crate::export::{export_doc, height_message};
use crate::i18n::claim_texts::{ClaimTexts, FILE as CLAIMS_FILE};
use crate::lang::Lang;
use crate::link::Problem;
use crate::model::{evaluate, Scenario};
use crate::state::{Action, AppState};
use crate::view::View;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The scenario the page opens with (from the link).
    #[prop_or_default]
    pub scenario: Scenario,
    /// How the link asks the page to be shown.
    #[prop_or_default]
    pub view: View,
    /// The language when the link names none (the browser's).
    #[prop_or_default]
    pub lang: Lang,
    /// What the opening link got wrong.
    #[prop_or_default]
    pub problems: Vec<Problem>,
}

/// Owns the state, keeps the address bar and an embed's host in step with it, and lays out the page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let (scenario, view, problems, lang) = (
            props.scenario.clone(),
            props.view.clone(),
            props.problems.clone(),
            props.lang,
        );
        move || AppState::from_link(scenario, &view, problems, lang)
    });
    let results = use_memo(state.scenario.clone(), evaluate);
    let query = state.share_query();
    use_effect_with(state.lang, |lang| browser::set_document_lang(*lang));
    use_effect_with(state.theme, |theme| browser::set_theme(*theme));
    use_effect_with(query.clone(), |query| {
        browser::replace_query_soon(query.clone())
    });
    {
        // An embed tells its host page the results whenever they change, and its height after every render.
        let doc = browser::in_frame().then(|| {
            let link = format!("{}?{}", browser::page_base(), state.full_query());
            export_doc(&state.scenario, &results, &link).to_json()
        });
        use_effect_with(doc, |doc| {
            if let Some(json) = doc {
                browser::post_json_to_host(json);
            }
        });
        use_effect(|| {
            if browser::in_frame() {
                browser::post_json_to_host(&height_message(browser::document_height()));
            }
        });
    }

    let lang = state.lang;
    // One callback for the page's lifetime: children whose other props did not change skip re-rendering.
    let on_action: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| dispatcher.to_callback())).clone()
    };
    // The claims' texts load when the reader first opens them; a failed load is tried again on the next opening.
    let on_claims_open = {
        let dispatcher = state.dispatcher();
        let loaded = state.claims.is_some();
        Callback::from(move |()| {
            if loaded {
                return;
            }
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                if let Some(text) = browser::fetch_text(CLAIMS_FILE).await {
                    dispatcher.dispatch(Action::ClaimsLoaded(Rc::new(ClaimTexts::parse(&text))));
                }
            });
        })
    };
    let notice = html! {
        <LinkNotice problems={state.notice.clone()} {lang} on_dismiss={on_action.clone()} />
    };
    if state.embed {
        return html! {
            <>
                { notice }
                <EmbedView state={(*state).clone()} results={(*results).clone()}
                    full_link={format!("{}?{}", browser::page_base(), state.full_query())}
                    on_action={on_action.clone()} />
            </>
        };
    }
    let s = lang.strings();
    html! {
        <main class="page">
            <Header {lang} on_action={on_action.clone()} />
            { notice }
            if !state.lock {
                <PresetPicker {lang} selected={state.preset} on_action={on_action.clone()} />
            }
            <div class={classes!("layout", state.lock.then_some("locked"))}>
                if !state.lock {
                    <InputsPanel state={Rc::new((*state).clone())} on_action={on_action.clone()} />
                }
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
            <SharePanel scenario={state.scenario.clone()} results={(*results).clone()} {lang}
                query={query} entries={state.share_entries()} embed_query={state.embed_query()} />
            <ClaimsSection {lang} on_action={on_action.clone()} texts={state.claims.clone()}
                on_open={on_claims_open} />
            <Methodology {lang} hw={state.scenario.hw} />
            <Footer {lang} />
        </main>
    }
}
