//! Browser tests: the real app mounted in headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use ai_energy::components::app::{App, AppProps};
use ai_energy_core::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn mount(lang: Lang) -> Element {
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            lang,
            ..AppProps::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    // The first screen comes first; the rest of the page (the inputs among it) one painted frame later.
    for _ in 0..200 {
        if by_testid(&root, "data-version").is_some() {
            return root;
        }
        next_task().await;
        yew::scheduler::flush().await;
    }
    panic!("the whole page was not built within 200 tasks");
}

/// Resolves in a later task (after the browser has had a chance to paint).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the timer");
}

fn by_testid(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()
        .flatten()
}

fn value_of(root: &Element, name: &str) -> f64 {
    by_testid(root, &format!("result-{name}"))
        .and_then(|e| e.get_attribute("data-value"))
        .and_then(|v| v.parse().ok())
        .expect("result with a numeric data-value")
}

async fn type_into(root: &Element, key: &str, text: &str) {
    let input: HtmlInputElement = by_testid(root, &format!("input-{key}"))
        .expect("input")
        .unchecked_into();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_a_model_size_updates_the_results() {
    let root = mount(Lang::En).await;
    let before = value_of(&root, "inference_kwh_per_day");
    type_into(&root, "params", "1.8T").await;
    let after = value_of(&root, "inference_kwh_per_day");
    assert!(after > 10.0 * before, "{before} -> {after}");
    assert!(value_of(&root, "household_years") > 0.0);
}

#[wasm_bindgen_test]
async fn invalid_input_explains_itself_and_keeps_the_last_good_result() {
    let root = mount(Lang::Zh).await;
    type_into(&root, "qpd", "5亿").await;
    let good = value_of(&root, "inference_kwh_per_day");
    type_into(&root, "qpd", "很多").await;
    let input = by_testid(&root, "input-qpd").expect("input");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = by_testid(&root, "error-qpd")
        .expect("inline message")
        .text_content()
        .unwrap_or_default();
    assert!(message.contains("不是有效数字"), "{message}");
    assert_eq!(value_of(&root, "inference_kwh_per_day"), good);
    assert!(by_testid(&root, "stale-note").is_some());
}
