//! Golden links: v1 links printed in articles must keep meaning the same scenario forever, and give the same
//! numbers until the model's data version changes. `tests/golden/links.json` holds, for each link, the
//! scenario it decodes to and every result. To record a deliberate change of results (with a new
//! `DATA_VERSION` and a CHANGELOG.md entry): `BLESS=1 cargo test -p ai-energy-core --test golden_links`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use ai_energy_core::export::results_map;
use ai_energy_core::link::{decode, encode};
use ai_energy_core::model::diffusion::Arch;
use ai_energy_core::model::question::Question;
use ai_energy_core::model::scenario::Field;
use ai_energy_core::model::work::Work;
use ai_energy_core::model::{
    evaluate, newer_version, Scenario, DATA_VERSION, DIFFUSION_DATA_VERSION,
};
use serde_json::{json, Value};

const LINKS: [&str; 81] = [
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
    // Serving engines, FP4, long and cached prompts, agent sessions, current chips and models (2026.12-5).
    "v=1&engine=optimised",
    "v=1&engine=reference&prec=fp8&servehw=h100",
    "v=1&engine=either",
    "v=1&prec=fp4&servehw=b200",
    "v=1&prec=fp4&servehw=h100&engine=optimised&batch=512",
    "v=1&itq=100k&cache=0.9",
    "v=1&itq=10k&cache=50%25&params=400B&active=100B",
    "v=1&turns=50&itq=50k&cache=0.9&tpq=400",
    "v=1&params=671B&active=37B&layers=61&prec=fp8&servehw=gb200",
    "v=1&servehw=b300&prec=fp4&engine=optimised",
    "v=1&servehw=gb300&params=1T&active=32B",
    "v=1&servehw=mi325x&prec=fp8",
    "v=1&servehw=mi355x&prec=fp4",
    "v=1&servehw=ascend910c&params=671B&active=37B",
    "v=1&servehw=h20e&preset=r1",
    "v=1&preset=deepseek-v3",
    "v=1&preset=qwen3-235b&lang=zh",
    "v=1&preset=qwen3-30b",
    "v=1&preset=kimi-k2",
    "v=1&preset=glm-4.5",
    "v=1&preset=gpt-oss-120b",
    "v=1&preset=llama4-maverick",
    "v=1&preset=frontier-chat",
    "v=1&preset=coding-agent&lang=en",
    "v=1&preset=research-agent&b.engine=reference",
    // The question and a person's own use (additions: no result of an older link moves).
    "v=1&q=me&me.gemini=20&me.image-service=3",
    "v=1&q=me",
    "v=1&preset=chatgpt&q=item",
    "v=1&preset=frontier-chat&q=service&lang=en",
    "v=1&q=me&me.coding-agent=2&me.r1=1.5&me.video-service=0.2&b.me.coding-agent=10",
    "v=1&preset=llama70b&b.preset=wan",
    "v=1&q=item&me.gemini=5",
    "v=1&q=me&me.gemini=20&me.image-service=3&metrain=shared",
];

/// Links to images and videos (`work=`), recorded in their own file under their own data version.
const DIFFUSION_LINKS: [&str; 33] = [
    "v=1&work=image",
    "v=1&work=video",
    "v=1&work=image&params=2.5e9&steps=28&width=1024&height=1024&cfg=2&hw=h100&batch=1&gpus=1&pue=1&util=1&host=0",
    "v=1&work=video&params=1.3B&layers=30&hidden=1536&steps=50&width=832&height=480&frames=81&fps=16&cfg=2&batch=4&gpus=2",
    "v=1&work=image&params=1.6B&layers=20&hidden=2240&patch=32&steps=20&servehw=b200",
    "v=1&work=video&frames=1",
    "v=1&work=video&width=7680&height=4320&frames=241&fps=24",
    "v=1&work=image&gpuh=150000&hw=a100",
    "v=1&preset=sd35",
    "v=1&preset=flux",
    "v=1&preset=sd15",
    "v=1&preset=wan&lang=zh",
    "v=1&preset=hunyuanvideo",
    "v=1&preset=video-service&qpd=1000万",
    "v=1&preset=qwen-image",
    "v=1&preset=hunyuan-dit&servehw=b200",
    "v=1&preset=cogvideox",
    "v=1&preset=image-service",
    "v=1&preset=frontier-video&lang=en",
    "v=1&preset=wan&b.preset=hunyuanvideo",
    "v=1&preset=sd35&servehw=l40s",
    "v=1&preset=flux&servehw=l20&prec=fp8",
    // U-Nets and optimised engines (2026.12-7): MLPerf's SDXL as the issue wrote it, ML.ENERGY's SD 2.1 run, a
    // U-Net given only by its size, a U-Net video, a transformer on an optimised engine, and the new presets.
    "v=1&work=image&params=2.6e9&steps=20&width=1024&height=1024&cfg=2&hw=h100&gpus=1&prec=fp8&pue=1&util=1&arch=unet&engine=optimised",
    "v=1&work=image&arch=unet&unet=sd&params=865.9M&steps=50&width=768&height=768&cfg=2&hw=a100&batch=1&gpus=1&pue=1&util=1&host=0&engine=reference",
    "v=1&work=image&arch=unet&unet=size&params=1.3B",
    "v=1&work=video&arch=unet&unet=sd&params=0.86B&frames=16&width=512&height=512",
    "v=1&preset=sd35&prec=fp8&engine=optimised",
    "v=1&preset=sdxl",
    "v=1&preset=sdxl-turbo",
    "v=1&preset=sdxl-lightning&engine=optimised",
    "v=1&preset=lcm",
    "v=1&preset=flux-schnell",
    "v=1&preset=image-service-2026",
];

fn scenario_json(s: &Scenario) -> Value {
    let d = Scenario::default();
    let mut fields = BTreeMap::new();
    for f in Field::ALL {
        // The fields images and videos (2026.12-4), cached prompts and agent sessions (2026.12-5) brought are
        // recorded only where they differ from the default, so that the older links' entries read exactly as they
        // did before them.
        let added_later = newer_version(f.since(), Some("2026.12-4")) == f.since();
        if !added_later || f.get(s) != f.get(&d) {
            fields.insert(ai_energy_core::link::key_of(f), json!(f.get(s)));
        }
    }
    let mut doc = json!({
        "fields": fields,
        "hw": s.hw.spec().id,
        "cur": s.currency.id(),
        "home": s.home.basis().id,
        "ev": s.ev.basis().id,
        "servehw": s.serving_hw.map(|h| h.spec().id),
        "prec": s.precision.id(),
    });
    if s.work != Work::Text {
        doc["work"] = json!(s.work.id());
    }
    // The question and a person's lines (2026.12-5, additions): recorded where a link sets them.
    if s.question != Question::Service {
        doc["q"] = json!(s.question.id());
    }
    if !s.my_use.is_empty() {
        doc["me"] = json!(s
            .my_use
            .lines()
            .map(|l| (l.preset.id(), l.per_day))
            .collect::<Vec<_>>());
    }
    if let Some(engine) = s.engine {
        doc["engine"] = json!(engine.id());
    }
    // The denoiser's architecture and layout (2026.12-7, additions): recorded where a link sets them.
    if s.arch != Arch::Dit {
        doc["arch"] = json!(s.arch.id());
    }
    if let Some(layout) = s.unet {
        doc["unet"] = json!(layout.id());
    }
    doc
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

fn path(file: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(file)
}

#[test]
fn golden_links_keep_their_scenarios_and_numbers() {
    check_golden("links.json", &LINKS, DATA_VERSION);
}

#[test]
fn image_and_video_golden_links_keep_their_scenarios_and_numbers() {
    check_golden(
        "diffusion-links.json",
        &DIFFUSION_LINKS,
        DIFFUSION_DATA_VERSION,
    );
}

fn check_golden(file: &str, links: &[&str], version: &str) {
    if std::env::var_os("BLESS").is_some() {
        let doc = json!({ "data_version": version, "links": links.iter().map(|l| record(l)).collect::<Vec<_>>() });
        let text = serde_json::to_string_pretty(&doc).expect("serialises");
        std::fs::write(path(file), text + "\n").expect("writes golden file");
    }
    let text =
        std::fs::read_to_string(path(file)).expect("the golden file exists (BLESS=1 to create)");
    let golden: Value = serde_json::from_str(&text).expect("golden file is JSON");
    let entries = golden["links"].as_array().expect("links");
    assert_eq!(entries.len(), links.len(), "every golden link is recorded");
    let same_data = golden["data_version"].as_str() == Some(version);
    for (entry, &link) in entries.iter().zip(links) {
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
        // The numbers promise: results move only with a new data version (and a CHANGELOG entry). A result the
        // model did not have when the entry was recorded is an addition, not a move: it is recorded on BLESS.
        let (then, current) = (
            entry["results"].as_object().expect("results"),
            now["results"].as_object().expect("results"),
        );
        for (name, value) in then {
            assert!(
                !same_data || current.get(name) == Some(value),
                "{link}: {name} changed but the data version is still {version}: bump it, explain it in CHANGELOG.md, and BLESS=1"
            );
        }
        assert!(
            current.keys().all(|name| then.contains_key(name)),
            "{link}: a new result is not recorded yet (an addition moves no number): BLESS=1 records it"
        );
    }
    assert!(
        same_data,
        "the data version is {version} but {file} records {}: re-bless after writing CHANGELOG.md",
        golden["data_version"]
    );
}

#[test]
fn golden_links_cover_every_key_and_preset() {
    let all: String = LINKS.join("&") + "&" + &DIFFUSION_LINKS.join("&");
    // `lock` and `theme` change only how the page looks, never a number: the end-to-end embed test covers them.
    for key in ai_energy_core::link::KEYS
        .iter()
        .map(|k| k.key)
        .filter(|k| !["lock", "theme"].contains(k))
    {
        // The lines are one key family: `me.<preset id>=`.
        assert!(
            all.contains(&format!("{key}=")) || all.contains(&format!("{key}.")),
            "{key}"
        );
    }
    for p in ai_energy_core::model::presets::Preset::ALL {
        assert!(all.contains(&format!("preset={}", p.id())), "{}", p.id());
    }
    for link in LINKS.iter().chain(&DIFFUSION_LINKS) {
        assert_eq!(decode(link).problems, [], "{link}");
    }
}

/// A preset's numbers are stored as digits and a power of ten (`presets::Input::Number`): each must come out as the
/// very double a link's decimal text gives, so that a preset and the link that spells it out are the same scenario.
#[test]
fn every_preset_number_is_the_double_its_decimal_text_parses_to() {
    use ai_energy_core::model::presets::{Input, Preset};
    use ai_energy_core::parse::parse_number;
    let mut numbers = 0;
    for p in Preset::ALL {
        let s = p.scenario();
        let inputs = p.all_inputs();
        for (n, input) in inputs.iter().enumerate() {
            let set_again = inputs[n + 1..].iter().any(|later| {
                matches!((later, input), (Input::Number(f, ..), Input::Number(g, ..)) if f == g)
            });
            if set_again {
                continue;
            }
            if let Input::Number(field, digits, exponent) = *input {
                let text = format!("{digits}e{exponent}");
                let want = parse_number(&text).expect("a decimal");
                assert_eq!(field.get(&s), Some(want), "{}: {field:?} = {text}", p.id());
                numbers += 1;
            }
        }
    }
    assert!(numbers > 150, "{numbers}");
}
