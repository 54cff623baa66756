//! The uncertain inputs the reader usually does not know, each as a low / central / high range with its source.
//! A reader-supplied value replaces the range with an exact number.

use super::range::Range;

/// An uncertain input whose range is carried to every output. The sensitivity table ranks these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Knob {
    /// Training model-FLOPs utilisation (used only when accelerator-hours are estimated from FLOPs).
    Mfu,
    /// Average training draw as a fraction of rated accelerator power.
    TrainingDraw,
    /// Requests a serving replica decodes together (when the reader gives no batch).
    Batch,
    /// Share of provisioned serving capacity that is busy (when the reader gives none).
    FleetUtilisation,
    /// How far measured GPUs fall from the serving roofline: measured ÷ modelled energy per token.
    ServingFit,
    /// Host (CPU, memory, network) power as a fraction of accelerator power.
    HostOverhead,
    /// Power usage effectiveness of the data centre.
    Pue,
}

impl Knob {
    pub const ALL: [Knob; 7] = [
        Knob::Mfu,
        Knob::TrainingDraw,
        Knob::Batch,
        Knob::FleetUtilisation,
        Knob::ServingFit,
        Knob::HostOverhead,
        Knob::Pue,
    ];

    /// Stable id, used in the sensitivity table and the command line's JSON.
    pub fn id(self) -> &'static str {
        match self {
            Knob::Mfu => "mfu",
            Knob::TrainingDraw => "training_draw",
            Knob::Batch => "batch",
            Knob::FleetUtilisation => "fleet_utilisation",
            Knob::ServingFit => "serving_fit",
            Knob::HostOverhead => "host_overhead",
            Knob::Pue => "pue",
        }
    }

    /// The default range when the reader gives no value, and where it comes from.
    pub fn default_range(self) -> (Range, &'static str) {
        match self {
            Knob::Mfu => (
                Range::new(0.13, 0.30, 0.45),
                "By accelerator generation (shown: H100), from 22 published runs: V100 15–30% (GPT-3 19.7%), A100 20–55%, H100 13–45% (Llama 3.1 405B 35%, 8B 14%), TPU 25–50%",
            ),
            Knob::TrainingDraw => (
                Range::new(0.70, 0.85, 1.00),
                "Measured average power in training sits below rated power: TPU v3 245–310 W of 450 W (Patterson 2021); GPU traces at 60–90% of TDP",
            ),
            Knob::Batch => (
                Range::new(32.0, 64.0, 256.0),
                "Serving engines batch tens to hundreds of requests per replica (ML.ENERGY v3, vLLM: 8 to 4,096; at 256 an 8–70B step is still 26–40 ms)",
            ),
            Knob::FleetUtilisation => (
                Range::new(0.5, 0.7, 0.9),
                "Google 2025: idle reserve is 10% of a Gemini prompt's energy (≈70% busy here); low-traffic fleets are emptier (Alibaba Aegaeon, SOSP 2025)",
            ),
            Knob::ServingFit => (
                Range::new(0.65, 1.0, 1.8),
                "Measured ÷ modelled GPU energy per token over 406 ML.ENERGY v3 configurations (H100, B200, 8B–480B models): 10th percentile 0.65, median 0.99, 90th 1.78",
            ),
            Knob::HostOverhead => (
                Range::new(0.40, 0.80, 1.00),
                "Rated server power beyond the GPUs: DGX H100 +82%, DGX A100 +103%, DGX B200 +79%; 0.8 gives Epoch AI's 1,275 W per H100",
            ),
            Knob::Pue => (
                Range::new(1.09, 1.20, 1.58),
                "Google fleet 1.09; Microsoft/OpenAI 1.20 (EcoLogits provider table); industry average 1.58 (Uptime Institute 2023)",
            ),
        }
    }
}

all_is_complete!(Knob);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_range_is_ordered_positive_and_sourced() {
        for k in Knob::ALL {
            let (r, source) = k.default_range();
            assert!(
                0.0 < r.low && r.low < r.central && r.central < r.high,
                "{k:?}"
            );
            assert!(!source.is_empty());
        }
    }
}
