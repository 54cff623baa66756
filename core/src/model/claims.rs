//! The claim checker: every number in the Chinese news articles about AI's electricity (2023–2025) that the
//! calculator answers, recomputed from explicit assumptions, with a verdict. Each claim is a [`ClaimId`];
//! its recomputation also returns a [`Reason`]: the numbers the one-sentence explanation quotes, taken from
//! the model's own tables, so a changed constant changes the sentence with it. The words live with the
//! page's strings (`i18n`); here are only numbers.

use super::assumptions::Knob;
use super::energy::{evaluate, Results};
use super::equivalence::{Ev, HomeRegion, PHONE_CHARGE_WH};
use super::facility::Reference;
use super::hardware::Hw;
use super::presets::{Comparison, Preset};
use super::range::Range;
use super::scenario::Scenario;
use super::serving::Engine;
use crate::prelude::*;

/// One claim of the articles. [`ClaimId::id`] is its stable name (the page's `claim-<id>` hook).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum ClaimId {
    BloomTrain,
    BloomHouseholds,
    Gpt3Train,
    Gpt3Tesla,
    Gpt4Train,
    Gpt4Households,
    Gpt35Cost,
    ChatgptMonth,
    InferShare,
    ImagePhone,
    H100Home,
    ServerPsu,
    PueLiquid,
    PriceEastWest,
    PriceFusion,
    SmrSaving,
    H100Price,
    OnePflopsCost,
    AiNetherlands,
    ChinaGen,
    ComputeGrowth,
    PowerGrowth,
    Edge,
}

impl ClaimId {
    /// Every claim, in the order the articles' topics run: training, use, hardware and price, scale.
    pub const ALL: [ClaimId; 23] = [
        ClaimId::BloomTrain,
        ClaimId::BloomHouseholds,
        ClaimId::Gpt3Train,
        ClaimId::Gpt3Tesla,
        ClaimId::Gpt4Train,
        ClaimId::Gpt4Households,
        ClaimId::Gpt35Cost,
        ClaimId::ChatgptMonth,
        ClaimId::InferShare,
        ClaimId::ImagePhone,
        ClaimId::H100Home,
        ClaimId::ServerPsu,
        ClaimId::PueLiquid,
        ClaimId::PriceEastWest,
        ClaimId::PriceFusion,
        ClaimId::SmrSaving,
        ClaimId::H100Price,
        ClaimId::OnePflopsCost,
        ClaimId::AiNetherlands,
        ClaimId::ChinaGen,
        ClaimId::ComputeGrowth,
        ClaimId::PowerGrowth,
        ClaimId::Edge,
    ];

    /// The stable name: `data-testid="claim-<id>"`, `verdict-<id>`, `load-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            ClaimId::BloomTrain => "bloom-train",
            ClaimId::BloomHouseholds => "bloom-households",
            ClaimId::Gpt3Train => "gpt3-train",
            ClaimId::Gpt3Tesla => "gpt3-tesla",
            ClaimId::Gpt4Train => "gpt4-train",
            ClaimId::Gpt4Households => "gpt4-households",
            ClaimId::Gpt35Cost => "gpt35-cost",
            ClaimId::ChatgptMonth => "chatgpt-month",
            ClaimId::InferShare => "infer-share",
            ClaimId::ImagePhone => "image-phone",
            ClaimId::H100Home => "h100-home",
            ClaimId::ServerPsu => "server-psu",
            ClaimId::PueLiquid => "pue-liquid",
            ClaimId::PriceEastWest => "price-east-west",
            ClaimId::PriceFusion => "price-fusion",
            ClaimId::SmrSaving => "smr-saving",
            ClaimId::H100Price => "h100-price",
            ClaimId::OnePflopsCost => "1p-cost",
            ClaimId::AiNetherlands => "ai-netherlands",
            ClaimId::ChinaGen => "china-gen",
            ClaimId::ComputeGrowth => "compute-growth",
            ClaimId::PowerGrowth => "power-growth",
            ClaimId::Edge => "edge",
        }
    }
}

all_is_complete!(ClaimId);

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

/// The numbers each claim's explanation quotes, by name. Every one comes from the model's tables or from the
/// recomputation itself; the languages only put words around them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Published GPU-hours × the power BLOOM's accounting assumed per GPU.
    BloomTrain {
        gpu_hours: f64,
        w_per_gpu: f64,
        kwh: f64,
    },
    /// The article's kWh over a household-year, and the household-year its 117 implies.
    BloomHouseholds {
        kwh: f64,
        household_kwh: f64,
        households: f64,
        implied_household_kwh: f64,
    },
    /// Patterson et al.'s inputs, the energy they give and its ratio to BLOOM's.
    Gpt3Train {
        gpus: f64,
        days: f64,
        w_per_gpu: f64,
        pue: f64,
        kwh: f64,
        times_bloom: f64,
    },
    /// What the claimed car-kilometres take, against GPT-3's training.
    Gpt3Tesla {
        cars: f64,
        km_each: f64,
        claimed_kwh: f64,
        share_of_training: f64,
        training_kwh: f64,
        km: f64,
        /// The likely original reading: each car 200,000 miles (≈ 32万 km), the 万 lost in reprinting.
        meant_km_each: f64,
        meant_kwh: f64,
        meant_times_training: f64,
    },
    /// The estimate's fleet and energy range, and the facility power per GPU the claim would need.
    Gpt4Train {
        gpus: f64,
        days: f64,
        kwh: Range,
        w_per_gpu_needed: f64,
    },
    /// The article's kWh over a household-year, and the household-year its 3,000 implies.
    Gpt4Households {
        kwh: f64,
        household_kwh: f64,
        households: f64,
        implied_household_kwh: f64,
        times_real: f64,
    },
    /// GPT-3-class training electricity at an industrial price, and its share of the claimed cost.
    Gpt35Cost {
        electricity_usd: f64,
        share_of_cost: f64,
    },
    /// The per-query energy the claim implies, and public per-query figures.
    ChatgptMonth {
        implied_wh: f64,
        epoch_wh: f64,
        altman_wh: f64,
    },
    /// Training's share of a year for a very busy service and for a lightly used small one.
    InferShare {
        google_training_share: f64,
        meta_training_share: f64,
        busy_queries_per_day: f64,
        busy_share: f64,
        small_share: f64,
    },
    /// Per-image energy of today's and 2023's image models, computed by the diffusion model, against one phone
    /// charge and the measured 2023 figures.
    ImagePhone {
        /// One 1024² image from today's open models at the wall (FLUX.1 dev to SD3.5 Large, central values).
        today_wh: Range,
        /// SD3.5 Large's GPUs alone (the benchmarks' boundary), central.
        today_gpu_wh: f64,
        /// A closed service's image (`image-service`) on a reference engine and a 2026 one on an optimised engine
        /// (`image-service-2026`), central.
        service_reference_wh: f64,
        service_optimised_wh: f64,
        /// Few-step models (SDXL-Lightning, FLUX.1 schnell), central values.
        few_step_wh: Range,
        /// The largest open model (Qwen-Image at its native 1328², 50 guided steps), central.
        largest_wh: f64,
        /// 2023's U-Nets (SD 1.5 at 512², SDXL at 1024²) at the wall on a reference engine, central values.
        older_wh: Range,
        /// The same on an optimised engine.
        older_optimised_wh: Range,
        share_of_charge: f64,
        charge_wh: f64,
        older_mean_wh: f64,
        worst_wh: f64,
    },
    /// One H100 all year at its measured range of draw, in kWh and in households.
    H100Home {
        rated_w: f64,
        draw: Range,
        kwh: Range,
        households: Range,
        us_household_kwh: f64,
    },
    /// The ratio the article's own power supplies give.
    ServerPsu {
        ai_server_kw: Range,
        ordinary_server_kw: (f64, f64),
        ratio: Range,
        psu_ratio: (f64, f64),
    },
    /// The verifiable PUE figures of the company named.
    PueLiquid {
        chengdu: f64,
        qiandaohu: f64,
        google: f64,
    },
    /// West over East price, and the saving it is.
    PriceEastWest {
        east: f64,
        west: f64,
        saving: f64,
        reported_saving: f64,
    },
    /// The plant's yearly energy in US and Chinese households.
    PriceFusion {
        mw: f64,
        kwh_per_year: f64,
        us_households: f64,
        us_household_kwh: f64,
        cn_households: f64,
    },
    /// The claimed saving per kWh against whole industrial prices.
    SmrSaving {
        saving_usd_per_kwh: f64,
        texas: f64,
        virginia: f64,
        residential: f64,
    },
    /// One H100's yearly electricity cost.
    H100Price { usd_per_year: f64 },
    /// 1 PFLOP/s as H100s, their yearly energy and cost, and how far the claim is from it.
    OnePflopsCost {
        h100s: f64,
        kwh_per_year: f64,
        cny_per_year: f64,
        times: f64,
    },
    /// One ChatGPT-scale service for a year, against the forecast.
    AiNetherlands {
        service_kwh: f64,
        forecast_low_kwh: f64,
        forecast_high_kwh: f64,
    },
    /// One ChatGPT-scale service for a year as a share of national generation.
    ChinaGen { share: f64 },
    /// Yearly growth of each of the two claims.
    ComputeGrowth {
        doubling_months: (f64, f64),
        doubling: Range,
        measured: Range,
        tenfold_months: f64,
        tenfold: f64,
        openai_doubling_months: f64,
    },
    /// The growth rate to set.
    PowerGrowth { growth: f64 },
    /// Two model sizes on the same hardware and tokens, and the ratio of their per-query energy.
    Edge {
        large_params: f64,
        small_params: f64,
        hw: Hw,
        output_tokens: f64,
        times: f64,
    },
}

/// One claim, recomputed.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimCheck {
    pub id: ClaimId,
    /// The number as the article prints it, in `unit`.
    pub claimed: f64,
    pub unit: Unit,
    /// What the model (or the public figures) give for the same quantity.
    pub recomputed: Range,
    pub verdict: Verdict,
    /// The numbers its explanation quotes.
    pub reason: Reason,
    /// A scenario that shows the claim on the page, when one does.
    pub scenario: Option<(Preset, Scenario)>,
}

/// Tolerance for an exact recomputation: published inputs reproduce published outputs within 10%.
const EXACT_TOLERANCE: f64 = 0.10;
/// Slack for a range: printed figures are rounded to two or three digits.
const ROUNDING_TOLERANCE: f64 = 0.005;

const HOURS_PER_YEAR: f64 = 8_760.0;
/// International mile, km.
const KM_PER_MILE: f64 = 1.609_344;

/// Measured per-image energy of 2023's image models on A100s, GPU + CPU + RAM: their mean and the least efficient
/// of them (Luccioni, Jernite & Strubell, "Power Hungry Processing", FAccT 2024: 2.907 and 11.49 kWh per 1,000
/// images). Today's models are computed by the diffusion model (`Preset::Sd35Image`, `FluxImage`, `Sd15Image`).
const IMAGE_WH_OLDER_MEAN: f64 = 2.907;
const IMAGE_WH_WORST: f64 = 11.49;
/// Training's share of machine-learning energy in companies that published a split: Google 2019–2021, 40%
/// training and 60% inference (Patterson et al., "The Carbon Footprint of Machine Learning Training Will Plateau,
/// Then Shrink", IEEE Computer 2022); Meta, 10 : 20 : 70 for data, experimentation and training, inference (Wu et
/// al., "Sustainable AI", MLSys 2022).
const GOOGLE_TRAINING_SHARE: f64 = 0.4;
const META_TRAINING_SHARE: f64 = 0.2;
/// Growth of the training compute of frontier models, per year: 4–5× (Epoch AI, "Training compute of frontier AI
/// models grows by 4–5x per year", 2024); OpenAI's "AI and Compute" (2018) found a 3.4-month doubling for 2012–2018,
/// the likely origin of "every 3–4 months".
const EPOCH_COMPUTE_GROWTH: Range = Range {
    low: 4.0,
    central: 4.5,
    high: 5.0,
};
const OPENAI_2018_DOUBLING_MONTHS: f64 = 3.4;
/// US average residential electricity price, January 2024: 15.45 ¢/kWh (EIA Electricity Monthly Update).
const US_RESIDENTIAL_USD_PER_KWH: f64 = 0.1545;
/// Power an AI server with 8 GPUs draws in training: DGX A100 6.5 kW and DGX H100 10.2 kW rated (NVIDIA), which
/// training runs approach (Epoch AI's 1,275 W per H100 is 10.2 kW per server); an ordinary two-socket server
/// 0.3–0.8 kW (LBNL's volume-server averages, Shehabi et al. 2016, to SPECpower full-load results).
const AI_SERVER_KW: Range = Range {
    low: 6.5,
    central: 8.35,
    high: 10.2,
};
const ORDINARY_SERVER_KW: (f64, f64) = (0.3, 0.8);
/// Public per-query figures, Wh: Epoch AI (2025) for GPT-4o; Sam Altman's blog post "The Gentle Singularity"
/// (June 2025) for an average ChatGPT query.
const EPOCH_WH_PER_QUERY: f64 = 0.3;
const ALTMAN_WH_PER_QUERY: f64 = 0.34;
/// Alibaba Cloud's published PUE: Chengdu immersion-cooled data centre (as low as 1.15) and Qiandaohu (1.17).
const ALIBABA_CHENGDU_PUE: f64 = 1.15;
const ALIBABA_QIANDAOHU_PUE: f64 = 1.17;
/// Western over eastern industrial electricity price as the Financial Times reports it (~30% cheaper), ±0.1.
const WEST_OVER_EAST_FT: Range = Range {
    low: 0.6,
    central: 0.7,
    high: 0.8,
};
/// GPT-3: 10,000 V100 for 14.8 days (Patterson et al. 2021, Table 4); GPT-4: ~25,000 A100 (SemiAnalysis).
const GPT3_GPUS: f64 = 10_000.0;
const GPT4_GPUS: f64 = 25_000.0;
/// de Vries (Joule, 2023): AI servers sold by 2027 would use 85–134 TWh a year.
const DE_VRIES_KWH: (f64, f64) = (85e9, 134e9);
/// AI server power supplies as the article gives them: 4 × 1,800 W against 2 × 800–1,200 W.
const AI_SERVER_PSU_W: f64 = 4.0 * 1_800.0;
const ORDINARY_SERVER_PSU_W: (f64, f64) = (2.0 * 800.0, 2.0 * 1_200.0);

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

/// For claims of the form "more than": consistent when the whole recomputed range is at or above the claim.
/// A saving (or any part of a price) is possible only when it is below the lowest price it could come from.
fn judge_below(claimed: f64, price: Range) -> Verdict {
    if claimed < price.low {
        Verdict::Consistent
    } else {
        Verdict::Off {
            factor: claimed / price.central,
        }
    }
}

fn judge_at_least(claimed: f64, recomputed: Range) -> Verdict {
    if recomputed.low >= claimed {
        Verdict::Consistent
    } else {
        Verdict::Off {
            factor: claimed / recomputed.central,
        }
    }
}

fn household_kwh(region: HomeRegion) -> f64 {
    region.basis().kwh_per_year
}

/// BLOOM as reported: GPU-hours × 400 W, no PUE.
fn bloom_as_reported() -> Scenario {
    Scenario {
        pue: Some(1.0),
        ..Preset::Bloom.scenario()
    }
}

fn for_a_year(p: Preset) -> Scenario {
    Scenario {
        days: 365.0,
        ..p.scenario()
    }
}

/// What shows a claim on the page ("load this scenario"): a scenario, or for a claim that compares two things,
/// the comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Scenario(Preset, Box<Scenario>),
    Comparison(Comparison),
    /// A claim that sets AI beside a country: the scenario, shown on the scale of a country.
    Scale(Preset, Box<Scenario>),
}

/// What shows a claim on the page, when something does.
pub fn shown(id: ClaimId) -> Option<Shown> {
    let preset = |p: Preset| Some(Shown::Scenario(p, Box::new(p.scenario())));
    let pair = |c: Comparison| Some(Shown::Comparison(c));
    match id {
        ClaimId::BloomTrain | ClaimId::BloomHouseholds => Some(Shown::Scenario(
            Preset::Bloom,
            Box::new(bloom_as_reported()),
        )),
        ClaimId::Gpt3Train | ClaimId::Gpt3Tesla | ClaimId::Gpt35Cost => preset(Preset::Gpt3),
        ClaimId::Gpt4Train => pair(Comparison::Gpt3Gpt4),
        ClaimId::Gpt4Households => preset(Preset::Gpt4),
        ClaimId::ChatgptMonth => preset(Preset::ChatGpt),
        ClaimId::AiNetherlands | ClaimId::ChinaGen => Some(Shown::Scale(
            Preset::ChatGpt,
            Box::new(for_a_year(Preset::ChatGpt)),
        )),
        ClaimId::Edge => pair(Comparison::CloudEdge),
        ClaimId::PueLiquid => pair(Comparison::PueLiquid),
        ClaimId::PriceEastWest => pair(Comparison::EastWestPrice),
        ClaimId::ImagePhone => preset(Preset::Sd35Image),
        ClaimId::InferShare
        | ClaimId::H100Home
        | ClaimId::ServerPsu
        | ClaimId::PriceFusion
        | ClaimId::SmrSaving
        | ClaimId::H100Price
        | ClaimId::OnePflopsCost
        | ClaimId::ComputeGrowth
        | ClaimId::PowerGrowth => None,
    }
}

/// The recomputations several claims share.
struct Basis {
    bloom: Results,
    gpt3: Results,
    gpt4: Results,
    chatgpt_month: Results,
    chatgpt_year: Results,
}

/// One claim, recomputed: what it claims, in what unit, against what, and why.
fn check(id: ClaimId, b: &Basis) -> ClaimCheck {
    let made = |claimed: f64, unit: Unit, recomputed: Range, verdict: Verdict, reason: Reason| {
        ClaimCheck {
            id,
            claimed,
            unit,
            recomputed,
            verdict,
            reason,
            scenario: None,
        }
    };
    let judged = |claimed: f64, unit: Unit, recomputed: Range, reason: Reason| {
        made(
            claimed,
            unit,
            recomputed,
            judge(claimed, recomputed),
            reason,
        )
    };
    let china = household_kwh(HomeRegion::China);
    let usa = household_kwh(HomeRegion::Usa);
    let (virginia, texas) = (
        Reference::PriceVirginia.value(),
        Reference::PriceTexas.value(),
    );
    let (east, west) = (
        Reference::PriceChinaEast.value(),
        Reference::PriceChinaWest.value(),
    );
    let h100 = Hw::H100.spec();
    let central = |k: Knob| k.default_range().central;
    let bloom_claimed_kwh = 433_000.0;
    let gpt4_claimed_kwh = 1.2e8;
    match id {
        ClaimId::BloomTrain => {
            let s = bloom_as_reported();
            judged(
                bloom_claimed_kwh,
                Unit::Kwh,
                b.bloom.training_kwh,
                Reason::BloomTrain {
                    gpu_hours: s.training_accelerator_hours.unwrap_or(0.0),
                    w_per_gpu: s.training_w_per_accelerator.unwrap_or(0.0),
                    kwh: b.bloom.training_kwh.central,
                },
            )
        }
        ClaimId::BloomHouseholds => {
            let claimed = 117.0;
            let households = b.bloom.training_kwh.map(|kwh| kwh / china);
            judged(
                claimed,
                Unit::Households,
                households,
                Reason::BloomHouseholds {
                    kwh: b.bloom.training_kwh.central,
                    household_kwh: china,
                    households: households.central,
                    implied_household_kwh: bloom_claimed_kwh / claimed,
                },
            )
        }
        ClaimId::Gpt3Train => {
            let s = Preset::Gpt3.scenario();
            let hours = s.training_accelerator_hours.unwrap_or(0.0);
            judged(
                1_287_000.0,
                Unit::Kwh,
                b.gpt3.training_kwh,
                Reason::Gpt3Train {
                    gpus: GPT3_GPUS,
                    days: hours / GPT3_GPUS / 24.0,
                    w_per_gpu: s.training_w_per_accelerator.unwrap_or(0.0),
                    pue: s.pue.unwrap_or(0.0),
                    kwh: b.gpt3.training_kwh.central,
                    times_bloom: b.gpt3.training_kwh.central / b.bloom.training_kwh.central,
                },
            )
        }
        ClaimId::Gpt3Tesla => {
            let (cars, km_each) = (3_000.0, 32.0);
            let wh_per_km = Ev::Model3.basis().wh_per_km;
            let km = b.gpt3.training_kwh.map(|kwh| kwh * 1_000.0 / wh_per_km);
            let claimed_kwh = cars * km_each * wh_per_km / 1_000.0;
            let meant_km_each = 200_000.0 * KM_PER_MILE;
            let meant_kwh = cars * meant_km_each * wh_per_km / 1_000.0;
            judged(
                cars * km_each,
                Unit::Km,
                km,
                Reason::Gpt3Tesla {
                    cars,
                    km_each,
                    claimed_kwh,
                    share_of_training: claimed_kwh / b.gpt3.training_kwh.central,
                    training_kwh: b.gpt3.training_kwh.central,
                    km: km.central,
                    meant_km_each,
                    meant_kwh,
                    meant_times_training: meant_kwh / b.gpt3.training_kwh.central,
                },
            )
        }
        ClaimId::Gpt4Train => {
            let hours = Preset::Gpt4
                .scenario()
                .training_accelerator_hours
                .unwrap_or(0.0);
            judged(
                gpt4_claimed_kwh,
                Unit::Kwh,
                b.gpt4.training_kwh,
                Reason::Gpt4Train {
                    gpus: GPT4_GPUS,
                    days: hours / GPT4_GPUS / 24.0,
                    kwh: b.gpt4.training_kwh,
                    w_per_gpu_needed: gpt4_claimed_kwh * 1_000.0 / hours,
                },
            )
        }
        ClaimId::Gpt4Households => {
            let claimed = 3_000.0;
            let households = gpt4_claimed_kwh / china;
            let implied = gpt4_claimed_kwh / claimed;
            judged(
                claimed,
                Unit::Households,
                Range::exact(households),
                Reason::Gpt4Households {
                    kwh: gpt4_claimed_kwh,
                    household_kwh: china,
                    households,
                    implied_household_kwh: implied,
                    times_real: implied / china,
                },
            )
        }
        ClaimId::Gpt35Cost => {
            let claimed = 12e6;
            let usd = b.gpt3.training_kwh.map(|kwh| kwh * virginia);
            made(
                claimed,
                Unit::Usd,
                usd,
                Verdict::Context,
                Reason::Gpt35Cost {
                    electricity_usd: usd.central,
                    share_of_cost: usd.central / claimed,
                },
            )
        }
        ClaimId::ChatgptMonth => {
            let s = Preset::ChatGpt.scenario();
            let claimed = 18_720_000.0;
            judged(
                claimed,
                Unit::Kwh,
                b.chatgpt_month.inference_kwh,
                Reason::ChatgptMonth {
                    implied_wh: claimed * 1_000.0 / (s.queries_per_day * s.days),
                    epoch_wh: EPOCH_WH_PER_QUERY,
                    altman_wh: ALTMAN_WH_PER_QUERY,
                },
            )
        }
        ClaimId::InferShare => {
            // Judged on the splits companies published for their whole fleet; for one service the model shows
            // how far the share moves with use.
            let shares = [Preset::ChatGpt, Preset::Gemini, Preset::OnDevice]
                .map(|p| evaluate(&for_a_year(p)).training_share.central);
            let service = Range::spanning(shares[0], shares[1], shares[2]);
            judged(
                0.3,
                Unit::Fraction,
                Range::new(
                    META_TRAINING_SHARE,
                    (META_TRAINING_SHARE + GOOGLE_TRAINING_SHARE) / 2.0,
                    GOOGLE_TRAINING_SHARE,
                ),
                Reason::InferShare {
                    google_training_share: GOOGLE_TRAINING_SHARE,
                    meta_training_share: META_TRAINING_SHARE,
                    busy_queries_per_day: Preset::ChatGpt.scenario().queries_per_day,
                    busy_share: service.low,
                    small_share: service.high,
                },
            )
        }
        // Today's image models (few-step ones too) and services and 2023's U-Nets, computed at the wall on both
        // engines: from the cheapest central value to the top of the likely ranges of the models a typical image
        // comes from (a closed service's own range is as wide as what is not disclosed about it; the largest open
        // model, at its native resolution, is named beside the verdict, not inside it).
        ClaimId::ImagePhone => {
            let per_image = |s: &Scenario| evaluate(s).inference_wh_per_query;
            let on = |p: Preset, e: Engine| {
                per_image(&Scenario {
                    engine: Some(e),
                    ..p.scenario()
                })
            };
            let (flux, sd35) = (
                per_image(&Preset::FluxImage.scenario()),
                per_image(&Preset::Sd35Image.scenario()),
            );
            let (sd15, sdxl) = (
                on(Preset::Sd15Image, Engine::Reference),
                on(Preset::SdxlImage, Engine::Reference),
            );
            let (sd15_optimised, sdxl_optimised) = (
                on(Preset::Sd15Image, Engine::Optimised),
                on(Preset::SdxlImage, Engine::Optimised),
            );
            let service_optimised = per_image(&Preset::OptimisedImage.scenario());
            let (lightning, schnell) = (
                per_image(&Preset::SdxlLightning.scenario()),
                per_image(&Preset::FluxSchnell.scenario()),
            );
            let gpu_only = Scenario {
                pue: Some(1.0),
                host_overhead: Some(0.0),
                fleet_utilisation: Some(1.0),
                ..Preset::Sd35Image.scenario()
            };
            let lowest = [
                flux.central,
                sd35.central,
                sd15_optimised.central,
                sdxl_optimised.central,
                lightning.central,
                schnell.central,
            ]
            .into_iter()
            .fold(service_optimised.central, f64::min);
            let highest = [flux.high, sd35.high, sd15.high]
                .into_iter()
                .fold(sdxl.high, f64::max);
            judged(
                PHONE_CHARGE_WH,
                Unit::Wh,
                Range::new(lowest, sd35.central, highest),
                Reason::ImagePhone {
                    today_wh: Range::spanning(flux.central, sd35.central, flux.central),
                    today_gpu_wh: per_image(&gpu_only).central,
                    service_reference_wh: on(Preset::ClosedImage, Engine::Reference).central,
                    service_optimised_wh: service_optimised.central,
                    few_step_wh: Range::spanning(
                        lightning.central,
                        schnell.central,
                        lightning.central,
                    ),
                    largest_wh: per_image(&Preset::QwenImage.scenario()).central,
                    older_wh: Range::spanning(sd15.central, sdxl.central, sd15.central),
                    older_optimised_wh: Range::spanning(
                        sd15_optimised.central,
                        sdxl_optimised.central,
                        sd15_optimised.central,
                    ),
                    share_of_charge: sd35.central / PHONE_CHARGE_WH,
                    charge_wh: PHONE_CHARGE_WH,
                    older_mean_wh: IMAGE_WH_OLDER_MEAN,
                    worst_wh: IMAGE_WH_WORST,
                },
            )
        }
        ClaimId::H100Home => {
            let draw = Knob::TrainingDraw.default_range();
            let kwh = draw.map(|d| h100.rated_w * d * HOURS_PER_YEAR / 1_000.0);
            let households = kwh.map(|k| k / china);
            let claimed = 1.0;
            made(
                claimed,
                Unit::Households,
                households,
                judge_at_least(claimed, households),
                Reason::H100Home {
                    rated_w: h100.rated_w,
                    draw,
                    kwh,
                    households,
                    us_household_kwh: usa,
                },
            )
        }
        // Judged on the power drawn, not on the supplies' ratings (sized for redundancy, not for the load).
        ClaimId::ServerPsu => {
            let (light, heavy) = ORDINARY_SERVER_KW;
            let ratio = Range::new(
                AI_SERVER_KW.low / heavy,
                AI_SERVER_KW.central / ((light + heavy) / 2.0),
                AI_SERVER_KW.high / light,
            );
            let (few, many) = ORDINARY_SERVER_PSU_W;
            judged(
                7.0,
                Unit::Ratio,
                ratio,
                Reason::ServerPsu {
                    ai_server_kw: AI_SERVER_KW,
                    ordinary_server_kw: ORDINARY_SERVER_KW,
                    ratio,
                    psu_ratio: (AI_SERVER_PSU_W / many, AI_SERVER_PSU_W / few),
                },
            )
        }
        ClaimId::PueLiquid => made(
            1.09,
            Unit::Pue,
            Range::new(
                ALIBABA_CHENGDU_PUE,
                ALIBABA_CHENGDU_PUE,
                ALIBABA_QIANDAOHU_PUE,
            ),
            Verdict::Unverified,
            Reason::PueLiquid {
                chengdu: ALIBABA_CHENGDU_PUE,
                qiandaohu: ALIBABA_QIANDAOHU_PUE,
                google: Reference::PueGoogle.value(),
            },
        ),
        ClaimId::PriceEastWest => judged(
            west / east,
            Unit::Ratio,
            WEST_OVER_EAST_FT,
            Reason::PriceEastWest {
                east,
                west,
                saving: 1.0 - west / east,
                reported_saving: 1.0 - WEST_OVER_EAST_FT.central,
            },
        ),
        ClaimId::PriceFusion => {
            let mw = 50.0;
            let kwh_per_year = mw * 1_000.0 * HOURS_PER_YEAR;
            judged(
                40_000.0,
                Unit::Households,
                Range::exact(kwh_per_year / usa),
                Reason::PriceFusion {
                    mw,
                    kwh_per_year,
                    us_households: kwh_per_year / usa,
                    us_household_kwh: usa,
                    cn_households: kwh_per_year / china,
                },
            )
        }
        // A saving is possible only below the price it is saved from: judged against what data centres pay.
        ClaimId::SmrSaving => {
            let saving = 100.0 / 1_000.0;
            let price = Range::new(texas, (texas + virginia) / 2.0, virginia);
            made(
                saving,
                Unit::UsdPerKwh,
                price,
                judge_below(saving, price),
                Reason::SmrSaving {
                    saving_usd_per_kwh: saving,
                    texas,
                    virginia,
                    residential: US_RESIDENTIAL_USD_PER_KWH,
                },
            )
        }
        ClaimId::H100Price => {
            // Rated power with the central host share and PUE, all year, at Virginia's industrial price.
            let kwh = h100.rated_w
                * (1.0 + central(Knob::HostOverhead))
                * central(Knob::Pue)
                * HOURS_PER_YEAR
                / 1_000.0;
            made(
                27_500.0,
                Unit::Usd,
                Range::exact(3_320.0),
                Verdict::Context,
                Reason::H100Price {
                    usd_per_year: kwh * virginia,
                },
            )
        }
        ClaimId::OnePflopsCost => {
            // 1 PFLOP/s of dense BF16 as H100s at rated power; with the central host share and PUE (low end:
            // chips alone at the western price; high end: the industry-average PUE).
            let h100s = 1e15 / h100.peak_flops;
            let chips_kwh = h100s * h100.rated_w * HOURS_PER_YEAR / 1_000.0;
            let (host, pue) = (1.0 + central(Knob::HostOverhead), Knob::Pue.default_range());
            let kwh = chips_kwh * host * pue.central;
            let recomputed = Range::new(
                chips_kwh * west,
                kwh * east,
                chips_kwh * host * pue.high * east,
            );
            let claimed = 1e7;
            judged(
                claimed,
                Unit::CnyPerYear,
                recomputed,
                Reason::OnePflopsCost {
                    h100s,
                    kwh_per_year: kwh,
                    cny_per_year: recomputed.central,
                    times: claimed / recomputed.central,
                },
            )
        }
        ClaimId::AiNetherlands => {
            let (low, high) = DE_VRIES_KWH;
            made(
                (low + high) / 2.0,
                Unit::Kwh,
                b.chatgpt_year.inference_kwh,
                Verdict::Context,
                Reason::AiNetherlands {
                    service_kwh: b.chatgpt_year.inference_kwh.central,
                    forecast_low_kwh: low,
                    forecast_high_kwh: high,
                },
            )
        }
        ClaimId::ChinaGen => {
            let claimed = 9.4e12;
            made(
                claimed,
                Unit::Kwh,
                b.chatgpt_year.total_kwh,
                Verdict::Context,
                Reason::ChinaGen {
                    share: b.chatgpt_year.total_kwh.central / claimed,
                },
            )
        }
        ClaimId::ComputeGrowth => {
            // Doubling every 3–4 months, and tenfold every 6 months, as growth per year, against the measured
            // growth of frontier training compute.
            let (fast, slow, tenfold_months) = (3.0, 4.0, 6.0);
            let doubling = Range::new(
                libm::pow(2.0, 12.0 / slow),
                libm::pow(2.0, 12.0 / ((fast + slow) / 2.0)),
                libm::pow(2.0, 12.0 / fast),
            );
            judged(
                doubling.central,
                Unit::Ratio,
                EPOCH_COMPUTE_GROWTH,
                Reason::ComputeGrowth {
                    doubling_months: (fast, slow),
                    doubling,
                    measured: EPOCH_COMPUTE_GROWTH,
                    tenfold_months,
                    tenfold: libm::pow(10.0, 12.0 / tenfold_months),
                    openai_doubling_months: OPENAI_2018_DOUBLING_MONTHS,
                },
            )
        }
        ClaimId::PowerGrowth => made(
            1.1,
            Unit::Ratio,
            Range::exact(1.1),
            Verdict::Context,
            Reason::PowerGrowth { growth: 0.1 },
        ),
        ClaimId::Edge => {
            // The default scenario's 175B model and the small-model preset share the hardware and the tokens
            // per query: the ratio is what the smaller model alone saves.
            let (large, small) = (Scenario::default(), Preset::OnDevice.scenario());
            // The ratio of the central estimates: both answers share every other assumption.
            let per_query = |s: &Scenario| evaluate(s).inference_wh_per_query.central;
            let times = Range::exact(per_query(&large) / per_query(&small));
            made(
                1.0,
                Unit::Ratio,
                times,
                Verdict::Context,
                Reason::Edge {
                    large_params: large.active(),
                    small_params: small.active(),
                    hw: small.hw,
                    output_tokens: small.output_tokens_per_query,
                    times: times.central,
                },
            )
        }
    }
}

/// Every claim, recomputed, in [`ClaimId::ALL`]'s order.
pub fn check_all() -> Vec<ClaimCheck> {
    let basis = Basis {
        bloom: evaluate(&bloom_as_reported()),
        gpt3: evaluate(&Preset::Gpt3.scenario()),
        gpt4: evaluate(&Preset::Gpt4.scenario()),
        chatgpt_month: evaluate(&Preset::ChatGpt.scenario()),
        chatgpt_year: evaluate(&for_a_year(Preset::ChatGpt)),
    };
    ClaimId::ALL.map(|id| check(id, &basis)).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saving_is_possible_only_below_the_cheapest_price() {
        let price = Range::new(0.066, 0.0776, 0.0892);
        assert_eq!(judge_below(0.05, price), Verdict::Consistent);
        // Equal to the whole price would be free electricity: not a saving.
        assert!(matches!(judge_below(0.066, price), Verdict::Off { .. }));
        assert!(matches!(judge_below(0.10, price), Verdict::Off { factor } if factor > 1.0));
    }
}
