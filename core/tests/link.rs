//! The v1 share-link codec: human number forms, presets, and links that are wrong in every way.

use ai_energy_core::lang::Lang;
use ai_energy_core::link::{decode, encode, Problem};
use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::scenario::{Currency, InputError};
use ai_energy_core::model::Scenario;
use ai_energy_core::view::View;

#[test]
fn empty_link_is_the_default_scenario() {
    for link in ["", "?", "v=1", "https://example.org/calc/?v=1#top"] {
        let d = decode(link);
        assert_eq!(d.scenario, Scenario::default(), "{link}");
        assert!(d.problems.is_empty(), "{link}: {:?}", d.problems);
    }
    assert_eq!(encode(&Scenario::default(), &View::default()), "v=1");
}

#[test]
fn human_and_chinese_number_forms() {
    let d = decode("params=1.8T&active=280B&tokens=15.6e12&qpd=2.7%E4%BA%BF&days=43万&mfu=35%25");
    assert_eq!(
        d.problems,
        [Problem::BadNumber {
            key: "days",
            value: "43万".into(),
            error: InputError::TooLarge(36_500.0)
        }]
    );
    assert_eq!(d.scenario.params, 1.8e12);
    assert_eq!(d.scenario.active_params, Some(280e9));
    assert_eq!(d.scenario.training_tokens, 15.6e12);
    assert_eq!(d.scenario.queries_per_day, 2.7e8);
    assert_eq!(d.scenario.mfu, Some(0.35));
    // 43万 days is far beyond the 100-year limit: refused, default kept.
    assert_eq!(d.scenario.days, 365.0);
    let d = decode("qpd=2.7亿&days=30");
    assert_eq!(d.scenario.queries_per_day, 2.7e8);
    assert_eq!(d.scenario.days, 30.0);
}

#[test]
fn choices_view_and_full_urls() {
    let d = decode(
        "https://calc.example/?v=1&hw=H800&cur=usd&home=us&ev=modely&lang=en&embed=1#results",
    );
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.scenario.hw, Hw::H800);
    assert_eq!(d.scenario.currency, Currency::Usd);
    assert_eq!(d.view.lang, Some(Lang::En));
    assert!(d.view.embed);
}

#[test]
fn preset_is_the_base_and_other_keys_change_it() {
    let d = decode("qpd=5%E4%BA%BF&preset=chatgpt");
    assert_eq!(d.view.preset, Some(Preset::ChatGpt));
    assert_eq!(d.scenario.queries_per_day, 5e8);
    assert_eq!(d.scenario.days, Preset::ChatGpt.scenario().days);
    let link = encode(&d.scenario, &d.view);
    assert_eq!(link, "v=1&preset=chatgpt&qpd=500M");
    assert_eq!(decode(&link).scenario, d.scenario);
}

#[test]
fn every_problem_is_reported_and_the_rest_still_applies() {
    let d = decode(
        "v=7&params=abc&qpd=-5&pue=0.5&hw=h900&colour=red&days=30&days=40&active=1e13&params=1T",
    );
    assert_eq!(d.scenario.days, 40.0, "the last repeated value wins");
    assert_eq!(d.scenario.params, 1e12);
    assert_eq!(
        d.scenario.active_params,
        Some(1e12),
        "active capped at the total"
    );
    let expected = [
        Problem::Repeated { key: "days".into() },
        Problem::Repeated {
            key: "params".into(),
        },
        Problem::UnsupportedVersion { value: "7".into() },
        Problem::BadNumber {
            key: "qpd",
            value: "-5".into(),
            error: InputError::TooSmall(0.0),
        },
        Problem::BadNumber {
            key: "pue",
            value: "0.5".into(),
            error: InputError::TooSmall(1.0),
        },
        Problem::UnknownChoice {
            key: "hw",
            value: "h900".into(),
        },
        Problem::UnknownKey {
            key: "colour".into(),
        },
        Problem::ActiveAboveTotal,
    ];
    for p in &expected {
        assert!(d.problems.contains(p), "missing {p:?} in {:?}", d.problems);
    }
    assert_eq!(d.problems.len(), expected.len(), "{:?}", d.problems);
}

#[test]
fn hostile_links_never_panic_and_quote_values_as_short_text() {
    let long = "9".repeat(10_000);
    let many: String = (0..500).map(|i| format!("k{i}=1&")).collect();
    let cases = [
        "params=<script>alert(1)</script>".to_string(),
        "params=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".to_string(),
        format!("params={long}"),
        many,
        "%%%&&&===&=&==".to_string(),
        "params=%F0%9F%92%A3&qpd=\u{202e}1".to_string(),
        "params=NaN&qpd=inf&days=-0&pue=1e309".to_string(),
    ];
    for link in &cases {
        let d = decode(link);
        assert!(ai_energy_core::model::evaluate(&d.scenario)
            .total_kwh
            .is_finite());
        for p in &d.problems {
            let text = format!("{p:?}");
            assert!(text.chars().count() < 200, "{text}");
        }
    }
    assert!(decode(&cases[3]).problems.contains(&Problem::TooLong));
}

#[test]
fn a_comparison_link_holds_b_as_what_differs_from_a() {
    let d = decode("?v=1&pue=1.58&b.pue=1.09");
    assert_eq!(d.problems, []);
    assert_eq!(d.scenario.pue, Some(1.58));
    let b = d.b.expect("a comparison");
    assert_eq!(b.pue, Some(1.09));
    assert_eq!(
        Scenario {
            pue: Some(1.58),
            ..b
        },
        d.scenario,
        "B is A but for what its keys say"
    );
    assert_eq!(decode("?v=1&pue=1.58").b, None, "no b. keys: no comparison");
    // B can start from a preset, and clear what A knows back to a range.
    let d = decode("?v=1&preset=gpt3&b.preset=gpt4");
    assert_eq!(d.b, Some(Preset::Gpt4.scenario()));
    let d = decode("?v=1&gpuh=1000&b.gpuh=");
    assert_eq!(d.b.map(|b| b.training_accelerator_hours), Some(None));
}

#[test]
fn hostile_b_keys_are_reported_as_scenario_bs_and_never_touch_a() {
    let d =
        decode("?v=1&pue=1.2&b.pue=NaN&b.lang=en&b.hw=tpu9&b.params=-1&b.b.pue=2&b.active=1e15");
    assert_eq!(d.scenario.pue, Some(1.2));
    assert_eq!(d.view.lang, None, "b.lang does not change the view");
    let b = d.b.expect("a comparison");
    assert_eq!(b.pue, Some(1.2), "a bad b.pue keeps A's value");
    let in_b = d
        .problems
        .iter()
        .filter(|p| matches!(p, Problem::InB(_)))
        .count();
    assert!(in_b >= 5, "{:?}", d.problems);
    assert!(b.active_params.unwrap_or(0.0) <= b.params);
}

/// Regression (found by the `link_decode` fuzz target): `qpd=1e-120` is within the limits, but the link the
/// page wrote for it spelled the number out in 122 characters, which the decoder refused, so the reader who
/// opened it saw the default instead. The link now writes the exponent form, and it comes back as sent.
#[test]
fn tiny_values_are_written_in_a_form_the_decoder_reads_back() {
    for (text, v) in [
        ("1e-120", 1e-120),
        ("5e-324", 5e-324),
        ("2.2250738585072014e-308", f64::MIN_POSITIVE),
        ("1.2345678901234567e-100", 1.2345678901234567e-100),
    ] {
        let d = decode(&format!("v=1&qpd={text}"));
        assert!(d.problems.is_empty(), "{text}: {:?}", d.problems);
        assert_eq!(d.scenario.queries_per_day, v);
        let link = encode(&d.scenario, &d.view);
        assert_eq!(link, format!("v=1&qpd={text}"));
        assert_eq!(decode(&link).scenario, d.scenario);
    }
    // A value whose full form fits is still written in full, as every earlier link was.
    let d = decode("v=1&qpd=0.001");
    assert_eq!(encode(&d.scenario, &d.view), "v=1&qpd=0.001");
}

/// Regression (found by the `decode_model_format` fuzz target after 747,000 runs): a subnormal number of
/// queries a day (`qpd=2e-312`) is within the limits and gives energies near 1e-313 kWh, which every formatter
/// printed as "—" (rounding to three figures multiplied by 10^315, an infinity). They are now printed in
/// scientific form, in both languages.
#[test]
fn subnormal_results_are_printed_as_numbers() {
    use ai_energy_core::format;
    use ai_energy_core::model::{evaluate, Metric};
    let d = decode("growthrowth=2e-305 &qpd=2e-312&params=1e14&tpq=s=1e14&tpq=");
    assert_eq!(d.scenario.queries_per_day, 2e-312);
    let r = evaluate(&d.scenario);
    assert!(r.inference_kwh_per_day.central > 0.0 && r.inference_kwh_per_day.central < 1e-300);
    for lang in Lang::ALL {
        for m in Metric::ALL {
            let x = r.get(m);
            for v in [x.low, x.central, x.high] {
                for shown in [
                    format::energy_kwh(v, lang),
                    format::energy_wh(v, lang),
                    format::count(v, lang),
                    format::money(v, d.scenario.currency, lang),
                    format::mass_kg(v, lang),
                    format::volume_l(v, lang),
                    format::scientific(v, lang),
                    format::percent(v, lang),
                    format::plain(v, lang),
                ] {
                    assert!(
                        !shown.contains('—') && !shown.contains("NaN") && !shown.contains("inf"),
                        "{m:?} {v:e} {lang:?}: {shown}"
                    );
                }
            }
        }
    }
    assert_eq!(
        format::energy_kwh(2.47e-313, Lang::En),
        "2.47×10⁻³¹⁰\u{a0}Wh"
    );
    assert_eq!(format::plain(5e-324, Lang::Zh), "4.94×10⁻³²⁴");
    assert_eq!(format::plain(1e-6, Lang::En), "0.000001");
}

#[test]
fn the_kind_of_work_is_a_choice_and_its_numbers_are_checked_like_any_other() {
    use ai_energy_core::model::work::Work;
    // An unknown kind is reported and the rest of the link still applies (as a text answer).
    let d = decode("v=1&work=hologram&params=7B");
    assert_eq!(d.scenario.work, Work::Text);
    assert_eq!(d.scenario.params, 7e9);
    assert_eq!(
        d.problems,
        [Problem::UnknownChoice {
            key: "work",
            value: "hologram".to_string()
        }]
    );
    // Case-insensitive, and a comparison may put two kinds side by side.
    let d = decode("v=1&work=VIDEO&frames=1&b.work=text");
    assert_eq!(d.problems, []);
    assert_eq!(d.scenario.work, Work::Video);
    assert_eq!(d.scenario.frames, 1.0);
    assert_eq!(d.b.as_ref().map(|b| b.work), Some(Work::Text));
    // 8K at the limit is accepted, one pixel more is refused; whole numbers are rounded and written back so.
    let d = decode("v=1&work=video&width=8192&height=9000&steps=27.6&cfg=1.4");
    assert_eq!(d.scenario.width_px, 8_192.0);
    assert_eq!(
        d.problems,
        [Problem::BadNumber {
            key: "height",
            value: "9000".to_string(),
            error: InputError::TooLarge(8_192.0)
        }]
    );
    assert_eq!(
        (d.scenario.steps, d.scenario.guidance_passes),
        (28.0, Some(1.0))
    );
    let link = encode(&d.scenario, &View::default());
    assert_eq!(decode(&link).scenario, d.scenario, "{link}");
    // `work` absent is text: every older link keeps its meaning.
    assert_eq!(decode("v=1&preset=chatgpt").scenario.work, Work::Text);
}
