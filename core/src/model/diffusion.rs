//! The physics of generating an image or a video with a diffusion transformer: how long one batch takes on a
//! replica of accelerators and how much power they draw, from the denoiser's size and shape, the picture's
//! resolution and length, the steps and the hardware. Energy per item = batch time × replica power ÷ batch.
//!
//! A generation runs the denoiser `steps` times, each time once per classifier-free-guidance pass (2 unless the
//! model is guidance-distilled), over all the item's latent tokens. One pass costs
//! - linear layers: 2 · N · T FLOPs (N the denoiser's parameters, T its latent tokens), at
//!   [`DENSE_COMPUTE_EFFICIENCY`] of the BF16 peak, as in text serving;
//! - attention: 4 · L · d · T² FLOPs (scores and weighted sum, over L layers of width d), at
//!   [`ATTENTION_EFFICIENCY`];
//! - activation traffic: [`ACTIVATION_BYTES_PER_WIDTH`] · T · L · d bytes through HBM (normalisations,
//!   modulations, activations, layout changes: every per-token operation that is not a large matrix product).
//!
//! Split over several accelerators (sequence parallel), the busy time grows by [`SEQUENCE_PARALLEL_OVERHEAD`]
//! per extra accelerator, and every layer of every step waits [`SYNC_S_PER_LAYER`] for the others. Power follows
//! the text model: [`POWER_FLOOR`] of TDP plus the rest in proportion to the time spent computing.
//!
//! Calibrated on ML.ENERGY Leaderboard v3.0 (`tests/data/mlenergy-v3-diffusion.csv`, 717 configurations of 9
//! models on H100 and B200; fit and held-out errors in `tests/diffusion_calibration.rs` and
//! docs/METHODOLOGY.md): four fitted constants for all models, none per model. It is the boundary GPU benchmarks
//! measure — accelerators only; `energy.rs` adds idle capacity, host power and PUE.

use super::serving::{cube_root_billions, DENSE_COMPUTE_EFFICIENCY, POWER_FLOOR};
use super::unet::{self, UnetLayout, UNET_COMPUTE_EFFICIENCY};

/// Share of the dense BF16 peak attention kernels reach over a diffusion model's long sequences (fitted on
/// ML.ENERGY v3; FlashAttention-2 reports 50–73% of peak on A100 for its forward pass alone, before the rest of
/// the attention block).
pub const ATTENTION_EFFICIENCY: f64 = 0.29;
/// Bytes moved through memory per latent token, per layer, per unit of hidden width, by everything in a block
/// that is not a large matrix product (fitted). Small next to the matrix products for large widths, it is why
/// narrow models are less efficient per FLOP.
pub const ACTIVATION_BYTES_PER_WIDTH: f64 = 1_400.0;
/// Extra busy time per extra accelerator when one item is split over several (Ulysses or ring sequence
/// parallelism exchanging activations; fitted: +11% per accelerator).
pub const SEQUENCE_PARALLEL_OVERHEAD: f64 = 0.11;
/// Time every layer of every step waits for the other accelerators of a split replica, s (fitted). Shared by
/// the whole batch, so batches recover it: ML.ENERGY's 8-GPU SANA images cost ×2.3 less at batch 8 than at 1.
pub const SYNC_S_PER_LAYER: f64 = 0.0017;

/// How a denoiser is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Arch {
    /// A diffusion transformer (SD3.5, FLUX.1, SANA, Qwen-Image, Wan, HunyuanVideo): every layer at full resolution
    /// over patches of the latent.
    Dit,
    /// A U-Net (Stable Diffusion 1.x, 2.x, XL and their fine-tunes): convolutions and attention at falling
    /// resolutions (`model::unet`).
    Unet,
}

impl Arch {
    pub const ALL: [Arch; 2] = [Arch::Dit, Arch::Unet];

    /// Share-link id (`arch=unet`); absent means `dit`.
    pub fn id(self) -> &'static str {
        match self {
            Arch::Dit => "dit",
            Arch::Unet => "unet",
        }
    }
}

all_is_complete!(Arch);

/// The most parameters a published image or video denoiser has: Qwen-Image's 20B (model card, Aug 2025; the
/// largest open video models, Wan 2.1 and HunyuanVideo, have 14B and 13B). A denoiser larger than this is outside
/// what the physics was calibrated on and what anyone runs: the page warns.
pub const LARGEST_PUBLISHED_PARAMS: f64 = 20e9;

/// FLOPs of the autoencoder's decoder per pixel of a generated image, once per image: Stable Diffusion's and XL's
/// `AutoencoderKL` (decoder `block_out_channels` [128, 256, 512, 512], three ResNets a level, counted layer by layer:
/// 9.4 MFLOPs, most of them at the two finest levels); FLUX's and SD3's 16-channel autoencoders differ only in
/// their first convolution. Run at `unet::UNET_COMPUTE_EFFICIENCY` (convolutions). 1–3% of a 28–50-step image; as
/// much as a one-step model's whole denoising. A video's decoder is not counted (3D autoencoders differ).
pub const DECODER_FLOPS_PER_PIXEL: f64 = 9.5e6;

/// Latent video frames per generated frame after the first (causal 3D autoencoders of Wan, HunyuanVideo,
/// CogVideoX: 81 frames → 21 latent frames).
pub const FRAMES_PER_LATENT_FRAME: f64 = 4.0;
/// Depth of a diffusion transformer whose layers are not given: 24 · (N / 10⁹)^⅓ (median of 12 published configs:
/// SD3.5, SANA 1.5, Hunyuan-DiT, FLUX.1, Qwen-Image, Wan 2.1, HunyuanVideo, CogVideoX; 17–36 across them).
pub const LAYERS_PER_CUBE_ROOT_BILLION: f64 = 24.0;
/// Hidden width of a diffusion transformer whose width is not given: 1,340 · (N / 10⁹)^⅓ (same 12 configs;
/// 1,130–2,120 across them).
pub const HIDDEN_PER_CUBE_ROOT_BILLION: f64 = 1_340.0;

/// The denoiser's layers: the given count, else [`LAYERS_PER_CUBE_ROOT_BILLION`] · (N / 10⁹)^⅓.
pub fn layers(params: f64, given: Option<f64>) -> f64 {
    given.unwrap_or_else(|| LAYERS_PER_CUBE_ROOT_BILLION * cube_root_billions(params))
}

/// The denoiser's hidden width: the given one, else [`HIDDEN_PER_CUBE_ROOT_BILLION`] · (N / 10⁹)^⅓.
pub fn hidden(params: f64, given: Option<f64>) -> f64 {
    given.unwrap_or_else(|| HIDDEN_PER_CUBE_ROOT_BILLION * cube_root_billions(params))
}

/// Latent frames of a clip of `frames` frames: 1 + ⌊(frames − 1) ÷ 4⌋ (an image: 1).
pub fn latent_frames(frames: f64) -> f64 {
    1.0 + libm::floor((frames.max(1.0) - 1.0) / FRAMES_PER_LATENT_FRAME)
}

/// Latent tokens of one item: ⌈width ÷ p⌉ · ⌈height ÷ p⌉ · latent frames, p the pixels per token per side
/// (the autoencoder's downsampling × the transformer's patch: 8 × 2 = 16 for SD3.5, FLUX, Wan, HunyuanVideo;
/// 32 for SANA's deep-compression autoencoder).
pub fn latent_tokens(width_px: f64, height_px: f64, frames: f64, px_per_token: f64) -> f64 {
    let p = px_per_token.max(1.0);
    libm::ceil(width_px.max(1.0) / p) * libm::ceil(height_px.max(1.0) / p) * latent_frames(frames)
}

/// One diffusion replica generating a batch of items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Denoiser {
    /// The denoiser's parameters.
    pub params: f64,
    /// A transformer of `layers` × `hidden`, or a U-Net (`model::unet`).
    pub arch: Arch,
    /// A U-Net's layout; `None`: known only by its size (`unet_pass_flops`).
    pub unet: Option<UnetLayout>,
    pub layers: f64,
    pub hidden: f64,
    /// Latent tokens of one item ([`latent_tokens`]; a U-Net's: at its first level, 8 pixels a side each).
    pub tokens: f64,
    /// Latent frames of one item (an image: 1).
    pub frames: f64,
    /// Fixed time of one step, s (a U-Net on a reference engine: `unet::UNET_STEP_OVERHEAD_S`).
    pub step_overhead_s: f64,
    /// FLOPs of decoding one item from its latent ([`DECODER_FLOPS_PER_PIXEL`] × pixels for an image).
    pub decode_flops: f64,
    pub steps: f64,
    /// Denoiser passes per step: 2 with classifier-free guidance, 1 when guidance-distilled.
    pub passes: f64,
    /// Items generated together.
    pub batch: f64,
    /// Accelerators the replica spans.
    pub accelerators: f64,
    /// Dense 16-bit FLOP/s of one accelerator: attention and the decoder run at it.
    pub peak_flops: f64,
    /// Dense FLOP/s of one accelerator for the weights' matrix products: the 16-bit peak, or an optimised engine's
    /// 8- or 4-bit one for weights in those formats.
    pub linear_peak_flops: f64,
    /// HBM bandwidth of one accelerator, bytes/s.
    pub hbm_bytes_per_s: f64,
    /// Rated board power of one accelerator, W.
    pub tdp_w: f64,
}

/// One batch's generation, with what it generated and where its time goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Generation {
    /// Latent tokens of one item.
    pub tokens: f64,
    /// Denoiser passes per step.
    pub passes: f64,
    /// Matrix products (linear layers and attention) ÷ (accelerators × peak × efficiency), s.
    pub compute_s: f64,
    /// Activation traffic ÷ (accelerators × bandwidth), s.
    pub memory_s: f64,
    /// Sequence-parallel exchange and synchronisation, s (zero on one accelerator).
    pub parallel_s: f64,
    /// The steps' fixed time, s.
    pub overhead_s: f64,
    /// The batch's whole time, s.
    pub seconds: f64,
    /// FLOPs of one item (all steps and passes).
    pub flops_per_item: f64,
    /// Power of all the replica's accelerators, W.
    pub replica_w: f64,
}

/// A batch's generation. A diffusion transformer's time = (steps · passes · batch ÷ accelerators · (2 · N · T ÷
/// (linear peak · 0.8) + 4 · L · d · T² ÷ (peak · 0.29) + 1,400 · T · L · d ÷ bandwidth) + batch ÷ accelerators ·
/// decode ÷ (peak · 0.43)) · (1 + 0.11 · (accelerators − 1)) + steps · L · 0.0017 s when split; a U-Net's the same
/// with its levels' FLOPs (`unet_pass_flops`: matrix products at 0.43 of the linear peak, no activation term,
/// L = 0) plus steps × the step overhead; power = accelerators · TDP · min(1, 0.45 + 0.55 · compute ÷ time). The
/// linear peak is the engine's for the weights' format, the other peak 16-bit. Total for any inputs: every
/// denominator is kept above zero.
pub fn generate(g: &Denoiser) -> Generation {
    let accelerators = g.accelerators.max(1.0);
    let tokens = g.tokens.max(0.0);
    let frames = g.frames.max(1.0);
    let (width_sum, linear, attention, efficiency) = match g.arch {
        Arch::Dit => {
            let width_sum = g.layers.max(0.0) * g.hidden.max(0.0);
            let all = tokens * frames;
            (
                width_sum,
                2.0 * g.params.max(0.0) * all,
                4.0 * width_sum * all * all,
                DENSE_COMPUTE_EFFICIENCY,
            )
        }
        // A U-Net's attention stays within a frame.
        Arch::Unet => {
            let (linear, attention) = unet_pass_flops(g.unet, g.params, tokens);
            (
                0.0,
                linear * frames,
                attention * frames,
                UNET_COMPUTE_EFFICIENCY,
            )
        }
    };
    let passes = g.steps.max(0.0) * g.passes.max(0.0);
    let share = passes * g.batch.max(1.0) / accelerators;
    let peak = g.peak_flops.max(1.0);
    let compute_s = share
        * (linear / (g.linear_peak_flops.max(1.0) * efficiency)
            + attention / (peak * ATTENTION_EFFICIENCY))
        + g.batch.max(1.0) / accelerators * g.decode_flops.max(0.0)
            / (peak * UNET_COMPUTE_EFFICIENCY);
    let memory_s = share * ACTIVATION_BYTES_PER_WIDTH * tokens * frames * width_sum
        / g.hbm_bytes_per_s.max(1.0);
    let parallel_s = if accelerators > 1.0 {
        (compute_s + memory_s) * SEQUENCE_PARALLEL_OVERHEAD * (accelerators - 1.0)
            + g.steps.max(0.0) * g.layers.max(0.0) * SYNC_S_PER_LAYER
    } else {
        0.0
    };
    let overhead_s = g.steps.max(0.0) * g.step_overhead_s.max(0.0);
    let seconds = (compute_s + memory_s + parallel_s + overhead_s).max(f64::MIN_POSITIVE);
    let load = (POWER_FLOOR + (1.0 - POWER_FLOOR) * compute_s / seconds).min(1.0);
    Generation {
        tokens: tokens * frames,
        passes: g.passes.max(0.0),
        compute_s,
        memory_s,
        parallel_s,
        overhead_s,
        seconds,
        flops_per_item: passes * (linear + attention) + g.decode_flops.max(0.0),
        replica_w: accelerators * g.tdp_w.max(0.0) * load,
    }
}

/// [`unet::pass_flops`] for a U-Net of `params` whose layout is `layout`, or, `None`, known only by its size: SD's layout
/// below [`unet::SDXL_FROM_PARAMS`]; from there XL's, but never less than what SD's layout costs at that size (by time at
/// the fitted efficiencies), so that a U-Net given by its size never costs less for being larger. XL's layout costs
/// less per parameter (no attention at full resolution): switching at one size alone would make a 1.0B U-Net
/// ×0.6 the cost of a 0.99B one.
pub fn unet_pass_flops(layout: Option<UnetLayout>, params: f64, tokens: f64) -> (f64, f64) {
    match layout {
        Some(l) => unet::pass_flops(l, params, tokens),
        None if params < unet::SDXL_FROM_PARAMS => unet::pass_flops(UnetLayout::Sd, params, tokens),
        None => {
            let sd = unet::pass_flops(UnetLayout::Sd, unet::SDXL_FROM_PARAMS, tokens);
            let xl = unet::pass_flops(UnetLayout::Sdxl, params, tokens);
            let time = |(linear, attention): (f64, f64)| {
                linear / UNET_COMPUTE_EFFICIENCY + attention / ATTENTION_EFFICIENCY
            };
            if time(xl) >= time(sd) {
                xl
            } else {
                sd
            }
        }
    }
}

/// Accelerator energy per item, J: batch time × replica power ÷ batch.
pub fn joules_per_item(g: &Denoiser) -> f64 {
    let run = generate(g);
    run.seconds * run.replica_w / g.batch.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sd35_large(batch: f64, accelerators: f64) -> Denoiser {
        Denoiser {
            params: 8.1e9,
            arch: Arch::Dit,
            unet: None,
            frames: 1.0,
            step_overhead_s: 0.0,
            decode_flops: 0.0,
            layers: 38.0,
            hidden: 2432.0,
            tokens: latent_tokens(1024.0, 1024.0, 1.0, 16.0),
            steps: 28.0,
            passes: 2.0,
            batch,
            accelerators,
            peak_flops: 989e12,
            linear_peak_flops: 989e12,
            hbm_bytes_per_s: 3.35e12,
            tdp_w: 700.0,
        }
    }

    #[test]
    fn latent_tokens_follow_the_autoencoder() {
        assert_eq!(latent_tokens(1024.0, 1024.0, 1.0, 16.0), 4096.0);
        assert_eq!(latent_tokens(1024.0, 1024.0, 1.0, 32.0), 1024.0);
        // Wan 2.1: 832 × 480, 81 frames → 52 × 30 × 21.
        assert_eq!(latent_tokens(832.0, 480.0, 81.0, 16.0), 32_760.0);
        assert_eq!(latent_frames(1.0), 1.0);
        assert_eq!(latent_frames(0.0), 1.0);
    }

    #[test]
    fn steps_scale_energy_linearly_and_resolution_faster_than_linearly() {
        let base = joules_per_item(&sd35_large(1.0, 1.0));
        let double_steps = joules_per_item(&Denoiser {
            steps: 56.0,
            ..sd35_large(1.0, 1.0)
        });
        assert!((double_steps / base - 2.0).abs() < 1e-9);
        let four_times_pixels = joules_per_item(&Denoiser {
            tokens: latent_tokens(2048.0, 2048.0, 1.0, 16.0),
            ..sd35_large(1.0, 1.0)
        });
        assert!(four_times_pixels / base > 4.0, "attention grows with T²");
    }

    #[test]
    fn batching_barely_helps_on_one_gpu_and_splitting_costs_energy() {
        let one = joules_per_item(&sd35_large(1.0, 1.0));
        let sixteen = joules_per_item(&sd35_large(16.0, 1.0));
        assert!((sixteen / one - 1.0).abs() < 1e-9);
        let split = joules_per_item(&sd35_large(1.0, 8.0));
        assert!(split > 1.5 * one && split < 3.0 * one, "{split} vs {one}");
        let split_batched = joules_per_item(&sd35_large(8.0, 8.0));
        assert!(split_batched < split);
    }

    #[test]
    fn power_stays_between_the_floor_and_the_rating() {
        for accelerators in [1.0, 2.0, 8.0] {
            let g = generate(&sd35_large(1.0, accelerators));
            let per = g.replica_w / accelerators;
            assert!(
                (700.0 * POWER_FLOOR..=700.0).contains(&per),
                "{accelerators}: {g:?}"
            );
        }
    }

    #[test]
    fn a_u_net_given_by_its_size_never_costs_less_for_being_larger() {
        let time = |(linear, attention): (f64, f64)| {
            linear / UNET_COMPUTE_EFFICIENCY + attention / ATTENTION_EFFICIENCY
        };
        for side in [8.0, 64.0, 128.0, 256.0, 1024.0] {
            let tokens = side * side;
            let mut last = 0.0;
            // Across the switch to XL's layout, in steps of 1%: from 0.5B to 6B.
            let mut params = 0.5e9;
            while params < 6e9 {
                let t = time(unet_pass_flops(None, params, tokens));
                assert!(t >= last, "{side}: {params}");
                last = t;
                params *= 1.01;
            }
        }
        // Below the switch, SD's layout; far above it, XL's.
        let t = 64.0 * 64.0;
        assert_eq!(
            unet_pass_flops(None, 0.86e9, t),
            unet::pass_flops(UnetLayout::Sd, 0.86e9, t)
        );
        assert_eq!(
            unet_pass_flops(None, 6e9, t),
            unet::pass_flops(UnetLayout::Sdxl, 6e9, t)
        );
        assert_eq!(
            unet_pass_flops(Some(UnetLayout::Sdxl), 1.3e9, t),
            unet::pass_flops(UnetLayout::Sdxl, 1.3e9, t)
        );
    }

    #[test]
    fn total_for_degenerate_inputs() {
        let zero = Denoiser {
            params: 0.0,
            arch: Arch::Dit,
            unet: None,
            frames: 0.0,
            step_overhead_s: 0.0,
            decode_flops: 0.0,
            layers: 0.0,
            hidden: 0.0,
            tokens: 0.0,
            steps: 0.0,
            passes: 0.0,
            batch: 0.0,
            accelerators: 0.0,
            peak_flops: 0.0,
            linear_peak_flops: 0.0,
            hbm_bytes_per_s: 0.0,
            tdp_w: 0.0,
        };
        assert!(joules_per_item(&zero).is_finite());
        assert!(joules_per_item(&zero) >= 0.0);
    }
}
