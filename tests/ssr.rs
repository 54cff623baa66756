//! Host rendering of the page with Yew's server-side renderer: what a reader would see, as HTML.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy::components::app::{App, AppProps};
use ai_energy::i18n::Lang;
use ai_energy::model::{evaluate, Scenario};
use yew::LocalServerRenderer;

async fn render(scenario: Scenario, lang: Lang) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { scenario, lang })
        .render()
        .await
}

/// The `data-value` a result hook carries in the HTML.
fn data_value(html: &str, name: &str) -> f64 {
    let hook = format!("data-testid=\"result-{name}\"");
    let at = html
        .find(&hook)
        .unwrap_or_else(|| panic!("no {hook} in {html}"));
    let tag_end = at + html[at..].find('>').expect("tag closes");
    let tag_start = html[..at].rfind('<').expect("tag opens");
    let tag = &html[tag_start..tag_end];
    let v = tag
        .split("data-value=\"")
        .nth(1)
        .expect("data-value present");
    v[..v.find('"').expect("quoted")].parse().expect("a number")
}

#[tokio::test]
async fn chinese_page_shows_the_model_numbers_in_chinese_units() {
    let s = Scenario::default();
    let html = render(s.clone(), Lang::Zh).await;
    let r = evaluate(&s);
    assert!(html.contains("AI 耗电计算器"), "{html}");
    assert!(
        html.contains("万度") || html.contains("亿度"),
        "energy in 度: {html}"
    );
    assert!(html.contains("data-testid=\"input-params\""));
    assert!(html.contains("data-testid=\"input-qpd\""));
    assert!(
        html.contains("value=\"1750亿\""),
        "params shown as the reader writes them"
    );
    assert_eq!(
        data_value(&html, "inference_kwh_per_day"),
        r.inference_kwh_per_day.central
    );
    assert_eq!(
        data_value(&html, "household_years"),
        r.household_years.central
    );
    assert_eq!(data_value(&html, "tesla_km"), r.tesla_km.central);
    assert!(
        !html.contains("Households"),
        "no English on the Chinese page"
    );
}

#[tokio::test]
async fn english_page_uses_english_words_and_units() {
    let html = render(Scenario::default(), Lang::En).await;
    assert!(html.contains("AI electricity calculator"));
    assert!(html.contains("household-years"));
    assert!(html.contains("Wh"));
    assert!(!html.contains("度"), "no Chinese units on the English page");
    assert!(html.contains("value=\"175B\""));
}

#[tokio::test]
async fn a_bigger_model_renders_bigger_numbers() {
    let small = render(
        Scenario {
            params: 7e9,
            ..Scenario::default()
        },
        Lang::En,
    )
    .await;
    let big = render(
        Scenario {
            params: 1.8e12,
            ..Scenario::default()
        },
        Lang::En,
    )
    .await;
    assert!(
        data_value(&big, "inference_kwh_per_day")
            > 100.0 * data_value(&small, "inference_kwh_per_day")
    );
}
