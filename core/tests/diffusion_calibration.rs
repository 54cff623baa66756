//! The diffusion model (`model::diffusion`) against 717 published GPU measurements of 9 image and video models
//! (ML.ENERGY Leaderboard v3.0, `tests/data/mlenergy-v3-diffusion.csv`). Held out: every third model sorted by
//! name (Hunyuan-DiT 1.2, SANA 1.5 4.8B, Wan 2.1 1.3B) was left out of the fit of the four constants. Each model's
//! shape (layers, width, pixels per token, guidance) is taken from its published config; the same rows are also
//! checked with the shape estimated from the size alone, as a link that gives only `params` gets it.
//! `cargo test --test diffusion_calibration -- --nocapture` prints the table.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{num, Csv};

use ai_energy_core::link::decode;
use ai_energy_core::model::assumptions::{Knob, DIFFUSION_FIT_SHAPE_UNKNOWN};
use ai_energy_core::model::diffusion::{self, joules_per_item, latent_tokens, Denoiser};
use ai_energy_core::model::evaluate;
use ai_energy_core::model::hardware::Hw;

/// A model's published shape: (layers, hidden width, pixels per latent token each side, passes per step).
/// Sources: each model's `transformer/config.json` on Hugging Face. CogVideoX 1.5 also patches 2 latent frames
/// into one token: 16 · √2 pixels each side gives the same token count.
fn shape(model: &str) -> (f64, f64, f64, f64) {
    match model {
        "Stable Diffusion 3.5 Large" => (38.0, 2432.0, 16.0, 2.0),
        "Stable Diffusion 3.5 Medium" => (24.0, 1536.0, 16.0, 2.0),
        "SANA 1.5 1.6B" => (20.0, 2240.0, 32.0, 2.0),
        "SANA 1.5 4.8B" => (60.0, 2240.0, 32.0, 2.0),
        "Hunyuan-DiT 1.2" => (40.0, 1408.0, 16.0, 2.0),
        "CogVideoX 2B" => (30.0, 1920.0, 16.0, 2.0),
        "CogVideoX 1.5 5B" => (42.0, 3072.0, 22.6, 2.0),
        // Guidance-distilled: one pass a step.
        "HunyuanVideo" => (60.0, 3072.0, 16.0, 1.0),
        "Wan 2.1 1.3B" => (30.0, 1536.0, 16.0, 2.0),
        other => panic!("no shape for {other}"),
    }
}

#[derive(Clone)]
struct Measured {
    model: String,
    params: f64,
    hw: Hw,
    gpus: f64,
    batch: f64,
    width: f64,
    height: f64,
    frames: f64,
    steps: f64,
    joules_per_item: f64,
}

fn load() -> Vec<Measured> {
    let csv = Csv::load("mlenergy-v3-diffusion.csv");
    let (nick, active, gpu, gpus, batch, width, height, frames, steps, joules) = (
        csv.col("nickname"),
        csv.col("active_params_b"),
        csv.col("gpu"),
        csv.col("gpus"),
        csv.col("batch"),
        csv.col("width"),
        csv.col("height"),
        csv.col("frames"),
        csv.col("steps"),
        csv.col("gpu_joules_per_item"),
    );
    csv.rows
        .iter()
        .map(|c| Measured {
            model: c[nick].clone(),
            params: num(&c[active]) * 1e9,
            hw: match c[gpu].as_str() {
                "H100" => Hw::H100,
                "B200" => Hw::B200,
                other => panic!("unknown GPU {other}"),
            },
            gpus: num(&c[gpus]),
            batch: num(&c[batch]),
            width: num(&c[width]),
            height: num(&c[height]),
            frames: num(&c[frames]),
            steps: num(&c[steps]),
            joules_per_item: num(&c[joules]),
        })
        .collect()
}

/// Modelled GPU joules per item, with the published shape or with the shape estimated from the size.
fn modelled(m: &Measured, shape_known: bool) -> f64 {
    let (layers, hidden, px, passes) = shape(&m.model);
    let spec = m.hw.spec();
    joules_per_item(&Denoiser {
        params: m.params,
        arch: diffusion::Arch::Dit,
        unet: None,
        layers: diffusion::layers(m.params, shape_known.then_some(layers)),
        hidden: diffusion::hidden(m.params, shape_known.then_some(hidden)),
        tokens: latent_tokens(m.width, m.height, 1.0, px),
        frames: diffusion::latent_frames(m.frames),
        step_overhead_s: 0.0,
        // Images are decoded once each (the benchmark's pipeline does it); videos' 3D decoders are not counted.
        decode_flops: if m.frames > 1.0 {
            0.0
        } else {
            diffusion::DECODER_FLOPS_PER_PIXEL * m.width * m.height
        },
        steps: m.steps,
        passes,
        batch: m.batch,
        accelerators: m.gpus,
        peak_flops: spec.peak_flops,
        linear_peak_flops: spec.peak_flops,
        hbm_bytes_per_s: spec.hbm_bytes_per_s,
        tdp_w: spec.rated_w,
    })
}

/// (median ×error, share within ×2, worst ×error) of modelled vs measured.
fn errors(rows: &[&Measured], shape_known: bool) -> (f64, f64, f64) {
    common::error_factors(
        rows.iter()
            .map(|m| modelled(m, shape_known) / m.joules_per_item),
    )
}

fn held_out(rows: &[Measured]) -> Vec<String> {
    let mut models: Vec<String> = rows.iter().map(|m| m.model.clone()).collect();
    models.sort();
    models.dedup();
    models.into_iter().skip(2).step_by(3).collect()
}

#[test]
fn the_diffusion_model_fits_measured_gpus_and_models_it_never_saw() {
    let rows = load();
    assert_eq!(rows.len(), 717);
    let hold = held_out(&rows);
    assert_eq!(
        hold,
        ["Hunyuan-DiT 1.2", "SANA 1.5 4.8B", "Wan 2.1 1.3B"],
        "the held-out models"
    );
    let fit: Vec<&Measured> = rows.iter().filter(|m| !hold.contains(&m.model)).collect();
    let test: Vec<&Measured> = rows.iter().filter(|m| hold.contains(&m.model)).collect();
    let all: Vec<&Measured> = rows.iter().collect();
    println!("| rows | shape | n | median ×error | within ×2 | worst |\n|---|---|---|---|---|---|");
    for (name, set) in [("fitted", &fit), ("held out", &test), ("all", &all)] {
        for known in [true, false] {
            let (median, within, worst) = errors(set, known);
            println!(
                "| {name} | {} | {} | ×{median:.2} | {:.1}% | ×{worst:.2} |",
                if known { "published" } else { "from size" },
                set.len(),
                within * 100.0
            );
            if known {
                // The bar, met with the published shape on the fit and on the held-out models.
                assert!(median <= 1.3, "{name}: median ×{median:.2}");
                assert!(within >= 0.9, "{name}: {within:.2} within ×2");
                assert!(worst <= 3.0, "{name}: worst ×{worst:.2}");
            } else {
                // From the size alone the shape's spread adds error; the band widens to carry it.
                assert!(
                    median <= 1.6 && within >= 0.8 && worst <= 4.0,
                    "{name}: ×{median:.2} {within:.2} ×{worst:.2}"
                );
            }
        }
    }
}

/// The share of measurements inside modelled × the fit knob's 10th–90th percentile band.
fn inside_band(rows: &[Measured], shape_known: bool) -> f64 {
    let band = if shape_known {
        Knob::DiffusionFit.default_range()
    } else {
        DIFFUSION_FIT_SHAPE_UNKNOWN
    };
    let inside = rows
        .iter()
        .filter(|m| {
            let r = m.joules_per_item / modelled(m, shape_known);
            band.low <= r && r <= band.high
        })
        .count();
    inside as f64 / rows.len() as f64
}

/// The likely range of a fully specified configuration is this band alone (the only uncertain input left): it
/// holds most measurements, and not all of them (70–90%, #33), on the fitted and on the held-out models.
#[test]
fn the_per_item_band_contains_most_measurements() {
    let rows = load();
    let hold = held_out(&rows);
    for (name, held) in [("fitted", false), ("held out", true)] {
        let set: Vec<Measured> = rows
            .iter()
            .filter(|m| hold.contains(&m.model) == held)
            .cloned()
            .collect();
        let known = inside_band(&set, true);
        let from_size = inside_band(&set, false);
        println!(
            "{name} ({} measurements), inside the likely range: {:.1}% with the published shape, {:.1}% from the size",
            set.len(),
            known * 100.0,
            from_size * 100.0
        );
        assert!((0.7..=0.9).contains(&known), "{name}: {known}");
        assert!((0.7..=0.9).contains(&from_size), "{name}: {from_size}");
    }
}

/// The calculator itself, through a link at the GPU boundary (`pue=1&util=1&host=0`), gives exactly the
/// modelled energy of the measured configuration, and the measurement within ×2 (SD3.5 Large, one H100, batch 1:
/// measured 4,420 J an image; the model says ×1.57 more, one of its larger misses on a single GPU).
#[test]
fn a_link_at_the_gpu_boundary_is_the_model_of_the_measurement() {
    let rows = load();
    let row = rows
        .iter()
        .find(|m| {
            m.model == "Stable Diffusion 3.5 Large"
                && m.hw == Hw::H100
                && m.gpus == 1.0
                && m.batch == 1.0
        })
        .expect("the row");
    let r = evaluate(
        &decode("work=image&params=8.1B&layers=38&hidden=2432&steps=28&width=1024&height=1024&cfg=2&hw=h100&batch=1&gpus=1&pue=1&util=1&host=0").scenario,
    );
    let wh = r.inference_wh_per_query.central;
    assert!(
        (wh * 3_600.0 / modelled(row, true) - 1.0).abs() < 1e-9,
        "{wh}"
    );
    let ratio = wh * 3_600.0 / row.joules_per_item;
    assert!((0.5..2.0).contains(&ratio), "{ratio}");
}
