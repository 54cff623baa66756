//! The U-Net model against measurements (`model::unet`): ML.ENERGY's A100 runs of Stable Diffusion U-Nets, the
//! ones its two constants were fitted on and the ones it never saw, and MLPerf's SDXL on an optimised engine at the
//! wall. `scripts/fit_unet.py` refits the constants and prints each model held out in turn.
//!
//! Every run is given to the calculator as the benchmark ran it: one A100 (400 W, `hw=a100`), the batch, the
//! steps, the pipeline's default size and guidance, the reference engine, and the GPU boundary (no idle capacity,
//! host or PUE).

mod common;

use ai_energy_core::model::diffusion::Arch;
use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::serving::{Engine, Precision};
use ai_energy_core::model::unet::UnetLayout;
use ai_energy_core::model::work::Work;
use ai_energy_core::model::{evaluate, Scenario};
use common::{error_factors, factor, num, Csv};

/// How a benchmarked model is given to the calculator: its layout (`None`: from its size), parameters, the
/// pipeline's default side in pixels and passes per step, and whether the constants were fitted on it.
struct Model {
    id: &'static str,
    layout: Option<UnetLayout>,
    params: f64,
    side_px: f64,
    passes: f64,
    fitted: bool,
}

/// The models, each with where its numbers come from.
const MODELS: [Model; 8] = [
    // unet/config.json sample_size 96 → 768²; 865,910,724 parameters; guidance 7.5 → two passes.
    Model {
        id: "stabilityai/stable-diffusion-2-1",
        layout: Some(UnetLayout::Sd),
        params: 865.9e6,
        side_px: 768.0,
        passes: 2.0,
        fitted: true,
    },
    // A Stable Diffusion 1.5 fine-tune: 512², 859,520,964 parameters, guidance 7.5.
    Model {
        id: "prompthero/openjourney-v4",
        layout: Some(UnetLayout::Sd),
        params: 859.5e6,
        side_px: 512.0,
        passes: 2.0,
        fitted: true,
    },
    // LatentConsistencyModelPipeline: guidance embedded, one pass a step; sample_size 96 → 768².
    Model {
        id: "SimianLuo/LCM_Dreamshaper_v7",
        layout: Some(UnetLayout::Sd),
        params: 859.5e6,
        side_px: 768.0,
        passes: 1.0,
        fitted: true,
    },
    // sample_size 128 → 1024²; guidance 5.0 by default → two passes.
    Model {
        id: "stabilityai/stable-diffusion-xl-base-1.0",
        layout: Some(UnetLayout::Sdxl),
        params: 2_567.5e6,
        side_px: 1024.0,
        passes: 2.0,
        fitted: false,
    },
    // The XL U-Net distilled; sample_size 64 → 512²; the pipeline's default guidance 5.0 (ML.ENERGY did not set
    // 0) → two passes.
    Model {
        id: "stabilityai/sdxl-turbo",
        layout: Some(UnetLayout::Sdxl),
        params: 2_567.5e6,
        side_px: 512.0,
        passes: 2.0,
        fitted: false,
    },
    // XL with blocks removed (1.3B, its model card): given only by its size.
    Model {
        id: "segmind/SSD-1B",
        layout: None,
        params: 1.3e9,
        side_px: 1024.0,
        passes: 2.0,
        fitted: false,
    },
    // Its decoder U-Net (1.22B, model card), 512², guidance 4; the pipeline also runs a 1B prior for 25 steps, which
    // the calculator does not count: it comes out low.
    Model {
        id: "kandinsky-community/kandinsky-2-2-decoder",
        layout: None,
        params: 1.22e9,
        side_px: 512.0,
        passes: 2.0,
        fitted: false,
    },
    // A 3.0B U-Net of its own design at 1024² (model card), given only by its size: the calculator is high.
    Model {
        id: "kandinsky-community/kandinsky-3",
        layout: None,
        params: 3.0e9,
        side_px: 1024.0,
        passes: 2.0,
        fitted: false,
    },
];

fn model(id: &str) -> Option<&'static Model> {
    MODELS.iter().find(|m| m.id == id)
}

/// The calculator's GPU energy per image for a benchmarked run, J: (low, central, high).
fn calculated(m: &Model, steps: f64, batch: f64) -> (f64, f64, f64) {
    let s = Scenario {
        work: Work::Image,
        arch: Arch::Unet,
        unet: m.layout,
        params: m.params,
        width_px: m.side_px,
        height_px: m.side_px,
        steps,
        guidance_passes: Some(m.passes),
        batch: Some(batch),
        accelerators_per_replica: Some(1.0),
        hw: Hw::A100,
        precision: Precision::Bf16,
        engine: Some(Engine::Reference),
        fleet_utilisation: Some(1.0),
        host_overhead: Some(0.0),
        pue: Some(1.0),
        ..Scenario::default()
    };
    let wh = evaluate(&s).inference_wh_per_query;
    (wh.low * 3600.0, wh.central * 3600.0, wh.high * 3600.0)
}

/// One measured run: the model, steps, batch, GPU J per image.
struct Run {
    model: &'static Model,
    steps: f64,
    batch: f64,
    joules: f64,
}

fn runs(file: &str, energy: &str) -> Vec<Run> {
    let csv = Csv::load(file);
    let (id, steps, batch, joules) = (
        csv.col("model"),
        csv.col("steps"),
        csv.col("batch"),
        csv.col(energy),
    );
    csv.rows
        .iter()
        .filter_map(|r| {
            model(&r[id]).map(|m| Run {
                model: m,
                steps: num(&r[steps]),
                batch: num(&r[batch]),
                joules: num(&r[joules]),
            })
        })
        .collect()
}

/// On the runs the two constants were fitted on (`../shared` has them): within ×1.3 each, median ≤ ×1.15.
#[test]
fn the_fitted_runs_are_matched() {
    let runs = runs("mlenergy-v2-image-a100.csv", "measured_j_per_item");
    let fitted: Vec<f64> = runs
        .iter()
        .filter(|r| r.model.fitted)
        .map(|r| calculated(r.model, r.steps, r.batch).1 / r.joules)
        .collect();
    assert_eq!(fitted.len(), 15);
    let (median, _, worst) = error_factors(fitted.iter().copied());
    println!(
        "U-Net fitted: {} runs, median ×{median:.3}, worst ×{worst:.2}",
        fitted.len()
    );
    assert!(median <= 1.15, "median ×{median:.3}");
    assert!(worst <= 1.3, "worst ×{worst:.2}");
}

/// The runs of models the constants never saw (ML.ENERGY's whole A100 set: SDXL, SDXL-Turbo, SSD-1B, Kandinsky
/// 2.2 and 3): median ≤ ×1.3, at least 90% within ×2. Every run of a model with a published layout (SDXL,
/// SDXL-Turbo) within ×1.3; a likely range holds most runs.
#[test]
fn models_never_fitted_are_predicted() {
    let runs = runs("mlenergy-v2-image-a100-all.csv", "j_per_image");
    let unseen: Vec<&Run> = runs.iter().filter(|r| !r.model.fitted).collect();
    assert_eq!(unseen.len(), 54);
    let mut all = Vec::new();
    let mut inside = 0;
    for m in MODELS.iter().filter(|m| !m.fitted) {
        let mine: Vec<f64> = unseen
            .iter()
            .filter(|r| r.model.id == m.id)
            .map(|r| {
                let (low, central, high) = calculated(m, r.steps, r.batch);
                if (low..=high).contains(&r.joules) {
                    inside += 1;
                }
                central / r.joules
            })
            .collect();
        let lo = mine.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = mine.iter().copied().fold(0.0, f64::max);
        println!(
            "never fitted {}: {} runs, calculated ÷ measured {lo:.2}–{hi:.2}",
            m.id,
            mine.len()
        );
        if m.layout.is_some() {
            assert!(
                factor(lo) <= 1.3 && factor(hi) <= 1.3,
                "{}: {lo:.2}–{hi:.2}",
                m.id
            );
        }
        all.extend(mine);
    }
    let n = all.len() as f64;
    let (median, within2, _) = error_factors(all.iter().copied());
    println!(
        "never fitted: median ×{median:.3}, {:.0}% within ×2, {:.0}% inside the likely range",
        within2 * 100.0,
        f64::from(inside) / n * 100.0
    );
    assert!(median <= 1.3, "median ×{median:.3}");
    assert!(within2 >= 0.9, "{within2:.2} within ×2");
    assert!(f64::from(inside) / n >= 0.6, "{inside} inside");
}

/// The fitted models' runs at 30, 40 and 50 steps (ML.ENERGY's whole set) inside their likely range at the rate it
/// claims (70–90%, `Knob::DiffusionFit`'s U-Net spread), with their layouts given.
#[test]
fn likely_ranges_hold_the_fitted_models_runs() {
    let runs = runs("mlenergy-v2-image-a100-all.csv", "j_per_image");
    let mut inside = 0;
    let mut n = 0;
    for r in runs.iter().filter(|r| r.model.layout.is_some()) {
        let (low, _, high) = calculated(r.model, r.steps, r.batch);
        n += 1;
        if (low..=high).contains(&r.joules) {
            inside += 1;
        }
    }
    let share = f64::from(inside) / f64::from(n);
    println!("U-Nets of a published layout: {inside} of {n} runs inside the likely range");
    assert_eq!(n, 60);
    assert!((0.7..=0.9).contains(&share), "{share:.2}");
}

/// MLPerf Inference v4.0 Power's SDXL on 8×H100 with TensorRT, one pipeline a GPU, at the wall
/// (`tests/data/mlperf-sdxl.csv`): the issue's own link with `arch=unet&engine=optimised` within ×1.3 of every
/// row, and inside the range (the host's share keeps its range, as for text); the reference engine clearly higher.
#[test]
fn an_optimised_engine_matches_mlperf_sdxl_at_the_wall() {
    let csv = Csv::load("mlperf-sdxl.csv");
    let wh_col = csv.col("wall_wh_per_image");
    assert_eq!(csv.rows.len(), 4);
    for (engine, bound) in [("optimised", 1.3), ("reference", f64::INFINITY)] {
        let link = format!(
            "work=image&params=2.6e9&steps=20&width=1024&height=1024&cfg=2&hw=h100&gpus=1&prec=fp8&pue=1&util=1&arch=unet&engine={engine}"
        );
        let s = ai_energy_core::link::decode(&link).scenario;
        let got = evaluate(&s).inference_wh_per_query;
        for row in &csv.rows {
            let measured = num(&row[wh_col]);
            let ratio = got.central / measured;
            println!(
                "MLPerf SDXL {measured} Wh, {engine} engine: {:.3} Wh (×{ratio:.2}), range {:.3}–{:.3}",
                got.central, got.low, got.high
            );
            if engine == "optimised" {
                assert!(factor(ratio) <= bound, "×{ratio:.2}");
                assert!(got.low <= measured && measured <= got.high);
            } else {
                assert!(ratio > 1.5, "reference ×{ratio:.2}");
            }
        }
    }
    // Without `arch=unet` the same link computes a transformer over 64² patches: ×9, as the issue found.
    let dit = ai_energy_core::link::decode(
        "work=image&params=2.6e9&steps=20&width=1024&height=1024&cfg=2&hw=h100&gpus=1&prec=fp8&pue=1&util=1",
    )
    .scenario;
    assert!(evaluate(&dit).inference_wh_per_query.central > 1.0);
}

/// MLPerf's SDXL Power results that are not in the project's reference files (other rounds and accelerators:
/// `tests/data/mlperf-sdxl-more.csv`, from the MLCommons results): the same link on each system's accelerator with
/// `engine=optimised`: H200 (v4.1), B200 (v5.1) and the power-capped L40S (v4.0, 280 W of its 350) each within ×1.3
/// and inside its range. Qualcomm's Cloud AI 100 rows are left out: that accelerator is not in the hardware table.
#[test]
fn an_optimised_engine_matches_mlperf_sdxl_on_other_accelerators() {
    let csv = Csv::load("mlperf-sdxl-more.csv");
    let (hw, wh_col) = (csv.col("hw"), csv.col("wall_wh_per_image"));
    assert_eq!(csv.rows.len(), 6);
    for row in &csv.rows {
        let link = format!(
            "work=image&params=2.6e9&steps=20&width=1024&height=1024&cfg=2&hw={}&gpus=1&prec=fp8&pue=1&util=1&arch=unet&engine=optimised",
            row[hw]
        );
        let got = evaluate(&ai_energy_core::link::decode(&link).scenario).inference_wh_per_query;
        let measured = num(&row[wh_col]);
        let ratio = got.central / measured;
        println!(
            "MLPerf SDXL on {}: measured {measured} Wh, calculated {:.4} Wh (×{ratio:.2}), range {:.3}–{:.3}",
            row[hw], got.central, got.low, got.high
        );
        assert!(factor(ratio) <= 1.3, "{}: ×{ratio:.2}", row[hw]);
        assert!(got.low <= measured && measured <= got.high, "{}", row[hw]);
    }
}
