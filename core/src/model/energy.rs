//! The energy model: training and serving energy, and everything derived from them, as low / central / high.
//!
//! Every output is computed at the central case and with each group of uncertain inputs alone at its low and at its
//! high end (`Spread`); its likely range combines those log ratios as independent inputs (`Spread::likely`, since
//! data version 2026.12-6). Every input at its best or worst at once is kept beside it (`WorstBest`), and each
//! input alone for the sensitivity table. Deterministic: no sampling.

use super::assumptions::{
    Knob, DIFFUSION_BATCH, DIFFUSION_ENGINE, DIFFUSION_FIT_SHAPE_UNKNOWN, UNET_FIT,
    UNET_FIT_FROM_SIZE,
};
use super::diffusion::{self, Arch, Denoiser, Generation};
use super::equivalence::{BEIJING_SHANGHAI_KM, EARTH_LAP_KM, PHONE_CHARGE_WH};
use super::growth::{queries_over, DAYS_PER_YEAR};
use super::metric::Metric;
use super::my_use::{MyLine, MyTraining};
use super::range::{Case, Range};
use super::scale;
use super::scenario::Scenario;
use super::serving::{self as text, accelerators_to_hold, Call, Engine, Replica, IDLE_POWER_SHARE};
use super::unet::{OPTIMISED_STEP_OVERHEAD_S, PX_PER_LATENT, UNET_STEP_OVERHEAD_S};
use super::work::Work;
use crate::prelude::*;

const SECONDS_PER_HOUR: f64 = 3_600.0;

/// All outputs, each as a range; [`Results::get`] reads one by its [`Metric`].
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Accelerator-hours of the training run (given, or 6·N·D / (peak FLOP/s · MFU) / 3,600).
    pub training_accelerator_hours: Range,
    /// Training energy at the wall socket of the data centre, kWh.
    pub training_kwh: Range,
    /// Serving energy of one query, Wh.
    pub inference_wh_per_query: Range,
    /// Serving energy on the first day of the deployment, kWh.
    pub inference_kwh_per_day: Range,
    /// Serving energy over the whole deployment (with growth), kWh.
    pub inference_kwh: Range,
    /// Training + serving, kWh.
    pub total_kwh: Range,
    /// Training's share of the total, fraction 0–1.
    pub training_share: Range,
    /// Total as years of electricity of one household of the chosen region.
    pub household_years: Range,
    /// Total as kilometres driven in the chosen Tesla.
    pub tesla_km: Range,
    /// Total as Beijing–Shanghai road trips in that Tesla.
    pub beijing_shanghai_trips: Range,
    /// Total as drives round the Earth in that Tesla.
    pub earth_laps: Range,
    /// Total as full smartphone charges.
    pub phone_charges: Range,
    /// Training's energy shared over every item the deployment serves, Wh per item (0 where training is not
    /// counted or no item is served).
    pub training_wh_per_query: Range,
    /// A person's own use a day, Wh: Σ items a day × that preset's per-item energy (no training).
    pub my_wh_per_day: Range,
    /// The same over a year, kWh.
    pub my_kwh_per_year: Range,
    /// Each of the person's lines, evaluated.
    pub my_lines: Vec<MyShare>,
    /// Electricity cost of the total, in the scenario's currency.
    pub cost: Range,
    /// Emissions of the total at the scenario's grid intensity, kg CO2e.
    pub co2_kg: Range,
    /// Water used for cooling (and, if the WUE includes it, generation), litres.
    pub water_l: Range,
    /// The first year's electricity ([`scale::yearly_kwh`]) as a fraction of China's yearly generation.
    pub china_generation_share: Range,
    /// The service's electricity in each of [`scale::SHOWN_YEARS`] (the first is year 1), growing as the
    /// scenario says: the scale and growth charts and the working read them from here.
    pub yearly_kwh: [scale::YearKwh; 3],
    /// The first year (low, central, high case) in which the yearly electricity reaches
    /// [`scale::CHINA_SHARE_MARK`] of China's generation ([`scale::first_year_reaching`]); `None` when not within
    /// [`scale::PROJECTION_YEARS`].
    pub year_reaching_china_mark: [Option<u32>; 3],
    /// How far each uncertain input alone moves the total, largest swing first.
    pub sensitivity: Vec<Sensitivity>,
    /// The total and one item with every uncertain input at its best and at its worst at once (show-the-work).
    pub worst_best: WorstBest,
    /// The central case's factors, for showing the work.
    pub workings: Workings,
    /// The data version these results were published under (the scenario's kind of work's, `Work::data_version`).
    pub data_version: &'static str,
}

/// The total when only one uncertain input moves across its range and all others stay central.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    pub knob: Knob,
    pub total_kwh: Range,
}

impl Sensitivity {
    /// high / low of the total: how many times the total can change because of this input alone.
    pub fn swing(&self) -> f64 {
        if self.total_kwh.low > 0.0 {
            self.total_kwh.high / self.total_kwh.low
        } else {
            1.0
        }
    }
}

impl Results {
    /// The data version of these results beside another scenario's (a comparison): the newer of the two.
    pub fn data_version_with(&self, b: Option<&Results>) -> &'static str {
        super::newer_version(self.data_version, b.map(|b| b.data_version))
    }

    /// The service's electricity in its first year, kWh.
    pub fn first_year_kwh(&self) -> Range {
        let [first, ..] = self.yearly_kwh;
        first.kwh
    }

    /// The uncertain input whose range moves the total most, if any input is uncertain.
    pub fn dominant(&self) -> Option<Knob> {
        self.sensitivity.first().map(|s| s.knob)
    }

    /// One result.
    pub fn get(&self, metric: Metric) -> Range {
        match metric {
            Metric::TrainingAcceleratorHours => self.training_accelerator_hours,
            Metric::TrainingKwh => self.training_kwh,
            Metric::InferenceWhPerQuery => self.inference_wh_per_query,
            Metric::InferenceKwhPerDay => self.inference_kwh_per_day,
            Metric::InferenceKwh => self.inference_kwh,
            Metric::TotalKwh => self.total_kwh,
            Metric::TrainingShare => self.training_share,
            Metric::HouseholdYears => self.household_years,
            Metric::TeslaKm => self.tesla_km,
            Metric::BeijingShanghaiTrips => self.beijing_shanghai_trips,
            Metric::EarthLaps => self.earth_laps,
            Metric::PhoneCharges => self.phone_charges,
            Metric::Cost => self.cost,
            Metric::Co2Kg => self.co2_kg,
            Metric::WaterL => self.water_l,
            Metric::ChinaGenerationShare => self.china_generation_share,
            Metric::TrainingWhPerQuery => self.training_wh_per_query,
            Metric::MyWhPerDay => self.my_wh_per_day,
            Metric::MyKwhPerYear => self.my_kwh_per_year,
        }
    }
}

/// Whether an uncertain input matters for this scenario and is not fixed by the reader.
fn in_play(s: &Scenario, knob: Knob) -> bool {
    let diffusion = s.work.is_diffusion();
    match knob {
        // Images and videos count training only from published accelerator-hours.
        Knob::Mfu => !diffusion && s.training_accelerator_hours.is_none() && s.mfu.is_none(),
        Knob::TrainingDraw => s.training_w_per_accelerator.is_none(),
        Knob::Batch => s.batch.is_none(),
        // The engines differ in their low-precision peaks and their expert GEMMs: a dense 16-bit model at a given
        // batch is served alike by both (their batches differ, and `Knob::Batch` carries that).
        // A U-Net's steps also lose the reference engine's launch overhead (`unet::UNET_STEP_OVERHEAD_S`).
        Knob::Engine => {
            let hw = s.serving();
            s.engine.is_none()
                && ((!diffusion && s.active() < s.params)
                    || (diffusion && s.arch == Arch::Unet)
                    || hw.peak_flops_at(s.precision, true) != hw.peak_flops_at(s.precision, false))
        }
        Knob::FleetUtilisation => s.fleet_utilisation.is_none(),
        Knob::ServingFit => !diffusion,
        Knob::DiffusionFit => diffusion,
        Knob::GuidancePasses => diffusion && s.guidance_passes.is_none(),
        Knob::HostOverhead => s.host_overhead.is_none(),
        Knob::Pue => s.pue.is_none(),
    }
}

/// The range of an input for this scenario: the reader's exact value, or the default range.
fn knob_range(s: &Scenario, knob: Knob) -> Range {
    let given = match knob {
        Knob::Mfu => s.mfu,
        Knob::HostOverhead => s.host_overhead,
        Knob::Pue => s.pue,
        Knob::Batch => s.batch,
        Knob::FleetUtilisation => s.fleet_utilisation,
        Knob::GuidancePasses => s.guidance_passes,
        Knob::TrainingDraw | Knob::ServingFit | Knob::DiffusionFit | Knob::Engine => None,
    };
    given.map_or_else(
        || match knob {
            // Training utilisation depends on the hardware generation (`AcceleratorSpec::training_mfu`).
            Knob::Mfu => s.hw.spec().training_mfu,
            Knob::Batch if s.work.is_diffusion() => DIFFUSION_BATCH,
            Knob::Engine if s.work.is_diffusion() => DIFFUSION_ENGINE,
            // A U-Net video was never measured: the wider spread, as for a layout from the size.
            Knob::DiffusionFit if s.arch == Arch::Unet => match (s.unet, s.work) {
                (Some(_), Work::Image) => UNET_FIT,
                (None, _) | (Some(_), Work::Text | Work::Video) => UNET_FIT_FROM_SIZE,
            },
            Knob::Batch => super::serving::batch_range(s.engine),
            // A shape estimated from the size is less certain than a published one.
            Knob::DiffusionFit if s.layers.is_none() || s.hidden.is_none() => {
                DIFFUSION_FIT_SHAPE_UNKNOWN
            }
            Knob::TrainingDraw
            | Knob::Engine
            | Knob::FleetUtilisation
            | Knob::ServingFit
            | Knob::DiffusionFit
            | Knob::GuidancePasses
            | Knob::HostOverhead
            | Knob::Pue => knob.default_range(),
        },
        Range::exact,
    )
}

/// The value of `knob` that pushes energy towards `case`. Utilisation and batch work against energy: the
/// higher they are, the less time (and so energy) an answer takes.
fn knob_value(s: &Scenario, knob: Knob, case: Case) -> f64 {
    let r = knob_range(s, knob);
    match knob {
        Knob::Mfu | Knob::Batch | Knob::FleetUtilisation => r.pick_inverse(case),
        Knob::TrainingDraw
        | Knob::Engine
        | Knob::ServingFit
        | Knob::DiffusionFit
        | Knob::GuidancePasses
        | Knob::HostOverhead
        | Knob::Pue => r.pick(case),
    }
}

/// The final training run's accelerator-hours: the given figure, else FLOPs / (peak FLOP/s · MFU) / 3,600 s,
/// with FLOPs = 6 · N_active · D (Kaplan et al. 2020; forward 2ND + backward 4ND). An image or video model's
/// training is counted only from published hours: 6ND over text tokens does not describe it (0 otherwise).
pub fn final_run_hours(s: &Scenario, mfu: f64) -> f64 {
    match s.work {
        Work::Text => s.training_accelerator_hours.unwrap_or_else(|| {
            6.0 * s.active() * s.training_tokens / (s.hw.spec().peak_flops * mfu) / SECONDS_PER_HOUR
        }),
        Work::Image | Work::Video => s.training_accelerator_hours.unwrap_or(0.0),
    }
}

/// Whether the scenario's training energy is counted: always for text, for images and videos only when the
/// training run's accelerator-hours are given.
pub fn training_counted(s: &Scenario) -> bool {
    !s.work.is_diffusion() || s.training_accelerator_hours.is_some()
}

/// Training accelerator-hours: [`final_run_hours`] times the development overhead (experiments, ablations and
/// failed runs around the final run; 1 = the final run only): Morrison et al. 2025 (OLMo 2, arXiv 2503.05804)
/// measured development at 50% of final training (×1.5); the Olmo 3 report (arXiv 2605.01158) at 82.2% of all
/// compute (×5.6).
pub fn training_accelerator_hours(final_run_hours: f64, s: &Scenario) -> f64 {
    final_run_hours * s.development_overhead.max(1.0)
}

/// The engine a value of [`Knob::Engine`] stands for: 0 the optimised engine, 1 the reference one.
pub fn engine_at(value: f64) -> Engine {
    if value < 0.5 {
        Engine::Optimised
    } else {
        Engine::Reference
    }
}

/// Mean square of the prompt over a session of `calls` calls whose context grows evenly (call k of n sees k ÷ n of
/// the last call's), ÷ the square of its mean: 2 · (2n + 1) ÷ (3 · (n + 1)); 1 for one call, → 4/3 for many.
pub fn prompt_growth(calls: f64) -> f64 {
    let n = calls.max(1.0);
    2.0 * (2.0 * n + 1.0) / (3.0 * (n + 1.0))
}

/// A text model's transformer layers: the given ones (its config), else estimated from its size.
pub fn text_layers(s: &Scenario) -> f64 {
    s.layers.unwrap_or_else(|| text::layers(s.params))
}

/// The replica that serves the scenario's calls at `batch`, on `accelerators` of the serving hardware, with
/// `engine`.
pub fn replica(s: &Scenario, batch: f64, accelerators: f64, engine: Engine) -> Replica {
    let hw = s.serving();
    let spec = hw.spec();
    Replica {
        total_params: s.params,
        active_params: s.active(),
        layers: text_layers(s),
        precision: s.precision,
        engine,
        accelerators,
        batch,
        input_tokens: s.input_tokens_per_query,
        output_tokens: s.output_tokens_per_query,
        cached_share: s.cached_share,
        prompt_growth: prompt_growth(s.calls_per_query),
        peak_flops: hw.peak_flops_at(s.precision, engine.spec().low_precision_compute),
        hbm_bytes_per_s: spec.hbm_bytes_per_s,
        tdp_w: spec.rated_w,
    }
}

/// Accelerators per replica: the reader's, else the fewest that hold the weights and the KV cache of a batch of
/// `batch` requests with their whole context ([`serving::accelerators_to_hold`]).
/// An image or video replica holds the denoiser's weights only (no KV cache).
pub fn accelerators_per_replica(s: &Scenario, batch: f64) -> f64 {
    let context_tokens = match s.work {
        Work::Text => s.input_tokens_per_query + s.output_tokens_per_query,
        Work::Image | Work::Video => 0.0,
    };
    s.accelerators_per_replica.unwrap_or_else(|| {
        accelerators_to_hold(
            s.params,
            text_layers(s),
            s.precision,
            batch,
            context_tokens,
            s.serving().spec().memory_gb,
        )
    })
}

/// The denoiser that generates the scenario's images or videos at `batch`, on `accelerators`, with `passes`
/// per step, served by `engine`. An image is one frame. A U-Net's layout is the reader's, else its size's; its
/// latent is the autoencoder's (8 pixels a side), whatever `patch` says. An optimised engine multiplies 8- and 4-bit
/// weights at their own peaks and runs a U-Net's step as one CUDA graph (`unet::OPTIMISED_STEP_OVERHEAD_S`).
fn denoiser(s: &Scenario, batch: f64, accelerators: f64, passes: f64, engine: Engine) -> Denoiser {
    let hw = s.serving();
    let spec = hw.spec();
    let frames = match s.work {
        Work::Video => s.frames.max(1.0),
        Work::Text | Work::Image => 1.0,
    };
    // A transformer's video has a 3D autoencoder (4 frames a latent frame) whose decoder is not counted; a U-Net
    // generates and decodes every frame with its image autoencoder (AnimateDiff, Stable Video Diffusion). A U-Net
    // has no transformer depth for the split replicas' per-layer wait, and `layers`, `hidden` and `patch` do not
    // apply to it.
    let (layers, hidden, px_per_token, latent_frames, decoded_frames, step_overhead_s) =
        match s.arch {
            Arch::Dit => (
                diffusion::layers(s.params, s.layers),
                diffusion::hidden(s.params, s.hidden),
                s.px_per_token,
                diffusion::latent_frames(frames),
                match s.work {
                    Work::Image => 1.0,
                    Work::Text | Work::Video => 0.0,
                },
                0.0,
            ),
            Arch::Unet => (
                0.0,
                0.0,
                PX_PER_LATENT,
                frames,
                frames,
                match engine {
                    Engine::Reference => UNET_STEP_OVERHEAD_S,
                    Engine::Optimised => OPTIMISED_STEP_OVERHEAD_S,
                },
            ),
        };
    Denoiser {
        params: s.params,
        arch: s.arch,
        unet: s.unet,
        layers,
        hidden,
        tokens: diffusion::latent_tokens(s.width_px, s.height_px, 1.0, px_per_token),
        frames: latent_frames,
        step_overhead_s,
        decode_flops: diffusion::DECODER_FLOPS_PER_PIXEL
            * s.width_px
            * s.height_px
            * decoded_frames,
        steps: s.steps,
        passes,
        batch,
        accelerators,
        peak_flops: spec.peak_flops,
        linear_peak_flops: hw.peak_flops_at(s.precision, engine.spec().low_precision_compute),
        hbm_bytes_per_s: spec.hbm_bytes_per_s,
        tdp_w: spec.rated_w,
    }
}

/// What one item's accelerator time is made of, by kind of work.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemRun {
    /// One model call: its prefill and the decode steps of its answer (roofline, `model::serving`), with the
    /// engine that served it.
    Text(Call, Engine),
    /// One batch's generation (`model::diffusion`).
    Diffusion(Generation),
}

impl ItemRun {
    /// The uncertain input that carries how far measured GPUs fall from this physics.
    pub fn fit_knob(&self) -> Knob {
        match self {
            ItemRun::Text(..) => Knob::ServingFit,
            ItemRun::Diffusion(_) => Knob::DiffusionFit,
        }
    }

    /// Power of all the replica's accelerators while busy, W.
    pub fn replica_w(&self) -> f64 {
        match self {
            ItemRun::Text(call, _) => call.replica_w(),
            ItemRun::Diffusion(g) => g.replica_w,
        }
    }
}

/// How one query is served, for one choice of ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Serving {
    pub batch: f64,
    pub accelerators: f64,
    /// Model calls per item (an agent's task makes several; an image or video is one generation).
    pub calls: f64,
    /// The replica's work for the item.
    pub run: ItemRun,
    /// Measured ÷ modelled energy applied (the calibration's spread).
    pub fit: f64,
    /// Busy share of the provisioned capacity.
    pub fleet_utilisation: f64,
    /// Busy accelerators' energy per query, Wh: text: a call's J × calls × fit ÷ 3,600;
    /// images and videos: batch s × replica W ÷ batch × fit ÷ 3,600.
    pub accelerator_wh: f64,
    /// Idle capacity's energy per query, Wh: accelerator Wh × (1 − u) ÷ u × idle W ÷ busy W.
    pub idle_wh: f64,
}

/// Serving one query: the roofline step at the batch, the calibration spread, and the idle capacity behind it.
fn serving_at(s: &Scenario, v: &impl Fn(Knob) -> f64) -> Serving {
    let batch = v(Knob::Batch);
    // The replica is sized once, for the central batch: the batch's range moves the step, not the hardware.
    let sizing_batch = s.batch.unwrap_or(knob_range(s, Knob::Batch).central);
    let accelerators = accelerators_per_replica(s, sizing_batch);
    let engine = s.engine.unwrap_or_else(|| engine_at(v(Knob::Engine)));
    let (run, calls, fit, accelerator_wh) = match s.work {
        Work::Text => {
            let call = text::call(&replica(s, batch, accelerators, engine));
            let fit = v(Knob::ServingFit);
            let calls = s.calls_per_query.max(1.0);
            let wh = call.joules * calls * fit / SECONDS_PER_HOUR;
            (ItemRun::Text(call, engine), calls, fit, wh)
        }
        Work::Image | Work::Video => {
            let passes = v(Knob::GuidancePasses);
            let g = diffusion::generate(&denoiser(s, batch, accelerators, passes, engine));
            let fit = v(Knob::DiffusionFit);
            let wh = g.seconds * g.replica_w / batch.max(1.0) * fit / SECONDS_PER_HOUR;
            (ItemRun::Diffusion(g), 1.0, fit, wh)
        }
    };
    let fleet_utilisation = v(Knob::FleetUtilisation);
    let idle_w = accelerators * IDLE_POWER_SHARE * s.serving().spec().rated_w;
    let idle_wh = accelerator_wh * (1.0 - fleet_utilisation)
        / fleet_utilisation.max(f64::MIN_POSITIVE)
        * idle_w
        / run.replica_w().max(f64::MIN_POSITIVE);
    Serving {
        batch,
        accelerators,
        calls,
        run,
        fit,
        fleet_utilisation,
        accelerator_wh,
        idle_wh,
    }
}

impl Serving {
    /// Accelerator-seconds one item occupies: a call's replica time × calls × accelerators (text); a batch's
    /// time × accelerators ÷ batch (an image or video).
    pub fn accelerator_seconds_per_item(&self) -> f64 {
        match self.run {
            ItemRun::Text(call, _) => call.seconds * self.calls * self.accelerators,
            ItemRun::Diffusion(g) => g.seconds * self.accelerators / self.batch.max(1.0),
        }
    }
}

/// How an accelerator's training power is known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TrainingPower {
    /// Given in the scenario (`trainw`).
    Given,
    /// Measured system power per chip, published for the accelerator (`AcceleratorSpec::measured_system_w`).
    Measured,
    /// Rated power × draw × (1 + host share).
    Rated,
}

/// Serving energy of one query at the wall, Wh: (busy accelerators + idle capacity) × (1 + host share) × PUE.
pub fn inference_wh_per_query(serving: &Serving, host: f64, pue: f64) -> f64 {
    (serving.accelerator_wh + serving.idle_wh) * (1.0 + host) * pue
}

/// Every factor behind the results for one choice of ends: what "show your work" substitutes into the
/// formulas. `Results::workings` holds the central one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Workings {
    /// 6 · N_active · D, FLOPs (also when accelerator-hours are given, for reference).
    pub training_flops: f64,
    /// MFU used to estimate hours; `None` when the published hours were given.
    pub mfu: Option<f64>,
    /// The final run's accelerator-hours, before the development overhead.
    pub final_run_hours: f64,
    /// All of training's accelerator-hours: the final run's times the development overhead.
    pub training_hours: f64,
    /// Average power per accelerator in training, W, before PUE.
    pub training_w: f64,
    /// How that power is known.
    pub training_power: TrainingPower,
    pub pue: f64,
    pub training_kwh: f64,
    /// How a query is served: replica, step, idle capacity.
    pub serving: Serving,
    /// Host power as a share of accelerator power.
    pub host: f64,
    pub wh_per_query: f64,
    /// Output tokens one item generates: tokens per call × calls (≥ 1; text answers).
    pub output_tokens: f64,
    pub kwh_per_day: f64,
    /// Queries over the whole deployment, growth included.
    pub queries_total: f64,
    pub inference_kwh: f64,
}

impl Workings {
    pub fn total_kwh(&self) -> f64 {
        self.training_kwh + self.inference_kwh
    }

    /// Busy accelerators' energy per output token, J (the GPU-benchmark boundary).
    pub fn accelerator_joules_per_output_token(&self) -> f64 {
        self.serving.accelerator_wh * SECONDS_PER_HOUR / self.output_tokens
    }

    /// Energy at the wall per 1,000 output tokens, Wh: idle capacity, host and PUE included.
    pub fn wh_per_1000_output_tokens(&self) -> f64 {
        self.wh_per_query / self.output_tokens * 1_000.0
    }
}

/// Which end each uncertain input takes in one evaluation: a table by knob rather than a closure, so that the model
/// runs without an indirect call. A `dyn Fn(Knob) -> Case` has the WebAssembly signature of `Display::fmt`, so
/// wasm-opt had to keep the formatting code panic messages take the address of (the page's panic handler never
/// formats one): 0.8 KB of the first-paint module after brotli (docs/PERFORMANCE.md).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cases([Case; KNOBS]);

const KNOBS: usize = <Knob as strum::EnumCount>::COUNT;

// `Cases::of` reads a knob's case at its position in `Knob::ALL`: the list must be in declaration order. Compile
// time only: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const _: () = {
    let mut i = 0;
    while i < KNOBS {
        assert!(
            Knob::ALL[i] as usize == i,
            "Knob::ALL is in declaration order"
        );
        i += 1;
    }
};

impl Cases {
    /// Every knob at `case`.
    pub fn all(case: Case) -> Cases {
        Cases([case; KNOBS])
    }

    /// `knob` at `case`, every other one central.
    pub fn only(knob: Knob, case: Case) -> Cases {
        Cases::by(|k| if k == knob { case } else { Case::Central })
    }

    /// Each knob at the case `f` gives it.
    pub fn by(f: impl Fn(Knob) -> Case) -> Cases {
        Cases(Knob::ALL.map(f))
    }

    /// The case of `knob`.
    pub fn of(&self, knob: Knob) -> Case {
        self.0.get(knob as usize).copied().unwrap_or(Case::Central)
    }
}

fn workings_at(s: &Scenario, cases: &Cases) -> Workings {
    let case_of = |k: Knob| cases.of(k);
    let v = |k: Knob| knob_value(s, k, case_of(k));
    let spec = s.hw.spec();
    let pue = v(Knob::Pue);
    let host = v(Knob::HostOverhead);

    let mfu = v(Knob::Mfu);
    let final_run_hours = final_run_hours(s, mfu);
    let training_hours = training_accelerator_hours(final_run_hours, s);
    // Where real system power per chip is published (TPUs), it replaces rated power, draw and host share.
    let measured_w = spec
        .measured_system_w
        .map(|r| r.pick(case_of(Knob::TrainingDraw)));
    let (training_w, training_power) = match (s.training_w_per_accelerator, measured_w) {
        (Some(w), _) => (w, TrainingPower::Given),
        (None, Some(w)) => (w, TrainingPower::Measured),
        (None, None) => (
            spec.rated_w * v(Knob::TrainingDraw) * (1.0 + host),
            TrainingPower::Rated,
        ),
    };
    let training_kwh = training_hours * training_w * pue / 1_000.0;

    let serving = serving_at(s, &v);
    let wh_per_query = inference_wh_per_query(&serving, host, pue);
    let queries_total = queries_over(s.queries_per_day, s.days, s.yearly_growth);
    Workings {
        training_flops: 6.0 * s.active() * s.training_tokens,
        mfu: (s.training_accelerator_hours.is_none() && !s.work.is_diffusion()).then_some(mfu),
        final_run_hours,
        training_hours,
        training_w,
        training_power,
        pue,
        training_kwh,
        serving,
        host,
        wh_per_query,
        output_tokens: s.output_tokens_per_query.max(1.0) * s.calls_per_query.max(1.0),
        kwh_per_day: wh_per_query * s.queries_per_day / 1_000.0,
        queries_total,
        inference_kwh: wh_per_query * queries_total / 1_000.0,
    }
}

#[cfg(test)]
fn range_of(points: &[Workings; 3], f: impl Fn(&Workings) -> f64) -> Range {
    Range::new(f(&points[0]), f(&points[1]), f(&points[2]))
}

/// Which knob moves with which in a likely range: the engine and its batch are one (an optimised engine is what runs
/// the large batches, `serving::Engine::spec`); every other knob is independent of the rest and moves alone.
fn moves_with(k: Knob) -> Knob {
    match k {
        Knob::Batch => Knob::Engine,
        Knob::Mfu
        | Knob::TrainingDraw
        | Knob::Engine
        | Knob::FleetUtilisation
        | Knob::ServingFit
        | Knob::DiffusionFit
        | Knob::GuidancePasses
        | Knob::HostOverhead
        | Knob::Pue => k,
    }
}

/// The groups of uncertain inputs that move independently: every knob, the batch with the engine (`moves_with`).
const GROUPS: [Knob; 9] = [
    Knob::Mfu,
    Knob::TrainingDraw,
    Knob::Engine,
    Knob::FleetUtilisation,
    Knob::ServingFit,
    Knob::DiffusionFit,
    Knob::GuidancePasses,
    Knob::HostOverhead,
    Knob::Pue,
];

/// A scenario's workings at the central case and at each end of each group of uncertain inputs (the others
/// central). A group not in play for the scenario ends where it started, at the centre, and adds nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// The central case, then each group's low and high end in `GROUPS`' order.
    points: [Workings; 1 + 2 * GROUPS.len()],
}

impl Spread {
    /// `s`'s spread: 1 + 2 × 9 evaluations of its workings (each well under a microsecond), from one call site of
    /// `workings_at` (the first-paint module carries the whole model once, not once per case).
    pub fn of(s: &Scenario) -> Spread {
        Spread {
            points: core::array::from_fn(|i| {
                let (group, case) = match i {
                    0 => (None, Case::Central),
                    _ => (
                        GROUPS.get((i - 1) / 2).copied(),
                        if i % 2 == 1 { Case::Low } else { Case::High },
                    ),
                };
                workings_at(
                    s,
                    &Cases::by(|k| match group {
                        Some(g) if moves_with(k) != g => Case::Central,
                        _ => case,
                    }),
                )
            }),
        }
    }

    /// The likely range of `f`: its central value ÷ 10^d and × 10^u, where d and u are the root-sum-squares of
    /// each group's log ratio below and above the centre (GUM, JCGM 100:2008 §5.1, for independent inputs, in log
    /// space; the calibration spreads' low and high are their 10th and 90th percentiles, the other knobs' the span of
    /// their published values, and the coverage tests check the combination on measurements).
    /// A zero centre (nothing served, no training counted) has no ratio and no spread.
    pub fn likely(&self, f: fn(&Workings) -> f64) -> Range {
        let [central, ends @ ..] = &self.points;
        let c = f(central);
        // Nothing (no training counted, nothing served): a factor no uncertain input moves is zero, so every end
        // is zero too.
        if c <= 0.0 {
            return Range::exact(c);
        }
        // In decades (log10 and 10^x, which the page carries already) rather than ln and e^x: the same range.
        let (mut down, mut up) = (0.0, 0.0);
        for pair in ends.chunks_exact(2) {
            let [low, high] = pair else { continue };
            let (a, b) = (f(low), f(high));
            // An end at zero (a share that vanishes) counts as a fall to 1/10,000.
            let above = |v: f64| if v > c { libm::log10(v / c) } else { 0.0 };
            let below = |v: f64| {
                if v < c {
                    libm::log10(c / v.max(c * 1e-4))
                } else {
                    0.0
                }
            };
            let (u, d) = (above(a).max(above(b)), below(a).max(below(b)));
            up += u * u;
            down += d * d;
        }
        Range::new(
            c / libm::pow(10.0, libm::sqrt(down)),
            c,
            c * libm::pow(10.0, libm::sqrt(up)),
        )
    }

    /// The central case's workings.
    pub fn central(&self) -> &Workings {
        let [central, ..] = &self.points;
        central
    }
}

/// Serving energy of one query at the wall, Wh, likely low / central / high: `evaluate(s).inference_wh_per_query`
/// without the rest of the evaluation; the everyday ladder reads its presets' items so on every render.
pub fn wh_per_query(s: &Scenario) -> Range {
    Spread::of(s).likely(|p| p.wh_per_query)
}

/// The headline's numbers: training, use and their total (kWh), and training's share of it, each as its likely
/// range around the central value (`Spread::likely`). The first part of [`evaluate`], and all the first screen
/// needs (`first_screen.rs`), so the first-paint module carries none of the rest.
pub struct Totals {
    spread: Spread,
    pub training_kwh: Range,
    pub inference_kwh: Range,
    pub total_kwh: Range,
    /// training ÷ (training + use): low with low training and high use, and the other way round.
    pub training_share: Range,
    /// One item's serving energy at the wall, Wh.
    pub wh_per_query: Range,
    /// Training shared over the deployment's items, Wh per item ([`training_wh_per_query`]).
    pub training_wh_per_query: Range,
    /// A person's own use a day, Wh ([`my_wh_per_day`]).
    pub my_wh_per_day: Range,
    /// Each of their lines, evaluated.
    pub my_lines: Vec<MyShare>,
}

impl Totals {
    /// Items over the deployment (central case), growth included: what training is shared over.
    pub fn items(&self) -> f64 {
        self.spread.central().queries_total
    }
}

/// Training's energy shared over every item the deployment serves, Wh per item: training kWh × 1,000 ÷ items over
/// the deployment (growth included); 0 when none is served, and all of it on one item when fewer than one is.
/// Each end pairs with the same case's items.
pub fn training_wh_per_query(spread: &Spread) -> Range {
    spread.likely(|p| {
        if p.queries_total > 0.0 {
            p.training_kwh * 1_000.0 / p.queries_total.max(1.0)
        } else {
            0.0
        }
    })
}

/// One of a person's lines, evaluated: its preset's per-item energy at the wall ([`wh_per_query`], the value
/// `q=item` leads with) and the line's Wh a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MyShare {
    pub line: MyLine,
    pub wh_per_item: Range,
    /// Items a day × Wh per item.
    pub wh_per_day: Range,
}

/// Each of a person's lines, evaluated: its preset's per-item energy (`q=item`'s lead), plus, where the reader asks
/// for it (`metrain=shared`), the item's share of its service's training (`training_wh_per_query`), each end with
/// the same end.
pub fn my_shares(s: &Scenario) -> Vec<MyShare> {
    s.my_use
        .lines()
        .map(|line| {
            let item = line.preset.scenario();
            let wh = match s.my_training {
                MyTraining::Left => wh_per_query(&item),
                // Use and training each as its likely range, summed end to end: a little wider than the likely
                // range of the sum, never narrower.
                MyTraining::Shared => {
                    let t = totals(&item);
                    let (u, tr) = (t.wh_per_query, t.training_wh_per_query);
                    Range::new(u.low + tr.low, u.central + tr.central, u.high + tr.high)
                }
            };
            MyShare {
                line,
                wh_per_item: wh,
                wh_per_day: wh.map(|w| line.per_day * w),
            }
        })
        .collect()
}

/// A person's own use a day, Wh: Σ over their lines of items a day × that preset's per-item energy, each end summed
/// with the same ends. Training only where the reader asks for its share (`my_shares`): a person's use does not
/// train the model.
pub fn my_wh_per_day(shares: &[MyShare]) -> Range {
    shares.iter().fold(Range::exact(0.0), |sum, share| {
        let d = share.wh_per_day;
        Range::new(sum.low + d.low, sum.central + d.central, sum.high + d.high)
    })
}

/// A person's use a day, Wh, over a year, kWh: × 365 ÷ 1,000.
pub fn my_kwh_per_year(wh_per_day: Range) -> Range {
    wh_per_day.map(|wh| wh * DAYS_PER_YEAR / 1_000.0)
}

/// The headline's numbers of `s` ([`Totals`]).
pub fn totals(s: &Scenario) -> Totals {
    let spread = Spread::of(s);
    let training_kwh = spread.likely(|p| p.training_kwh);
    let inference_kwh = spread.likely(|p| p.inference_kwh);
    let share = |t: f64, i: f64| if t + i > 0.0 { t / (t + i) } else { 0.0 };
    let my_lines = my_shares(s);
    Totals {
        total_kwh: spread.likely(Workings::total_kwh),
        wh_per_query: spread.likely(|p| p.wh_per_query),
        training_wh_per_query: training_wh_per_query(&spread),
        my_wh_per_day: my_wh_per_day(&my_lines),
        my_lines,
        training_share: Range::new(
            share(training_kwh.low, inference_kwh.high),
            share(training_kwh.central, inference_kwh.central),
            share(training_kwh.high, inference_kwh.low),
        ),
        spread,
        training_kwh,
        inference_kwh,
    }
}

/// What a result would be with every uncertain input at its best, and at its worst, at once: beyond the likely range,
/// a case as unlikely as all of them at their 10th (or 90th) percentile together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorstBest {
    pub total_kwh: Range,
    pub wh_per_query: Range,
}

impl WorstBest {
    /// Every uncertain input at the end that makes energy lowest, and all at the end that makes it highest.
    fn of(s: &Scenario, central: &Workings) -> WorstBest {
        let [low, high] = [Case::Low, Case::High].map(|case| workings_at(s, &Cases::all(case)));
        let ends = |f: fn(&Workings) -> f64| {
            let c = f(central);
            Range::new(f(&low).min(c), c, f(&high).max(c))
        };
        WorstBest {
            total_kwh: ends(Workings::total_kwh),
            wh_per_query: ends(|p| p.wh_per_query),
        }
    }
}

/// Evaluates a scenario. Total for every validated scenario: all outputs finite and non-negative.
pub fn evaluate(s: &Scenario) -> Results {
    let Totals {
        spread,
        training_kwh,
        inference_kwh,
        total_kwh,
        training_share,
        wh_per_query,
        training_wh_per_query,
        my_wh_per_day,
        my_lines,
    } = totals(s);
    let per_total = |unit_kwh: f64| total_kwh.map(|kwh| kwh / unit_kwh);
    let ev_kwh_per_km = s.ev.basis().wh_per_km / 1_000.0;
    let tesla_km = per_total(ev_kwh_per_km);

    let sensitivity: Vec<Sensitivity> = Knob::ALL
        .into_iter()
        .filter(|&k| in_play(s, k))
        .map(|knob| {
            let total = |case| workings_at(s, &Cases::only(knob, case)).total_kwh();
            Sensitivity {
                knob,
                total_kwh: Range::new(total(Case::Low), total(Case::Central), total(Case::High)),
            }
        })
        .filter(|s| s.total_kwh.high > s.total_kwh.low)
        .collect();
    // Largest swing first, ties in table order. A selection over at most seven entries: it keeps the standard
    // library's general-purpose sort (~3 KB of WebAssembly) out of the page.
    let mut rest = sensitivity;
    let mut sensitivity = Vec::with_capacity(rest.len());
    while let Some((i, _)) =
        rest.iter()
            .enumerate()
            .fold(None, |best: Option<(usize, f64)>, (i, s)| match best {
                Some((_, top)) if top >= s.swing() => best,
                _ => Some((i, s.swing())),
            })
    {
        sensitivity.push(rest.remove(i));
    }

    // WUE is litres per kWh of IT energy (The Green Grid): the facility's overhead (PUE) draws no water.
    let water_l = spread
        .likely(|p| p.total_kwh() / p.pue.max(1.0))
        .map(|it_kwh| it_kwh * s.wue_l_per_kwh);

    let yearly_kwh = scale::SHOWN_YEARS.map(|year| scale::YearKwh {
        year,
        kwh: scale::yearly_kwh(s, wh_per_query, training_kwh, year),
    });
    let [first_year, ..] = yearly_kwh;
    Results {
        training_accelerator_hours: spread.likely(|p| p.training_hours),
        training_kwh,
        inference_wh_per_query: wh_per_query,
        inference_kwh_per_day: spread.likely(|p| p.kwh_per_day),
        workings: *spread.central(),
        worst_best: WorstBest::of(s, spread.central()),
        data_version: super::scenario_version(s),
        inference_kwh,
        total_kwh,
        training_share,
        household_years: per_total(s.home.basis().kwh_per_year),
        tesla_km,
        beijing_shanghai_trips: tesla_km.map(|km| km / BEIJING_SHANGHAI_KM),
        earth_laps: tesla_km.map(|km| km / EARTH_LAP_KM),
        phone_charges: per_total(PHONE_CHARGE_WH / 1_000.0),
        training_wh_per_query,
        my_wh_per_day,
        my_kwh_per_year: my_kwh_per_year(my_wh_per_day),
        my_lines,
        cost: total_kwh.map(|kwh| kwh * s.price_per_kwh),
        co2_kg: total_kwh.map(|kwh| kwh * s.grid_gco2_per_kwh / 1_000.0),
        water_l,
        china_generation_share: first_year.kwh.map(|kwh| kwh / scale::CHINA_GENERATION_KWH),
        yearly_kwh,
        year_reaching_china_mark: scale::first_year_reaching(
            s,
            wh_per_query,
            training_kwh,
            scale::CHINA_SHARE_MARK,
        ),
        sensitivity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// If an input that lowers energy (a utilisation) were taken at the wrong end, the low case would come out
    /// above the high one: `Range::new` stops on that instead of sorting it away.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "inverted range")]
    fn a_knob_pointing_the_wrong_way_is_caught() {
        let s = Scenario::default();
        let wrong_way = |case: Case| {
            workings_at(
                &s,
                &Cases::by(|k| match k {
                    Knob::Batch => case.opposite(),
                    _ => Case::Central,
                }),
            )
        };
        // What `evaluate` would build if `knob_value` picked the batch like an input energy grows with.
        let points = Case::ALL.map(wrong_way);
        let _ = range_of(&points, |p| p.wh_per_query);
    }

    #[test]
    fn an_image_or_video_has_its_own_uncertain_inputs_and_each_moves_energy_its_way() {
        use crate::model::presets::Preset;
        let s = Preset::ClosedVideo.scenario();
        assert!(!in_play(&s, Knob::ServingFit) && !in_play(&s, Knob::Mfu));
        for knob in Knob::ALL.into_iter().filter(|&k| in_play(&s, k)) {
            let total = |case| workings_at(&s, &Cases::only(knob, case)).total_kwh();
            assert!(total(Case::Low) <= total(Case::High), "{knob:?}");
        }
        for knob in [Knob::DiffusionFit, Knob::GuidancePasses] {
            let wh = |case| workings_at(&s, &Cases::only(knob, case)).wh_per_query;
            assert!(wh(Case::Low) < wh(Case::High), "{knob:?}");
        }
        // Unknown shape: the wider band; a published one: the calibration's.
        assert_eq!(
            knob_range(&s, Knob::DiffusionFit),
            DIFFUSION_FIT_SHAPE_UNKNOWN
        );
        let wan = Preset::WanVideo.scenario();
        assert_eq!(
            knob_range(&wan, Knob::DiffusionFit),
            Knob::DiffusionFit.default_range()
        );
        assert_eq!(wh_per_query(&wan), evaluate(&wan).inference_wh_per_query);
        // Without published hours an image model's training is not counted; with them it is.
        assert_eq!(evaluate(&wan).training_kwh.central, 0.0);
        assert!(!training_counted(&wan));
        let sd15 = Preset::Sd15Image.scenario();
        assert!(training_counted(&sd15) && evaluate(&sd15).training_kwh.central > 0.0);
    }

    #[test]
    fn every_knob_moves_in_exactly_one_group() {
        for k in Knob::ALL {
            let g = moves_with(k);
            assert!(GROUPS.contains(&g), "{k:?} moves with {g:?}, not a group");
            assert_eq!(moves_with(g), g, "{g:?} heads its group");
        }
        assert_eq!(
            GROUPS.len(),
            Knob::ALL.iter().filter(|&&k| moves_with(k) == k).count()
        );
    }

    #[test]
    fn every_uncertain_input_moves_energy_the_way_its_case_says() {
        let s = Scenario::default();
        for knob in Knob::ALL.into_iter().filter(|&k| in_play(&s, k)) {
            let total = |case| workings_at(&s, &Cases::only(knob, case)).total_kwh();
            assert!(
                total(Case::Low) < total(Case::High),
                "{knob:?}: {} vs {}",
                total(Case::Low),
                total(Case::High)
            );
        }
    }
}
