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
    /// The serving engine, when the reader names none: 0 = optimised, 1 = reference (`energy::engine_at`).
    Engine,
    /// Share of provisioned serving capacity that is busy (when the reader gives none).
    FleetUtilisation,
    /// How far measured GPUs fall from the serving roofline: measured ÷ modelled energy per token.
    ServingFit,
    /// How far measured GPUs fall from the diffusion model: measured ÷ modelled energy per image or video.
    DiffusionFit,
    /// Denoiser passes per step of an image or video model not known to be guidance-distilled.
    GuidancePasses,
    /// Host (CPU, memory, network) power as a fraction of accelerator power.
    HostOverhead,
    /// Power usage effectiveness of the data centre.
    Pue,
}

impl Knob {
    pub const ALL: [Knob; 10] = [
        Knob::Mfu,
        Knob::TrainingDraw,
        Knob::Batch,
        Knob::Engine,
        Knob::FleetUtilisation,
        Knob::ServingFit,
        Knob::DiffusionFit,
        Knob::GuidancePasses,
        Knob::HostOverhead,
        Knob::Pue,
    ];

    /// Stable id, used in the sensitivity table and the command line's JSON.
    pub fn id(self) -> &'static str {
        match self {
            Knob::Mfu => "mfu",
            Knob::TrainingDraw => "training_draw",
            Knob::Batch => "batch",
            Knob::Engine => "engine",
            Knob::FleetUtilisation => "fleet_utilisation",
            Knob::ServingFit => "serving_fit",
            Knob::DiffusionFit => "diffusion_fit",
            Knob::GuidancePasses => "guidance_passes",
            Knob::HostOverhead => "host_overhead",
            Knob::Pue => "pue",
        }
    }

    /// The default range when the reader gives no value. Its sources are written by each language
    /// (`Cite::Knob` in `i18n`), quoting these numbers.
    pub fn default_range(self) -> Range {
        match self {
            // The H100's row: its published training runs (`hardware.rs`); the page's shown accelerator by default.
            Knob::Mfu => super::hardware::Hw::H100.spec().training_mfu,
            // TPU v3 245–310 W of 450 W measured (Patterson 2021); GPU traces at 60–90% of TDP.
            Knob::TrainingDraw => Range::new(0.70, 0.85, 1.00),
            // An unknown engine's: the range spanning both (`serving::batch_range`; each engine's own in
            // `serving::Engine::spec`).
            Knob::Batch => super::serving::batch_range(None),
            // Large services run tuned engines (Google's TPU serving stack, DeepSeek's published inference system,
            // TensorRT-LLM): the optimised engine at the centre and the low end, the reference one at the high end.
            Knob::Engine => Range::new(0.0, 0.0, 1.0),
            // Google 2025: idle reserve 10% of a Gemini prompt's energy; Alibaba Aegaeon (SOSP 2025).
            Knob::FleetUtilisation => Range::new(0.5, 0.7, 0.9),
            // Measured ÷ modelled over the 247 fitted ML.ENERGY v3 configurations: 10th and 90th percentiles, as the
            // diffusion fit's (until data version 2026.12-6 the 7.5th and 92.5th, 0.56 and 1.73: 93% of the held-out
            // inside).
            Knob::ServingFit => Range::new(0.585, 1.0, 1.43),
            // Measured ÷ modelled over 717 ML.ENERGY v3 diffusion configurations: 10th, 50th, 90th percentiles.
            Knob::DiffusionFit => Range::new(0.71, 1.0, 1.42),
            // Classifier-free guidance runs the denoiser twice a step (SD3.5, Wan, CogVideoX); guidance-distilled
            // models once (FLUX.1 dev, HunyuanVideo).
            Knob::GuidancePasses => Range::new(1.0, 2.0, 2.0),
            // DGX H100 +82%, DGX A100 +103%, DGX B200 +79%; 0.8 gives Epoch AI's 1,275 W per H100.
            Knob::HostOverhead => Range::new(0.40, 0.80, 1.00),
            // Google fleet 1.09; Microsoft/OpenAI 1.20 (EcoLogits); industry 1.58 (Uptime Institute 2023).
            Knob::Pue => Range::new(1.09, 1.20, 1.58),
        }
    }
}

all_is_complete!(Knob);

/// [`Knob::Batch`] for images and videos: ML.ENERGY v3 measured batches 1–32; services batch little because an item
/// already fills the accelerator (batching moves only split replicas, `diffusion::SYNC_S_PER_LAYER`).
pub const DIFFUSION_BATCH: Range = Range {
    low: 1.0,
    central: 4.0,
    high: 16.0,
};

/// [`Knob::DiffusionFit`] when the denoiser's layers or width are not given and come from its size: its 10th and
/// 90th percentiles over the same 717 configurations with every model's shape taken from its size (median ×1.31
/// off instead of ×1.21).
pub const DIFFUSION_FIT_SHAPE_UNKNOWN: Range = Range {
    low: 0.6,
    central: 1.0,
    high: 1.75,
};

/// [`Knob::Engine`] for images and videos when the engine is not known: the reference engine (diffusers, as
/// ML.ENERGY measures it) at the centre and the high end, an optimised one (TensorRT, as MLPerf's SDXL submissions
/// use) at the low end. Text services put the optimised engine at the centre (`Knob::default_range`): image services
/// publish less about theirs.
pub const DIFFUSION_ENGINE: Range = Range {
    low: 0.0,
    central: 1.0,
    high: 1.0,
};

/// [`Knob::DiffusionFit`] for a U-Net image of a published layout: the 10th and 90th percentiles of measured ÷
/// modelled over ML.ENERGY's A100 runs of Stable Diffusion 2.1, Openjourney v4, LCM Dreamshaper v7, SDXL and
/// SDXL-Turbo at 30, 40 and 50 steps and batches 1–8: 60 runs, 0.909 and 1.161 (`scripts/fit_unet.py`). In sample:
/// the coverage `tests/unet_calibration.rs` reports on these runs is ~80% by construction; one GPU and one engine,
/// while MLPerf's SDXL on four other accelerators falls at 0.8–1.2 of the optimised engine's figure.
pub const UNET_FIT: Range = Range {
    low: 0.91,
    central: 1.0,
    high: 1.16,
};

/// [`Knob::DiffusionFit`] for a U-Net known only by its size, and for any U-Net video (never measured): the same
/// percentiles over the 30 runs of the models whose layout the calculator takes from their size (SSD-1B, Kandinsky 2.2
/// and 3): 0.633 and 1.217. In sample, as [`UNET_FIT`].
pub const UNET_FIT_FROM_SIZE: Range = Range {
    low: 0.63,
    central: 1.0,
    high: 1.22,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_range_is_ordered_and_positive() {
        for k in Knob::ALL {
            let r = k.default_range();
            // The engine's range is a choice between two (0 and 1), not a positive quantity.
            let floor = if k == Knob::Engine { -1.0 } else { 0.0 };
            assert!(
                floor < r.low && r.low < r.high && r.low <= r.central && r.central <= r.high,
                "{k:?}"
            );
        }
    }
}
