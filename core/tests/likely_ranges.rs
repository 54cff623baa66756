//! Likely ranges (data version 2026.12-6, #33): each uncertain input's low and high are its evidence's 10th and 90th
//! percentiles, and a result's likely range combines them in log space (`energy::Spread::likely`). Here: how wide
//! the presets' per-item ranges are, against every input at its worst and best at once (the ranges before
//! 2026.12-6), and that the likely range sits inside those and around the centre. Coverage on measurements is in
//! `serving_calibration.rs` and `diffusion_calibration.rs`. `cargo test --test likely_ranges -- --nocapture`
//! prints the width table METHODOLOGY.md quotes.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::{evaluate, Range};

fn width(r: Range) -> f64 {
    if r.low > 0.0 {
        r.high / r.low
    } else {
        f64::INFINITY
    }
}

#[test]
fn presets_per_item_likely_ranges_are_quotable() {
    let mut likely = Vec::new();
    println!("| preset | per item, central | likely | ×wide | worst–best | ×wide |");
    println!("|---|---|---|---|---|---|");
    for p in Preset::ALL {
        let r = evaluate(&p.scenario());
        let (item, all) = (r.inference_wh_per_query, r.worst_best.wh_per_query);
        if item.central <= 0.0 {
            continue;
        }
        // Inside every-input-at-its-end, around the centre, and no wider.
        assert!(
            all.low <= item.low
                && item.low <= item.central
                && item.central <= item.high
                && item.high <= all.high,
            "{}: {item:?} vs {all:?}",
            p.id()
        );
        println!(
            "| `{}` | {:.3} Wh | {:.3}–{:.3} | ×{:.1} | {:.3}–{:.3} | ×{:.1} |",
            p.id(),
            item.central,
            item.low,
            item.high,
            width(item),
            all.low,
            all.high,
            width(all)
        );
        likely.push(width(item));
    }
    likely.sort_by(f64::total_cmp);
    let median = likely[likely.len() / 2];
    println!(
        "median likely width ×{median:.2} over {} presets",
        likely.len()
    );
    assert!(median <= 8.0, "median ×{median:.2}");
    // None as wide as the worst of the old ones (×125).
    assert!(likely.iter().all(|w| *w < 40.0), "{likely:?}");
}

#[test]
fn a_fully_specified_configuration_has_only_the_models_own_band() {
    use ai_energy_core::model::serving::Engine;
    let s = ai_energy_core::model::Scenario {
        params: 70e9,
        batch: Some(64.0),
        accelerators_per_replica: Some(4.0),
        engine: Some(Engine::Reference),
        fleet_utilisation: Some(0.7),
        pue: Some(1.2),
        host_overhead: Some(0.8),
        ..Default::default()
    };
    let r = evaluate(&s).inference_wh_per_query;
    let w = width(r);
    assert!(w <= 3.0, "×{w:.2}");
}
