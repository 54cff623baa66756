//! Accelerators: rated power, peak dense BF16/FP16 throughput and memory, each with its public source in the
//! comment above its row; the page writes the sources in each language (`Cite::Hw` in `i18n`) from these numbers.
//!
//! "Dense" means without 2:4 sparsity: vendor datasheets often headline the sparse figure, which is twice this.

use super::range::Range;
use super::serving::Precision;

/// An accelerator the model can run on. The id is the share-link value (`hw=h100`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Hw {
    V100,
    A100,
    H100,
    H800,
    H200,
    H20,
    B200,
    Mi300x,
    Ascend910b,
    TpuV3,
    TpuV4,
    /// NVIDIA L40S, a PCIe inference card (images, small models).
    L40s,
    /// NVIDIA L20, its China variant.
    L20,
    /// NVIDIA H20 with 141 GB of HBM3e (the later variant).
    H20e,
    /// NVIDIA B300 (Blackwell Ultra, HGX).
    B300,
    /// One GPU of a GB200 NVL72 rack.
    Gb200,
    /// One GPU of a GB300 NVL72 rack.
    Gb300,
    Mi325x,
    Mi355x,
    /// Huawei Ascend 910C, as one chip of a CloudMatrix 384 supernode.
    Ascend910c,
}

/// One row of the hardware table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AcceleratorSpec {
    /// Share-link id, e.g. `h100`.
    pub id: &'static str,
    /// Name as a reader knows it.
    pub name: &'static str,
    /// Rated board power (TDP / TBP) in watts; for TPU v4, which has no published TDP, measured system power.
    pub rated_w: f64,
    /// Peak dense BF16/FP16 tensor throughput in FLOP/s.
    pub peak_flops: f64,
    /// On-package memory in GB.
    pub memory_gb: f64,
    /// HBM bandwidth, bytes/s (the serving roofline's memory roof; source in the comment above each row).
    pub hbm_bytes_per_s: f64,
    /// Peak dense FP8 FLOP/s (INT8 ops where the chip has no FP8), if it has an 8-bit path faster than BF16.
    pub peak_fp8_flops: Option<f64>,
    /// Peak dense FP4 FLOP/s (NVFP4 / MXFP4 tensor cores), where the chip has them (Blackwell, MI355X).
    pub peak_fp4_flops: Option<f64>,
    /// Measured average system power per accelerator in real runs (host share included), W, where
    /// published. When present it replaces rated power × draw × (1 + host overhead).
    pub measured_system_w: Option<Range>,
    /// Model FLOPs utilisation of training runs on this generation (6·N·D ÷ (accelerator-hours × dense BF16
    /// peak)): the range the published runs span, each row's sources in the comment above it.
    pub training_mfu: Range,
}

impl Hw {
    pub const ALL: [Hw; 20] = [
        Hw::V100,
        Hw::A100,
        Hw::H100,
        Hw::H800,
        Hw::H200,
        Hw::H20,
        Hw::B200,
        Hw::Mi300x,
        Hw::Ascend910b,
        Hw::TpuV3,
        Hw::TpuV4,
        Hw::L40s,
        Hw::L20,
        Hw::H20e,
        Hw::B300,
        Hw::Gb200,
        Hw::Gb300,
        Hw::Mi325x,
        Hw::Mi355x,
        Hw::Ascend910c,
    ];

    /// The accelerator's row of the table.
    pub fn spec(self) -> &'static AcceleratorSpec {
        match self {
            Hw::V100 => &V100,
            Hw::A100 => &A100,
            Hw::H100 => &H100,
            Hw::H800 => &H800,
            Hw::H200 => &H200,
            Hw::H20 => &H20,
            Hw::Ascend910b => &ASCEND_910B,
            Hw::B200 => &B200,
            Hw::Mi300x => &MI300X,
            Hw::TpuV3 => &TPU_V3,
            Hw::TpuV4 => &TPU_V4,
            Hw::L40s => &L40S,
            Hw::L20 => &L20,
            Hw::H20e => &H20E,
            Hw::B300 => &B300,
            Hw::Gb200 => &GB200,
            Hw::Gb300 => &GB300,
            Hw::Mi325x => &MI325X,
            Hw::Mi355x => &MI355X,
            Hw::Ascend910c => &ASCEND_910C,
        }
    }

    /// Peak dense FLOP/s the matrix products of `precision` weights run at: with `low_precision_compute` (an
    /// optimised engine), 8-bit weights at the FP8 (or INT8) peak and FP4 weights at the FP4 peak where the chip
    /// has them, else at the next wider path it has; without it (a reference engine), and for INT4 weights, the
    /// BF16 peak (the weights are widened to 16 bits before they multiply).
    pub fn peak_flops_at(self, precision: Precision, low_precision_compute: bool) -> f64 {
        let spec = self.spec();
        let fp8 = spec.peak_fp8_flops.unwrap_or(spec.peak_flops);
        match precision {
            Precision::Fp8 if low_precision_compute => fp8,
            Precision::Fp4 if low_precision_compute => {
                spec.peak_fp4_flops.unwrap_or(spec.peak_flops)
            }
            Precision::Bf16 | Precision::Int4 | Precision::Fp8 | Precision::Fp4 => spec.peak_flops,
        }
    }

    /// The accelerator with this share-link id, if any (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Hw> {
        Hw::ALL
            .into_iter()
            .find(|hw| hw.spec().id.eq_ignore_ascii_case(id))
    }
}

all_is_complete!(Hw);

/// Training MFU of the published H100 runs: Llama 3.1 405B 38–43% reported, 35% implied from 30.84M H100-hours;
/// implied: Llama 3.1 70B 25%, 8B 14%; Llama 3 8B/70B 16%/28%; SmolLM3 3B 26%; DeepSeek-V3 33% (FP8 training,
/// against the BF16 peak). The range of every Hopper- and Blackwell-class row without runs of its own.
const MFU_H100_RUNS: Range = Range {
    low: 0.13,
    central: 0.30,
    high: 0.45,
};
/// Training MFU of the published A100 runs: MT-NLG 29.7%, GLM-130B 32.5% (reported); implied: BLOOM 31.8%, LLaMA
/// 7B/13B/65B 43%/51%/48%, Llama 2 7B/70B 41%/44%, StarCoderBase 26%, Pythia 12B 26% (A100-40GB), OPT-175B 21–35%
/// (tokens not stated). The range of every other row without runs of its own.
const MFU_A100_RUNS: Range = Range {
    low: 0.20,
    central: 0.35,
    high: 0.55,
};

// Memory: NVIDIA V100 datasheet, 900 GB/s HBM2; no 8-bit tensor path faster than FP16.
const V100: AcceleratorSpec = AcceleratorSpec {
    id: "v100",
    name: "NVIDIA V100 SXM2",
    rated_w: 300.0,
    peak_flops: 125e12,
    memory_gb: 32.0,
    hbm_bytes_per_s: 900e9,
    peak_fp8_flops: None,
    peak_fp4_flops: None,
    // Patterson 2021 Table 4, measured system power per V100 (host included): GPT-3 330 W, XLM 342 W.
    measured_system_w: Some(Range {
        low: 330.0,
        central: 336.0,
        high: 342.0,
    }),
    // Training MFU: Patterson 2021 Table 4 and 6ND ÷ hours: GPT-3 19.7%, XLM 20.5%; Megatron-era V100 runs 15–30%.
    training_mfu: Range {
        low: 0.15,
        central: 0.20,
        high: 0.30,
    },
};
// Memory and INT8: NVIDIA A100 datasheet, 80 GB SXM4 2,039 GB/s; INT8 624 TOPS dense (no FP8).
const A100: AcceleratorSpec = AcceleratorSpec {
    id: "a100",
    name: "NVIDIA A100 SXM4",
    rated_w: 400.0,
    peak_flops: 312e12,
    memory_gb: 80.0,
    hbm_bytes_per_s: 2.039e12,
    peak_fp8_flops: Some(624e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: the published A100 runs.
    training_mfu: MFU_A100_RUNS,
};
// Memory and FP8: NVIDIA H100 specification, SXM 3.35 TB/s; FP8 1,979 TFLOP/s dense.
const H100: AcceleratorSpec = AcceleratorSpec {
    id: "h100",
    name: "NVIDIA H100 SXM",
    rated_w: 700.0,
    peak_flops: 989e12,
    memory_gb: 80.0,
    hbm_bytes_per_s: 3.35e12,
    peak_fp8_flops: Some(1979e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: the published H100 runs.
    training_mfu: MFU_H100_RUNS,
};
// Memory and FP8: as H100 SXM (same die and HBM3), 3.35 TB/s; FP8 1,979 TFLOP/s dense.
const H800: AcceleratorSpec = AcceleratorSpec {
    id: "h800",
    name: "NVIDIA H800 SXM",
    rated_w: 700.0,
    peak_flops: 989e12,
    memory_gb: 80.0,
    hbm_bytes_per_s: 3.35e12,
    peak_fp8_flops: Some(1979e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: as H100 (same die): DeepSeek-V3 33% implied from 2.788M H800-hours against the BF16 peak.
    training_mfu: MFU_H100_RUNS,
};
// Memory and FP8: NVIDIA H200 specification, 4.8 TB/s HBM3e; FP8 1,979 TFLOP/s dense (H100 die).
const H200: AcceleratorSpec = AcceleratorSpec {
    id: "h200",
    name: "NVIDIA H200 SXM",
    rated_w: 700.0,
    peak_flops: 989e12,
    memory_gb: 141.0,
    hbm_bytes_per_s: 4.8e12,
    peak_fp8_flops: Some(1979e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// NVIDIA publishes no H20 datasheet: figures from the Hugging Face hardware page and public spec tables.
const H20: AcceleratorSpec = AcceleratorSpec {
    id: "h20",
    name: "NVIDIA H20",
    rated_w: 400.0,
    peak_flops: 148e12,
    memory_gb: 96.0,
    hbm_bytes_per_s: 4.0e12,
    peak_fp8_flops: Some(296e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// NVIDIA L40S datasheet: 350 W, 48 GB GDDR6 at 864 GB/s, BF16 tensor 362.05 TFLOP/s dense (733 with sparsity),
// FP8 733 dense (1,466 with sparsity). A PCIe inference card (Ada Lovelace): image generation, small models.
const L40S: AcceleratorSpec = AcceleratorSpec {
    id: "l40s",
    name: "NVIDIA L40S",
    rated_w: 350.0,
    peak_flops: 362.05e12,
    memory_gb: 48.0,
    hbm_bytes_per_s: 864e9,
    peak_fp8_flops: Some(733e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: an inference card with no public training run: the A100 range.
    training_mfu: MFU_A100_RUNS,
};
// NVIDIA publishes no L20 datasheet (the China variant of the L40S): 275 W, 48 GB GDDR6 at 864 GB/s, about 32% of
// the L40S's tensor throughput: 119.5 TFLOP/s dense BF16, FP8 239 (public spec tables, industry reports).
const L20: AcceleratorSpec = AcceleratorSpec {
    id: "l20",
    name: "NVIDIA L20",
    rated_w: 275.0,
    peak_flops: 119.5e12,
    memory_gb: 48.0,
    hbm_bytes_per_s: 864e9,
    peak_fp8_flops: Some(239e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: as the L40S.
    training_mfu: MFU_A100_RUNS,
};
// Huawei publishes no datasheet: open-source simulator configurations and cloud documentation; power as reported.
const ASCEND_910B: AcceleratorSpec = AcceleratorSpec {
    id: "ascend910b",
    name: "Huawei Ascend 910B",
    rated_w: 400.0,
    peak_flops: 353.8e12,
    memory_gb: 64.0,
    hbm_bytes_per_s: 1.6e12,
    peak_fp8_flops: Some(707.6e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run with hours: the A100 range.
    training_mfu: MFU_A100_RUNS,
};
// Memory, FP8 and FP4: public HGX B200 specification summaries, ~8 TB/s HBM3e; FP8 4.5, FP4 9 PFLOP/s dense.
const B200: AcceleratorSpec = AcceleratorSpec {
    id: "b200",
    name: "NVIDIA B200",
    rated_w: 1000.0,
    peak_flops: 2.25e15,
    memory_gb: 192.0,
    hbm_bytes_per_s: 8e12,
    peak_fp8_flops: Some(4.5e15),
    peak_fp4_flops: Some(9e15),
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// Memory and FP8: AMD Instinct MI300X specification, 5.3 TB/s HBM3; FP8 2,614.9 TFLOP/s dense.
const MI300X: AcceleratorSpec = AcceleratorSpec {
    id: "mi300x",
    name: "AMD Instinct MI300X",
    rated_w: 750.0,
    peak_flops: 1307.4e12,
    memory_gb: 192.0,
    hbm_bytes_per_s: 5.3e12,
    peak_fp8_flops: Some(2614.9e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run: the A100 range.
    training_mfu: MFU_A100_RUNS,
};
// Memory: Google Cloud TPU system architecture, TPU v3 32 GiB HBM at 900 GB/s per chip; no 8-bit path.
const TPU_V3: AcceleratorSpec = AcceleratorSpec {
    id: "tpuv3",
    name: "Google TPU v3",
    rated_w: 450.0,
    peak_flops: 123e12,
    memory_gb: 32.0,
    hbm_bytes_per_s: 900e9,
    peak_fp8_flops: None,
    peak_fp4_flops: None,
    measured_system_w: Some(Range {
        low: 245.0,
        central: 283.0,
        high: 310.0,
    }),
    // Training MFU: Patterson 2021 Table 4: T5 37%, GShard 39%, Switch 28%.
    training_mfu: Range {
        low: 0.25,
        central: 0.35,
        high: 0.45,
    },
};
// Memory: Google Cloud TPU v4 documentation, 32 GiB HBM2 at 1,200 GB/s per chip; INT8 not faster than BF16.
const TPU_V4: AcceleratorSpec = AcceleratorSpec {
    id: "tpuv4",
    name: "Google TPU v4",
    rated_w: 378.5,
    peak_flops: 275e12,
    memory_gb: 32.0,
    hbm_bytes_per_s: 1.2e12,
    peak_fp8_flops: None,
    peak_fp4_flops: None,
    measured_system_w: Some(Range::exact(378.5)),
    // Training MFU: PaLM 46.2% MFU (PaLM paper, Table 3); the low end as TPU v3.
    training_mfu: Range {
        low: 0.25,
        central: 0.40,
        high: 0.50,
    },
};

// NVIDIA publishes no H20 datasheet: the 141 GB HBM3e variant reported in 2025 (public spec tables): 4.8 TB/s,
// the H20's compute and power.
const H20E: AcceleratorSpec = AcceleratorSpec {
    id: "h20e",
    name: "NVIDIA H20 141GB",
    rated_w: 400.0,
    peak_flops: 148e12,
    memory_gb: 141.0,
    hbm_bytes_per_s: 4.8e12,
    peak_fp8_flops: Some(296e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// NVIDIA Blackwell Ultra (HGX B300) public specification summaries: 288 GB HBM3e at 8 TB/s; dense BF16 2.25,
// FP8 4.5, NVFP4 13.5 PFLOP/s (15 with sparsity counted by some tables: the dense figure here); 1,100 W.
const B300: AcceleratorSpec = AcceleratorSpec {
    id: "b300",
    name: "NVIDIA B300",
    rated_w: 1100.0,
    peak_flops: 2.25e15,
    memory_gb: 288.0,
    hbm_bytes_per_s: 8e12,
    peak_fp8_flops: Some(4.5e15),
    peak_fp4_flops: Some(13.5e15),
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// GB200 NVL72, per GPU (NVIDIA GB200 NVL72 specification ÷ 72; MLCommons system descriptions): 186 GB HBM3e at
// 8 TB/s; dense BF16 2.5, FP8 5, FP4 10 PFLOP/s; 1,200 W per GPU.
const GB200: AcceleratorSpec = AcceleratorSpec {
    id: "gb200",
    name: "NVIDIA GB200 (per GPU)",
    rated_w: 1200.0,
    peak_flops: 2.5e15,
    memory_gb: 186.0,
    hbm_bytes_per_s: 8e12,
    peak_fp8_flops: Some(5e15),
    peak_fp4_flops: Some(10e15),
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// GB300 NVL72, per GPU (NVIDIA GB300 NVL72 specification ÷ 72): 288 GB HBM3e at 8 TB/s; dense BF16 2.5, FP8 5,
// NVFP4 15 PFLOP/s; 1,400 W per GPU.
const GB300: AcceleratorSpec = AcceleratorSpec {
    id: "gb300",
    name: "NVIDIA GB300 (per GPU)",
    rated_w: 1400.0,
    peak_flops: 2.5e15,
    memory_gb: 288.0,
    hbm_bytes_per_s: 8e12,
    peak_fp8_flops: Some(5e15),
    peak_fp4_flops: Some(15e15),
    measured_system_w: None,
    // Training MFU: no public run: the H100 range.
    training_mfu: MFU_H100_RUNS,
};
// AMD Instinct MI325X specification: 256 GB HBM3E at 6 TB/s; dense BF16 1,307.4, FP8 2,614.9 TFLOP/s; 1,000 W.
const MI325X: AcceleratorSpec = AcceleratorSpec {
    id: "mi325x",
    name: "AMD Instinct MI325X",
    rated_w: 1000.0,
    peak_flops: 1307.4e12,
    memory_gb: 256.0,
    hbm_bytes_per_s: 6e12,
    peak_fp8_flops: Some(2614.9e12),
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run: the A100 range.
    training_mfu: MFU_A100_RUNS,
};
// AMD Instinct MI355X specification: 288 GB HBM3E at 8 TB/s; dense BF16 2.5, FP8 5.0, MXFP4 10.1 PFLOP/s; 1,400 W.
const MI355X: AcceleratorSpec = AcceleratorSpec {
    id: "mi355x",
    name: "AMD Instinct MI355X",
    rated_w: 1400.0,
    peak_flops: 2.5e15,
    memory_gb: 288.0,
    hbm_bytes_per_s: 8e12,
    peak_fp8_flops: Some(5e15),
    peak_fp4_flops: Some(10.1e15),
    measured_system_w: None,
    // Training MFU: no public run: the A100 range.
    training_mfu: MFU_A100_RUNS,
};
// Huawei publishes no Ascend 910C datasheet (press reports of SemiAnalysis; estimate): two 910B-class dies, ~780
// TFLOP/s BF16 (CloudMatrix 384: 300 PFLOP/s ÷ 384 chips), 128 GB HBM at 3.2 TB/s; no FP8 path; chip power not
// published: twice the 910B's 400 W reported (estimate). A CloudMatrix 384's ~559 kW ÷ 384 ≈ 1,456 W per chip
// includes its optical network and hosts: about 800 W with `host` at its high end.
const ASCEND_910C: AcceleratorSpec = AcceleratorSpec {
    id: "ascend910c",
    name: "Huawei Ascend 910C",
    rated_w: 800.0,
    peak_flops: 780e12,
    memory_gb: 128.0,
    hbm_bytes_per_s: 3.2e12,
    peak_fp8_flops: None,
    peak_fp4_flops: None,
    measured_system_w: None,
    // Training MFU: no public run with hours: the A100 range.
    training_mfu: MFU_A100_RUNS,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_and_is_unique() {
        for hw in Hw::ALL {
            assert_eq!(Hw::from_id(hw.spec().id), Some(hw));
            assert_eq!(Hw::from_id(&hw.spec().id.to_uppercase()), Some(hw));
        }
        assert_eq!(Hw::from_id("h900"), None);
    }

    #[test]
    fn every_row_is_physical_and_sourced() {
        for hw in Hw::ALL {
            let s = hw.spec();
            assert!(s.rated_w > 100.0 && s.rated_w < 2000.0, "{}", s.id);
            assert!(s.peak_flops > 1e13 && s.peak_flops < 1e16, "{}", s.id);
            assert!(
                s.hbm_bytes_per_s > 5e11 && s.hbm_bytes_per_s < 1e13,
                "{}",
                s.id
            );
            assert!(
                s.peak_fp8_flops.is_none_or(|f| f >= s.peak_flops),
                "{}",
                s.id
            );
            assert!(
                s.peak_fp4_flops
                    .is_none_or(|f| f >= s.peak_fp8_flops.unwrap_or(s.peak_flops)),
                "{}",
                s.id
            );
        }
    }
}
