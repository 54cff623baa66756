//! The claim checker's verdict for every seed claim (shared/seed-claims.md).

use ai_energy::model::claims::{check_all, Verdict};

/// Expected verdicts: `Some(f)` = off by about ×f (±10%), `None` = the named verdict.
enum Expect {
    Consistent,
    Off(f64),
    Unverified,
    Context,
}

const SEED_IDS: [&str; 23] = [
    "bloom-train",
    "bloom-households",
    "gpt3-train",
    "gpt3-tesla",
    "gpt4-train",
    "gpt4-households",
    "gpt35-cost",
    "chatgpt-month",
    "infer-share",
    "image-phone",
    "h100-home",
    "server-psu",
    "pue-liquid",
    "price-east-west",
    "price-fusion",
    "smr-saving",
    "h100-price",
    "1p-cost",
    "ai-netherlands",
    "china-gen",
    "compute-growth",
    "power-growth",
    "edge",
];

fn expected(id: &str) -> Expect {
    use Expect::*;
    match id {
        "bloom-train" | "gpt3-train" | "chatgpt-month" | "infer-share" | "h100-home"
        | "price-east-west" | "price-fusion" => Consistent,
        "bloom-households" => Off(117.0 / (433_196.0 / 2_600.0)),
        "gpt3-tesla" => Off(96_000.0 / (1_289_376.0 / 0.158)),
        "gpt4-train" => Off(1.2e8 / 41_860_800.0),
        "gpt4-households" => Off(3_000.0 / (1.2e8 / 2_600.0)),
        "image-phone" => Off(12.0 / 2.907),
        "server-psu" => Off(7.0 / 3.6),
        "smr-saving" => Off(0.10 / ((0.066 + 0.0892) / 2.0)),
        "1p-cost" => Off(1e7 / 8_970.0),
        "compute-growth" => Off(100.0 / 2f64.powf(12.0 / 3.5)),
        "pue-liquid" => Unverified,
        _ => Context,
    }
}

#[test]
fn every_seed_claim_is_checked_once() {
    let ids: Vec<&str> = check_all().iter().map(|c| c.id).collect();
    assert_eq!(ids, SEED_IDS);
}

#[test]
fn every_verdict_is_as_recomputed() {
    for c in check_all() {
        assert!(
            c.recomputed.is_finite() && c.recomputed.low >= 0.0,
            "{}",
            c.id
        );
        for lang in ai_energy::lang::Lang::ALL {
            let text = lang.claim(c.id);
            assert!(
                !text.printed.is_empty() && !text.reason.is_empty(),
                "{} has words in {lang:?}",
                c.id
            );
        }
        match (expected(c.id), c.verdict) {
            (Expect::Consistent, Verdict::Consistent)
            | (Expect::Unverified, Verdict::Unverified)
            | (Expect::Context, Verdict::Context) => {}
            (Expect::Off(want), Verdict::Off { factor }) => {
                assert!(
                    (factor / want - 1.0).abs() < 0.10,
                    "{}: ×{factor:.3}, expected ×{want:.3}",
                    c.id
                );
            }
            (_, got) => panic!("{}: got {got:?}, recomputed {:?}", c.id, c.recomputed),
        }
    }
}

#[test]
fn the_headline_inconsistencies_are_named() {
    let by_id = |id| check_all().into_iter().find(|c| c.id == id).expect("claim");
    // BLOOM's 117 households hold only at ~3,700 kWh per household-year.
    let implied = 433_000.0 / by_id("bloom-households").claimed;
    assert!((implied - 3_700.0).abs() < 10.0, "{implied}");
    // 3,000 Teslas × 32 km is ~1% of GPT-3's training energy.
    let tesla = by_id("gpt3-tesla");
    assert!((tesla.claimed / tesla.recomputed.central - 0.0118).abs() < 0.001);
    // 1.2亿度 = 3,000 households implies 40,000 kWh per household-year.
    assert_eq!(1.2e8 / by_id("gpt4-households").claimed, 40_000.0);
}
