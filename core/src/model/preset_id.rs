//! The presets' names: the `Preset` enum with its share-link ids, apart from what each preset sets (`presets.rs`),
//! so that a scenario can name presets (a person's lines, `my_use.rs`) without an import circle.

/// A preset scenario. The id is the share-link value (`preset=gpt3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Preset {
    Gpt3,
    Bloom,
    Gpt4,
    ChatGpt,
    Gemini,
    OnDevice,
    Reasoning,
    ReasoningH20,
    ReasoningAscend,
    Llama8b,
    Llama70b,
    MoeChat,
    /// Stable Diffusion 3.5 Large: one 1024² image.
    Sd35Image,
    /// FLUX.1 [dev]: one 1024² image (guidance-distilled).
    FluxImage,
    /// Stable Diffusion 1.5, the 2023-era image model: one 512² image on an A100.
    Sd15Image,
    /// Stable Diffusion XL: one 1024² image from its U-Net.
    SdxlImage,
    /// SDXL-Turbo: one 512² image in one step (adversarially distilled).
    SdxlTurbo,
    /// SDXL-Lightning: one 1024² image in four steps (progressively distilled).
    SdxlLightning,
    /// A latent consistency model (LCM Dreamshaper v7): one 768² image in four steps.
    LcmImage,
    /// FLUX.1 [schnell]: one 1024² image in four steps.
    FluxSchnell,
    /// A 2026 image service on an optimised engine (FP8, TensorRT class): an estimate.
    OptimisedImage,
    /// Wan 2.1 14B: one 5-second 720p video.
    WanVideo,
    /// HunyuanVideo: one 5-second 720p video (guidance-distilled).
    HunyuanVideo,
    /// A closed video service's 5-second 720p clip (Kling-, Seedance-class): an estimate.
    ClosedVideo,
    /// Qwen-Image: one 1328² image.
    QwenImage,
    /// Hunyuan-DiT 1.2: one 1024² image.
    HunyuanDit,
    /// CogVideoX-5B: one 6-second 480p video.
    CogVideo,
    /// A closed service's image (Doubao/Seedream-, Midjourney-class): an estimate.
    ClosedImage,
    /// A frontier video service's 8-second 720p clip with sound (Sora 2-, Veo 3-class): an estimate.
    FrontierVideo,
    /// DeepSeek-V3.x answering a chat on DeepSeek's own optimised H800 service, with its published cache hits.
    DeepSeekV3,
    /// Qwen3-235B-A22B served on H20, the accelerator of China's inference fleets.
    Qwen3Large,
    /// Qwen3-30B-A3B on one L20.
    Qwen3Small,
    /// Kimi K2 (about 1T parameters, 32B active).
    KimiK2,
    /// GLM-4.5 (355B, 32B active).
    Glm45,
    /// gpt-oss-120b in MXFP4 on one H100.
    GptOss,
    /// Llama 4 Maverick (400B, 17B active) in FP8.
    Llama4,
    /// A frontier chat answer on GB200 racks: an estimate.
    FrontierChat,
    /// A coding agent's task: dozens of calls with a long, mostly cached context (estimate).
    CodingAgent,
    /// A research agent's task: searching and reading, then a report (estimate).
    ResearchAgent,
}

impl Preset {
    pub const ALL: [Preset; 39] = [
        Preset::Gpt3,
        Preset::Bloom,
        Preset::Gpt4,
        Preset::ChatGpt,
        Preset::Gemini,
        Preset::OnDevice,
        Preset::Reasoning,
        Preset::ReasoningH20,
        Preset::ReasoningAscend,
        Preset::Llama8b,
        Preset::Llama70b,
        Preset::MoeChat,
        Preset::DeepSeekV3,
        Preset::Qwen3Large,
        Preset::Qwen3Small,
        Preset::KimiK2,
        Preset::Glm45,
        Preset::GptOss,
        Preset::Llama4,
        Preset::FrontierChat,
        Preset::CodingAgent,
        Preset::ResearchAgent,
        Preset::Sd35Image,
        Preset::FluxImage,
        Preset::QwenImage,
        Preset::HunyuanDit,
        Preset::FluxSchnell,
        Preset::SdxlImage,
        Preset::SdxlLightning,
        Preset::SdxlTurbo,
        Preset::LcmImage,
        Preset::Sd15Image,
        Preset::ClosedImage,
        Preset::OptimisedImage,
        Preset::WanVideo,
        Preset::HunyuanVideo,
        Preset::CogVideo,
        Preset::ClosedVideo,
        Preset::FrontierVideo,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Preset::Gpt3 => "gpt3",
            Preset::Bloom => "bloom",
            Preset::Gpt4 => "gpt4",
            Preset::ChatGpt => "chatgpt",
            Preset::Gemini => "gemini",
            Preset::OnDevice => "ondevice",
            Preset::Reasoning => "r1",
            Preset::ReasoningH20 => "r1-h20",
            Preset::ReasoningAscend => "r1-ascend",
            Preset::Llama8b => "llama8b",
            Preset::Llama70b => "llama70b",
            Preset::MoeChat => "moe",
            Preset::Sd35Image => "sd35",
            Preset::FluxImage => "flux",
            Preset::Sd15Image => "sd15",
            Preset::SdxlImage => "sdxl",
            Preset::SdxlTurbo => "sdxl-turbo",
            Preset::SdxlLightning => "sdxl-lightning",
            Preset::LcmImage => "lcm",
            Preset::FluxSchnell => "flux-schnell",
            Preset::OptimisedImage => "image-service-2026",
            Preset::WanVideo => "wan",
            Preset::HunyuanVideo => "hunyuanvideo",
            Preset::ClosedVideo => "video-service",
            Preset::QwenImage => "qwen-image",
            Preset::HunyuanDit => "hunyuan-dit",
            Preset::CogVideo => "cogvideox",
            Preset::ClosedImage => "image-service",
            Preset::FrontierVideo => "frontier-video",
            Preset::DeepSeekV3 => "deepseek-v3",
            Preset::Qwen3Large => "qwen3-235b",
            Preset::Qwen3Small => "qwen3-30b",
            Preset::KimiK2 => "kimi-k2",
            Preset::Glm45 => "glm-4.5",
            Preset::GptOss => "gpt-oss-120b",
            Preset::Llama4 => "llama4-maverick",
            Preset::FrontierChat => "frontier-chat",
            Preset::CodingAgent => "coding-agent",
            Preset::ResearchAgent => "research-agent",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(id))
    }
}

all_is_complete!(Preset);
