//! A roofline model of LLM serving: how long one decode step of a replica takes, and how much power its
//! accelerators draw while doing it, from the model's size, the hardware, the precision, the batch and the
//! lengths of prompt and answer. Energy per output token = step time × replica power ÷ batch.
//!
//! Calibrated on the ML.ENERGY Leaderboard v3.0 measurements (`tests/data/mlenergy-v3.csv`; fit and held-out
//! errors in `tests/serving_calibration.rs` and docs/METHODOLOGY.md): seven physical constants for every model and
//! GPU (six fitted, one at its physical limit), none per model. It is the boundary GPU benchmarks measure — accelerators only, no host, no idle capacity, no
//! PUE.
//!
//! `energy.rs` adds what a real service has around it: idle capacity, host power and PUE.

/// Number format of the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Precision {
    /// 16-bit brain float: 2 bytes per weight, the BF16 peak.
    Bf16,
    /// 8-bit float weights and activations: 1 byte, twice the BF16 peak where the hardware has it.
    Fp8,
    /// 4-bit weights (e.g. MXFP4, GPTQ/AWQ INT4), computed at 16 bits: half a byte, the BF16 peak.
    Int4,
}

impl Precision {
    pub const ALL: [Precision; 3] = [Precision::Bf16, Precision::Fp8, Precision::Int4];

    /// Share-link id (`prec=fp8`).
    pub fn id(self) -> &'static str {
        match self {
            Precision::Bf16 => "bf16",
            Precision::Fp8 => "fp8",
            Precision::Int4 => "int4",
        }
    }

    /// The precision a `prec=` value names (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Precision> {
        Precision::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(id))
    }

    /// What the precision means for the model's bytes and FLOP/s.
    pub fn source(self) -> &'static str {
        match self {
            Precision::Bf16 => "BF16 weights: 2 bytes each, computed at the dense BF16 peak",
            Precision::Fp8 => "FP8 weights and activations: 1 byte each, twice the BF16 peak where the hardware has FP8",
            Precision::Int4 => "4-bit weights (MXFP4, GPTQ/AWQ INT4): half a byte each, computed at 16 bits",
        }
    }

    /// Bytes read per weight.
    pub fn bytes_per_param(self) -> f64 {
        match self {
            Precision::Bf16 => 2.0,
            Precision::Fp8 => 1.0,
            Precision::Int4 => 0.5,
        }
    }
}

all_is_complete!(Precision);

/// Per-layer fixed time of one decode step, s: kernel launches, synchronisation and scheduling that do not shrink
/// with bandwidth or FLOP/s (fitted).
pub const LAYER_OVERHEAD_S: f64 = 1.35e-4;
/// Extra per-layer time when the replica spans several accelerators (tensor-parallel all-reduces), as a fraction
/// of [`LAYER_OVERHEAD_S`] (fitted).
pub const TENSOR_PARALLEL_OVERHEAD: f64 = 0.13;
/// Key–value cache bytes per token per layer at 16 bits (fitted; 8 KV heads × 128 dimensions × K and V × 2 bytes
/// = 4,096 is the Llama 3 / Qwen 3 layout, the rest is attention's own inefficiency).
pub const KV_BYTES_PER_TOKEN_PER_LAYER: f64 = 5_500.0;
/// Power of an accelerator whose step is all fixed overhead, as a share of its TDP (fitted; ML.ENERGY shows 50–70%
/// of TDP at small batch, where the step is partly memory-bound).
pub const POWER_FLOOR: f64 = 0.45;
/// Extra power, as a share of TDP, while the step streams memory (fitted).
pub const POWER_PER_MEMORY_SHARE: f64 = 0.32;
/// Share of the dense BF16 peak a dense model's matrix multiplications reach (the fit's upper limit; large
/// GEMMs reach 70–80% of peak on H100, NVIDIA's published cuBLAS figures).
pub const DENSE_COMPUTE_EFFICIENCY: f64 = 0.8;
/// Share of the dense BF16 peak a mixture of experts reaches (fitted): each expert multiplies only the few tokens
/// routed to it (batch × top-k ÷ experts), so its grouped GEMMs are small and far from peak.
pub const MOE_COMPUTE_EFFICIENCY: f64 = 0.1;

/// Power of an accelerator that is provisioned but serves nothing, as a share of its TDP. Estimate: an H100 or
/// A100 holding a CUDA context draws 26–50 W above bare idle (arXiv 2605.23918), ~60–70 W bare: ~100 W of 700.
pub const IDLE_POWER_SHARE: f64 = 0.15;
/// Share of an accelerator's memory the weights and KV cache may fill (the rest: activations, runtime).
pub const USABLE_MEMORY_SHARE: f64 = 0.9;

/// Transformer depth for a model of `total_params`: 16 · (N / 10⁹)^⅓ layers (Llama 3.1 8B: 32, 70B: 80, 405B: 126;
/// the formula gives 32.0, 65.9 and 118.5).
pub fn layers(total_params: f64) -> f64 {
    // exp(ln(x) / 3) rather than cbrt: the page already carries exp and ln, not cbrt (libm, not std: the same
    // bits on the page and in `ai-energy`).
    let billions = total_params.max(0.0) / 1e9;
    if billions > 0.0 {
        16.0 * libm::exp(libm::log(billions) / 3.0)
    } else {
        0.0
    }
}

/// Weight bytes one decode step reads: all of a dense model; for a mixture of experts, the experts the batch's
/// tokens route to. With routing fraction r = active / total, a batch of B tokens touches 1 − (1 − r)^B of the
/// expert weights (independent routing), never fewer than the active parameters. Bytes = params × bytes per weight.
pub fn weight_bytes_touched(
    total_params: f64,
    active_params: f64,
    batch: f64,
    precision: Precision,
) -> f64 {
    let total = total_params.max(0.0);
    let active = active_params.clamp(0.0, total);
    let touched = if total > 0.0 && active < total {
        let r = active / total;
        (total * (1.0 - libm::pow(1.0 - r, batch.max(1.0)))).max(active)
    } else {
        total
    };
    touched * precision.bytes_per_param()
}

/// KV-cache bytes of one token of context: [`KV_BYTES_PER_TOKEN_PER_LAYER`] × layers.
pub fn kv_bytes_per_token(total_params: f64) -> f64 {
    KV_BYTES_PER_TOKEN_PER_LAYER * layers(total_params)
}

/// The fewest accelerators (a power of two, at most 4,096) whose memory holds the weights and the KV cache of
/// `batch` requests of `context_tokens` each: ⌈(N · bytes + B · context · KV) ÷ (memory · usable share)⌉.
pub fn accelerators_to_hold(
    total_params: f64,
    precision: Precision,
    batch: f64,
    context_tokens: f64,
    memory_gb: f64,
) -> f64 {
    let need = total_params.max(0.0) * precision.bytes_per_param()
        + batch.max(1.0) * context_tokens.max(0.0) * kv_bytes_per_token(total_params);
    let per_accelerator = (memory_gb * 1e9 * USABLE_MEMORY_SHARE).max(1.0);
    let mut n = 1.0;
    while n * per_accelerator < need && n < 4_096.0 {
        n *= 2.0;
    }
    n
}

/// One replica serving a steady stream of requests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Replica {
    pub total_params: f64,
    pub active_params: f64,
    pub precision: Precision,
    /// Accelerators the replica spans (tensor parallel).
    pub accelerators: f64,
    /// Requests decoded together in each step.
    pub batch: f64,
    pub input_tokens: f64,
    pub output_tokens: f64,
    /// Peak dense BF16 FLOP/s of one accelerator. 8-bit weights are computed at this peak too: on the
    /// calibration data FP8 replicas did no more FLOPs per second than BF16 ones (the fitted FP8 gain was 1.0).
    pub peak_flops: f64,
    /// HBM bandwidth of one accelerator, bytes/s.
    pub hbm_bytes_per_s: f64,
    /// Rated board power of one accelerator, W.
    pub tdp_w: f64,
}

/// One decode step of a replica, with what bounds it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// FLOPs ÷ (accelerators × peak × efficiency), s: the batch's decode tokens and its share of prefill (every
    /// step also reads B · input ÷ output prompt tokens, so that prompts arrive as answers finish).
    pub compute_s: f64,
    /// (weights touched + KV cache read) ÷ (accelerators × bandwidth), s.
    pub memory_s: f64,
    /// Layers × per-layer overhead (× (1 + tensor-parallel share) across accelerators), s.
    pub overhead_s: f64,
    /// overhead + max(compute, memory), s.
    pub seconds: f64,
    /// Power of all the replica's accelerators during the step, W.
    pub replica_w: f64,
}

impl Step {
    /// True when computation, not memory traffic, sets the step's length.
    pub fn compute_bound(&self) -> bool {
        self.compute_s > self.memory_s
    }
}

/// The decode step of a replica. Roofline (Williams et al. 2009): time = overhead + max(FLOPs ÷ (peak ×
/// efficiency), bytes ÷ bandwidth), efficiency [`DENSE_COMPUTE_EFFICIENCY`] or [`MOE_COMPUTE_EFFICIENCY`], with FLOPs = 2 · N_active · B · (1 + input ÷ output) and bytes = weights touched + B · (input +
/// output ÷ 2) · KV bytes per token; power per accelerator = TDP · min(1, floor + memory share · memory ÷ time +
/// (1 − floor) · compute ÷ time). Total for any positive inputs: every denominator is kept above zero.
pub fn decode_step(r: &Replica) -> Step {
    let accelerators = r.accelerators.max(1.0);
    let batch = r.batch.max(1.0);
    let output = r.output_tokens.max(1.0);
    let input = r.input_tokens.max(0.0);
    let layers = layers(r.total_params);
    let flops = 2.0 * r.active_params.max(0.0) * batch * (1.0 + input / output);
    let kv_bytes = batch * (input + output / 2.0) * kv_bytes_per_token(r.total_params);
    let bytes =
        weight_bytes_touched(r.total_params, r.active_params, batch, r.precision) + kv_bytes;
    let efficiency = if r.active_params < r.total_params {
        MOE_COMPUTE_EFFICIENCY
    } else {
        DENSE_COMPUTE_EFFICIENCY
    };
    let compute_s = flops / (accelerators * (r.peak_flops * efficiency).max(1.0));
    let memory_s = bytes / (accelerators * r.hbm_bytes_per_s.max(1.0));
    let parallel = if accelerators > 1.0 {
        1.0 + TENSOR_PARALLEL_OVERHEAD
    } else {
        1.0
    };
    let overhead_s = layers * LAYER_OVERHEAD_S * parallel;
    let seconds = (overhead_s + compute_s.max(memory_s)).max(f64::MIN_POSITIVE);
    let load = POWER_FLOOR
        + POWER_PER_MEMORY_SHARE * memory_s / seconds
        + (1.0 - POWER_FLOOR) * compute_s / seconds;
    Step {
        compute_s,
        memory_s,
        overhead_s,
        seconds,
        replica_w: accelerators * r.tdp_w.max(0.0) * load.min(1.0),
    }
}

/// Accelerator energy per output token, J: step time × replica power ÷ batch.
pub fn joules_per_output_token(r: &Replica) -> f64 {
    let step = decode_step(r);
    step.seconds * step.replica_w / r.batch.max(1.0)
}

/// Accelerator energy per request, Wh: J per output token × output tokens ÷ 3,600.
pub fn wh_per_request(r: &Replica) -> f64 {
    joules_per_output_token(r) * r.output_tokens.max(1.0) / 3_600.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h100(total: f64, active: f64, batch: f64) -> Replica {
        Replica {
            total_params: total,
            active_params: active,
            precision: Precision::Bf16,
            accelerators: 1.0,
            batch,
            input_tokens: 1_000.0,
            output_tokens: 400.0,
            peak_flops: 989e12,
            hbm_bytes_per_s: 3.35e12,
            tdp_w: 700.0,
        }
    }

    #[test]
    fn bigger_batches_cost_less_per_token_and_small_ones_are_memory_bound() {
        let small = h100(8e9, 8e9, 8.0);
        let big = h100(8e9, 8e9, 512.0);
        assert!(!decode_step(&small).compute_bound());
        assert!(joules_per_output_token(&big) * 3.0 < joules_per_output_token(&small));
    }

    #[test]
    fn experts_touched_grow_with_the_batch() {
        let one = weight_bytes_touched(235e9, 22e9, 1.0, Precision::Bf16);
        let many = weight_bytes_touched(235e9, 22e9, 256.0, Precision::Bf16);
        assert!((one - 44e9).abs() < 1.0, "{one}");
        assert!(many > 0.99 * 470e9 && many <= 470e9, "{many}");
        assert_eq!(weight_bytes_touched(8e9, 8e9, 7.0, Precision::Fp8), 8e9);
    }

    #[test]
    fn faster_memory_means_less_energy_at_small_batch() {
        let h100 = h100(70e9, 70e9, 8.0);
        let h200 = Replica {
            hbm_bytes_per_s: 4.8e12,
            accelerators: 2.0,
            ..h100
        };
        let h100 = Replica {
            accelerators: 2.0,
            ..h100
        };
        assert!(joules_per_output_token(&h200) < joules_per_output_token(&h100));
    }

    #[test]
    fn power_stays_between_the_floor_and_the_rating() {
        for batch in [1.0, 8.0, 64.0, 1024.0, 4096.0] {
            let s = decode_step(&h100(70e9, 70e9, batch));
            assert!(
                s.replica_w >= 700.0 * POWER_FLOOR && s.replica_w <= 700.0,
                "{batch}: {s:?}"
            );
        }
    }

    #[test]
    fn replicas_grow_with_the_model_and_the_batch() {
        // (parameters, precision, batch, memory GB) → accelerators, with 1,400 tokens of context.
        let cases = [
            (8e9, Precision::Bf16, 64.0, 80.0, 1.0),
            (70e9, Precision::Bf16, 64.0, 80.0, 4.0),
            (70e9, Precision::Fp8, 8.0, 141.0, 1.0),
            (405e9, Precision::Bf16, 64.0, 80.0, 16.0),
            (1e15, Precision::Bf16, 1.0, 80.0, 4_096.0),
        ];
        for (params, precision, batch, memory_gb, want) in cases {
            let got = accelerators_to_hold(params, precision, batch, 1_400.0, memory_gb);
            assert_eq!(got, want, "{params} {precision:?} batch {batch}");
        }
    }

    #[test]
    fn total_for_degenerate_inputs() {
        let zero = Replica {
            total_params: 0.0,
            active_params: 0.0,
            accelerators: 0.0,
            batch: 0.0,
            output_tokens: 0.0,
            peak_flops: 0.0,
            hbm_bytes_per_s: 0.0,
            ..h100(1.0, 1.0, 1.0)
        };
        assert!(joules_per_output_token(&zero).is_finite());
    }
}
