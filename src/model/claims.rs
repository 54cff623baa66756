//! The claim checker: every claim in the seed articles (shared/seed-claims.md), recomputed from explicit
//! assumptions, with a verdict. The words around each claim (as printed, and the one-sentence reason) live
//! with the page's strings (`i18n`); here are the numbers.

use super::energy::evaluate;
use super::equivalence::{Ev, HomeRegion};
use super::facility::PRICE_PRESETS;
use super::hardware::Hw;
use super::presets::Preset;
use super::range::Range;
use super::scenario::Scenario;

/// What a claim's number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Kwh,
    Households,
    Km,
    Wh,
    /// A plain ratio (×).
    Ratio,
    /// A fraction 0–1 (shown as %).
    Fraction,
    CnyPerYear,
    Usd,
    UsdPerKwh,
    Pue,
}

/// The verdict on one claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// The claimed number lies within the recomputed range (±10% when the recomputation is exact).
    Consistent,
    /// The claimed number is `factor` times the recomputed central value (`factor` < 1: too low).
    Off { factor: f64 },
    /// No public source confirms the number; the nearest verified figure is the recomputed one.
    Unverified,
    /// Not a claim about energy the model can recompute; the recomputed number puts it in context.
    Context,
}

/// One claim, recomputed.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimCheck {
    /// The id in shared/seed-claims.md.
    pub id: &'static str,
    /// The number as the article prints it, in `unit`.
    pub claimed: f64,
    pub unit: Unit,
    /// What the model (or the public figures) give for the same quantity.
    pub recomputed: Range,
    pub verdict: Verdict,
    /// A scenario that shows the claim on the page, when one does.
    pub scenario: Option<(Preset, Scenario)>,
}

/// Tolerance for an exact recomputation: published inputs reproduce published outputs within 10%.
const EXACT_TOLERANCE: f64 = 0.10;
/// Slack for a range: printed figures are rounded to two or three digits.
const ROUNDING_TOLERANCE: f64 = 0.005;

/// Consistent when `claimed` lies in `recomputed` (widened by 10% when the range is a single value, by
/// 0.5% otherwise for rounding).
pub fn judge(claimed: f64, recomputed: Range) -> Verdict {
    let slack = if recomputed.low == recomputed.high {
        EXACT_TOLERANCE
    } else {
        ROUNDING_TOLERANCE
    };
    let (low, high) = (
        recomputed.low * (1.0 - slack),
        recomputed.high * (1.0 + slack),
    );
    if (low..=high).contains(&claimed) {
        Verdict::Consistent
    } else if recomputed.central > 0.0 {
        Verdict::Off {
            factor: claimed / recomputed.central,
        }
    } else {
        Verdict::Off { factor: f64::MAX }
    }
}

/// One claim's check. `_why` states the assumptions under which the recomputation holds; it documents the
/// code (docs/METHODOLOGY.md has the same table) and is not shipped: the page's words for each claim live in
/// `i18n`.
fn check(
    id: &'static str,
    claimed: f64,
    unit: Unit,
    recomputed: Range,
    _why: &'static str,
    scenario: Option<(Preset, Scenario)>,
) -> ClaimCheck {
    ClaimCheck {
        id,
        claimed,
        unit,
        recomputed,
        verdict: judge(claimed, recomputed),
        scenario,
    }
}

fn with_verdict(mut c: ClaimCheck, verdict: Verdict) -> ClaimCheck {
    c.verdict = verdict;
    c
}

fn china_household_kwh() -> f64 {
    HomeRegion::China.basis().kwh_per_year
}

/// BLOOM as reported: GPU-hours × 400 W, no PUE.
fn bloom_as_reported() -> Scenario {
    Scenario {
        pue: Some(1.0),
        ..Preset::Bloom.scenario()
    }
}

/// Every seed claim, recomputed, in the order of shared/seed-claims.md.
pub fn check_all() -> Vec<ClaimCheck> {
    let bloom = evaluate(&bloom_as_reported());
    let gpt3 = evaluate(&Preset::Gpt3.scenario());
    let gpt4 = evaluate(&Preset::Gpt4.scenario());
    let chatgpt_month = evaluate(&Preset::ChatGpt.scenario());
    let year = |p: Preset| {
        evaluate(&Scenario {
            days: 365.0,
            ..p.scenario()
        })
    };
    let shares =
        [Preset::ChatGpt, Preset::Gemini, Preset::OnDevice].map(|p| year(p).training_share.central);
    let h100 = Hw::H100.spec().rated_w;
    let hours_per_year = 8_760.0;
    let usd_virginia = PRICE_PRESETS
        .iter()
        .find(|p| p.id == "us-virginia")
        .map_or(0.0892, |p| p.per_kwh);
    let usd_texas = PRICE_PRESETS
        .iter()
        .find(|p| p.id == "us-texas")
        .map_or(0.066, |p| p.per_kwh);
    // 1 PFLOP/s of dense BF16 ≈ 1.01 H100s, at rated power, default host overhead and PUE, all year.
    let pflops_kwh =
        1e15 / Hw::H100.spec().peak_flops * h100 * 1.8 * 1.2 * hours_per_year / 1_000.0;
    let price_east = 0.676;

    vec![
        check(
            "bloom-train",
            433_000.0,
            Unit::Kwh,
            bloom.training_kwh,
            "BLOOM's published 1,082,990 A100-hours × 400 W per GPU, with no PUE and no host: the boundary of the reported figure (GPU dynamic power only).",
            Some((Preset::Bloom, bloom_as_reported())),
        ),
        check(
            "bloom-households",
            117.0,
            Unit::Households,
            bloom.training_kwh.map(|kwh| kwh / china_household_kwh()),
            "433,196 kWh over 2,600 kWh per Chinese household-year (2,510–2,730 derived from NEA 2023). 117 households holds only at ~3,700 kWh per household-year.",
            Some((Preset::Bloom, bloom_as_reported())),
        ),
        check(
            "gpt3-train",
            1_287_000.0,
            Unit::Kwh,
            gpt3.training_kwh,
            "Patterson et al. 2021: 10,000 V100 × 14.8 days × 330 W measured per GPU × PUE 1.10. That is 2.97× BLOOM's 433 MWh: the ~3× holds.",
            Some((Preset::Gpt3, Preset::Gpt3.scenario())),
        ),
        check(
            "gpt3-tesla",
            3_000.0 * 32.0,
            Unit::Km,
            gpt3.training_kwh.map(|kwh| kwh * 1_000.0 / Ev::Model3.basis().wh_per_km),
            "GPT-3's 1,287 MWh at 158 Wh/km (Tesla Model 3, EPA): 8.2 million km. 3,000 cars × 32 km is 96,000 km, about 15 MWh: ~1% of the training energy.",
            Some((Preset::Gpt3, Preset::Gpt3.scenario())),
        ),
        check(
            "gpt4-train",
            1.2e8,
            Unit::Kwh,
            gpt4.training_kwh,
            "SemiAnalysis-based estimate: ~25,000 A100 × 95 days (57M GPU-hours) at 400 W × draw 0.7–1.0 × host 1.4–2.0 × PUE 1.09–1.58. Third-party estimates are 42–62 GWh; 120 GWh would need ~2.1 kW per GPU.",
            Some((Preset::Gpt4, Preset::Gpt4.scenario())),
        ),
        check(
            "gpt4-households",
            3_000.0,
            Unit::Households,
            Range::exact(1.2e8 / china_household_kwh()),
            "The article's own 1.2亿度 over 2,600 kWh per Chinese household-year is ~46,000 households; 3,000 households would mean 40,000 kWh per household-year, ~15× a real one.",
            Some((Preset::Gpt4, Preset::Gpt4.scenario())),
        ),
        with_verdict(
            check(
                "gpt35-cost",
                12e6,
                Unit::Usd,
                gpt3.training_kwh.map(|kwh| kwh * usd_virginia),
                "Not an energy claim. For scale: a GPT-3-class run's 1,287 MWh at Virginia's industrial 8.92 ¢/kWh costs ~US$115,000, about 1% of US$12M; the rest is hardware time.",
                Some((Preset::Gpt3, Preset::Gpt3.scenario())),
            ),
            Verdict::Context,
        ),
        check(
            "chatgpt-month",
            18_720_000.0,
            Unit::Kwh,
            chatgpt_month.inference_kwh,
            "13.5亿 queries a day × 30 days. The article's 1,872万度 implies 0.46 Wh per query, within this model's range for a 175B model on A100s and close to public per-query figures (Epoch 0.3 Wh, Altman 0.34 Wh).",
            Some((Preset::ChatGpt, Preset::ChatGpt.scenario())),
        ),
        check(
            "infer-share",
            0.3,
            Unit::Fraction,
            Range::new(shares[0], shares[1], shares[2]),
            "Training's share of one year's lifetime energy for three presets (ChatGPT-scale, Gemini-style, a small 3B model). It depends on use: tiny for a service with 13.5亿 queries a day, tens of percent for a lightly used model.",
            None,
        ),
        check(
            "image-phone",
            12.0,
            Unit::Wh,
            Range::new(0.31, 2.907, 11.49),
            "Luccioni et al. (FAccT 2024): 2.907 Wh per image on average (1/4 of a 12 Wh phone charge); 0.31 Wh for Stable Diffusion 3 on an H100 (GPU only, ML.ENERGY); 11.49 Wh for the least efficient model. Only the worst model reaches a full charge.",
            None,
        ),
        check(
            "h100-home",
            1.0,
            Unit::Households,
            Range::new(
                h100 * 0.7 * hours_per_year / 1_000.0 / china_household_kwh(),
                h100 * 0.85 * hours_per_year / 1_000.0 / china_household_kwh(),
                h100 * hours_per_year / 1_000.0 / china_household_kwh(),
            ),
            "One H100 at 70–100% of its 700 W all year is 4,300–6,100 kWh, before host and cooling: 1.7–2.4 Chinese households (more than one holds; not true against a US household's 10,715 kWh).",
            None,
        )
        .into_at_least(),
        check(
            "server-psu",
            7.0,
            Unit::Ratio,
            Range::new(4.0 * 1_800.0 / 2_400.0, 4.0 * 1_800.0 / 2_000.0, 4.0 * 1_800.0 / 1_600.0),
            "The article's own power supplies: 4 × 1,800 W over 2 × 800–1,200 W is 3–4.5×, not 6–8×; and supplies are rated with redundancy, so neither is the power actually drawn.",
            None,
        ),
        with_verdict(
            check(
                "pue-liquid",
                1.09,
                Unit::Pue,
                Range::new(1.15, 1.15, 1.17),
                "No public source for 1.09 at Alibaba was found; Alibaba's verified figures are 1.15 (Chengdu immersion-cooled site) and 1.17 (Qiandaohu). Google's fleet does reach 1.09.",
                None,
            ),
            Verdict::Unverified,
        ),
        check(
            "price-east-west",
            0.541 / price_east,
            Unit::Ratio,
            Range::new(0.6, 0.7, 0.8),
            "West over East price: the article's 0.541 / 0.676 = 0.80 (20% cheaper); the FT reports western industrial power ~30% cheaper. Electricity cost scales by the same ratio.",
            None,
        ),
        check(
            "price-fusion",
            40_000.0,
            Unit::Households,
            Range::exact(50_000.0 * hours_per_year / HomeRegion::Usa.basis().kwh_per_year),
            "50 MW all year is 438 GWh: 40,900 US households at 10,715 kWh each (the claim holds for US homes; it would be ~168,000 Chinese homes).",
            None,
        ),
        check(
            "smr-saving",
            0.10,
            Unit::UsdPerKwh,
            Range::new(usd_texas, (usd_texas + usd_virginia) / 2.0, usd_virginia),
            "US$100 per 1,000 kWh is 10 ¢/kWh, more than the whole industrial price in data-centre states (Texas 6.60, Virginia 8.92 ¢/kWh, EIA 2023): a saving cannot exceed the price.",
            None,
        ),
        with_verdict(
            check(
                "h100-price",
                27_500.0,
                Unit::Usd,
                Range::exact(3_320.0),
                "Not an energy claim. For scale: an H100 at 700 W × 1.8 × 1.2 all year uses ~13,000 kWh, US$1,200 at 8.92 ¢/kWh.",
                None,
            ),
            Verdict::Context,
        ),
        check(
            "1p-cost",
            1e7,
            Unit::CnyPerYear,
            Range::new(pflops_kwh / 1.8 / 1.2 * 0.541, pflops_kwh * price_east, pflops_kwh * 1.58 / 1.2 * price_east),
            "1 PFLOP/s of dense BF16 is about one H100: ~13,000 kWh a year with host and cooling, ~9,000 元 at 0.676 元/kWh. 1,000万元 a year is ~1,000× that: plausible only for 1 EFLOP/s, or if it means FP64.",
            None,
        ),
        with_verdict(
            check(
                "ai-netherlands",
                1.1e11,
                Unit::Kwh,
                year(Preset::ChatGpt).inference_kwh,
                "de Vries (2023) projects 85–134 TWh a year by 2027. For scale: one ChatGPT-scale service (13.5亿 queries a day) for a year, as recomputed here.",
                Some((Preset::ChatGpt, Scenario { days: 365.0, ..Preset::ChatGpt.scenario() })),
            ),
            Verdict::Context,
        ),
        with_verdict(
            check(
                "china-gen",
                9.4e12,
                Unit::Kwh,
                year(Preset::ChatGpt).total_kwh,
                "China generated 9.4万亿 kWh in 2023. For scale: a ChatGPT-scale service for a year, as recomputed here, is a few hundredths of a percent of it.",
                None,
            ),
            Verdict::Context,
        ),
        check(
            "compute-growth",
            100.0,
            Unit::Ratio,
            Range::new(2f64.powf(12.0 / 4.0), 2f64.powf(12.0 / 3.5), 2f64.powf(12.0 / 3.0)),
            "Growth per year: doubling every 3–4 months is ×8–16 a year; \"10× every 6 months\" is ×100 a year. The two claims disagree with each other by ~×9.",
            None,
        ),
        with_verdict(
            check(
                "power-growth",
                1.1,
                Unit::Ratio,
                Range::exact(1.1),
                "A growth rate, not an energy figure: set `growth` to 10% to see what it does to a deployment's total.",
                None,
            ),
            Verdict::Context,
        ),
        with_verdict(
            check(
                "edge",
                1.0,
                Unit::Ratio,
                year(Preset::ChatGpt).inference_wh_per_query.map(|wh| wh / year(Preset::OnDevice).inference_wh_per_query.central),
                "A 3B model needs ~1/60 of a 175B model's FLOPs per token: the recomputed number is how many times less energy a query takes on the same hardware. What a phone's NPU saves beyond that is not in the public figures.",
                Some((Preset::OnDevice, Preset::OnDevice.scenario())),
            ),
            Verdict::Context,
        ),
    ]
}

impl ClaimCheck {
    /// For claims of the form "more than": consistent when the whole recomputed range is at or above the claim.
    fn into_at_least(mut self) -> ClaimCheck {
        self.verdict = if self.recomputed.low >= self.claimed {
            Verdict::Consistent
        } else {
            Verdict::Off {
                factor: self.claimed / self.recomputed.central,
            }
        };
        self
    }
}
