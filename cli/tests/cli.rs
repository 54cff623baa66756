//! The `ai-energy` command line prints exactly the model's numbers for a link, as one JSON object.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use ai_energy_core::link::decode;
use ai_energy_core::model::evaluate;
use ai_energy_core::model::Metric;

fn run(arg: &str) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_ai-energy"))
        .arg(arg)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn wiring_the_cli_prints_every_result_as_low_central_high_identical_to_the_model() {
    for link in [
        "",
        "preset=gpt3",
        "https://x.example/?v=1&params=70B&qpd=2.7亿&tpq=800&home=us",
        "preset=chatgpt&days=365",
    ] {
        let json = run(link);
        let results = evaluate(&decode(link).scenario);
        for (name, range) in Metric::ALL.map(|m| (m.key(), results.get(m))) {
            let r = &json[name];
            assert_eq!(r["low"].as_f64(), Some(range.low), "{link} {name}");
            assert_eq!(r["central"].as_f64(), Some(range.central), "{link} {name}");
            assert_eq!(r["high"].as_f64(), Some(range.high), "{link} {name}");
        }
        assert!(
            json["problems"].as_array().is_some_and(|p| p.is_empty()),
            "{link}"
        );
    }
}

#[test]
fn lists_every_result_name_in_the_models_order() {
    let json = run("--metrics");
    let names: Vec<&str> = json
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|n| n.as_str())
        .collect();
    assert_eq!(names, ai_energy_core::model::Metric::ALL.map(|m| m.key()));
    // The page's result hooks, as the end-to-end tests use them.
    assert!(names.contains(&"total_kwh") && names.contains(&"training_share"));
}

#[test]
fn prints_how_a_query_is_served() {
    let json = run("params=70B&servehw=h200&batch=8&gpus=2&prec=fp8&util=1&pue=1&host=0");
    let sv = &json["serving"];
    assert_eq!(sv["accelerators_per_replica"].as_f64(), Some(2.0));
    assert_eq!(sv["batch"].as_f64(), Some(8.0));
    assert_eq!(
        sv["bound"].as_str(),
        Some("memory"),
        "batch 8 decodes at memory speed"
    );
    let jpt = sv["accelerator_joules_per_output_token"]
        .as_f64()
        .unwrap_or(0.0);
    assert!(jpt > 0.2 && jpt < 5.0, "{jpt} J per token");
    // At the benchmark boundary (no idle, host or PUE) Wh per 1,000 tokens is J per token ÷ 3.6.
    let wh = sv["wh_per_1000_output_tokens"].as_f64().unwrap_or(0.0);
    assert!((wh - jpt / 3.6).abs() < 1e-9 * wh.max(1.0), "{wh} vs {jpt}");
    let tps = sv["output_tokens_per_second_per_replica"]
        .as_f64()
        .unwrap_or(0.0);
    let step = sv["step_seconds"].as_f64().unwrap_or(1.0);
    assert!((tps * step - 8.0).abs() < 1e-9);
}

#[test]
fn names_the_dominant_assumption_and_the_problems() {
    let json = run("params=lots&hw=h900&qpd=1亿");
    let problems: Vec<&str> = json["problems"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("params") && problems[1].contains("h900"),
        "{problems:?}"
    );
    assert_eq!(json["dominant_assumption"].as_str(), Some("batch"));
    assert_eq!(json["link"].as_str(), Some("v=1"));
}

#[test]
fn a_comparison_link_prints_a_b_and_their_ratio() {
    let link = "?v=1&preset=gpt3&b.preset=gpt4&b.pue=1.09";
    let d = decode(link);
    let (a, b) = (
        evaluate(&d.scenario),
        evaluate(&d.b.clone().expect("a pair")),
    );
    let out = run(link);
    for m in Metric::ALL {
        assert_eq!(
            out["a"][m.key()]["central"].as_f64(),
            Some(a.get(m).central)
        );
        assert_eq!(
            out["b"][m.key()]["central"].as_f64(),
            Some(b.get(m).central)
        );
        let ratio = out["ratio"][m.key()].as_f64();
        let want = (a.get(m).central > 0.0).then(|| b.get(m).central / a.get(m).central);
        assert_eq!(ratio, want, "{}", m.key());
    }
    assert!(
        out["link"].as_str().is_some_and(|l| l.contains("b.")),
        "{out}"
    );
    // A link without b. keys is one scenario, as before.
    assert!(run("?v=1&pue=1.58").get("a").is_none());
}

#[test]
fn keys_lists_the_scenarios_table_in_link_order_with_limits_choices_and_defaults() {
    use ai_energy_core::link::{KeyKind, KEYS};
    let keys = run("--keys");
    let listed: Vec<&str> = keys
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|k| k["key"].as_str())
        .collect();
    let scheme: Vec<&str> = KEYS
        .iter()
        .filter(|k| !matches!(k.kind, KeyKind::View(_)))
        .map(|k| k.key)
        .collect();
    assert_eq!(listed, scheme);
    let key = |name: &str| {
        keys.as_array()
            .and_then(|all| all.iter().find(|k| k["key"] == name))
            .cloned()
            .expect("listed")
    };
    assert_eq!(key("params")["default"].as_f64(), Some(175e9));
    assert_eq!(key("params")["limits"][1].as_f64(), Some(1e14));
    assert_eq!(key("pue")["default"], serde_json::Value::Null);
    assert_eq!(key("engine")["default"], "either");
    assert!(key("hw")["choices"]
        .as_array()
        .is_some_and(|c| c.iter().any(|id| id == "gb200")));
    assert_eq!(key("turns")["since"], "2026.12-5");
}
