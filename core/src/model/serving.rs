//! A roofline model of LLM serving: how long a replica takes to read a request's prompt (prefill) and to decode
//! each of its answer's tokens, and how much power its accelerators draw meanwhile, from the model's size, the
//! hardware, the precision, the serving engine, the batch, and the lengths of prompt and answer. Energy per request
//! = prefill time × replica power + decode step time × replica power × output tokens ÷ batch.
//!
//! Calibrated on the ML.ENERGY Leaderboard v3.0 measurements of the reference engine (vLLM;
//! `tests/data/mlenergy-v3.csv`) and checked on MLPerf Inference Power measurements of an optimised one (TensorRT-LLM;
//! `tests/data/mlperf-power.csv`): fit and held-out errors in `tests/serving_calibration.rs` and docs/METHODOLOGY.md.
//! A few physical constants for every model and GPU, none per model. It is the boundary GPU benchmarks measure —
//! accelerators only, no host, no idle capacity, no PUE.
//!
//! `energy.rs` adds what a real service has around it: idle capacity, host power and PUE.

use super::range::Range;

/// Number format of the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Precision {
    /// 16-bit brain float: 2 bytes per weight, the BF16 peak.
    Bf16,
    /// 8-bit float weights and activations: 1 byte, the FP8 peak in an optimised engine.
    Fp8,
    /// 4-bit integer weights (GPTQ/AWQ INT4), widened to 16 bits to multiply: half a byte, the BF16 peak.
    Int4,
    /// 4-bit float weights (NVFP4, MXFP4): half a byte, the FP4 peak in an optimised engine on hardware with FP4
    /// tensor cores (Blackwell, MI355X); elsewhere weight-only, at the BF16 peak.
    Fp4,
}

impl Precision {
    pub const ALL: [Precision; 4] = [
        Precision::Bf16,
        Precision::Fp8,
        Precision::Fp4,
        Precision::Int4,
    ];

    /// Share-link id (`prec=fp8`).
    pub fn id(self) -> &'static str {
        match self {
            Precision::Bf16 => "bf16",
            Precision::Fp8 => "fp8",
            Precision::Int4 => "int4",
            Precision::Fp4 => "fp4",
        }
    }

    /// The precision a `prec=` value names (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Precision> {
        Precision::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(id))
    }

    /// Bytes read per weight.
    pub fn bytes_per_param(self) -> f64 {
        match self {
            Precision::Bf16 => 2.0,
            Precision::Fp8 => 1.0,
            Precision::Int4 | Precision::Fp4 => 0.5,
        }
    }
}

all_is_complete!(Precision);

/// The software that serves the model: what it makes of the same hardware.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Engine {
    /// Open-source defaults, as ML.ENERGY measures them (vLLM): 16-bit matrix products, small expert GEMMs.
    Reference,
    /// Vendor-tuned (TensorRT-LLM class, as MLPerf submissions use): FP8/FP4 tensor cores, fused expert
    /// kernels, in-flight batches of hundreds to thousands.
    Optimised,
}

/// How efficiently a mixture of experts multiplies: each expert sees only the tokens routed to it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExpertGemms {
    /// A fixed share of the peak, whatever the batch (fitted on the reference engine's measurements).
    Flat(f64),
    /// The dense share × m ÷ (m + half), with m the tokens each expert multiplies in a step (batch × active ÷
    /// total): a grouped GEMM fills its tensor-core tiles only when enough tokens route to each expert. Never
    /// below `floor` (at a few tokens per expert the step is memory-bound, and a tuned engine does no worse than
    /// the reference one).
    Tiled { half_tokens: f64, floor: f64 },
}

/// What an engine does with the hardware, each constant with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EngineSpec {
    /// Whether 8- and 4-bit weights multiply at the FP8 / FP4 peaks (`Hw::peak_flops_at`).
    pub low_precision_compute: bool,
    /// Share of the peak a dense model's matrix products reach.
    pub dense_efficiency: f64,
    /// Share of the peak a mixture of experts' matrix products reach.
    pub expert_gemms: ExpertGemms,
    /// Per-layer fixed time of a decode step, s: kernel launches, synchronisation, scheduling.
    pub layer_overhead_s: f64,
    /// Requests decoded together when the reader gives no batch (low / central / high).
    pub batch: Range,
}

impl Engine {
    pub const ALL: [Engine; 2] = [Engine::Reference, Engine::Optimised];

    /// Share-link id (`engine=optimised`).
    pub fn id(self) -> &'static str {
        match self {
            Engine::Reference => "reference",
            Engine::Optimised => "optimised",
        }
    }

    /// The engine an `engine=` value names (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Engine> {
        Engine::ALL
            .into_iter()
            .find(|e| e.id().eq_ignore_ascii_case(id))
    }

    /// The engine's constants.
    pub fn spec(self) -> &'static EngineSpec {
        match self {
            Engine::Reference => &REFERENCE,
            Engine::Optimised => &OPTIMISED,
        }
    }
}

all_is_complete!(Engine);

/// The reference engine (vLLM 0.11 as ML.ENERGY v3 measured it): every constant fitted on its 406 measurements
/// except the dense share, at its physical limit.
const REFERENCE: EngineSpec = EngineSpec {
    low_precision_compute: false,
    dense_efficiency: DENSE_COMPUTE_EFFICIENCY,
    expert_gemms: ExpertGemms::Flat(MOE_COMPUTE_EFFICIENCY),
    layer_overhead_s: LAYER_OVERHEAD_S,
    // ML.ENERGY v3 (vLLM) batches 8 to 4,096; services at tens to hundreds.
    batch: Range {
        low: 32.0,
        central: 64.0,
        high: 256.0,
    },
};

/// An optimised engine (TensorRT-LLM class).
const OPTIMISED: EngineSpec = EngineSpec {
    low_precision_compute: true,
    // The same large-GEMM share as the reference engine: on the MLPerf rows it gives ×0.86–1.03 of the measured
    // energy with the OpenOrca prompts fitted at 500 tokens (`tests/serving_calibration.rs`).
    dense_efficiency: DENSE_COMPUTE_EFFICIENCY,
    expert_gemms: ExpertGemms::Tiled {
        half_tokens: EXPERT_TILE_HALF_TOKENS,
        floor: MOE_COMPUTE_EFFICIENCY,
    },
    // Not separable from compute on the public rows (every one is compute-bound): the reference engine's.
    layer_overhead_s: LAYER_OVERHEAD_S,
    // MLPerf v4.0: NVIDIA's Llama-2-70B configuration keeps up to 896 sequences in flight per two-GPU replica;
    // DeepSeek's published V3/R1 service decodes ~1,850 tokens/s per H800 at ~20 tokens/s per user (~90 sequences
    // per GPU; open-infra-index, Feb 2025). Low energy end 1,024, central 256, high 64.
    batch: Range {
        low: 64.0,
        central: 256.0,
        high: 1024.0,
    },
};

/// Requests a replica decodes together when the reader gives none: the engine's range, or for an unknown engine
/// the range spanning both (the optimised engine's large batches at the low-energy end and the centre, the
/// reference engine's small ones at the high end).
pub fn batch_range(engine: Option<Engine>) -> Range {
    match engine {
        Some(e) => e.spec().batch,
        None => Range {
            low: REFERENCE.batch.low,
            central: OPTIMISED.batch.central,
            high: OPTIMISED.batch.high,
        },
    }
}

/// Per-layer fixed time of one decode step, s: kernel launches, synchronisation and scheduling that do not shrink
/// with bandwidth or FLOP/s (fitted).
pub const LAYER_OVERHEAD_S: f64 = 1.35e-4;
/// Extra per-layer time when the replica spans several accelerators (tensor-parallel all-reduces), as a fraction
/// of the layer overhead (fitted).
pub const TENSOR_PARALLEL_OVERHEAD: f64 = 0.06;
/// Key–value cache bytes per token per layer at 16 bits (fitted; 8 KV heads × 128 dimensions × K and V × 2 bytes
/// = 4,096 is the Llama 3 / Qwen 3 layout, the rest is attention's own inefficiency).
pub const KV_BYTES_PER_TOKEN_PER_LAYER: f64 = 6_000.0;
/// Power of an accelerator whose step is all fixed overhead, as a share of its TDP (fitted; ML.ENERGY shows 50–70%
/// of TDP at small batch, where the step is partly memory-bound).
pub const POWER_FLOOR: f64 = 0.45;
/// Extra power, as a share of TDP, while the step streams memory (fitted).
pub const POWER_PER_MEMORY_SHARE: f64 = 0.32;
/// Share of the dense BF16 peak a dense model's matrix multiplications reach (the fit's upper limit; large
/// GEMMs reach 70–80% of peak on H100, NVIDIA's published cuBLAS figures).
pub const DENSE_COMPUTE_EFFICIENCY: f64 = 0.8;
/// Share of the dense BF16 peak a mixture of experts reaches in the reference engine (fitted): each expert
/// multiplies only the few tokens routed to it, and vLLM's fused expert kernels stay far from peak at every batch
/// measured (a batch-dependent share fitted no better).
pub const MOE_COMPUTE_EFFICIENCY: f64 = 0.095;
/// Tokens per expert at which an optimised engine's grouped GEMMs reach half the dense share: half a 128-row
/// tensor-core tile (TensorRT-LLM's and DeepGEMM's expert kernels tile 64–128 tokens; estimate).
pub const EXPERT_TILE_HALF_TOKENS: f64 = 64.0;
/// Prompt tokens an engine packs into one prefill step (chunked prefill: vLLM and TensorRT-LLM default to a few
/// thousand): what sets a mixture of experts' tokens per expert while reading prompts.
pub const PREFILL_TOKENS_PER_STEP: f64 = 2_048.0;

/// Power of an accelerator that is provisioned but serves nothing, as a share of its TDP. Estimate: an H100 or
/// A100 holding a CUDA context draws 26–50 W above bare idle (arXiv 2605.23918), ~60–70 W bare: ~100 W of 700.
pub const IDLE_POWER_SHARE: f64 = 0.15;
/// Share of an accelerator's memory the weights and KV cache may fill (the rest: activations, runtime).
pub const USABLE_MEMORY_SHARE: f64 = 0.9;

/// (N / 10⁹)^⅓ for N parameters (0 for none). x^(1/3) with `libm::pow`, which the page carries for the likely ranges,
/// rather than cbrt or exp(ln(x) / 3) (until data version 2026.12-7; the two differ in the last bits only): 0.9 KB
/// less in each of the page's modules. libm, not std: the same bits on the page and in `ai-energy`.
pub fn cube_root_billions(total_params: f64) -> f64 {
    let billions = total_params.max(0.0) / 1e9;
    if billions > 0.0 {
        libm::pow(billions, 1.0 / 3.0)
    } else {
        0.0
    }
}

/// Layers per (N / 10⁹)^⅓ of a text model whose layers are not given (Llama 3.1 8B: 32, 70B: 80, 405B: 126; the
/// formula gives 32.0, 65.9 and 118.5).
pub const LAYERS_PER_CUBE_ROOT_BILLION: f64 = 16.0;

/// Transformer depth for a model of `total_params`: [`LAYERS_PER_CUBE_ROOT_BILLION`] · (N / 10⁹)^⅓ layers.
pub fn layers(total_params: f64) -> f64 {
    LAYERS_PER_CUBE_ROOT_BILLION * cube_root_billions(total_params)
}

/// Attention width (query heads × head dimension) for a model of `total_params`: 2,048 · (N / 10⁹)^⅓ (Llama 3.1
/// 8B: 4,096, 70B: 8,192, 405B: 16,384; the formula gives 4,096, 8,402 and 15,164).
pub fn attention_width(total_params: f64) -> f64 {
    2_048.0 * cube_root_billions(total_params)
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
    let active = crate::within(active_params, 0.0, total);
    let touched = if total > 0.0 && active < total {
        let r = active / total;
        (total * (1.0 - libm::pow(1.0 - r, batch.max(1.0)))).max(active)
    } else {
        total
    };
    touched * precision.bytes_per_param()
}

/// KV-cache bytes of one token of context: [`KV_BYTES_PER_TOKEN_PER_LAYER`] × layers.
pub fn kv_bytes_per_token(layers: f64) -> f64 {
    KV_BYTES_PER_TOKEN_PER_LAYER * layers
}

/// The fewest accelerators (a power of two, at most 4,096) whose memory holds the weights and the KV cache of
/// `batch` requests of `context_tokens` each through `layers` layers: ⌈(N · bytes + B · context · KV) ÷ (memory ·
/// usable share)⌉.
pub fn accelerators_to_hold(
    total_params: f64,
    layers: f64,
    precision: Precision,
    batch: f64,
    context_tokens: f64,
    memory_gb: f64,
) -> f64 {
    let need = total_params.max(0.0) * precision.bytes_per_param()
        + batch.max(1.0) * context_tokens.max(0.0) * kv_bytes_per_token(layers);
    let per_accelerator = (memory_gb * 1e9 * USABLE_MEMORY_SHARE).max(1.0);
    let mut n = 1.0;
    while n * per_accelerator < need && n < 4_096.0 {
        n *= 2.0;
    }
    n
}

/// One replica serving a steady stream of requests (one model call each).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Replica {
    pub total_params: f64,
    pub active_params: f64,
    /// Transformer layers: the model's own, or [`layers`] of its size.
    pub layers: f64,
    pub precision: Precision,
    pub engine: Engine,
    /// Accelerators the replica spans (tensor parallel).
    pub accelerators: f64,
    /// Requests decoded together in each step.
    pub batch: f64,
    /// Prompt tokens of a call (its whole context, cached part included).
    pub input_tokens: f64,
    pub output_tokens: f64,
    /// Share of the prompt served from a prefix cache, 0–1: those tokens skip prefill; their KV is still held
    /// and read.
    pub cached_share: f64,
    /// Mean square of the prompt over a session's calls ÷ the square of its mean (1 for one call): the quadratic
    /// attention term of a context that grows call by call.
    pub prompt_growth: f64,
    /// Peak FLOP/s of one accelerator at which the engine multiplies these weights (`Hw::peak_flops_at`).
    pub peak_flops: f64,
    /// HBM bandwidth of one accelerator, bytes/s.
    pub hbm_bytes_per_s: f64,
    /// Rated board power of one accelerator, W.
    pub tdp_w: f64,
}

impl Replica {
    /// Share of the peak the replica's matrix products reach when each step multiplies `tokens` tokens: the
    /// engine's dense share, or its expert GEMMs' share at `tokens` × active ÷ total tokens per expert.
    pub fn compute_efficiency(&self, tokens: f64) -> f64 {
        let engine = self.engine.spec();
        if self.active_params < self.total_params {
            match engine.expert_gemms {
                ExpertGemms::Flat(share) => share,
                ExpertGemms::Tiled { half_tokens, floor } => {
                    let per_expert =
                        tokens.max(1.0) * self.active_params.max(0.0) / self.total_params.max(1.0);
                    (engine.dense_efficiency * per_expert / (per_expert + half_tokens)).max(floor)
                }
            }
        } else {
            engine.dense_efficiency
        }
    }
}

/// Reading one call's prompt: compute-bound, the replica at full power.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prefill {
    /// 2 · N_active · uncached tokens + attention 2 · layers · width · (T² − C²) · growth, FLOPs.
    pub flops: f64,
    /// FLOPs ÷ (accelerators × peak × efficiency), s.
    pub seconds: f64,
    /// Power of all the replica's accelerators meanwhile, W.
    pub replica_w: f64,
}

/// The prefill of one call. Prompt T tokens, C = cached share × T of them from the prefix cache: linear FLOPs
/// 2 · N_active · (T − C); causal attention, each new token against all before it, 2 · layers · width · (T² − C²)
/// (× the session's growth factor). Compute-bound at the efficiency of [`PREFILL_TOKENS_PER_STEP`] tokens a step:
/// power = TDP per accelerator.
pub fn prefill(r: &Replica) -> Prefill {
    let accelerators = r.accelerators.max(1.0);
    let prompt = r.input_tokens.max(0.0);
    let fresh = 1.0 - crate::within(r.cached_share, 0.0, 1.0);
    let cached = prompt * (1.0 - fresh);
    let attention = 2.0
        * r.layers.max(0.0)
        * attention_width(r.total_params)
        * (prompt * prompt - cached * cached)
        * r.prompt_growth.max(1.0);
    let flops = 2.0 * r.active_params.max(0.0) * prompt * fresh + attention;
    let efficiency = r.compute_efficiency(PREFILL_TOKENS_PER_STEP);
    Prefill {
        flops,
        seconds: flops / (accelerators * (r.peak_flops * efficiency).max(1.0)),
        replica_w: accelerators * r.tdp_w.max(0.0),
    }
}

/// One decode step of a replica, with what bounds it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// FLOPs ÷ (accelerators × peak × efficiency), s: each of the batch's tokens through the weights and through
    /// attention over its context.
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
/// efficiency), bytes ÷ bandwidth), with context c = input + output ÷ 2, FLOPs = B · (2 · N_active + 4 · layers ·
/// width · c) and bytes = weights touched + B · c · KV bytes per token; power per accelerator = TDP · min(1, floor +
/// memory share · memory ÷ time + (1 − floor) · compute ÷ time). Total for any positive inputs: every
/// denominator is kept above zero.
pub fn decode_step(r: &Replica) -> Step {
    let accelerators = r.accelerators.max(1.0);
    let batch = r.batch.max(1.0);
    let context = r.input_tokens.max(0.0) + r.output_tokens.max(1.0) / 2.0;
    let layers = r.layers.max(0.0);
    let flops = batch
        * (2.0 * r.active_params.max(0.0)
            + 4.0 * layers * attention_width(r.total_params) * context);
    let kv_bytes = batch * context * kv_bytes_per_token(layers);
    let bytes =
        weight_bytes_touched(r.total_params, r.active_params, batch, r.precision) + kv_bytes;
    let efficiency = r.compute_efficiency(batch);
    let compute_s = flops / (accelerators * (r.peak_flops * efficiency).max(1.0));
    let memory_s = bytes / (accelerators * r.hbm_bytes_per_s.max(1.0));
    let parallel = if accelerators > 1.0 {
        1.0 + TENSOR_PARALLEL_OVERHEAD
    } else {
        1.0
    };
    let overhead_s = layers * r.engine.spec().layer_overhead_s * parallel;
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

/// One call served: its prefill and the decode steps its answer rides in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Call {
    pub prefill: Prefill,
    pub step: Step,
    /// The replica's time spent on the call, s: prefill + step × output ÷ batch.
    pub seconds: f64,
    /// Accelerator energy of the call, J: prefill s × prefill W + step s × step W × output ÷ batch.
    pub joules: f64,
}

impl Call {
    /// Mean power of the replica while serving the call, W.
    pub fn replica_w(&self) -> f64 {
        self.joules / self.seconds.max(f64::MIN_POSITIVE)
    }

    /// Output tokens the replica decodes per second with `batch` requests in flight: batch ÷ step time.
    pub fn output_tokens_per_second(&self, batch: f64) -> f64 {
        batch / self.step.seconds
    }
}

/// One call on a replica ([`prefill`] and [`decode_step`]).
pub fn call(r: &Replica) -> Call {
    let prefill = prefill(r);
    let step = decode_step(r);
    let share = r.output_tokens.max(1.0) / r.batch.max(1.0);
    Call {
        prefill,
        step,
        seconds: prefill.seconds + step.seconds * share,
        joules: prefill.seconds * prefill.replica_w + step.seconds * step.replica_w * share,
    }
}

/// Accelerator energy per output token, J: the call's energy ÷ output tokens (prefill spread over the answer, as
/// ML.ENERGY and MLPerf report it).
pub fn joules_per_output_token(r: &Replica) -> f64 {
    call(r).joules / r.output_tokens.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h100(total: f64, active: f64, batch: f64) -> Replica {
        Replica {
            total_params: total,
            active_params: active,
            layers: layers(total),
            precision: Precision::Bf16,
            engine: Engine::Reference,
            accelerators: 1.0,
            batch,
            input_tokens: 1_000.0,
            output_tokens: 400.0,
            cached_share: 0.0,
            prompt_growth: 1.0,
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
            let got =
                accelerators_to_hold(params, layers(params), precision, batch, 1_400.0, memory_gb);
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

    #[test]
    fn prefill_grows_faster_than_the_prompt_and_a_cache_skips_it() {
        let at = |input: f64, cached_share: f64| {
            prefill(&Replica {
                input_tokens: input,
                cached_share,
                ..h100(400e9, 400e9, 64.0)
            })
            .flops
        };
        // Attention over the context: ten times the prompt costs more than ten times the prefill.
        assert!(at(100_000.0, 0.0) > 12.0 * at(10_000.0, 0.0));
        // Cached tokens skip their prefill: 90% cached costs well under a fifth.
        assert!(at(10_000.0, 0.9) < 0.2 * at(10_000.0, 0.0));
        assert_eq!(at(10_000.0, 1.0), 0.0);
    }

    #[test]
    fn an_optimised_engine_multiplies_experts_better_at_large_batch() {
        let moe = |engine, batch| Replica {
            engine,
            ..h100(235e9, 22e9, batch)
        };
        let reference = moe(Engine::Reference, 1024.0).compute_efficiency(1024.0);
        let optimised_small = moe(Engine::Optimised, 8.0).compute_efficiency(8.0);
        let optimised_large = moe(Engine::Optimised, 1024.0).compute_efficiency(1024.0);
        // A few tokens per expert: no better than the reference kernels (and no worse).
        assert_eq!(optimised_small, reference);
        assert!(
            optimised_large > 3.0 * reference,
            "{optimised_large} vs {reference}"
        );
        // A dense model's products fill their tiles at any batch.
        assert_eq!(
            h100(70e9, 70e9, 8.0).compute_efficiency(8.0),
            DENSE_COMPUTE_EFFICIENCY
        );
    }
}
