//! The U-Net denoisers of Stable Diffusion 1.x, 2.x and XL and their many fine-tunes: what one pass costs, from
//! the structure their published configs give (diffusers `unet/config.json`).
//!
//! A U-Net runs convolutions and transformer blocks at several resolutions: level i sees the latent at 1 ÷ 2^i of
//! its side, so T ÷ 4^i tokens. Every weight of a convolution or a linear layer is used once per token at its
//! level, so one pass costs
//! - matrix products: Σᵢ 2 · Pᵢ · Tᵢ FLOPs (Pᵢ the weights at level i), at [`UNET_COMPUTE_EFFICIENCY`];
//! - self-attention: Σᵢ 4 · Aᵢ · Tᵢ² FLOPs (Aᵢ the widths of level i's transformer layers summed), at the
//!   diffusion transformers' `diffusion::ATTENTION_EFFICIENCY` — the same attention kernels.
//!
//! The weights applied once per image (time embedding, the text's keys and values) are left out: under 1% of a pass
//! at 512². A reference engine (diffusers in eager PyTorch) also spends [`UNET_STEP_OVERHEAD_S`] a step launching
//! kernels; an optimised one (TensorRT, CUDA graphs) only [`OPTIMISED_STEP_OVERHEAD_S`].
//!
//! Fitted on ML.ENERGY's A100 runs (`tests/data/mlenergy-v2-image-a100.csv`: Stable Diffusion 2.1, and two
//! Stable Diffusion 1.5 fine-tunes, Openjourney v4 and LCM Dreamshaper v7), with each model held out in turn;
//! checked on SDXL, SDXL-Turbo, SSD-1B and Kandinsky 2.2 and 3, which the fit never saw
//! (`tests/unet_calibration.rs`).

/// Resolution levels of the deepest published layout (Stable Diffusion 1.x / 2.x: 64, 32, 16, 8 latent pixels a
/// side at 512²).
pub const LEVELS: usize = 4;

/// Share of the dense 16-bit peak a U-Net's convolutions and linear layers reach (fitted, with the step overhead,
/// on the energy and time of 15 A100 runs; each model held out in turn gives 0.38–0.47; `scripts/fit_unet.py`).
/// Lower than a transformer's large matrix products: 3 × 3 convolutions over 128–1,280 channels, group norms and
/// skip concatenations. An image's decoder runs at it too (`diffusion::DECODER_FLOPS_PER_PIXEL`).
pub const UNET_COMPUTE_EFFICIENCY: f64 = 0.43;
/// Fixed time of one denoising step on a reference engine, s: Python, kernel launches and scheduler work that do not
/// shrink with the batch (fitted with the efficiency; 0.020–0.021 with each model held out). It is why a batch of
/// one costs ×1.5 a batch of eight on ML.ENERGY's Openjourney runs.
pub const UNET_STEP_OVERHEAD_S: f64 = 0.021;

/// Fixed time of one denoising step on an optimised engine, s: the step runs as one CUDA graph, leaving its launch
/// and the scheduler's update on the host. Not in any public measurement: assumed at 1 ms, a twentieth of the
/// reference engine's fitted 21 ms (graphs remove the per-kernel launches), so that the step of a very small latent
/// keeps a cost. It moves MLPerf's SDXL by about 2%.
pub const OPTIMISED_STEP_OVERHEAD_S: f64 = 0.001;

/// A published U-Net layout: its config's structure and what it adds up to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnetSpec {
    /// Share-link id (`unet=sdxl`).
    pub id: &'static str,
    /// Weights used per latent token at each level (convolutions, linear layers, norms), from the config
    /// ([`structure`]).
    pub level_params: [f64; LEVELS],
    /// Widths of the self-attention layers at each level, summed.
    pub attention_width: [f64; LEVELS],
    /// All the U-Net's parameters (what a model card gives), the structure's count.
    pub params: f64,
}

/// Pixels per latent pixel along each side: the downsampling of the autoencoder every published U-Net uses.
pub const PX_PER_LATENT: f64 = 8.0;

/// A published U-Net layout, which fine-tunes and distillations keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum UnetLayout {
    /// Stable Diffusion 1.x and 2.x (and Openjourney, Dreamshaper, LCM and every SD 1.5 fine-tune):
    /// `block_out_channels` [320, 640, 1280, 1280], `layers_per_block` 2, attention at the first three levels
    /// and the middle, one transformer layer each, `cross_attention_dim` 768 (2.x: 1024).
    Sd,
    /// Stable Diffusion XL (and SDXL-Turbo, SDXL-Lightning, Playground v2, Juggernaut…): `block_out_channels`
    /// [320, 640, 1280], `layers_per_block` 2, no attention at the first level, `transformer_layers_per_block`
    /// [1, 2, 10] (10 in the middle), `cross_attention_dim` 2048.
    Sdxl,
}

impl UnetLayout {
    pub const ALL: [UnetLayout; 2] = [UnetLayout::Sd, UnetLayout::Sdxl];

    /// Share-link id.
    pub fn id(self) -> &'static str {
        self.spec().id
    }

    /// Where the layout's config is published (apart from [`UnetSpec`]: only the methodology quotes it).
    pub fn source(self) -> &'static str {
        match self {
            UnetLayout::Sd => {
                "stable-diffusion-v1-5/stable-diffusion-v1-5 unet/config.json (Hugging Face)"
            }
            UnetLayout::Sdxl => {
                "stabilityai/stable-diffusion-xl-base-1.0 unet/config.json (Hugging Face)"
            }
        }
    }

    /// The layout's structure.
    pub fn spec(self) -> &'static UnetSpec {
        match self {
            UnetLayout::Sd => &SD,
            UnetLayout::Sdxl => &SDXL,
        }
    }
}

all_is_complete!(UnetLayout);

/// Size from which a U-Net given only by its size is taken to be built like XL (no attention at full resolution,
/// as SSD-1B's 1.3B and Kandinsky 2.2's 1.2B): between Stable Diffusion 2.1's 0.87B and those.
/// `diffusion::unet_pass_flops` keeps the cost continuous across it.
pub const SDXL_FROM_PARAMS: f64 = 1.0e9;

/// One layout as diffusers' `UNet2DConditionModel` builds it from its config.
struct Config {
    block_out_channels: [f64; LEVELS],
    levels: usize,
    layers_per_block: usize,
    /// Transformer layers of each attention block, per level (the middle block uses the deepest level's).
    transformer_layers: [f64; LEVELS],
    /// Whether a level's down and up blocks have attention (`CrossAttnDownBlock2D`).
    attention: [bool; LEVELS],
    cross_attention_dim: f64,
    /// Parameters of SDXL's added (text and size) embedding.
    added_embedding: f64,
}

/// Weights per level, attention widths per level, and all the parameters, counted as diffusers builds the model:
/// ResNet blocks (two 3 × 3 convolutions, a 1 × 1 shortcut where the channels change, the time projection),
/// transformer blocks (projections in and out; per layer self- and cross-attention and a GEGLU feed-forward of
/// 4 × the width), down- and up-sampling convolutions, and the up path's skip concatenations. Matches the
/// published counts to 0.01% (`tests::structure_matches_published_parameter_counts`). Evaluated at compile time
/// only (the layouts are `static`s): an index out of range is a build error, never a panic at run time.
#[allow(clippy::indexing_slicing)]
const fn structure(c: &Config) -> ([f64; LEVELS], [f64; LEVELS], f64) {
    let mut p = [0.0; LEVELS];
    let mut a = [0.0; LEVELS];
    let ch = &c.block_out_channels;
    let c0 = ch[0];
    let time = 4.0 * c0;
    // Time embedding (two linear layers) and the added embedding, once per image.
    let mut per_item = c0 * time + time + time * time + time + c.added_embedding;
    // conv_in (4 → c0), the output's group norm and conv_out (c0 → 4), 3 × 3.
    p[0] += 9.0 * 4.0 * c0 + c0 + 2.0 * c0 + 9.0 * c0 * 4.0 + 4.0;
    // The outputs the down path keeps for the up path's skips.
    let mut skips = [0.0; 3 * LEVELS + 1];
    skips[0] = c0;
    let mut kept = 1;
    let mut input = c0;
    let mut i = 0;
    while i < c.levels {
        let mut j = 0;
        while j < c.layers_per_block {
            per_item += resnet(&mut p[i], input, ch[i], time);
            if c.attention[i] {
                per_item += transformer(&mut p[i], &mut a[i], ch[i], c.transformer_layers[i], c);
            }
            input = ch[i];
            skips[kept] = ch[i];
            kept += 1;
            j += 1;
        }
        if i + 1 < c.levels {
            // The downsampler's 3 × 3 stride-2 convolution writes the next level.
            p[i + 1] += 9.0 * ch[i] * ch[i] + ch[i];
            skips[kept] = ch[i];
            kept += 1;
        }
        i += 1;
    }
    let last = c.levels - 1;
    per_item += resnet(&mut p[last], ch[last], ch[last], time);
    per_item += transformer(
        &mut p[last],
        &mut a[last],
        ch[last],
        c.transformer_layers[last],
        c,
    );
    per_item += resnet(&mut p[last], ch[last], ch[last], time);
    let mut previous = ch[last];
    let mut i = c.levels;
    while i > 0 {
        i -= 1;
        let mut j = 0;
        while j <= c.layers_per_block {
            kept -= 1;
            per_item += resnet(&mut p[i], previous + skips[kept], ch[i], time);
            if c.attention[i] {
                per_item += transformer(&mut p[i], &mut a[i], ch[i], c.transformer_layers[i], c);
            }
            previous = ch[i];
            j += 1;
        }
        if i > 0 {
            // The upsampler's 3 × 3 convolution runs at the next level up.
            p[i - 1] += 9.0 * ch[i] * ch[i] + ch[i];
        }
    }
    let mut total = per_item;
    let mut i = 0;
    while i < LEVELS {
        total += p[i];
        i += 1;
    }
    (p, a, total)
}

/// Adds a ResNet block's per-token weights to `p`; returns its once-per-image weights (the time projection).
const fn resnet(p: &mut f64, input: f64, output: f64, time: f64) -> f64 {
    let shortcut = if input == output {
        0.0
    } else {
        input * output + output
    };
    // Two group norms, two 3 × 3 convolutions, the shortcut.
    *p += 2.0 * input
        + 2.0 * output
        + 9.0 * input * output
        + output
        + 9.0 * output * output
        + output
        + shortcut;
    time * output + output
}

/// Adds a transformer block's per-token weights to `p` and its attention widths to `a`; returns its once-per-image
/// weights (each layer's keys and values of the text).
const fn transformer(p: &mut f64, a: &mut f64, width: f64, layers: f64, c: &Config) -> f64 {
    let d = width;
    // Norm, projections in and out.
    *p += 2.0 * d + 2.0 * (d * d + d);
    // Per layer: self-attention q, k, v, out; cross-attention q, out; GEGLU d → 8d, 4d → d; three norms.
    *p += layers
        * (4.0 * d * d + d + 2.0 * d * d + d + 8.0 * d * d + 8.0 * d + 4.0 * d * d + d + 6.0 * d);
    *a += layers * d;
    layers * 2.0 * c.cross_attention_dim * d
}

const fn spec(id: &'static str, c: Config) -> UnetSpec {
    let (level_params, attention_width, params) = structure(&c);
    UnetSpec {
        id,
        level_params,
        attention_width,
        params,
    }
}

static SD: UnetSpec = spec(
    "sd",
    Config {
        block_out_channels: [320.0, 640.0, 1280.0, 1280.0],
        levels: 4,
        layers_per_block: 2,
        transformer_layers: [1.0, 1.0, 1.0, 1.0],
        attention: [true, true, true, false],
        cross_attention_dim: 768.0,
        added_embedding: 0.0,
    },
);

static SDXL: UnetSpec = spec(
    "sdxl",
    Config {
        block_out_channels: [320.0, 640.0, 1280.0, 0.0],
        levels: 3,
        layers_per_block: 2,
        transformer_layers: [1.0, 2.0, 10.0, 0.0],
        attention: [false, true, true, false],
        cross_attention_dim: 2048.0,
        // `addition_embed_type` "text_time": linear 2,816 → 1,280 → 1,280.
        added_embedding: 2816.0 * 1280.0 + 1280.0 + 1280.0 * 1280.0 + 1280.0,
    },
);

/// FLOPs of one pass over one frame of `tokens` latent pixels (the first level's), for a U-Net of `params`
/// built like `layout`: (matrix products, attention). A U-Net of another size than its layout's is taken as the
/// layout with its blocks scaled in proportion (SSD-1B removed blocks from XL): both terms × params ÷ the layout's.
pub fn pass_flops(layout: UnetLayout, params: f64, tokens: f64) -> (f64, f64) {
    let u = layout.spec();
    let scale = params.max(0.0) / u.params;
    let mut t = tokens.max(0.0);
    let (mut linear, mut attention) = (0.0, 0.0);
    for (weights, widths) in u.level_params.iter().zip(&u.attention_width) {
        linear += 2.0 * weights * t;
        attention += 4.0 * widths * t * t;
        t /= 4.0;
    }
    (linear * scale, attention * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_matches_published_parameter_counts() {
        // diffusers `UNet2DConditionModel.num_parameters()`: SD 1.5 859,520,964; SDXL 2,567,463,684.
        for (layout, published) in [
            (UnetLayout::Sd, 859_520_964.0),
            (UnetLayout::Sdxl, 2_567_463_684.0),
        ] {
            let counted = layout.spec().params;
            assert!(
                (counted / published - 1.0).abs() < 2e-4,
                "{}: {counted} vs {published}",
                layout.id()
            );
        }
    }

    #[test]
    fn xl_has_no_attention_at_full_resolution_and_costs_more_per_pixel() {
        assert_eq!(SDXL.attention_width[0], 0.0);
        assert!(SD.attention_width[0] > 0.0);
        // At 1024² (128² latent): XL ≈ 6 TFLOPs of matrix products a pass (published estimates 5.9–6.1).
        let (linear, attention) = pass_flops(UnetLayout::Sdxl, SDXL.params, 128.0 * 128.0);
        assert!((5.5e12..6.5e12).contains(&linear), "{linear}");
        assert!(attention < linear / 4.0);
        // SD 1.5 at 512²: ≈ 0.8 TFLOPs a pass, most in matrix products.
        let (linear, attention) = pass_flops(UnetLayout::Sd, SD.params, 64.0 * 64.0);
        assert!((0.6e12..1.0e12).contains(&linear), "{linear}");
        assert!(attention < linear);
    }

    #[test]
    fn size_scales_a_layout() {
        let full = pass_flops(UnetLayout::Sdxl, SDXL.params, 4096.0);
        let half = pass_flops(UnetLayout::Sdxl, SDXL.params / 2.0, 4096.0);
        assert!((half.0 * 2.0 / full.0 - 1.0).abs() < 1e-12);
        assert_eq!(pass_flops(UnetLayout::Sd, 0.0, 0.0), (0.0, 0.0));
    }
}
