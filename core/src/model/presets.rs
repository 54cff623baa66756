//! Ready-made scenarios: public training runs and services, each with its sources and what in it is
//! disclosed and what is estimated.

use super::diffusion::Arch;
use super::hardware::Hw;
pub use super::preset_id::Preset;
use super::question::Question;
use super::range::Range;
use super::scenario::{Choice, Field, Scenario};
use super::serving::{Engine, Precision};
use super::unet::UnetLayout;
use super::work::Work;
use crate::prelude::*;

/// The kind of preset, as the preset filter groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum PresetGroup {
    /// Chat answers and text services.
    Text,
    /// Reasoning models' long answers.
    Reasoning,
    /// Agents' tasks of many calls.
    Agents,
    Images,
    Videos,
    /// Training runs alone.
    Training,
}

impl PresetGroup {
    pub const ALL: [PresetGroup; 6] = [
        PresetGroup::Text,
        PresetGroup::Reasoning,
        PresetGroup::Agents,
        PresetGroup::Images,
        PresetGroup::Videos,
        PresetGroup::Training,
    ];

    /// Stable name: the `preset-group-<id>` test hook.
    pub fn id(self) -> &'static str {
        match self {
            PresetGroup::Text => "text",
            PresetGroup::Reasoning => "reasoning",
            PresetGroup::Agents => "agents",
            PresetGroup::Images => "images",
            PresetGroup::Videos => "videos",
            PresetGroup::Training => "training",
        }
    }

    /// The preset a person most likely means by the kind: the services people use (a typical Gemini prompt, a
    /// reasoning answer, a coding agent's task, a Doubao-class image, a Kling-class clip); GPT-3 for training.
    pub fn typical(self) -> Preset {
        match self {
            PresetGroup::Text => Preset::Gemini,
            PresetGroup::Reasoning => Preset::Reasoning,
            PresetGroup::Agents => Preset::CodingAgent,
            PresetGroup::Images => Preset::ClosedImage,
            PresetGroup::Videos => Preset::ClosedVideo,
            PresetGroup::Training => Preset::Gpt3,
        }
    }

    /// Whether a person uses this kind (training runs are no one's daily use).
    pub fn for_a_person(self) -> bool {
        self != PresetGroup::Training
    }

    /// The group's presets, the typical one first, then the rest in the preset list's order.
    pub fn typical_first(self) -> impl Iterator<Item = Preset> {
        core::iter::once(self.typical()).chain(self.presets().filter(move |&p| p != self.typical()))
    }

    /// What a person can count a day of: the group's presets of one item (not a service's month), typical first.
    pub fn items_for_a_person(self) -> impl Iterator<Item = Preset> {
        self.typical_first()
            .filter(|p| p.scenario().question == super::question::Question::Item)
    }

    /// The group's presets, in the preset list's order.
    pub fn presets(self) -> impl Iterator<Item = Preset> {
        Preset::ALL.into_iter().filter(move |p| p.group() == self)
    }
}

all_is_complete!(PresetGroup);

/// A tab of the preset filter: a group of presets, or the ready-made comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PresetFilter {
    Group(PresetGroup),
    /// The ready-made comparisons (`Comparison`).
    Pairs,
}

impl PresetFilter {
    /// Every tab, in the filter's order: each group, then the comparisons.
    pub const ALL: [PresetFilter; 7] = [
        PresetFilter::Group(PresetGroup::Text),
        PresetFilter::Group(PresetGroup::Reasoning),
        PresetFilter::Group(PresetGroup::Agents),
        PresetFilter::Group(PresetGroup::Images),
        PresetFilter::Group(PresetGroup::Videos),
        PresetFilter::Group(PresetGroup::Training),
        PresetFilter::Pairs,
    ];

    /// Stable name: the `preset-group-<id>` test hook.
    pub fn id(self) -> &'static str {
        match self {
            PresetFilter::Group(g) => g.id(),
            PresetFilter::Pairs => "pairs",
        }
    }
}

/// A published figure a preset is checked against: who published it and its energy per item, Wh (a range where
/// the source gives one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Published {
    /// Who, as a source line names them (a name and a year: the same in every language).
    pub by: &'static str,
    pub wh: Range,
}

/// How much of a preset rests on disclosed figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The training inputs are published by the model's makers or a peer-reviewed paper.
    Disclosed,
    /// Some inputs are published, others are this calculator's or third parties' estimates.
    Mixed,
    /// No official disclosure: third-party estimates only.
    Estimate,
}

impl Preset {
    /// Its group in the preset filter.
    pub fn group(self) -> PresetGroup {
        match self {
            Preset::Gpt3 | Preset::Bloom | Preset::Gpt4 => PresetGroup::Training,
            Preset::ChatGpt
            | Preset::Gemini
            | Preset::OnDevice
            | Preset::Llama8b
            | Preset::Llama70b
            | Preset::MoeChat
            | Preset::DeepSeekV3
            | Preset::Qwen3Large
            | Preset::Qwen3Small
            | Preset::KimiK2
            | Preset::Glm45
            | Preset::GptOss
            | Preset::Llama4
            | Preset::FrontierChat => PresetGroup::Text,
            Preset::Reasoning | Preset::ReasoningH20 | Preset::ReasoningAscend => {
                PresetGroup::Reasoning
            }
            Preset::CodingAgent | Preset::ResearchAgent => PresetGroup::Agents,
            Preset::Sd35Image
            | Preset::FluxImage
            | Preset::Sd15Image
            | Preset::SdxlImage
            | Preset::SdxlTurbo
            | Preset::SdxlLightning
            | Preset::LcmImage
            | Preset::FluxSchnell
            | Preset::QwenImage
            | Preset::HunyuanDit
            | Preset::ClosedImage
            | Preset::OptimisedImage => PresetGroup::Images,
            Preset::WanVideo
            | Preset::HunyuanVideo
            | Preset::ClosedVideo
            | Preset::CogVideo
            | Preset::FrontierVideo => PresetGroup::Videos,
        }
    }

    /// The published figure the preset's per-item energy is checked against, where one exists (the checks are in
    /// `tests/model_calibration.rs` and the claims).
    pub fn checked_against(self) -> Option<Published> {
        let published = |by, low, high| {
            Some(Published {
                by,
                wh: Range::new(low, libm::sqrt(low * high), high),
            })
        };
        match self {
            // Google (2025, arXiv 2508.15734): the median Gemini Apps text prompt, active accelerators, host, idle
            // reserve and PUE.
            Preset::Gemini => published("Google 2025", 0.24, 0.24),
            // Sam Altman (June 2025): an average ChatGPT query, 0.34 Wh.
            Preset::FrontierChat => published("Altman 2025", 0.34, 0.34),
            // Jegham et al. (2025, arXiv 2505.09598): > 29–33 Wh for a long prompt to R1 (whole system).
            Preset::Reasoning => published("Jegham et al. 2025", 29.0, 33.0),
            // Simon P. Couch (Jan 2026): ≈41 Wh for a median Claude Code session, from per-token proxies.
            Preset::CodingAgent => published("Couch 2026", 41.0, 41.0),
            // EcoLogits 0.11: Seedance 1.0 61–75 Wh and Kling 2.6 124–151 Wh for a 5-second clip.
            Preset::ClosedVideo => published("EcoLogits 2025", 61.0, 151.0),
            // EcoLogits 0.11: Veo 3.x 20–60 Wh for an 8-second clip.
            Preset::FrontierVideo => published("EcoLogits 2025", 20.0, 60.0),
            Preset::Gpt3
            | Preset::Bloom
            | Preset::Gpt4
            | Preset::ChatGpt
            | Preset::OnDevice
            | Preset::ReasoningH20
            | Preset::ReasoningAscend
            | Preset::Llama8b
            | Preset::Llama70b
            | Preset::MoeChat
            | Preset::Sd35Image
            | Preset::FluxImage
            | Preset::Sd15Image
            | Preset::SdxlImage
            | Preset::SdxlTurbo
            | Preset::SdxlLightning
            | Preset::LcmImage
            | Preset::FluxSchnell
            | Preset::OptimisedImage
            | Preset::WanVideo
            | Preset::HunyuanVideo
            | Preset::QwenImage
            | Preset::HunyuanDit
            | Preset::CogVideo
            | Preset::ClosedImage
            | Preset::DeepSeekV3
            | Preset::Qwen3Large
            | Preset::Qwen3Small
            | Preset::KimiK2
            | Preset::Glm45
            | Preset::GptOss
            | Preset::Llama4
            | Preset::ResearchAgent => None,
        }
    }

    /// The preset a kind of work starts from when the reader picks that kind ("What the AI makes"): FLUX.1 [dev]
    /// for images (the most downloaded open image model of 2025, the size of the closed services' estimate), Wan
    /// 2.1 for videos (the most used open video model), none for text (the page's default, a GPT-3-size model).
    pub fn typical(work: Work) -> Option<Preset> {
        match work {
            Work::Text => None,
            Work::Image => Some(Preset::FluxImage),
            Work::Video => Some(Preset::WanVideo),
        }
    }

    pub fn basis(self) -> Basis {
        match self {
            Preset::Gpt3 | Preset::Bloom => Basis::Disclosed,
            Preset::Gemini
            | Preset::OnDevice
            | Preset::ChatGpt
            | Preset::Reasoning
            | Preset::ReasoningH20
            | Preset::ReasoningAscend
            | Preset::Llama8b
            | Preset::Llama70b
            | Preset::Sd35Image
            | Preset::FluxImage
            | Preset::Sd15Image
            | Preset::SdxlImage
            | Preset::SdxlTurbo
            | Preset::SdxlLightning
            | Preset::LcmImage
            | Preset::FluxSchnell
            | Preset::WanVideo
            | Preset::HunyuanVideo
            | Preset::QwenImage
            | Preset::HunyuanDit
            | Preset::CogVideo
            | Preset::DeepSeekV3
            | Preset::Qwen3Large
            | Preset::Qwen3Small
            | Preset::KimiK2
            | Preset::Glm45
            | Preset::GptOss
            | Preset::Llama4 => Basis::Mixed,
            Preset::Gpt4
            | Preset::MoeChat
            | Preset::ClosedVideo
            | Preset::ClosedImage
            | Preset::OptimisedImage
            | Preset::FrontierVideo
            | Preset::FrontierChat
            | Preset::CodingAgent
            | Preset::ResearchAgent => Basis::Estimate,
        }
    }

    /// Where each input comes from, and what is estimated.
    pub fn sources(self) -> &'static str {
        match self {
            Preset::Gpt3 => "Patterson et al. 2021 (arXiv 2104.10350) Table 4: 175B parameters, 300B tokens, 10,000 V100 for 14.8 days (3.552M GPU-hours), 330 W measured system power per GPU, PUE 1.10, 429 gCO2e/kWh → 1,287 MWh, 552 tCO2e. Training only (no queries).",
            Preset::Bloom => "Luccioni et al. 2022 (arXiv 2211.02001) and the BLOOM paper: 176B parameters, 366B tokens, 1,082,990 A100-hours, reported 433,196 kWh = hours × 400 W (GPU dynamic power only, no PUE); France grid 57 gCO2e/kWh. This preset counts 400 W per GPU and adds the PUE range: the final run's dynamic power. It leaves out the paper's 256,646 kWh of idle and infrastructure consumption during the run (with it ~690 MWh, ×1.59) and the experiments around the final run (set `dev`: OLMo 2 measured ×1.5). Training only.",
            Preset::Gpt4 => "No official disclosure. SemiAnalysis-based estimates: ~1.76T parameters (MoE, ~280B active per token), ~13T tokens, ~25,000 A100 for 90–100 days (≈57M GPU-hours), MFU 32–36%; third-party energy estimates 42–62 GWh. US grid 369 gCO2e/kWh. Training only.",
            Preset::ChatGpt => "LatePost (2023): 2.7亿 visits a day × 5 questions = 13.5亿 queries a day, for 30 days. The model behind it is an estimate: 175B dense (GPT-3.5 as commonly assumed in 2023), on A100s, 500 output and 200 prompt tokens per query; training as GPT-3's token count, estimated from FLOPs.",
            Preset::Gemini => "Google (Aug 2025, arXiv 2508.15734): median Gemini Apps text prompt 0.24 Wh (TPU, host, idle reserve, PUE 1.09), 0.26 mL water. Google disclosed neither the model's size nor its token counts nor how it serves them: the size, tokens, batch (256) and 8-bit weights here were chosen (data version 2026.11-2) so that the central estimate landed near 0.24 Wh, and a link keeps them; since 2026.12-5, with the serving engine unknown and centred on optimised engines, the central estimate is ~0.16 Wh with 0.24 inside the band. Treat it as the disclosure, not an independent estimate.",
            Preset::OnDevice => "A 3B model (SmolLM3: 3.08B parameters, 11.2T tokens, 221,184 H100-hours, disclosed) answering the default 1亿 queries a day. The Chinese news articles the calculator answers propose moving inference to phones and PCs; phone NPUs' efficiency is not in the public figures, so data-centre hardware stands in: the preset shows what a small model saves, not what the device saves.",
            Preset::Reasoning => "A DeepSeek-R1-class reasoning answer: 671B parameters, 37B active per token, 14.8T training tokens and 2.788M H800-hours (DeepSeek-V3 technical report, disclosed), served in FP8 on H800s. 8,000 output tokens per answer is an estimate between ML.ENERGY v3's ~7,000-token reasoning average and the R1 model card's ~12,000 on AIME; batch and fleet are left to their ranges.",
            Preset::ReasoningH20 => "The same reasoning answer served on NVIDIA H20, China's main inference GPU (400 W, 4.0 TB/s, 148 TFLOP/s BF16; no NVIDIA datasheet): training as disclosed on H800.",
            Preset::ReasoningAscend => "The same reasoning answer served on Huawei Ascend 910B (64 GB at 1.6 TB/s, 353.8 TFLOP/s FP16; no Huawei datasheet; 400 W as reported): training as disclosed on H800.",
            Preset::Llama8b => "Llama 3.1 8B (Meta model card: 8B parameters, 15T+ tokens, 1.46M H100-hours) as a chat model on one H100 in BF16: 500 output and 1,000 prompt tokens, batch left to its range.",
            Preset::Llama70b => "Llama 3.1 70B (Meta model card: 70B parameters, 15T+ tokens, 7.0M H100-hours) as a chat model on four H100s in BF16: 500 output and 1,000 prompt tokens, batch left to its range.",
            Preset::MoeChat => "A large mixture-of-experts chat model like Qwen3-235B-A22B (235B parameters, 22B active, 36T training tokens; training hours not disclosed, estimated from FLOPs), served in FP8 on H100s: 500 output and 1,000 prompt tokens.",
            Preset::Sd35Image => "Stable Diffusion 3.5 Large (Stability AI model card and transformer config: 8.1B-parameter MMDiT, 38 layers, width 2,432, 16× autoencoder and patch; diffusers default 28 steps with classifier-free guidance at 1024 × 1024), on H100s, 1000万 images a day (a round figure). Measured in ML.ENERGY v3. Training hours not published: training not counted.",
            Preset::FluxImage => "FLUX.1 [dev] (Black Forest Labs model card and transformer config: 12B parameters, 19 double- and 38 single-stream blocks, width 3,072; guidance-distilled, so one pass a step; diffusers default 28 steps at 1024 × 1024), on H100s, 1000万 images a day. Not in the calibration data: a held-out check of the physics. Training hours not published: training not counted.",
            Preset::Sd15Image => "Stable Diffusion 1.5, the 2023-era model behind the \"one image ≈ one phone charge\" figures (model card: 860M-parameter U-Net, trained on 150,000 A100-hours; 50 steps with guidance at 512 × 512), on A100s, computed as the U-Net it is (2026.12-7); engine not known (range). Luccioni et al. (FAccT 2024) measured 2.9 Wh per image, the mean of 2023's models on a whole 8×A100 node; ML.ENERGY measured SD 1.5 fine-tunes at 0.08–0.14 Wh of GPU energy.",
            Preset::SdxlImage => "Stable Diffusion XL base 1.0 (model card and unet/config.json: 2.6B-parameter U-Net; diffusers default 50 steps with guidance at 1024 × 1024), on H100s, 1000万 images a day; engine not known (range). ML.ENERGY measured it on A100s (never fitted: ×1.03–1.15). Training not counted.",
            Preset::SdxlTurbo => "SDXL-Turbo (Stability AI model card: the XL U-Net distilled to one step without guidance, 512 × 512), on H100s, 1000万 images a day; engine not known (range). Training not counted.",
            Preset::SdxlLightning => "SDXL-Lightning (ByteDance, arXiv 2402.13929: the XL U-Net distilled; the 4-step model without guidance, 1024 × 1024), on H100s, 1000万 images a day; engine not known (range). Training not counted.",
            Preset::LcmImage => "LCM Dreamshaper v7 (arXiv 2310.04378: an SD 1.5 U-Net distilled to 1–8 steps, guidance embedded; the pipeline's default 4 steps at 768 × 768), on H100s, 1000万 images a day; engine not known (range). Training not counted.",
            Preset::FluxSchnell => "FLUX.1 [schnell] (Black Forest Labs model card: the 12B FLUX.1 transformer distilled to 1–4 steps without guidance; 4 steps at 1024 × 1024), on H100s, 1000万 images a day. Training not counted.",
            Preset::OptimisedImage => "A 2026 image service on an optimised engine: `image-service`'s image (12B-class transformer, 28 steps, 1024²) in FP8 on a TensorRT-class engine (as NVIDIA and Black Forest Labs ship FLUX.1; MLPerf's SDXL runs this way, matched ×1.02–1.06). An estimate: no service discloses this.",
            Preset::WanVideo => "Wan 2.1 14B (Alibaba, model card and config: 14B parameters, 40 layers, width 5,120; 4× temporal and 16× spatial compression), one 5-second 720p clip: 81 frames at 16 fps, 1280 × 720, 50 steps with guidance, on H100s, 100万 videos a day. Its 1.3B sibling is in ML.ENERGY v3. Training hours not published: training not counted.",
            Preset::HunyuanVideo => "HunyuanVideo (Tencent, paper arXiv 2412.03603 and config: 13B parameters, 20 double- and 40 single-stream blocks, width 3,072; guidance-distilled), one 5-second 720p clip: 129 frames at 24 fps, 1280 × 720, 50 steps, on H100s, 100万 videos a day. Measured in ML.ENERGY v3. Training hours not published: training not counted.",
            Preset::ClosedVideo => "A closed service's 5-second 720p clip (Kling, Seedance, Hailuo class). Nothing is disclosed: size (taken as 14B, Wan 2.1's), layers, width and guidance are unknown and left to their ranges; 121 frames at 24 fps; 8 steps, as a paid service distils its model to few steps (open step-distilled Wan 2.1 variants run 4–8; the open models' own 50 would cost ×6 more); on H100s, 100万 videos a day. EcoLogits 0.11 estimates Seedance 1.0 at 61–75 Wh and Kling 2.6 at 124–151 Wh for such a clip from latency × a whole 8-GPU server's power × PUE (no batching).",
            Preset::QwenImage => "Qwen-Image (Alibaba, model card and transformer config: 20B-parameter MMDiT, 60 layers, width 3,072, 16× autoencoder and patch; 50 steps with true classifier-free guidance at its native 1328 × 1328), on H100s, 1000万 images a day. Not in the calibration data. Training hours not published: training not counted.",
            Preset::HunyuanDit => "Hunyuan-DiT 1.2 (Tencent, model card and config: 1.5B parameters, 40 layers, width 1,408; 50 steps with guidance at 1024 × 1024), on H100s, 1000万 images a day. Measured in ML.ENERGY v3 (one of the models held out of the fit). Training hours not published: training not counted.",
            Preset::CogVideo => "CogVideoX-5B (Zhipu, model card and config: 5B parameters, 42 layers, width 3,072; 49 frames at 8 fps = 6 s, 720 × 480, 50 steps with guidance), on H100s, 100万 videos a day. Its 2B sibling and CogVideoX 1.5 are in ML.ENERGY v3. Training hours not published: training not counted.",
            Preset::ClosedImage => "A closed service's 1024² image (Doubao/Seedream, Midjourney class). Nothing is disclosed: size taken as 12B (FLUX.1's; EcoLogits maps closed image models to the open SDXL–SD3.5 range), layers, width and guidance left to their ranges, 28 steps, on H100s, 1000万 images a day. ChatGPT's images come from an autoregressive model, which this diffusion physics does not describe.",
            Preset::FrontierVideo => "A frontier service's 8-second 720p clip (Sora 2, Veo 3 class): 193 frames at 24 fps (EcoLogits: 24 × seconds + 1), 1280 × 720, 8 steps (step-distilled, as for `video-service`), on H100s, 100万 videos a day. Nothing is disclosed: size taken as 14B (the largest open video models'), layers, width and guidance left to their ranges; audio generation is not counted. EcoLogits 0.11 estimates Veo 3.x at 20–60 Wh and Sora 2 Pro (1080p, 12 s) at 1.2–2.0 kWh per clip.",
            Preset::DeepSeekV3 => "DeepSeek-V3.x (DeepSeek-V3 technical report: 671B parameters, 37B active, 14.8T tokens, 2.788M H800-hours, disclosed) answering a chat on DeepSeek's own service: H800s, FP8, its optimised engine (open-infra-index, Feb 2025: ~1,850 output tokens a second per H800 in decode, 56.3% of input tokens served from its KV cache, so cache 0.56); 1,000 prompt and 500 output tokens (round figures); batch left to the optimised engine's range.",
            Preset::Qwen3Large => "Qwen3-235B-A22B (Qwen3 technical report: 235B parameters, 22B active, 36T tokens; training hours not disclosed, estimated from FLOPs) served in FP8 on H20s, the accelerator of Alibaba's inference fleet (Aegaeon, SOSP 2025); engine not disclosed (range); 1,000 prompt and 500 output tokens.",
            Preset::Qwen3Small => "Qwen3-30B-A3B (Qwen3 technical report: 30.5B parameters, 3.3B active, 36T tokens) in FP8 on one L20 (48 GB, the China variant of the L40S): a small mixture of experts on an inference card; 1,000 prompt and 500 output tokens.",
            Preset::KimiK2 => "Kimi K2 (Moonshot AI technical report: 1.04T parameters, 32B active, 15.5T tokens; trained on H800s, hours not disclosed) served in FP8 on H800s (serving hardware not disclosed: estimate); engine not disclosed (range); 1,000 prompt and 500 output tokens.",
            Preset::Glm45 => "GLM-4.5 (Zhipu technical report: 355B parameters, 32B active, 23T tokens; hours not disclosed) served in FP8 on H20s (serving hardware not disclosed: estimate); engine not disclosed (range); 1,000 prompt and 500 output tokens.",
            Preset::GptOss => "gpt-oss-120b (OpenAI model card: 117B parameters, 5.1B active, MXFP4 weights that fit one 80 GB GPU; 2.1M H100-hours of training, disclosed; training tokens not disclosed, so the FLOPs line uses the default) on one H100; engine not disclosed (range); 1,000 prompt and 500 output tokens.",
            Preset::Llama4 => "Llama 4 Maverick (Meta model card: 400B parameters, 17B active, ~22T tokens, 2.38M H100-hours, disclosed) in FP8 on H100s (Meta: FP8 weights fit one 8-GPU host); engine not disclosed (range); 1,000 prompt and 500 output tokens.",
            Preset::FrontierChat => "A frontier chat answer (GPT-5-, Gemini-, Claude-class). Nothing is disclosed: 2T parameters with 100B active (Epoch AI assumed 100B active of ~400B for GPT-4o), FP4 weights on GB200 NVL72 racks with an optimised engine; 96 layers (published large models have 61 to 126; the size formula would give 202); 2,000 prompt tokens (system prompt and conversation), half from the prefix cache, 500 output tokens. Checked against Google's 0.24 Wh, Altman's 0.34 Wh and Epoch AI's ~0.3 Wh (tests/model_calibration.rs).",
            Preset::CodingAgent => "A coding agent's task (Claude Code-, Codex-class), per task: 50 model calls whose context grows from a few thousand tokens to ~100k (mean 50k a call), 90% of it from the prefix cache (providers bill cached input at 10–25%), 400 output tokens a call, on the frontier chat model. Estimate; Simon P. Couch (blog, Jan 2026) puts a median Claude Code session at ≈41 Wh from per-token proxies.",
            Preset::ResearchAgent => "A research agent's task (deep-research-class), per task: 20 model calls reading search results, mean 30k input tokens a call (70% cached), 1,000 output tokens a call, on the frontier chat model. Estimate: no provider publishes these figures.",
        }
    }

    /// The inputs that set the preset: what differs from the default scenario, each number as a link would set it
    /// (`Field::set`, so checked and rounded alike), starting from a model's facts or another preset where several
    /// share them. A list per preset rather than a whole scenario: a few dozen bytes of the page's first-paint
    /// module each.
    pub fn inputs(self) -> &'static [Input] {
        use Input::{Choose, Like, Number, Of};
        match self {
            Preset::Gpt3 => &[
                Number(Field::TrainingAcceleratorHours, 3552, 3),
                Number(Field::TrainingW, 33, 1),
                Number(Field::QueriesPerDay, 0, 0),
                Number(Field::Pue, 11, -1),
                Number(Field::Grid, 429, 0),
                Choose(Choice::Hw(Hw::V100)),
            ],
            Preset::Bloom => &[
                Number(Field::Params, 176247, 6),
                Number(Field::TrainingTokens, 366, 9),
                Number(Field::TrainingAcceleratorHours, 108299, 1),
                Number(Field::TrainingW, 4, 2),
                Number(Field::QueriesPerDay, 0, 0),
                Number(Field::Grid, 57, 0),
                Choose(Choice::Hw(Hw::A100)),
            ],
            Preset::Gpt4 => &[
                Number(Field::Params, 176, 10),
                Number(Field::ActiveParams, 28, 10),
                Number(Field::TrainingTokens, 13, 12),
                Number(Field::TrainingAcceleratorHours, 57, 6),
                Number(Field::QueriesPerDay, 0, 0),
                Number(Field::Grid, 369, 0),
                Choose(Choice::Hw(Hw::A100)),
            ],
            Preset::ChatGpt => &[
                Number(Field::QueriesPerDay, 135, 7),
                Number(Field::Days, 3, 1),
                Number(Field::Grid, 369, 0),
                Choose(Choice::Hw(Hw::A100)),
            ],
            Preset::Gemini => &[
                Number(Field::Params, 3, 11),
                Number(Field::ActiveParams, 15, 9),
                Number(Field::TrainingTokens, 1, 13),
                Number(Field::OutputTokens, 3, 2),
                Number(Field::InputTokens, 5, 2),
                Number(Field::Pue, 109, -2),
                Number(Field::Grid, 369, 0),
                Number(Field::Wue, 118, -2),
                Number(Field::Batch, 256, 0),
                Choose(Choice::Hw(Hw::TpuV4)),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::OnDevice => &[
                Number(Field::Params, 308, 7),
                Number(Field::TrainingTokens, 112, 11),
                Number(Field::TrainingAcceleratorHours, 221184, 0),
            ],
            Preset::Reasoning => &[
                Of(Model::DeepSeekV3),
                Number(Field::OutputTokens, 8, 3),
                Number(Field::InputTokens, 5, 2),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::ReasoningH20 => &[
                Like(Preset::Reasoning),
                Choose(Choice::ServingHw(Some(Hw::H20))),
            ],
            Preset::ReasoningAscend => &[
                Like(Preset::Reasoning),
                Choose(Choice::ServingHw(Some(Hw::Ascend910b))),
            ],
            Preset::Llama8b => &[
                Number(Field::Params, 8, 9),
                Number(Field::TrainingTokens, 15, 12),
                Number(Field::TrainingAcceleratorHours, 146, 4),
                Number(Field::InputTokens, 1, 3),
                Number(Field::AcceleratorsPerReplica, 1, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Llama70b => &[
                Number(Field::Params, 7, 10),
                Number(Field::TrainingTokens, 15, 12),
                Number(Field::TrainingAcceleratorHours, 7, 6),
                Number(Field::InputTokens, 1, 3),
                Number(Field::AcceleratorsPerReplica, 4, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::MoeChat => &[
                Of(Model::Qwen3Large),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Sd35Image => &[
                Number(Field::Params, 81, 8),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 28, 0),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::Layers, 38, 0),
                Number(Field::Hidden, 2432, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::FluxImage => &[
                Number(Field::Params, 12, 9),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 28, 0),
                Number(Field::GuidancePasses, 1, 0),
                Number(Field::Layers, 57, 0),
                Number(Field::Hidden, 3072, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Sd15Image => &[
                Number(Field::Params, 86, 7),
                Number(Field::TrainingAcceleratorHours, 15, 4),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Hw(Hw::A100)),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 5, 1),
                Number(Field::WidthPx, 512, 0),
                Number(Field::HeightPx, 512, 0),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::PxPerToken, 8, 0),
                Choose(Choice::Arch(Arch::Unet)),
                Choose(Choice::Unet(Some(UnetLayout::Sd))),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::SdxlImage => &[
                Number(Field::Params, 26, 8),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 5, 1),
                Number(Field::GuidancePasses, 2, 0),
                Choose(Choice::Arch(Arch::Unet)),
                Choose(Choice::Unet(Some(UnetLayout::Sdxl))),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::SdxlTurbo => &[
                Like(Preset::SdxlImage),
                Number(Field::Steps, 1, 0),
                Number(Field::GuidancePasses, 1, 0),
                Number(Field::WidthPx, 512, 0),
                Number(Field::HeightPx, 512, 0),
            ],
            Preset::SdxlLightning => &[
                Like(Preset::SdxlImage),
                Number(Field::Steps, 4, 0),
                Number(Field::GuidancePasses, 1, 0),
            ],
            Preset::LcmImage => &[
                Number(Field::Params, 86, 7),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 4, 0),
                Number(Field::WidthPx, 768, 0),
                Number(Field::HeightPx, 768, 0),
                Number(Field::GuidancePasses, 1, 0),
                Choose(Choice::Arch(Arch::Unet)),
                Choose(Choice::Unet(Some(UnetLayout::Sd))),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::FluxSchnell => &[Like(Preset::FluxImage), Number(Field::Steps, 4, 0)],
            Preset::OptimisedImage => &[
                Like(Preset::ClosedImage),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Engine(Some(Engine::Optimised))),
            ],
            Preset::WanVideo => &[
                Number(Field::Params, 14, 9),
                Number(Field::QueriesPerDay, 1, 6),
                Choose(Choice::Work(Work::Video)),
                Number(Field::Steps, 5, 1),
                Number(Field::WidthPx, 128, 1),
                Number(Field::HeightPx, 72, 1),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::Layers, 4, 1),
                Number(Field::Hidden, 512, 1),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::HunyuanVideo => &[
                Number(Field::Params, 13, 9),
                Number(Field::QueriesPerDay, 1, 6),
                Choose(Choice::Work(Work::Video)),
                Number(Field::Steps, 5, 1),
                Number(Field::WidthPx, 128, 1),
                Number(Field::HeightPx, 72, 1),
                Number(Field::Frames, 129, 0),
                Number(Field::Fps, 24, 0),
                Number(Field::GuidancePasses, 1, 0),
                Number(Field::Layers, 6, 1),
                Number(Field::Hidden, 3072, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::ClosedVideo => &[
                Number(Field::Params, 14, 9),
                Number(Field::QueriesPerDay, 1, 6),
                Choose(Choice::Work(Work::Video)),
                Number(Field::Steps, 8, 0),
                Number(Field::WidthPx, 128, 1),
                Number(Field::HeightPx, 72, 1),
                Number(Field::Frames, 121, 0),
                Number(Field::Fps, 24, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::QwenImage => &[
                Number(Field::Params, 2, 10),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 5, 1),
                Number(Field::WidthPx, 1328, 0),
                Number(Field::HeightPx, 1328, 0),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::Layers, 6, 1),
                Number(Field::Hidden, 3072, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::HunyuanDit => &[
                Number(Field::Params, 15, 8),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 5, 1),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::Layers, 4, 1),
                Number(Field::Hidden, 1408, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::CogVideo => &[
                Number(Field::Params, 5, 9),
                Number(Field::QueriesPerDay, 1, 6),
                Choose(Choice::Work(Work::Video)),
                Number(Field::Steps, 5, 1),
                Number(Field::WidthPx, 72, 1),
                Number(Field::HeightPx, 48, 1),
                Number(Field::Frames, 49, 0),
                Number(Field::Fps, 8, 0),
                Number(Field::GuidancePasses, 2, 0),
                Number(Field::Layers, 42, 0),
                Number(Field::Hidden, 3072, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::ClosedImage => &[
                Number(Field::Params, 12, 9),
                Number(Field::QueriesPerDay, 1, 7),
                Choose(Choice::Work(Work::Image)),
                Number(Field::Steps, 28, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::FrontierVideo => &[
                Number(Field::Params, 14, 9),
                Number(Field::QueriesPerDay, 1, 6),
                Choose(Choice::Work(Work::Video)),
                Number(Field::Steps, 8, 0),
                Number(Field::WidthPx, 128, 1),
                Number(Field::HeightPx, 72, 1),
                Number(Field::Frames, 193, 0),
                Number(Field::Fps, 24, 0),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::DeepSeekV3 => &[
                Of(Model::DeepSeekV3),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::Engine(Some(Engine::Optimised))),
                Number(Field::CachedShare, 56, -2),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Qwen3Large => &[
                Of(Model::Qwen3Large),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::ServingHw(Some(Hw::H20))),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Qwen3Small => &[
                Number(Field::Params, 305, 8),
                Number(Field::ActiveParams, 33, 8),
                Number(Field::TrainingTokens, 36, 12),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::ServingHw(Some(Hw::L20))),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::KimiK2 => &[
                Number(Field::Params, 104, 10),
                Number(Field::ActiveParams, 32, 9),
                Number(Field::TrainingTokens, 155, 11),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::Hw(Hw::H800)),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Glm45 => &[
                Number(Field::Params, 355, 9),
                Number(Field::ActiveParams, 32, 9),
                Number(Field::TrainingTokens, 23, 12),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::Hw(Hw::H800)),
                Choose(Choice::ServingHw(Some(Hw::H20))),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::GptOss => &[
                Number(Field::Params, 117, 9),
                Number(Field::ActiveParams, 51, 8),
                Number(Field::TrainingAcceleratorHours, 21, 5),
                Number(Field::InputTokens, 1, 3),
                Number(Field::AcceleratorsPerReplica, 1, 0),
                Choose(Choice::Precision(Precision::Fp4)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::Llama4 => &[
                Number(Field::Params, 4, 11),
                Number(Field::ActiveParams, 17, 9),
                Number(Field::TrainingTokens, 22, 12),
                Number(Field::TrainingAcceleratorHours, 238, 4),
                Number(Field::InputTokens, 1, 3),
                Choose(Choice::Precision(Precision::Fp8)),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::FrontierChat => &[
                Of(Model::Frontier),
                Number(Field::InputTokens, 2, 3),
                Number(Field::CachedShare, 5, -1),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::CodingAgent => &[
                Of(Model::Frontier),
                Number(Field::QueriesPerDay, 1, 6),
                Number(Field::OutputTokens, 4, 2),
                Number(Field::InputTokens, 5, 4),
                Number(Field::CachedShare, 9, -1),
                Number(Field::CallsPerQuery, 5, 1),
                Choose(Choice::Question(Question::Item)),
            ],
            Preset::ResearchAgent => &[
                Of(Model::Frontier),
                Number(Field::QueriesPerDay, 1, 6),
                Number(Field::OutputTokens, 1, 3),
                Number(Field::InputTokens, 3, 4),
                Number(Field::CachedShare, 7, -1),
                Number(Field::CallsPerQuery, 2, 1),
                Choose(Choice::Question(Question::Item)),
            ],
        }
    }

    /// Every input the preset sets, its model's and its base preset's spelled out, in the order they are set.
    pub fn all_inputs(self) -> Vec<Input> {
        fn flat(inputs: &[Input]) -> Vec<Input> {
            inputs
                .iter()
                .flat_map(|&i| match i {
                    Input::Of(m) => flat(m.inputs()),
                    Input::Like(p) => flat(p.inputs()),
                    Input::Number(..) | Input::Choose(_) => vec![i],
                })
                .collect()
        }
        flat(self.inputs())
    }

    /// The preset's scenario: its inputs set on the default scenario. Currency, household region and car stay at
    /// the defaults: they are the reader's.
    pub fn scenario(self) -> Scenario {
        let mut s = Scenario::DEFAULT;
        set(&mut s, self.inputs());
        s
    }
}

/// Sets `inputs` on a scenario, in order (a model's facts or another preset's inputs first, where named).
fn set(s: &mut Scenario, inputs: &[Input]) {
    for input in inputs {
        match *input {
            // Every preset number is within its field's limits (the golden links decode each preset).
            Input::Number(field, digits, exponent) => {
                let _ = field.set(s, Some(decimal(digits, exponent)));
            }
            Input::Choose(choice) => s.apply(choice),
            Input::Of(model) => set(s, model.inputs()),
            Input::Like(preset) => set(s, preset.inputs()),
        }
    }
}

/// One input a preset sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input {
    /// A number as its decimal digits and a power of ten: `Number(f, 2788, 3)` is 2,788,000 (8 bytes a number
    /// instead of a double's 16 with its tag: a smaller first-paint module).
    Number(Field, u32, i8),
    Choose(Choice),
    /// A model's facts, which several presets share.
    Of(Model),
    /// Another preset's inputs, which this one changes.
    Like(Preset),
}

impl Input {
    /// Whether two inputs set the same field or list (a preset's own input overriding one it inherits).
    pub fn sets_the_same(&self, other: &Input) -> bool {
        match (self, other) {
            (Input::Number(a, ..), Input::Number(b, ..)) => a == b,
            (Input::Choose(a), Input::Choose(b)) => a.kind() == b.kind(),
            (Input::Number(..) | Input::Choose(_) | Input::Of(_) | Input::Like(_), _) => false,
        }
    }
}

/// A model several presets run: its facts (size, training, the hardware and number format it is served in),
/// each set in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// DeepSeek-V3 and R1 (DeepSeek-V3 technical report: 671B parameters, 37B active, 14.8T tokens, 2.788M
    /// H800-hours, disclosed), trained on and served in FP8 on H800s.
    DeepSeekV3,
    /// Qwen3-235B-A22B (Qwen3 technical report: 235B parameters, 22B active, 36T tokens; training hours not
    /// disclosed, estimated from FLOPs).
    Qwen3Large,
    /// A frontier model (GPT-5-, Gemini-, Claude-class; estimate): 2T parameters with 100B active (Epoch AI
    /// assumed 100B active of ~400B for GPT-4o), 30T tokens, FP4 weights on GB200 NVL72 racks with an optimised
    /// engine, 96 layers (published large models have 61 to 126; the size formula would give 202).
    Frontier,
}

impl Model {
    /// The inputs that describe the model.
    pub fn inputs(self) -> &'static [Input] {
        use Input::{Choose, Number};
        match self {
            Model::DeepSeekV3 => &[
                Number(Field::Params, 671, 9),
                Number(Field::ActiveParams, 37, 9),
                Number(Field::TrainingTokens, 148, 11),
                Number(Field::TrainingAcceleratorHours, 2788, 3),
                Choose(Choice::Hw(Hw::H800)),
                Choose(Choice::Precision(Precision::Fp8)),
            ],
            Model::Qwen3Large => &[
                Number(Field::Params, 235, 9),
                Number(Field::ActiveParams, 22, 9),
                Number(Field::TrainingTokens, 36, 12),
            ],
            Model::Frontier => &[
                Number(Field::Params, 2, 12),
                Number(Field::ActiveParams, 1, 11),
                Number(Field::TrainingTokens, 3, 13),
                Choose(Choice::Hw(Hw::Gb200)),
                Choose(Choice::Precision(Precision::Fp4)),
                Number(Field::Layers, 96, 0),
                Choose(Choice::Engine(Some(Engine::Optimised))),
            ],
        }
    }
}

/// digits × 10^exponent, correctly rounded: one exact product or quotient (|exponent| ≤ 22 keeps 10^|exponent|
/// exact, and every preset's product is below 2^53), so the same double a link's `2.788M` parses to.
fn decimal(digits: u32, exponent: i8) -> f64 {
    // 10^k by repeated ×10: every step is an exact integer for k ≤ 22.
    let scale = (0..exponent.unsigned_abs()).fold(1.0, |p, _| p * 10.0);
    if exponent < 0 {
        f64::from(digits) / scale
    } else {
        f64::from(digits) * scale
    }
}

/// A ready-made comparison from the articles: scenario A and scenario B, one tap each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumCount)]
pub enum Comparison {
    /// East vs West China electricity price (「东数西算」), as the articles print them.
    EastWestPrice,
    /// An industry-average PUE (Uptime Institute 2023) vs immersion cooling as reported.
    PueLiquid,
    /// A 175B model in the cloud vs a 3B model (the articles' case for moving inference to devices).
    CloudEdge,
    /// GPT-3's training as published vs GPT-4's as estimated.
    Gpt3Gpt4,
    /// A DeepSeek-R1-class model's 500-token chat answer vs its 8,000-token reasoning answer.
    ChatReasoning,
    /// Llama 3.1 70B served on H100 vs on H20.
    H100H20,
    /// A chat answer vs a 5-second video from an open model, at the same count a day.
    TextVideo,
}

impl Comparison {
    pub const ALL: [Comparison; 7] = [
        Comparison::EastWestPrice,
        Comparison::PueLiquid,
        Comparison::CloudEdge,
        Comparison::Gpt3Gpt4,
        Comparison::ChatReasoning,
        Comparison::H100H20,
        Comparison::TextVideo,
    ];

    /// Stable name: the `pair-<id>` test hook.
    pub fn id(self) -> &'static str {
        match self {
            Comparison::EastWestPrice => "east-west",
            Comparison::PueLiquid => "pue",
            Comparison::CloudEdge => "cloud-edge",
            Comparison::Gpt3Gpt4 => "gpt3-gpt4",
            Comparison::ChatReasoning => "chat-reasoning",
            Comparison::H100H20 => "h100-h20",
            Comparison::TextVideo => "text-video",
        }
    }

    /// A's preset (the link's base), A and B. Prices and PUE from `facility.rs`; the rest from the presets.
    pub fn scenarios(self) -> (Option<Preset>, Scenario, Scenario) {
        use super::facility::Reference;
        let d = Scenario::default();
        match self {
            Comparison::EastWestPrice => (
                None,
                Scenario {
                    price_per_kwh: Reference::PriceChinaEast.value(),
                    ..d.clone()
                },
                Scenario {
                    price_per_kwh: Reference::PriceChinaWest.value(),
                    ..d
                },
            ),
            Comparison::PueLiquid => (
                None,
                Scenario {
                    pue: Some(Reference::PueIndustry2023.value()),
                    ..d.clone()
                },
                Scenario {
                    pue: Some(Reference::PueImmersion.value()),
                    ..d
                },
            ),
            Comparison::CloudEdge => (None, d, Preset::OnDevice.scenario()),
            Comparison::Gpt3Gpt4 => (
                Some(Preset::Gpt3),
                Preset::Gpt3.scenario(),
                Preset::Gpt4.scenario(),
            ),
            Comparison::ChatReasoning => (
                Some(Preset::Reasoning),
                Scenario {
                    output_tokens_per_query: 500.0,
                    ..Preset::Reasoning.scenario()
                },
                Preset::Reasoning.scenario(),
            ),
            Comparison::H100H20 => (
                Some(Preset::Llama70b),
                Preset::Llama70b.scenario(),
                Scenario {
                    serving_hw: Some(Hw::H20),
                    accelerators_per_replica: None,
                    ..Preset::Llama70b.scenario()
                },
            ),
            Comparison::TextVideo => (
                Some(Preset::Llama70b),
                Preset::Llama70b.scenario(),
                Preset::WanVideo.scenario(),
            ),
        }
    }
}

all_is_complete!(Comparison);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::Field;

    #[test]
    fn every_preset_is_a_valid_scenario_with_a_unique_id_and_sources() {
        for p in Preset::ALL {
            let s = p.scenario();
            for f in Field::ALL {
                if let Some(v) = f.get(&s) {
                    assert_eq!(f.check(v), Ok(v), "{} {f:?}", p.id());
                }
            }
            assert_eq!(Preset::from_id(p.id()), Some(p));
            assert!(p.sources().len() > 80);
        }
    }

    #[test]
    fn a_person_counts_items_and_each_kind_offers_its_typical_one_first() {
        for g in PresetGroup::ALL.into_iter().filter(|g| g.for_a_person()) {
            let items: Vec<Preset> = g.items_for_a_person().collect();
            assert_eq!(items.first(), Some(&g.typical()), "{g:?}");
            assert!(
                items
                    .iter()
                    .all(|p| p.scenario().question == super::super::question::Question::Item),
                "{g:?}"
            );
        }
        assert!(
            !PresetGroup::Text
                .items_for_a_person()
                .any(|p| p == Preset::ChatGpt),
            "a month of a service is no item"
        );
    }

    #[test]
    fn every_comparison_changes_something_and_stays_valid() {
        for c in Comparison::ALL {
            let (_, a, b) = c.scenarios();
            assert_ne!(a, b, "{}", c.id());
            for s in [&a, &b] {
                for f in Field::ALL {
                    if let Some(v) = f.get(s) {
                        assert_eq!(f.check(v), Ok(v), "{} {f:?}", c.id());
                    }
                }
            }
        }
    }
}
