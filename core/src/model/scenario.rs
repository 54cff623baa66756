//! The scenario: everything a reader can set, in base units, and the limits each number must respect.

use super::equivalence::{Ev, HomeRegion};
use super::hardware::Hw;
use super::serving::{Engine, Precision};
use super::work::Work;

/// Currency an electricity price is given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Currency {
    Cny,
    Usd,
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Cny, Currency::Usd, Currency::Eur];

    /// Share-link id (`cur=cny`) and ISO 4217 code in lower case.
    pub fn id(self) -> &'static str {
        match self {
            Currency::Cny => "cny",
            Currency::Usd => "usd",
            Currency::Eur => "eur",
        }
    }

    pub fn from_id(id: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.id().eq_ignore_ascii_case(id))
    }
}

all_is_complete!(Currency);

/// Everything the calculator takes. Numbers are in base units: counts, days, fractions, W, g/kWh, L/kWh,
/// currency units per kWh. `None` means "not known: use the default range" (see `assumptions`).
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Total parameters.
    pub params: f64,
    /// Parameters active per token (mixture-of-experts); `None` = all of them.
    pub active_params: Option<f64>,
    /// Training tokens.
    pub training_tokens: f64,
    /// The accelerator for both training and serving.
    pub hw: Hw,
    /// Real accelerator-hours of the training run, when published; replaces the FLOPs estimate.
    pub training_accelerator_hours: Option<f64>,
    /// Training model-FLOPs utilisation, fraction.
    pub mfu: Option<f64>,
    /// Measured average system power per accelerator during training, W (host share included);
    /// replaces rated power × draw × (1 + host overhead) for training.
    pub training_w_per_accelerator: Option<f64>,
    /// Training energy of the whole development (experiments, ablations, failed runs) ÷ that of the final run
    /// (1 = the final run only, the boundary published figures use).
    pub development_overhead: f64,
    /// Queries a day at the start of the deployment.
    pub queries_per_day: f64,
    /// Generated (output) tokens per query.
    pub output_tokens_per_query: f64,
    /// Prompt (input) tokens per query.
    pub input_tokens_per_query: f64,
    /// Deployment period, days.
    pub days: f64,
    /// Yearly growth of queries, fraction (0.5 = +50% a year).
    pub yearly_growth: f64,
    /// Power usage effectiveness.
    pub pue: Option<f64>,
    /// Host power beyond the accelerators, as a fraction of accelerator power.
    pub host_overhead: Option<f64>,
    /// Grid carbon intensity, gCO2e per kWh.
    pub grid_gco2_per_kwh: f64,
    /// Water per kWh, L/kWh.
    pub wue_l_per_kwh: f64,
    /// Electricity price per kWh, in `currency`.
    pub price_per_kwh: f64,
    pub currency: Currency,
    /// Which country's household a "household-year" means.
    pub home: HomeRegion,
    /// Which car a "Tesla-kilometre" is driven in.
    pub ev: Ev,
    /// The accelerator that serves the queries, when it is not the training one.
    pub serving_hw: Option<Hw>,
    /// Number format of the served weights.
    pub precision: Precision,
    /// Requests a replica decodes together; `None` = the default range.
    pub batch: Option<f64>,
    /// Accelerators one replica spans; `None` = the fewest that hold the weights and the batch's KV cache.
    pub accelerators_per_replica: Option<f64>,
    /// Share of the provisioned serving capacity that is busy, 0–1; `None` = the default range.
    pub fleet_utilisation: Option<f64>,
    /// The serving engine; `None` = either (the range spanning both, `Knob::Engine`).
    pub engine: Option<Engine>,
    /// Share of each call's prompt served from a prefix cache, 0–1 (those tokens skip prefill).
    pub cached_share: f64,
    /// Model calls per query: 1 for an answer; an agent's task makes many, its context growing call by call
    /// (`input_tokens_per_query` is then the mean prompt of a call).
    pub calls_per_query: f64,
    /// What one item of use is: a text answer, an image or a video. For images and videos `params` is the
    /// denoiser's, queries are items, and the fields below describe each item.
    pub work: Work,
    /// Denoising steps per image or video.
    pub steps: f64,
    /// Width of an image or video, pixels.
    pub width_px: f64,
    /// Height of an image or video, pixels.
    pub height_px: f64,
    /// Frames of a video (an image is one frame).
    pub frames: f64,
    /// Frames per second of a video: only for showing its length in seconds.
    pub fps: f64,
    /// Denoiser passes per step: 2 with classifier-free guidance, 1 when guidance-distilled; `None` = either.
    pub guidance_passes: Option<f64>,
    /// The denoiser's transformer layers; `None` = from its size (`diffusion::layers`).
    pub layers: Option<f64>,
    /// The denoiser's hidden width; `None` = from its size (`diffusion::hidden`).
    pub hidden: Option<f64>,
    /// Pixels per latent token along each side: the autoencoder's downsampling × the patch size.
    pub px_per_token: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::DEFAULT
    }
}

impl Scenario {
    /// The page's default scenario. Share links write only what differs from it, so it is part of the
    /// v1 link scheme: changing any value here changes what old links mean.
    pub const DEFAULT: Scenario = Scenario {
        params: 175e9,
        active_params: None,
        training_tokens: 300e9,
        hw: Hw::H100,
        training_accelerator_hours: None,
        mfu: None,
        training_w_per_accelerator: None,
        development_overhead: 1.0,
        queries_per_day: 1e8,
        output_tokens_per_query: 500.0,
        input_tokens_per_query: 200.0,
        days: 365.0,
        yearly_growth: 0.0,
        pue: None,
        host_overhead: None,
        grid_gco2_per_kwh: 582.0,
        wue_l_per_kwh: 1.8,
        // West China data-centre power (facility.rs `cn-dc-west`, FT 2025).
        price_per_kwh: 0.40,
        currency: Currency::Cny,
        home: HomeRegion::China,
        ev: Ev::Model3,
        serving_hw: None,
        precision: Precision::Bf16,
        batch: None,
        accelerators_per_replica: None,
        fleet_utilisation: None,
        engine: None,
        cached_share: 0.0,
        calls_per_query: 1.0,
        work: Work::Text,
        steps: 30.0,
        width_px: 1024.0,
        height_px: 1024.0,
        frames: 81.0,
        fps: 16.0,
        guidance_passes: None,
        layers: None,
        hidden: None,
        px_per_token: 16.0,
    };
}

impl Scenario {
    /// Parameters used per token: the active count when given, never more than the total.
    pub fn active(&self) -> f64 {
        self.active_params.unwrap_or(self.params).min(self.params)
    }

    /// Whether a query is an agent's task: a text query of more than one model call.
    pub fn is_task(&self) -> bool {
        !self.work.is_diffusion() && self.calls_per_query > 1.0
    }

    /// The accelerator that serves queries: the serving one when given, else the training one.
    pub fn serving(&self) -> Hw {
        self.serving_hw.unwrap_or(self.hw)
    }
}

/// Which fixed list a choice comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum ChoiceKind {
    Hw,
    Currency,
    Home,
    Ev,
    /// The serving accelerator (`same` = the training one).
    ServingHw,
    Precision,
    /// What one item of use is (`work=`).
    Work,
    /// The serving engine (`either` = not known).
    Engine,
}

/// A choice from a fixed list (accelerator, currency, household region, car).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Hw(Hw),
    Currency(Currency),
    Home(HomeRegion),
    Ev(Ev),
    ServingHw(Option<Hw>),
    Precision(Precision),
    Work(Work),
    Engine(Option<Engine>),
}

impl ChoiceKind {
    pub const ALL: [ChoiceKind; 8] = [
        ChoiceKind::Hw,
        ChoiceKind::Currency,
        ChoiceKind::Home,
        ChoiceKind::Ev,
        ChoiceKind::ServingHw,
        ChoiceKind::Precision,
        ChoiceKind::Work,
        ChoiceKind::Engine,
    ];

    /// The choice with this id in this list (ASCII case-insensitive), if any.
    pub fn parse(self, id: &str) -> Option<Choice> {
        match self {
            ChoiceKind::Hw => Hw::from_id(id).map(Choice::Hw),
            ChoiceKind::Currency => Currency::from_id(id).map(Choice::Currency),
            ChoiceKind::Home => HomeRegion::from_id(id).map(Choice::Home),
            ChoiceKind::Ev => Ev::from_id(id).map(Choice::Ev),
            ChoiceKind::ServingHw if id.eq_ignore_ascii_case(SAME_HW) => {
                Some(Choice::ServingHw(None))
            }
            ChoiceKind::ServingHw => Hw::from_id(id).map(|h| Choice::ServingHw(Some(h))),
            ChoiceKind::Precision => Precision::from_id(id).map(Choice::Precision),
            ChoiceKind::Work => Work::from_id(id).map(Choice::Work),
            ChoiceKind::Engine if id.eq_ignore_ascii_case(EITHER_ENGINE) => {
                Some(Choice::Engine(None))
            }
            ChoiceKind::Engine => Engine::from_id(id).map(|e| Choice::Engine(Some(e))),
        }
    }
}

all_is_complete!(ChoiceKind);

/// The serving-accelerator id that means "the training accelerator".
pub const SAME_HW: &str = "same";
/// The engine id that means "not known: either engine" (the range spanning both).
pub const EITHER_ENGINE: &str = "either";

impl Choice {
    /// The chosen item's id (`h100`, `cny`, `cn`, `model3`).
    pub fn id(self) -> &'static str {
        match self {
            Choice::Hw(h) => h.spec().id,
            Choice::Currency(c) => c.id(),
            Choice::Home(h) => h.basis().id,
            Choice::Ev(e) => e.basis().id,
            Choice::ServingHw(h) => h.map_or(SAME_HW, |h| h.spec().id),
            Choice::Precision(p) => p.id(),
            Choice::Work(w) => w.id(),
            Choice::Engine(e) => e.map_or(EITHER_ENGINE, Engine::id),
        }
    }
}

impl Scenario {
    /// The scenario's current choice from one list.
    pub fn choice(&self, kind: ChoiceKind) -> Choice {
        match kind {
            ChoiceKind::Hw => Choice::Hw(self.hw),
            ChoiceKind::Currency => Choice::Currency(self.currency),
            ChoiceKind::Home => Choice::Home(self.home),
            ChoiceKind::Ev => Choice::Ev(self.ev),
            ChoiceKind::ServingHw => Choice::ServingHw(self.serving_hw),
            ChoiceKind::Precision => Choice::Precision(self.precision),
            ChoiceKind::Work => Choice::Work(self.work),
            ChoiceKind::Engine => Choice::Engine(self.engine),
        }
    }

    /// Makes a choice.
    pub fn apply(&mut self, choice: Choice) {
        match choice {
            Choice::Hw(h) => self.hw = h,
            Choice::Currency(c) => self.currency = c,
            Choice::Home(h) => self.home = h,
            Choice::Ev(e) => self.ev = e,
            Choice::ServingHw(h) => self.serving_hw = h,
            Choice::Precision(p) => self.precision = p,
            Choice::Work(w) => self.work = w,
            Choice::Engine(e) => self.engine = e,
        }
    }
}

/// A number the reader (or a link) can set. The table below gives each its limits; the page, the share
/// link and the command line all validate through [`Field::check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumCount)]
pub enum Field {
    Params,
    ActiveParams,
    TrainingTokens,
    TrainingAcceleratorHours,
    Mfu,
    TrainingW,
    DevelopmentOverhead,
    QueriesPerDay,
    OutputTokens,
    InputTokens,
    Days,
    YearlyGrowth,
    Pue,
    HostOverhead,
    Grid,
    Wue,
    Price,
    Batch,
    AcceleratorsPerReplica,
    FleetUtilisation,
    Steps,
    WidthPx,
    HeightPx,
    Frames,
    Fps,
    GuidancePasses,
    Layers,
    Hidden,
    PxPerToken,
    /// Share of each call's prompt served from a prefix cache (`cache=`).
    CachedShare,
    /// Model calls per query (`turns=`).
    CallsPerQuery,
}

/// Why a number was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Not a number in any accepted form.
    NotANumber,
    /// Below the smallest accepted value (given).
    TooSmall(f64),
    /// Above the largest accepted value (given).
    TooLarge(f64),
}

impl Field {
    pub const ALL: [Field; 31] = [
        Field::Params,
        Field::ActiveParams,
        Field::TrainingTokens,
        Field::TrainingAcceleratorHours,
        Field::Mfu,
        Field::TrainingW,
        Field::DevelopmentOverhead,
        Field::QueriesPerDay,
        Field::OutputTokens,
        Field::InputTokens,
        Field::Days,
        Field::YearlyGrowth,
        Field::Pue,
        Field::HostOverhead,
        Field::Grid,
        Field::Wue,
        Field::Price,
        Field::Batch,
        Field::AcceleratorsPerReplica,
        Field::FleetUtilisation,
        Field::Steps,
        Field::WidthPx,
        Field::HeightPx,
        Field::Frames,
        Field::Fps,
        Field::GuidancePasses,
        Field::Layers,
        Field::Hidden,
        Field::PxPerToken,
        Field::CachedShare,
        Field::CallsPerQuery,
    ];

    /// Inclusive limits `(min, max)` in base units. Wide enough for any real system, narrow enough that
    /// every product in the model stays finite.
    pub fn limits(self) -> (f64, f64) {
        match self {
            Field::Params | Field::ActiveParams => (1e6, 1e14),
            Field::TrainingTokens => (1e6, 1e15),
            Field::TrainingAcceleratorHours => (1.0, 1e10),
            Field::Mfu => (0.01, 1.0),
            Field::TrainingW => (1.0, 10_000.0),
            Field::DevelopmentOverhead => (1.0, 20.0),
            Field::QueriesPerDay => (0.0, 1e12),
            Field::OutputTokens => (1.0, 1e6),
            Field::InputTokens => (0.0, 1e7),
            Field::Days => (0.0, 36_500.0),
            Field::YearlyGrowth => (-0.99, 100.0),
            Field::Pue => (1.0, 3.0),
            Field::HostOverhead => (0.0, 3.0),
            Field::Grid => (0.0, 2_000.0),
            Field::Wue => (0.0, 20.0),
            Field::Price => (0.0, 100.0),
            Field::Batch => (1.0, 65_536.0),
            Field::AcceleratorsPerReplica => (1.0, 4_096.0),
            Field::FleetUtilisation => (0.01, 1.0),
            Field::Steps => (1.0, 1_000.0),
            // 8K (7,680 × 4,320) fits; a side is at least one 16-pixel token.
            Field::WidthPx | Field::HeightPx => (16.0, 8_192.0),
            Field::Frames => (1.0, 10_000.0),
            Field::Fps => (1.0, 240.0),
            Field::GuidancePasses => (1.0, 2.0),
            Field::Layers => (1.0, 1_000.0),
            Field::Hidden => (16.0, 100_000.0),
            Field::PxPerToken => (1.0, 128.0),
            Field::CachedShare => (0.0, 1.0),
            Field::CallsPerQuery => (1.0, 10_000.0),
        }
    }

    /// Whether the field may be unknown (`None`: its default range is used).
    pub fn optional(self) -> bool {
        matches!(
            self,
            Field::ActiveParams
                | Field::TrainingAcceleratorHours
                | Field::Mfu
                | Field::TrainingW
                | Field::Pue
                | Field::HostOverhead
                | Field::Batch
                | Field::AcceleratorsPerReplica
                | Field::FleetUtilisation
                | Field::GuidancePasses
                | Field::Layers
                | Field::Hidden
        )
    }

    /// Whether the field describes an image or a video (pixels, frames, steps, passes, the denoiser's shape): the
    /// inputs data version 2026.12-4 brought. All are counts, written with plain digits (`1280`, not `1.28k`).
    pub fn describes_an_item(self) -> bool {
        match self {
            Field::Steps
            | Field::WidthPx
            | Field::HeightPx
            | Field::Frames
            | Field::Fps
            | Field::GuidancePasses
            | Field::Layers
            | Field::Hidden
            | Field::PxPerToken => true,
            Field::Params
            | Field::ActiveParams
            | Field::TrainingTokens
            | Field::TrainingAcceleratorHours
            | Field::Mfu
            | Field::TrainingW
            | Field::DevelopmentOverhead
            | Field::QueriesPerDay
            | Field::OutputTokens
            | Field::InputTokens
            | Field::Days
            | Field::YearlyGrowth
            | Field::Pue
            | Field::HostOverhead
            | Field::Grid
            | Field::Wue
            | Field::Price
            | Field::Batch
            | Field::AcceleratorsPerReplica
            | Field::FleetUtilisation
            | Field::CachedShare
            | Field::CallsPerQuery => false,
        }
    }

    /// `value` if it is finite and within [`Field::limits`], else why not.
    pub fn check(self, value: f64) -> Result<f64, InputError> {
        let (min, max) = self.limits();
        if !value.is_finite() {
            Err(InputError::NotANumber)
        } else if value < min {
            Err(InputError::TooSmall(min))
        } else if value > max {
            Err(InputError::TooLarge(max))
        } else {
            Ok(value)
        }
    }

    /// Reads this field's value from a scenario (`None` for an unset optional).
    pub fn get(self, s: &Scenario) -> Option<f64> {
        match self {
            Field::Params => Some(s.params),
            Field::ActiveParams => s.active_params,
            Field::TrainingTokens => Some(s.training_tokens),
            Field::TrainingAcceleratorHours => s.training_accelerator_hours,
            Field::Mfu => s.mfu,
            Field::TrainingW => s.training_w_per_accelerator,
            Field::DevelopmentOverhead => Some(s.development_overhead),
            Field::QueriesPerDay => Some(s.queries_per_day),
            Field::OutputTokens => Some(s.output_tokens_per_query),
            Field::InputTokens => Some(s.input_tokens_per_query),
            Field::Days => Some(s.days),
            Field::YearlyGrowth => Some(s.yearly_growth),
            Field::Pue => s.pue,
            Field::HostOverhead => s.host_overhead,
            Field::Grid => Some(s.grid_gco2_per_kwh),
            Field::Wue => Some(s.wue_l_per_kwh),
            Field::Price => Some(s.price_per_kwh),
            Field::Batch => s.batch,
            Field::AcceleratorsPerReplica => s.accelerators_per_replica,
            Field::FleetUtilisation => s.fleet_utilisation,
            Field::Steps => Some(s.steps),
            Field::WidthPx => Some(s.width_px),
            Field::HeightPx => Some(s.height_px),
            Field::Frames => Some(s.frames),
            Field::Fps => Some(s.fps),
            Field::GuidancePasses => s.guidance_passes,
            Field::Layers => s.layers,
            Field::Hidden => s.hidden,
            Field::PxPerToken => Some(s.px_per_token),
            Field::CachedShare => Some(s.cached_share),
            Field::CallsPerQuery => Some(s.calls_per_query),
        }
    }

    /// Sets this field after checking it. Optional fields accept `None` (back to the default range);
    /// required fields go back to their default value.
    pub fn set(self, s: &mut Scenario, value: Option<f64>) -> Result<(), InputError> {
        let value = value.map(|v| self.check(v)).transpose()?;
        let d = Scenario::default();
        match self {
            Field::Params => s.params = value.unwrap_or(d.params),
            Field::ActiveParams => s.active_params = value,
            Field::TrainingTokens => s.training_tokens = value.unwrap_or(d.training_tokens),
            Field::TrainingAcceleratorHours => s.training_accelerator_hours = value,
            Field::Mfu => s.mfu = value,
            Field::TrainingW => s.training_w_per_accelerator = value,
            Field::DevelopmentOverhead => {
                s.development_overhead = value.unwrap_or(d.development_overhead)
            }
            Field::QueriesPerDay => s.queries_per_day = value.unwrap_or(d.queries_per_day),
            Field::OutputTokens => {
                s.output_tokens_per_query = value.unwrap_or(d.output_tokens_per_query)
            }
            Field::InputTokens => {
                s.input_tokens_per_query = value.unwrap_or(d.input_tokens_per_query)
            }
            Field::Days => s.days = value.unwrap_or(d.days),
            Field::YearlyGrowth => s.yearly_growth = value.unwrap_or(d.yearly_growth),
            Field::Pue => s.pue = value,
            Field::HostOverhead => s.host_overhead = value,
            Field::Grid => s.grid_gco2_per_kwh = value.unwrap_or(d.grid_gco2_per_kwh),
            Field::Wue => s.wue_l_per_kwh = value.unwrap_or(d.wue_l_per_kwh),
            Field::Price => s.price_per_kwh = value.unwrap_or(d.price_per_kwh),
            Field::Batch => s.batch = value,
            // A replica spans whole accelerators.
            Field::AcceleratorsPerReplica => s.accelerators_per_replica = value.map(libm::round),
            Field::FleetUtilisation => s.fleet_utilisation = value,
            // Steps, frames, passes and layers are whole numbers.
            Field::Steps => s.steps = value.map_or(d.steps, libm::round),
            Field::WidthPx => s.width_px = value.unwrap_or(d.width_px),
            Field::HeightPx => s.height_px = value.unwrap_or(d.height_px),
            Field::Frames => s.frames = value.map_or(d.frames, libm::round),
            Field::Fps => s.fps = value.unwrap_or(d.fps),
            Field::GuidancePasses => s.guidance_passes = value.map(libm::round),
            Field::Layers => s.layers = value.map(libm::round),
            Field::Hidden => s.hidden = value,
            Field::PxPerToken => s.px_per_token = value.unwrap_or(d.px_per_token),
            Field::CachedShare => s.cached_share = value.unwrap_or(d.cached_share),
            Field::CallsPerQuery => s.calls_per_query = value.unwrap_or(d.calls_per_query),
        }
        Ok(())
    }
}

all_is_complete!(Field);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_scenario_passes_every_check() {
        let s = Scenario::default();
        for f in Field::ALL {
            if let Some(v) = f.get(&s) {
                assert_eq!(f.check(v), Ok(v), "{f:?}");
            }
        }
    }

    #[test]
    fn optional_fields_are_exactly_those_unset_by_default() {
        let d = Scenario::default();
        for f in Field::ALL {
            assert_eq!(f.optional(), f.get(&d).is_none(), "{f:?}");
        }
    }

    #[test]
    fn check_rejects_non_finite_and_out_of_range() {
        assert_eq!(Field::Pue.check(f64::NAN), Err(InputError::NotANumber));
        assert_eq!(Field::Pue.check(f64::INFINITY), Err(InputError::NotANumber));
        assert_eq!(Field::Pue.check(0.9), Err(InputError::TooSmall(1.0)));
        assert_eq!(Field::Params.check(1e15), Err(InputError::TooLarge(1e14)));
    }

    #[test]
    fn set_then_get_round_trips_and_refuses_bad_values() {
        let mut s = Scenario::default();
        assert_eq!(Field::QueriesPerDay.set(&mut s, Some(42.0)), Ok(()));
        assert_eq!(Field::QueriesPerDay.get(&s), Some(42.0));
        assert!(Field::QueriesPerDay.set(&mut s, Some(-1.0)).is_err());
        assert_eq!(
            s.queries_per_day, 42.0,
            "a refused value leaves the scenario alone"
        );
    }

    #[test]
    fn every_choice_round_trips_through_its_id() {
        let mut s = Scenario::default();
        for kind in ChoiceKind::ALL {
            let current = s.choice(kind);
            assert_eq!(kind.parse(current.id()), Some(current));
            assert_eq!(kind.parse("no-such-id"), None);
        }
        s.apply(Choice::Hw(Hw::A100));
        assert_eq!(s.choice(ChoiceKind::Hw), Choice::Hw(Hw::A100));
    }

    #[test]
    fn active_never_exceeds_total() {
        let s = Scenario {
            active_params: Some(1e12),
            ..Scenario::default()
        };
        assert_eq!(s.active(), s.params);
    }
}
