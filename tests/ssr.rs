//! Host rendering of the page with Yew's server-side renderer: what a reader would see, as HTML.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy::components::app::{App, AppProps};
use ai_energy_core::lang::Lang;
use ai_energy_core::model::{evaluate, Scenario};
use yew::LocalServerRenderer;

async fn render(scenario: Scenario, lang: Lang) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        scenario,
        lang,
        ..AppProps::default()
    })
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

mod components {
    use ai_energy_core::model::metric::{Metric, Place};

    use ai_energy::components::breakdown::{Breakdown, BreakdownProps};
    use ai_energy::components::charts::{Charts, ChartsProps};
    use ai_energy::components::claims_section::{ClaimsSection, ClaimsSectionProps};
    use ai_energy::components::headline::{Headline, HeadlineProps};
    use ai_energy::components::inputs_panel::{InputsPanel, InputsPanelProps};
    use ai_energy::components::methodology::{Methodology, MethodologyProps};
    use ai_energy::components::preset_picker::{PresetPicker, PresetPickerProps};
    use ai_energy::components::results_panel::{ResultsPanel, ResultsPanelProps};
    use ai_energy::typed::Typed;
    use ai_energy_core::lang::Lang;
    use ai_energy_core::model::diffusion::Arch;
    use ai_energy_core::model::presets::Preset;
    use ai_energy_core::model::work::Work;
    use ai_energy_core::model::{evaluate, Scenario};
    use yew::{BaseComponent, Callback, LocalServerRenderer};

    async fn html<C: BaseComponent>(props: C::Properties) -> String {
        LocalServerRenderer::<C>::with_props(props).render().await
    }

    /// Asserts every `expected` piece is in the HTML, and none of the other language's `absent` pieces.
    fn check(html: &str, expected: &[&str], absent: &[&str]) {
        for e in expected {
            assert!(html.contains(e), "missing {e:?} in {html}");
        }
        for a in absent {
            assert!(!html.contains(a), "unexpected {a:?} in {html}");
        }
    }

    fn gpt3() -> Scenario {
        Preset::Gpt3.scenario()
    }

    #[tokio::test]
    async fn headline_names_total_split_and_dominant_assumption() {
        let r = evaluate(&Scenario::default());
        let headline = |scenario: Scenario, results, lang, b| {
            html::<Headline>(HeadlineProps {
                scenario,
                results,
                lang,
                b,
                preset: None,
            })
        };
        let breakdown = |results, lang, sentence| {
            html::<Breakdown>(BreakdownProps {
                results,
                lang,
                sentence,
                b_training_share: None,
            })
        };
        let zh = headline(Scenario::default(), r.clone(), Lang::Zh, None).await
            + &breakdown(r.clone(), Lang::Zh, None).await;
        check(
            &zh,
            &[
                "训练＋使用总耗电",
                "万度",
                "影响最大的假设",
                "每组芯片同时处理的请求数",
                "范围：",
            ],
            &["Range"],
        );
        let en = headline(Scenario::default(), r.clone(), Lang::En, None).await
            + &breakdown(r, Lang::En, None).await;
        check(
            &en,
            &[
                "total electricity",
                "GWh",
                "requests served together per replica",
            ],
            &["度"],
        );
        let fixed = breakdown(evaluate(&gpt3()), Lang::En, None).await;
        check(&fixed, &["no uncertain assumption", "1.29\u{a0}GWh"], &[]);
        // A comparison: B's total and B ÷ A in the (sticky) headline, the sentence under it, with their hooks.
        let (_, a, b) = ai_energy_core::model::presets::Comparison::PueLiquid.scenarios();
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let sentence = Lang::En.compare_sentence(&a, &b, &ra, &rb);
        assert!(
            sentence.contains("1.09 instead of 1.58") && sentence.contains("31% less"),
            "{sentence}"
        );
        let pair = headline(a.clone(), ra.clone(), Lang::En, Some((b.clone(), rb))).await;
        check(
            &pair,
            &[
                "Scenario B",
                "data-testid=\"scenario-a-name\"",
                "data-metric=\"ratio-total_kwh\"",
                "data-testid=\"result-b-total_kwh\"",
                "×0.69 (−31%)",
            ],
            &["compare-sentence"],
        );
        let under = breakdown(ra, Lang::En, Some(sentence.clone().into())).await;
        check(
            &under,
            &["data-testid=\"compare-sentence\"", "31% less"],
            &[],
        );
    }

    #[tokio::test]
    async fn results_panel_shows_every_result_with_its_work() {
        let s = gpt3();
        let r = evaluate(&s);
        let zh = html::<ResultsPanel>(ResultsPanelProps {
            results: r.clone(),
            scenario: s.clone(),
            lang: Lang::Zh,
            b: None,
            query: "v=1&preset=gpt3".into(),
            lead: s.question.lead(),
        })
        .await;
        check(
            &zh,
            &[
                "训练耗电",
                "129\u{a0}万度",
                "户·年",
                "公里",
                "元",
                "吨",
                "怎么算的",
            ],
            &["Show the work"],
        );
        for m in Metric::ALL {
            let card = zh.contains(&format!("data-testid=\"result-{}\"", m.key()));
            assert_eq!(card, m.place() != Place::Headline, "{m:?}");
        }
        let en = html::<ResultsPanel>(ResultsPanelProps {
            results: r,
            lead: s.question.lead(),
            scenario: s,
            lang: Lang::En,
            b: None,
            query: "v=1&preset=gpt3".into(),
        })
        .await;
        check(
            &en,
            &[
                "Training electricity",
                "1.29\u{a0}GWh",
                "household-years",
                "¥",
                "Show the work",
            ],
            &["怎么算"],
        );
    }

    #[tokio::test]
    async fn inputs_panel_labels_every_input_in_both_languages() {
        let panel = |scenario: Scenario, lang: Lang| InputsPanelProps {
            scenario,
            typed: Typed::default(),
            lang,
            on_action: Callback::noop(),
        };
        let zh = html::<InputsPanel>(panel(Scenario::default(), Lang::Zh)).await;
        check(
            &zh,
            &[
                "模型参数量",
                "每天提问次数",
                "数据中心 PUE",
                "换算基准",
                "更多假设",
                "中国家庭",
                "input-hw",
                "input-cur",
                "input-home",
                "input-ev",
            ],
            &["Model parameters"],
        );
        // Each kind of work shows its own item inputs; over the three kinds every scenario key has an input.
        let mut all_kinds = zh.clone();
        for (work, arch) in [
            (Work::Image, Arch::Dit),
            (Work::Video, Arch::Dit),
            (Work::Image, Arch::Unet),
        ] {
            let scenario = Scenario {
                work,
                arch,
                ..Scenario::default()
            };
            let html = html::<InputsPanel>(panel(scenario, Lang::Zh)).await;
            assert!(
                !html.contains("data-testid=\"input-tpq\""),
                "{work:?}: no tokens"
            );
            assert!(html.contains(if work == Work::Image {
                "每天生成图片数"
            } else {
                "每天生成视频数"
            }));
            // A U-Net has a layout, not a transformer's layers, width and patch.
            for key in ["layers", "hidden", "patch"] {
                assert_eq!(
                    html.contains(&format!("data-testid=\"input-{key}\"")),
                    arch == Arch::Dit,
                    "{work:?} {arch:?}: {key}"
                );
            }
            assert_eq!(
                html.contains("data-testid=\"input-unet\""),
                arch == Arch::Unet
            );
            all_kinds.push_str(&html);
        }
        assert!(
            !zh.contains("data-testid=\"input-steps\""),
            "text: no denoising steps"
        );
        // The question and a person's lines have controls of their own (`QuestionBar`, `MyUsePanel`).
        for key in ai_energy_core::model::scenario::INPUTS
            .iter()
            .filter(|i| i.place().group != ai_energy_core::model::scenario::Group::Own)
            .map(|i| i.key())
        {
            assert!(
                all_kinds.contains(&format!("data-testid=\"input-{key}\"")),
                "{key}"
            );
        }
        let en = html::<InputsPanel>(panel(Scenario::default(), Lang::En)).await;
        check(
            &en,
            &[
                "Model parameters",
                "Queries per day",
                "Compare with",
                "More assumptions",
                "value=\"175B\"",
            ],
            &["模型"],
        );
    }

    #[tokio::test]
    async fn claims_section_gives_each_claim_a_verdict_in_the_readers_language() {
        // The texts the page loads after the first screen, as built.
        let texts = std::rc::Rc::new(ai_energy_core::i18n::claim_texts::ClaimTexts::parse(
            &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/claims.txt"))
                .expect("static/claims.txt"),
        ));
        let zh = html::<ClaimsSection>(ClaimsSectionProps {
            lang: Lang::Zh,
            on_action: Callback::noop(),
            texts: Some(texts.clone()),
            on_open: Callback::noop(),
        })
        .await;
        check(
            &zh,
            &[
                "新闻里的说法",
                "3000 辆特斯拉",
                "偏低 ×",
                "对得上",
                "载入这个场景",
            ],
            &["adds up"],
        );
        let loading = html::<ClaimsSection>(ClaimsSectionProps {
            lang: Lang::En,
            on_action: Callback::noop(),
            texts: None,
            on_open: Callback::noop(),
        })
        .await;
        check(
            &loading,
            &["Do the news figures add up?", "Loading…"],
            &["verdict-"],
        );
        let en = html::<ClaimsSection>(ClaimsSectionProps {
            lang: Lang::En,
            on_action: Callback::noop(),
            texts: Some(texts),
            on_open: Callback::noop(),
        })
        .await;
        check(
            &en,
            &[
                "Do the news figures add up?",
                "3,000 Teslas",
                "too low ×",
                "adds up",
                "Load this scenario",
            ],
            &["对得上"],
        );
    }

    /// The methodology section the page loads later is this component's HTML, both languages, as built
    /// (`BLESS=1` rewrites `static/methodology.html`; the test fails while it is stale).
    #[tokio::test]
    async fn the_methodology_file_is_the_components_html() {
        use ai_energy_core::i18n::later::MethodologyHtml;
        // Yew's component markers are for hydration, which a loaded fragment never does.
        let strip = |html: String| {
            let mut out = String::new();
            let mut rest = html.as_str();
            while let Some(at) = rest.find("<!--") {
                out.push_str(&rest[..at]);
                rest = rest[at..].split_once("-->").map_or("", |(_, after)| after);
            }
            out + rest
        };
        let mut fragments = Vec::new();
        for lang in Lang::ALL {
            fragments.push((
                lang,
                strip(html::<Methodology>(MethodologyProps { lang }).await),
            ));
        }
        let wanted = MethodologyHtml::write(|lang| {
            fragments
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, html)| html.clone())
                .unwrap_or_default()
        });
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/methodology.html");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &wanted).expect("writes");
        }
        let current = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            current, wanted,
            "static/methodology.html is stale: BLESS=1 cargo test --test ssr"
        );
        let read = MethodologyHtml::parse(&current).expect("every language");
        assert!(read.get(Lang::Zh).is_some_and(|t| t.contains("屋顶线")));
        assert!(read.get(Lang::En).is_some_and(|t| t.contains("roofline")));
        assert!(!current.contains("<!--<["), "no hydration markers");
    }

    #[tokio::test]
    async fn presets_methodology_and_charts_render_in_both_languages() {
        let zh = html::<PresetPicker>(PresetPickerProps {
            lang: Lang::Zh,
            selected: Some(Preset::Gpt3),
            on_action: Callback::noop(),
        })
        .await;
        // As a page opens: the filter's tabs, no group open; a group's presets come with a press.
        check(
            &zh,
            &[
                "data-testid=\"preset-filter\"",
                "文字",
                "图片",
                "视频",
                "训练",
                "对比示例",
                "aria-expanded=\"false\"",
            ],
            &[">Training<", "preset-gpt3"],
        );
        let en = html::<Methodology>(MethodologyProps { lang: Lang::En }).await;
        check(
            &en,
            &[
                "https://arxiv.org/abs/2104.10350",
                "NVIDIA H100 SXM",
                "data-centre PUE",
            ],
            &["方法"],
        );
        // The charts are folded, each behind its title; the whole module draws one when it is opened
        // (`charts::markup`, tested in the core).
        let zh = html::<Charts>(ChartsProps {
            query: "v=1".into(),
            lang: Lang::Zh,
        })
        .await;
        check(
            &zh,
            &[
                "data-testid=\"chart-split\"",
                "data-testid=\"chart-scale\"",
                "class=\"chart\"><summary id=\"chart-scale-title\">",
                "一年的用电，放到全国的尺度上",
            ],
            &["<svg", "Three Gorges"],
        );
    }
}
