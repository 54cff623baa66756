//! Golden links: v1 links printed in articles must keep meaning the same scenario forever, and give the same
//! numbers until the model's data version changes. `tests/golden/links.json` holds, for each link, the
//! scenario it decodes to and every result. To record a deliberate change of results (with a new
//! `DATA_VERSION` and a CHANGELOG.md entry): `BLESS=1 cargo test -p ai-energy-core --test golden_links`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use ai_energy_core::export::results_map;
use ai_energy_core::link::{decode, encode};
use ai_energy_core::model::scenario::Field;
use ai_energy_core::model::{evaluate, Scenario, DATA_VERSION};
use serde_json::{json, Value};

const LINKS: [&str; 48] = [
    "",
    "v=1",
    "?v=1&preset=gpt3",
    "v=1&preset=bloom",
    "v=1&preset=bloom&dev=1.5",
    "v=1&preset=gpt4",
    "v=1&preset=chatgpt",
    "v=1&preset=gemini",
    "v=1&preset=ondevice",
    "v=1&params=70B",
    "v=1&params=700亿",
    "v=1&params=1.8T&active=280B",
    "v=1&params=1.8万亿&active=2800亿",
    "v=1&tokens=15.6e12",
    "v=1&tokens=15.6万亿",
    "v=1&hw=a100&gpuh=57M",
    "v=1&hw=v100&gpuh=3552000&trainw=330&pue=1.1",
    "v=1&mfu=35%25",
    "v=1&mfu=0.2",
    "v=1&qpd=2.7亿",
    "v=1&qpd=270M",
    "v=1&qpd=13.5亿&days=30",
    "v=1&tpq=1500&itq=10000",
    "v=1&itq=10k",
    "v=1&days=730&growth=0.5",
    "v=1&growth=-20%25",
    "v=1&pue=1.09&host=0.3",
    "v=1&grid=41&wue=0.5",
    "v=1&price=0.541",
    "v=1&price=0.0892&cur=usd",
    "v=1&price=0.2&cur=eur&home=de",
    "v=1&home=us&ev=modely",
    "v=1&home=uk",
    "v=1&home=jp",
    "v=1&hw=h800&lang=zh",
    "v=1&hw=b200&lang=en&embed=1",
    "https://example.org/calc/?v=1&preset=chatgpt&qpd=5%E4%BA%BF&hw=mi300x&home=us#results",
    "v=1&hw=h20&batch=128&prec=fp8",
    "v=1&servehw=ascend910b&gpus=16&util=0.5",
    "v=1&params=70B&servehw=h200&batch=8&gpus=2&util=1&pue=1&host=0",
    "v=1&params=671B&active=37B&tpq=8000&prec=fp8&servehw=h20&batch=64",
    "v=1&params=8B&prec=int4&batch=256&servehw=same",
    "v=1&preset=r1",
    "v=1&preset=r1-h20",
    "v=1&preset=r1-ascend&lang=zh",
    "v=1&preset=llama8b&batch=64",
    "v=1&preset=llama70b",
    "v=1&preset=moe&qpd=1亿",
];

fn scenario_json(s: &Scenario) -> Value {
    let mut fields = BTreeMap::new();
    for f in Field::ALL {
        fields.insert(ai_energy_core::link::key_of(f), json!(f.get(s)));
    }
    json!({
        "fields": fields,
        "hw": s.hw.spec().id,
        "cur": s.currency.id(),
        "home": s.home.basis().id,
        "ev": s.ev.basis().id,
        "servehw": s.serving_hw.map(|h| h.spec().id),
        "prec": s.precision.id(),
    })
}

fn record(link: &str) -> Value {
    let d = decode(link);
    let r = evaluate(&d.scenario);
    json!({
        "link": link,
        "canonical": encode(&d.scenario, &d.view),
        "problems": d.problems.len(),
        "scenario": scenario_json(&d.scenario),
        "results": results_map(&r),
    })
}

fn path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/links.json")
}

#[test]
fn golden_links_keep_their_scenarios_and_numbers() {
    if std::env::var_os("BLESS").is_some() {
        let doc = json!({ "data_version": DATA_VERSION, "links": LINKS.iter().map(|l| record(l)).collect::<Vec<_>>() });
        let text = serde_json::to_string_pretty(&doc).expect("serialises");
        std::fs::write(path(), text + "\n").expect("writes golden file");
    }
    let text = std::fs::read_to_string(path())
        .expect("tests/golden/links.json exists (BLESS=1 to create)");
    let golden: Value = serde_json::from_str(&text).expect("golden file is JSON");
    let entries = golden["links"].as_array().expect("links");
    assert_eq!(entries.len(), LINKS.len(), "every golden link is recorded");
    let same_data = golden["data_version"].as_str() == Some(DATA_VERSION);
    for (entry, link) in entries.iter().zip(LINKS) {
        let now = record(link);
        assert_eq!(entry["link"], now["link"]);
        // The scheme promise: a v1 link always means the same scenario.
        assert_eq!(
            entry["scenario"], now["scenario"],
            "{link}: the link's scenario changed"
        );
        assert_eq!(
            entry["canonical"], now["canonical"],
            "{link}: the canonical form changed"
        );
        assert_eq!(
            entry["problems"], now["problems"],
            "{link}: problems changed"
        );
        // The numbers promise: results move only with a new data version (and a CHANGELOG entry).
        assert!(
            !same_data || entry["results"] == now["results"],
            "{link}: results changed but DATA_VERSION is still {DATA_VERSION}: bump it, explain it in CHANGELOG.md, and BLESS=1"
        );
    }
    assert!(
        same_data,
        "DATA_VERSION is {DATA_VERSION} but the golden file records {}: re-bless after writing CHANGELOG.md",
        golden["data_version"]
    );
}

#[test]
fn golden_links_cover_every_key_and_preset() {
    let all: String = LINKS.join("&");
    // `lock` and `theme` change only how the page looks, never a number: the end-to-end embed test covers them.
    for key in ai_energy_core::link::KEYS
        .iter()
        .map(|k| k.key)
        .filter(|k| !["lock", "theme"].contains(k))
    {
        assert!(all.contains(&format!("{key}=")), "{key}");
    }
    for p in ai_energy_core::model::presets::Preset::ALL {
        assert!(all.contains(&format!("preset={}", p.id())), "{}", p.id());
    }
    for link in LINKS {
        assert_eq!(decode(link).problems, [], "{link}");
    }
}
