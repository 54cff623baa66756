//! The claim checker's verdict for every claim of the articles the calculator answers.

use ai_energy_core::model::claims::{check_all, ClaimId, Verdict};

/// Expected verdicts: `Some(f)` = off by about ×f (±10%), `None` = the named verdict.
enum Expect {
    Consistent,
    Off(f64),
    Unverified,
    Context,
}

fn expected(id: ClaimId) -> Expect {
    use Expect::*;
    match id {
        ClaimId::BloomTrain
        | ClaimId::Gpt3Train
        | ClaimId::ChatgptMonth
        | ClaimId::InferShare
        | ClaimId::H100Home
        | ClaimId::PriceEastWest
        | ClaimId::PriceFusion => Consistent,
        ClaimId::BloomHouseholds => Off(117.0 / (433_196.0 / 2_600.0)),
        ClaimId::Gpt3Tesla => Off(96_000.0 / (1_289_376.0 / 0.158)),
        ClaimId::Gpt4Train => Off(1.2e8 / 41_860_800.0),
        ClaimId::Gpt4Households => Off(3_000.0 / (1.2e8 / 2_600.0)),
        // A charge (12 Wh) against SD3.5 Large's 4.55 Wh an image at the wall (the diffusion model, central).
        ClaimId::ImagePhone => Off(12.0 / 4.55),
        // 7× against measured draw: 8.35 kW (DGX A100–H100) over 0.55 kW (0.3–0.8).
        ClaimId::ServerPsu => Off(7.0 / (8.35 / 0.55)),
        ClaimId::SmrSaving => Off(0.10 / ((0.066 + 0.0892) / 2.0)),
        ClaimId::OnePflopsCost => Off(1e7 / 8_970.0),
        // Doubling every 3.5 months against Epoch AI's measured 4.5× a year.
        ClaimId::ComputeGrowth => Off(2f64.powf(12.0 / 3.5) / 4.5),
        ClaimId::PueLiquid => Unverified,
        ClaimId::Gpt35Cost
        | ClaimId::H100Price
        | ClaimId::AiNetherlands
        | ClaimId::ChinaGen
        | ClaimId::PowerGrowth
        | ClaimId::Edge => Context,
    }
}

#[test]
fn every_claim_is_checked_once_in_order() {
    let ids: Vec<ClaimId> = check_all().iter().map(|c| c.id).collect();
    assert_eq!(ids, ClaimId::ALL);
    let mut names: Vec<&str> = ClaimId::ALL.iter().map(|c| c.id()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        ClaimId::ALL.len(),
        "every claim has its own name"
    );
}

#[test]
fn every_verdict_is_as_recomputed() {
    for c in check_all() {
        assert!(
            c.recomputed.is_finite() && c.recomputed.low >= 0.0,
            "{:?}",
            c.id
        );
        for lang in ai_energy_core::lang::Lang::ALL {
            let reason = lang.claim_reason(&c);
            assert!(
                !lang.claim_printed(c.id).is_empty() && !reason.is_empty(),
                "{:?} has words in {lang:?}",
                c.id
            );
        }
        // Every number the explanation quotes is a real one (a formatter would print a non-finite one as "—").
        let quoted = format!("{:?}", c.reason);
        assert!(
            !quoted.contains("NaN") && !quoted.contains("inf"),
            "{quoted}"
        );
        match (expected(c.id), c.verdict) {
            (Expect::Consistent, Verdict::Consistent)
            | (Expect::Unverified, Verdict::Unverified)
            | (Expect::Context, Verdict::Context) => {}
            (Expect::Off(want), Verdict::Off { factor }) => {
                assert!(
                    (factor / want - 1.0).abs() < 0.10,
                    "{:?}: ×{factor:.3}, expected ×{want:.3}",
                    c.id
                );
            }
            (_, got) => panic!("{:?}: got {got:?}, recomputed {:?}", c.id, c.recomputed),
        }
    }
}

#[test]
fn the_headline_inconsistencies_are_named() {
    let by_id = |id: ClaimId| check_all().into_iter().find(|c| c.id == id).expect("claim");
    // BLOOM's 117 households hold only at ~3,700 kWh per household-year.
    let implied = 433_000.0 / by_id(ClaimId::BloomHouseholds).claimed;
    assert!((implied - 3_700.0).abs() < 10.0, "{implied}");
    // 3,000 Teslas × 32 km is ~1% of GPT-3's training energy.
    let tesla = by_id(ClaimId::Gpt3Tesla);
    assert!((tesla.claimed / tesla.recomputed.central - 0.0118).abs() < 0.001);
    // 1.2亿度 = 3,000 households implies 40,000 kWh per household-year.
    assert_eq!(1.2e8 / by_id(ClaimId::Gpt4Households).claimed, 40_000.0);
}

#[test]
fn the_edge_claim_compares_two_model_sizes_on_the_same_hardware() {
    use ai_energy_core::model::claims::Reason;
    use ai_energy_core::model::presets::Preset;
    use ai_energy_core::model::Scenario;
    let edge = check_all()
        .into_iter()
        .find(|c| c.id == ClaimId::Edge)
        .expect("claim");
    let (large, small) = (Scenario::default(), Preset::OnDevice.scenario());
    assert_eq!(large.hw, small.hw, "same accelerator");
    assert_eq!(large.output_tokens_per_query, small.output_tokens_per_query);
    // On the same hardware and tokens the smaller model needs far less, though less than in proportion to its
    // parameters: a small model's step is mostly fixed overhead.
    let params = large.active() / small.active();
    let times = edge.recomputed.central;
    assert!(
        times > 10.0 && times < params,
        "×{times} (parameters ×{params})"
    );
    let Reason::Edge { hw, .. } = edge.reason else {
        panic!("{:?}", edge.reason);
    };
    let text = ai_energy_core::lang::Lang::En.claim_reason(&edge);
    assert!(
        text.contains(hw.spec().name) && text.contains("same"),
        "{text}"
    );
}
