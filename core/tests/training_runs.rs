//! Every public training run with published accelerator-hours (Patterson et al. 2021; the BLOOM and StarCoder
//! papers; sources in docs/METHODOLOGY.md), recomputed two ways:
//! 1. from its published accelerator-hours and measured (or stated) power: must land within 10%;
//! 2. from parameters, tokens and hardware alone (default MFU, draw, host and PUE ranges): the error is
//!    reported (docs/METHODOLOGY.md) and the published figure must fall inside the estimated range.
//!
//! 3. accelerator-hours from parameters, tokens and hardware alone, for those runs and the ones that publish
//!    hours but no energy (LLaMA, Llama 2/3/3.1, DeepSeek-V3, SmolLM3, OPT, Pythia model cards): the ratio of each
//!    is printed, with the share within ×1.5 and inside the band.
//!
//! `cargo test --test training_runs -- --nocapture` prints the table.

use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::{evaluate, Scenario};

struct Run {
    name: &'static str,
    active_params: f64,
    tokens: f64,
    hw: Hw,
    accelerator_hours: f64,
    /// Average power per accelerator in the published figure, W (measured system power, or the
    /// assumption the authors multiplied by).
    w_per_accelerator: f64,
    /// PUE in the published figure (1.0 where the figure leaves the facility out).
    pue: f64,
    published_kwh: f64,
}

/// Patterson et al. 2021 Table 4 (hours = chips × days × 24), BLOOM and StarCoder as published.
const RUNS: [Run; 8] = [
    Run {
        name: "T5-11B",
        active_params: 11e9,
        tokens: 600e9,
        hw: Hw::TpuV3,
        accelerator_hours: 512.0 * 20.0 * 24.0,
        w_per_accelerator: 310.0,
        pue: 1.12,
        published_kwh: 85_700.0,
    },
    Run {
        name: "Meena",
        active_params: 2.6e9,
        tokens: 164e9,
        hw: Hw::TpuV3,
        accelerator_hours: 1024.0 * 30.0 * 24.0,
        w_per_accelerator: 289.0,
        pue: 1.09,
        published_kwh: 232_000.0,
    },
    Run {
        name: "GShard-600B",
        active_params: 2.3e9,
        tokens: 1e12,
        hw: Hw::TpuV3,
        accelerator_hours: 1024.0 * 3.1 * 24.0,
        w_per_accelerator: 288.0,
        pue: 1.09,
        published_kwh: 24_100.0,
    },
    Run {
        name: "Switch",
        active_params: 7.41e9,
        tokens: 2e12,
        hw: Hw::TpuV3,
        accelerator_hours: 1024.0 * 27.0 * 24.0,
        w_per_accelerator: 245.0,
        pue: 1.10,
        published_kwh: 179_000.0,
    },
    Run {
        name: "GPT-3",
        active_params: 175e9,
        tokens: 300e9,
        hw: Hw::V100,
        accelerator_hours: 10_000.0 * 14.8 * 24.0,
        w_per_accelerator: 330.0,
        pue: 1.10,
        published_kwh: 1_287_000.0,
    },
    Run {
        name: "XLM",
        active_params: 0.55e9,
        tokens: 7e12,
        hw: Hw::V100,
        accelerator_hours: 512.0 * 20.4 * 24.0,
        w_per_accelerator: 342.0,
        pue: 1.10,
        published_kwh: 94_400.0,
    },
    Run {
        name: "BLOOM-176B",
        active_params: 176.247e9,
        tokens: 366e9,
        hw: Hw::A100,
        accelerator_hours: 1_082_990.0,
        w_per_accelerator: 400.0,
        pue: 1.0,
        published_kwh: 433_196.0,
    },
    Run {
        name: "StarCoderBase",
        active_params: 15.5e9,
        tokens: 1e12,
        hw: Hw::A100,
        accelerator_hours: 320_256.0,
        w_per_accelerator: 280.0,
        pue: 1.0,
        published_kwh: 89_671.68,
    },
];

fn base(run: &Run) -> Scenario {
    Scenario {
        params: run.active_params,
        training_tokens: run.tokens,
        hw: run.hw,
        queries_per_day: 0.0,
        ..Scenario::default()
    }
}

#[test]
fn published_hours_and_power_reproduce_published_energy_within_10_percent() {
    for run in &RUNS {
        let s = Scenario {
            training_accelerator_hours: Some(run.accelerator_hours),
            training_w_per_accelerator: Some(run.w_per_accelerator),
            pue: Some(run.pue),
            ..base(run)
        };
        let kwh = evaluate(&s).training_kwh.central;
        let error = kwh / run.published_kwh - 1.0;
        println!(
            "{:<14} from hours: {:>12.0} kWh vs {:>12.0} published ({:+.1}%)",
            run.name,
            kwh,
            run.published_kwh,
            error * 100.0
        );
        assert!(error.abs() <= 0.10, "{}: {:+.1}%", run.name, error * 100.0);
    }
}

#[test]
fn estimates_from_parameters_tokens_and_hardware_alone() {
    let mut inside = 0;
    let mut ratios = Vec::new();
    for run in &RUNS {
        let r = evaluate(&base(run)).training_kwh;
        let hours = evaluate(&base(run)).training_accelerator_hours.central;
        let error = r.central / run.published_kwh - 1.0;
        let within = (r.low..=r.high).contains(&run.published_kwh);
        inside += usize::from(within);
        println!(
            "{:<14} estimate: {:>12.0} kWh [{:.0}–{:.0}] vs {:.0} published: {:+.0}%{}; hours {:.0} vs {:.0}",
            run.name, r.central, r.low, r.high, run.published_kwh, error * 100.0,
            if within { "" } else { " (outside range)" }, hours, run.accelerator_hours
        );
        ratios.push((run.name, r.central / run.published_kwh));
    }
    for (name, ratio) in ratios {
        // Meena's token count is unverified (public-figures.md): its estimate is printed, not held.
        if name != "Meena" {
            assert!((1.0 / 3.0..=3.0).contains(&ratio), "{name}: ×{ratio:.2}");
        }
    }
    // The range is honest for most runs; the runs it misses are named in docs/METHODOLOGY.md.
    assert!(
        inside >= 5,
        "only {inside} of {} published figures inside the estimated range",
        RUNS.len()
    );
}

/// A run that publishes accelerator-hours (model cards and papers; public-figures.md A1–A2 and the cards named).
struct Hours {
    name: &'static str,
    active_params: f64,
    tokens: f64,
    hw: Hw,
    accelerator_hours: f64,
}

const fn hours(
    name: &'static str,
    active_params: f64,
    tokens: f64,
    hw: Hw,
    accelerator_hours: f64,
) -> Hours {
    Hours {
        name,
        active_params,
        tokens,
        hw,
        accelerator_hours,
    }
}

/// Every run in `RUNS` (Meena excepted: its token count is unverified) and the model cards' runs. LLaMA: paper
/// Table 15 (A100-80GB); Llama 2: paper Table 2 (A100-80GB, 2T tokens); Llama 3 / 3.1: Meta model cards (H100-80GB,
/// "15T+" tokens, 15.6T for 405B per the paper); DeepSeek-V3: technical report (2.788M H800-hours, 14.8T tokens,
/// 37B active); SmolLM3: 384 H100 × 24 days; OPT-175B: 992 A100 × 34 days (the LLaMA paper's assumption) on its
/// 180B-token corpus; Pythia 12B: 72,300 A100-40GB hours for 300B tokens.
const HOUR_RUNS: [Hours; 22] = [
    hours("T5-11B", 11e9, 600e9, Hw::TpuV3, 512.0 * 20.0 * 24.0),
    hours("GShard-600B", 2.3e9, 1e12, Hw::TpuV3, 1024.0 * 3.1 * 24.0),
    hours("Switch", 7.41e9, 2e12, Hw::TpuV3, 1024.0 * 27.0 * 24.0),
    hours("GPT-3", 175e9, 300e9, Hw::V100, 10_000.0 * 14.8 * 24.0),
    hours("XLM", 0.55e9, 7e12, Hw::V100, 512.0 * 20.4 * 24.0),
    hours("BLOOM-176B", 176.247e9, 366e9, Hw::A100, 1_082_990.0),
    hours("StarCoderBase", 15.5e9, 1e12, Hw::A100, 320_256.0),
    hours("LLaMA 7B", 6.7e9, 1e12, Hw::A100, 82_432.0),
    hours("LLaMA 13B", 13.0e9, 1e12, Hw::A100, 135_168.0),
    hours("LLaMA 33B", 32.5e9, 1.4e12, Hw::A100, 530_432.0),
    hours("LLaMA 65B", 65.2e9, 1.4e12, Hw::A100, 1_022_362.0),
    hours("Llama 2 7B", 7e9, 2e12, Hw::A100, 184_320.0),
    hours("Llama 2 13B", 13e9, 2e12, Hw::A100, 368_640.0),
    hours("Llama 2 70B", 70e9, 2e12, Hw::A100, 1_720_320.0),
    hours("OPT-175B", 175e9, 180e9, Hw::A100, 809_472.0),
    hours("Pythia 12B", 11.8e9, 300e9, Hw::A100, 72_300.0),
    hours("Llama 3 8B", 8e9, 15e12, Hw::H100, 1.3e6),
    hours("Llama 3 70B", 70e9, 15e12, Hw::H100, 6.4e6),
    hours("Llama 3.1 8B", 8e9, 15e12, Hw::H100, 1.46e6),
    hours("Llama 3.1 70B", 70e9, 15e12, Hw::H100, 7.0e6),
    hours("Llama 3.1 405B", 405e9, 15.6e12, Hw::H100, 30.84e6),
    hours("DeepSeek-V3", 37e9, 14.8e12, Hw::H800, 2.788e6),
];

/// The share of runs whose estimated hours are within ×1.5 of the published ones, and inside the band.
fn hours_scores(runs: &[Hours]) -> (f64, f64, Vec<(&'static str, f64, bool)>) {
    let rows: Vec<(&'static str, f64, bool)> = runs
        .iter()
        .map(|run| {
            let s = Scenario {
                params: run.active_params,
                training_tokens: run.tokens,
                hw: run.hw,
                queries_per_day: 0.0,
                ..Scenario::default()
            };
            let h = evaluate(&s).training_accelerator_hours;
            let inside = h.low <= run.accelerator_hours && run.accelerator_hours <= h.high;
            (run.name, h.central / run.accelerator_hours, inside)
        })
        .collect();
    let n = rows.len() as f64;
    let within = rows
        .iter()
        .filter(|(_, r, _)| (1.0 / 1.5..=1.5).contains(r))
        .count() as f64
        / n;
    let inside = rows.iter().filter(|(_, _, i)| *i).count() as f64 / n;
    (within, inside, rows)
}

#[test]
fn accelerator_hours_from_parameters_tokens_and_hardware_alone() {
    let (within, inside, rows) = hours_scores(&HOUR_RUNS);
    for (name, ratio, ok) in &rows {
        println!(
            "{name:<15} estimated ÷ published accelerator-hours ×{ratio:.2}{}",
            if *ok { "" } else { " (outside the band)" }
        );
    }
    println!(
        "{} runs: {:.0}% within ×1.5, {:.0}% inside the band",
        rows.len(),
        within * 100.0,
        inside * 100.0
    );
    // Every published run inside the band; most within ×1.5 (the misses are named in docs/METHODOLOGY.md).
    assert_eq!(inside, 1.0, "runs outside the band: {rows:?}");
    assert!(within >= 0.75, "{:.0}% within ×1.5", within * 100.0);
    // GPT-3 from parameters alone no longer overshoots Patterson's energy (it was ×1.39 with the TDP-based draw).
    let gpt3 = RUNS.iter().find(|r| r.name == "GPT-3").expect("GPT-3");
    let kwh = evaluate(&base(gpt3)).training_kwh.central;
    assert!(
        (kwh / gpt3.published_kwh - 1.0).abs() < 0.2,
        "GPT-3 ×{:.2}",
        kwh / gpt3.published_kwh
    );
}

/// The development overhead scales the training run — hours and energy — and nothing else; 1 is the published
/// boundary (the final run), so every earlier link keeps its numbers.
#[test]
fn development_overhead_scales_training_only() {
    use ai_energy_core::model::presets::Preset;
    let bloom = Preset::Bloom.scenario();
    let with_dev = Scenario {
        development_overhead: 1.5,
        ..bloom
    };
    let (a, b) = (evaluate(&bloom), evaluate(&with_dev));
    for (x, y) in [
        (a.training_kwh, b.training_kwh),
        (a.training_accelerator_hours, b.training_accelerator_hours),
    ] {
        assert!((y.central / x.central - 1.5).abs() < 1e-9, "{x:?} → {y:?}");
    }
    assert_eq!(a.inference_wh_per_query, b.inference_wh_per_query);
    assert_eq!(Scenario::default().development_overhead, 1.0);
}
