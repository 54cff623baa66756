//! The model against public per-query disclosures and training runs (Epoch AI 2025, Google 2025, Patterson et al. 2021; sources in docs/METHODOLOGY.md).

use ai_energy::model::equivalence::HomeRegion;
use ai_energy::model::hardware::Hw;
use ai_energy::model::Metric;
use ai_energy::model::{evaluate, Scenario};

fn within(got: f64, want: f64, tolerance: f64) -> bool {
    (got - want).abs() <= want * tolerance
}

/// Epoch AI (2025): GPT-4o-like, 100B active, 500 output tokens, H100, 10% utilisation → ~0.3 Wh.
#[test]
fn per_query_energy_is_calibrated_to_epoch() {
    let s = Scenario {
        params: 400e9,
        active_params: Some(100e9),
        output_tokens_per_query: 500.0,
        input_tokens_per_query: 0.0,
        hw: Hw::H100,
        pue: Some(1.2),
        ..Scenario::default()
    };
    let r = evaluate(&s);
    let wh = r.inference_wh_per_query;
    assert!(
        within(wh.central, 0.30, 0.10),
        "central {:.3} Wh",
        wh.central
    );
    // The range must contain the other public figures with their boundaries: Gemini 0.24, Altman 0.34.
    assert!(wh.low < 0.24 && wh.high > 0.34, "{wh:?}");
}

/// Twice the queries a day, twice the daily energy: serving has no fixed part per day.
#[test]
fn daily_energy_doubles_with_queries() {
    let s = Scenario::default();
    let once = evaluate(&s).inference_kwh_per_day;
    let doubled = evaluate(&Scenario {
        queries_per_day: 2.0 * s.queries_per_day,
        ..s.clone()
    })
    .inference_kwh_per_day;
    for (a, b) in [
        (once.low, doubled.low),
        (once.central, doubled.central),
        (once.high, doubled.high),
    ] {
        assert!(within(b, 2.0 * a, 1e-12), "{a} -> {b}");
    }
}

/// GPT-3 (Patterson et al. 2021): 10,000 V100 × 14.8 days at 330 W measured per chip, PUE 1.10 → 1,287 MWh.
#[test]
fn gpt3_training_from_accelerator_hours_and_measured_power() {
    let s = Scenario {
        params: 175e9,
        training_tokens: 300e9,
        hw: Hw::V100,
        training_accelerator_hours: Some(10_000.0 * 14.8 * 24.0),
        training_w_per_accelerator: Some(330.0),
        pue: Some(1.10),
        ..Scenario::default()
    };
    let r = evaluate(&s);
    assert!(
        within(r.training_kwh.central, 1_287_000.0, 0.10),
        "{:?}",
        r.training_kwh
    );
    assert_eq!(
        r.training_kwh.low, r.training_kwh.high,
        "nothing uncertain is left"
    );
}

#[test]
fn household_years_follow_the_chosen_region() {
    let cn = evaluate(&Scenario::default());
    let us = evaluate(&Scenario {
        home: HomeRegion::Usa,
        ..Scenario::default()
    });
    let ratio = cn.household_years.central / us.household_years.central;
    assert!(within(ratio, 10_715.0 / 2_600.0, 1e-9), "{ratio}");
}

#[test]
fn every_result_is_finite_non_negative_and_ordered() {
    let r = evaluate(&Scenario::default());
    for (name, range) in Metric::ALL.map(|m| (m.key(), r.get(m))) {
        assert!(range.is_finite(), "{name}");
        assert!(range.low >= 0.0, "{name}");
        assert!(
            range.low <= range.central && range.central <= range.high,
            "{name}"
        );
    }
    assert!(r.dominant().is_some());
}
