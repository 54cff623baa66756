//! English.
use super::quoted_texts;
use super::shapes::{
    fill, in_unit, percent_range, Cite, CiteLead, CompareTotals, FieldText, FirstWords, HwQuote,
    InputCite, ItemWords, Strings, TakeawayWords, WorkWords, WrittenField,
};
use super::{input_error, Words};
use crate::format;
use crate::lang::Lang;
use crate::link::Problem;
use crate::model::assumptions::Knob;
use crate::model::claims::{ClaimCheck, ClaimId, Reason, Verdict};
use crate::model::diffusion::Arch;
use crate::model::equivalence::{
    Ev, HomeRegion, BEIJING_SHANGHAI_KM, EARTH_LAP_KM, PHONE_CHARGE_WH,
};
use crate::model::everyday::{Everyday, KETTLE_EFFICIENCY, KETTLE_RISE_K, WATER_KJ_PER_KG_K};
use crate::model::facility::Reference;
use crate::model::hardware::Hw;
use crate::model::metric::Metric;
use crate::model::my_use::MAX_LINES;
use crate::model::presets::{Basis, Comparison, Preset};
use crate::model::question::Question;
use crate::model::scale::{Rung, CHINA_KWH_PER_PERSON};
use crate::model::scenario::{Choice, Currency, Field, Scenario, Source};
use crate::model::serving::Precision;
use crate::model::serving::{Engine, ExpertGemms, USABLE_MEMORY_SHARE};
use crate::model::work::Work;
use crate::model::{diffusion, serving, unet};
use crate::prelude::*;

pub(super) const FIRST: FirstWords = FirstWords {
    title: "AI electricity calculator",
    subtitle: "A model's size and use in; its electricity out, as households and Tesla-km — with ranges and sources.",
    switch_to: "中文",
    notice_title: "Some of the link could not be used; the rest was applied:",
    dismiss: "Dismiss",
    colon: ": ",
    reset: "Start over",
    presets_title: "Start from a scenario",
    range: "Likely",
    compare_start: "+ Compare",
    compare_stop: "Leave the comparison",
    edit_a: "Edit scenario A",
    edit_b: "Edit scenario B",
    scenario_b: "Scenario B",
    comparisons_title: "Ready-made pairs",
    not_a_number: "is not a number",
    too_small: "is too small; the minimum is",
    too_large: "is too large; the maximum is",
    changed: " (changed)",
    parameters: " parameters",
    list_sep: ", ",
    per_query: "Per query",
    per_image: "Per image",
    per_video: "Per video",
    lead_total: "Training + use, total electricity",
    lead_my_year: "My use, a year",
    lead_my_day: "My use, a day",
    with_training: " (with each item's share of training)",
    without_training: " (training not counted)",
    service_training: "Training is {} of it, {}",
    lead_use_total: "Total electricity of use",
    per_task: "Per task",
    question_title: "What to answer",
    question_item: "One item",
    question_me: "My use",
    question_service: "A service",
    like: "About",
    phone_charges: "phone charges",
    led_hours: "hours of a 9\u{a0}W LED bulb",
    kettle_boils: "kettles boiled (1 litre)",
    household_minutes: "minutes of a {} household's electricity",
    ev_km: "km in an electric car",
    item_training_not_counted: "Training not counted",
    item_training: "Plus {} of training, shared over the deployment's {} items",
    kind_warning: "Published image and video models have at most about {} parameters; no denoiser this large has been published: this number is not reliable.",
    my_use_empty: "No use added yet: add a line below",
    scenario_a: "Scenario A",
    ratio_per_item: "B ÷ A, per item",
    ratio_of: "B ÷ A, {}",
    group_text: "Text",
    group_reasoning: "Reasoning",
    group_agents: "Agents",
    group_images: "Images",
    group_videos: "Videos",
    group_training: "Training",

};

pub(super) const STRINGS: Strings = Strings {
    first: &FIRST,
    share_title: "Share and cite",
    copy_link: "Copy link",
    copied: "Copied to the clipboard.",
    copy_refused: "The browser refused to copy: the link is selected, press Ctrl+C (or long-press) to copy it.",
    link_contains: "What this link contains",
    link_contains_default: "Only defaults: the link opens the default scenario.",
    link_version: "Link version",
    link_lang: "Language",
    link_embed: "Compact embed",
    link_lock: "Read-only",
    link_theme: "Colour scheme",
    export_json: "Download JSON",
    export_csv: "Download CSV",
    citation_title: "Cite this",
    copy_citation: "Copy citation",
    embed_title: "Embed in an article",
    embed_help: "Paste this into the article. The script is optional: with it the frame sets its own height.",
    copy_embed: "Copy embed code",
    open_full: "Open the full calculator",
    group_model: "Model and training",
    group_use: "Use (inference)",
    group_facility: "Data centre and grid",
    group_compare: "Compare with",
    more_assumptions: "More assumptions",
    unknown_uses_range: "unknown: range used",
    accelerator: "Accelerator",
    serving_accelerator: "Serving accelerator",
    same_accelerator: "Same as training",
    precision: "Weight precision",
    video_length: "At this frame rate the video lasts {} seconds",
    work_kind: "What the AI makes",
    engine: "Serving engine",
    engine_either: "Either (range)",
    engine_reference: "Reference (vLLM, diffusers)",
    engine_optimised: "Optimised (TensorRT class)",
    arch: "Denoiser",
    arch_dit: "Transformer (SD3.5, FLUX, Wan)",
    arch_unet: "U-Net (SD 1.5, 2.1, XL)",
    unet_layout: "U-Net layout",
    unet_from_size: "From its size",
    unet_sd: "SD 1.x / 2.x",
    unet_sdxl: "SDXL",
    tasks_per_day: "Tasks per day",
    input_per_call: "Input tokens per call (mean)",
    output_per_call: "Output tokens per call",
    training_not_counted: "Training not counted: no accelerator-hours published for this image or video model (enter them to count it)",
    currency: "Currency",
    home_basis: "Households in",
    ev_basis: "Electric car",
    common_values: "Common values",
    choose: "Choose…",
    training: "Training",
    inference: "Inference (use)",
    dominant: "Assumption that matters most",
    no_uncertainty: "Every input is fixed: no uncertain assumption is left.",
    unit_hours: "accelerator-hours",
    unit_household_years: "household-years",
    unit_km: "km",
    unit_trips: "trips",
    unit_laps: "laps",
    unit_charges: "charges",
    show_work: "Show the work",
    sources: "Sources",
    chart_split_title: "Training vs use",
    chart_sensitivity_title: "What matters most",
    scale_title: "A year on the scale of a country",
    growth_title: "If queries keep growing",
    ladder_title: "One item vs everyday things",
    more_results: "More results: training, serving details, trips, phone charges, share of China",
    as_a_service: "The same model run as a service: {}",
    share_more: "Data downloads, citation and embed",
    image_svg: "Image (SVG)",
    image_png: "Image (PNG)",
    methodology_title: "Method and sources",
    claims_title: "Do the news figures add up?",
    claims_intro: "The numbers reported in the articles, recomputed with the same model. Each one loads as a scenario.",
    loading: "Loading…",
    later_failed: "This part of the calculator could not be loaded (offline?): try again.",
    claim_claimed: "Reported",
    claim_recomputed: "Recomputed",
    claim_load: "Load this scenario",
    verdict_consistent: "adds up",
    verdict_too_high: "too high",
    verdict_too_low: "too low",
    verdict_unverified: "unverified",
    verdict_context: "not an energy figure",
    kept_last_good: "An input is not valid: the results shown are from the last valid input.",
    footer: "Everything is computed in your browser; no data is sent anywhere.",
    data_version: "Data version",
    my_use_title: "My use: how many a day",
    my_training: "Training",
    my_training_left: "Not counted (a person's use does not train the model)",
    my_training_shared: "Each item's share of its service's training added",
    my_use_help: "Each line: that preset's energy per item (servers, idle capacity and the data centre included, training not) × how many a day.",
    per_day: "a day",
    remove_line: "Remove",
    add_kind: "Kind",
    add_preset: "Preset",
    add_line: "Add a line",
    assumes: "What this preset assumes",
    checked_against: "Published figure",
    ranking_title: "Presets of this kind, by energy per item",
    work_help: "Images load FLUX.1 (one image), videos Wan 2.1 (one video): widely run open models. Back to text, the default scenario.",
};

pub(super) const TAKEAWAY: TakeawayWords = TakeawayWords {
    unit_kwh: "kWh",
    unit_wh: "Wh",
    unit_w: "W",
    unit_wh_per_km: "Wh/km",
    unit_g_per_kwh: "g/kWh",
    unit_l_per_kwh: "L/kWh",
    unit_km: "km",
    embed_frame_title: "AI electricity calculator",
    cite_range: " (likely {})",
    cite_method: "Method and sources: {}",
    tasks_cited: "doing {} tasks a day",
    cite_per_item: "{}: about {} (likely {})",
    stop: ".",
    gap: " ",
    work_ms_prefill: "ms prefill",
    work_calls: "calls",
    work_tesla_km: "Tesla-km",
    work_rated: "rated",
    work_ms_per_step: "ms per step",
    work_s_per_batch: "s per batch",
    work_latent_tokens: "latent tokens",
    work_steps_passes: "steps × passes",
    work_compute_bound: "compute-bound",
    work_memory_bound: "memory-bound",
    work_tokens: "tokens",
    work_batch: "batch",
    work_idle: "idle capacity",
    work_busy: "busy",
    chart_log_note: "Log scale: each grid line is ×10, so the smaller part still shows.",
    chart_sensitivity_axis: "The total when only this assumption moves (low–high); the last two rows: all of them combined, and all at once",
    sensitivity_likely: "Likely range: all of them combined",
    sensitivity_all_at_once: "All at their best or worst at once (very unlikely)",
    scale_note: "A year of service = 365 days of use plus the training spread over the deployment (all of it when the deployment is shorter than a year). Log scale: each grid line is ×10.",
    scale_service: "This service, one year",
    china_mark: "1% of China's generation",
    work_year: "a year of service, training spread over the deployment",
};

/// The page in English.
pub(super) struct En;

/// A preset's name inside a sentence: "A typical Gemini prompt" reads "a typical Gemini prompt" there.
fn mid_sentence(name: &str) -> String {
    // ASCII only: Unicode case tables would add ~14 KB to the module.
    match name.strip_prefix("A ").or_else(|| name.strip_prefix("An ")) {
        Some(_) => {
            name.get(..1).unwrap_or_default().to_ascii_lowercase()
                + name.get(1..).unwrap_or_default()
        }
        None => name.to_string(),
    }
}

impl Words for En {
    fn strings(&self) -> &'static Strings {
        &STRINGS
    }

    fn first_words(&self) -> &'static FirstWords {
        &FIRST
    }

    fn takeaway_words(&self) -> &'static TakeawayWords {
        &TAKEAWAY
    }

    fn field(&self, f: Field) -> FieldText {
        quoted_texts::field(Lang::En, f)
    }

    fn home(&self, h: HomeRegion) -> &'static str {
        quoted_texts::home(Lang::En, h)
    }

    fn ev(&self, e: Ev) -> &'static str {
        quoted_texts::ev(Lang::En, e)
    }

    fn write_field(&self, f: Field) -> WrittenField {
        let t = |label, unit, help: &str| WrittenField {
            label,
            unit,
            help: help.to_string(),
        };
        let x = |v: f64| format::exact(v, Lang::En);
        let made = |label, unit, help: String| WrittenField { label, unit, help };
        match f {
            Field::Params => t(
                "Model parameters",
                "",
                "Total parameters, e.g. 175B, 1.8T, 70e9",
            ),
            Field::ActiveParams => t(
                "Active parameters per token",
                "",
                "Mixture-of-experts models use only part of them; empty = all",
            ),
            Field::TrainingTokens => t(
                "Training tokens",
                "",
                "Tokens seen in training, e.g. 300B, 15T",
            ),
            Field::TrainingAcceleratorHours => t(
                "Real training accelerator-hours",
                "h",
                "Published GPU/TPU-hours; replace the FLOPs estimate",
            ),
            Field::Mfu => {
                let (low, high) = percent_range(Knob::Mfu);
                made(
                    "Training utilisation (MFU)",
                    "",
                    fill(
                        "Share of peak FLOP/s achieved, e.g. 35%; empty = by accelerator generation (H100: {}–{}%)",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::DevelopmentOverhead => t(
                "Development ÷ final run",
                "×",
                "Experiments, ablations and failed runs: 1 = final run only (as published); OLMo 2 1.5; Olmo 3 5.6",
            ),
            Field::TrainingW => t(
                "Measured power per accelerator in training",
                "W",
                "Average including the host's share; empty = estimated from rated power",
            ),
            Field::QueriesPerDay => t(
                "Queries per day",
                "",
                "Questions asked per day, e.g. 100M or 1.35B",
            ),
            Field::OutputTokens => t(
                "Output tokens per query",
                "",
                "Generated tokens; an English word is ~1.3 tokens",
            ),
            Field::InputTokens => t("Input tokens per query", "", "Length of prompt and context"),
            Field::Days => t("Days of use", "days", "How long it is deployed, e.g. 365"),
            Field::YearlyGrowth => t(
                "Yearly growth of queries",
                "",
                "e.g. 50% for half as many again each year; 0 = flat",
            ),
            Field::Pue => {
                let r = Knob::Pue.default_range();
                made(
                    "Data-centre PUE",
                    "",
                    fill(
                        "Total power ÷ IT power; industry {}, hyperscale {}; empty = {}–{}",
                        &[
                            x(Reference::PueIndustry2023.value()),
                            x(Reference::PueHyperscale.value()),
                            x(r.low),
                            x(r.high),
                        ],
                    ),
                )
            }
            Field::HostOverhead => {
                let (low, high) = percent_range(Knob::HostOverhead);
                made(
                    "Host overhead",
                    "",
                    fill(
                        "CPU, memory and network as a share of accelerator power; empty = {}–{}%",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::Grid => made(
                "Grid carbon intensity",
                "g/kWh",
                fill(
                    "CO2e per kWh; China 2023 ≈ {}, USA {}",
                    &[
                        x(Reference::GridChina.value()),
                        x(Reference::GridUsa.value()),
                    ],
                ),
            ),
            Field::Wue => made(
                "Water per kWh",
                "L/kWh",
                fill(
                    "Cooling water; industry average ≈ {}",
                    &[x(Reference::WueIndustry.value())],
                ),
            ),
            Field::Batch => {
                let r = Knob::Batch.default_range();
                made(
                    "Batch per replica",
                    "requests",
                    fill("Requests one server decodes together; more means less energy per answer; empty = {}–{}", &[x(r.low),
                        x(r.high)]),
                )
            }
            Field::AcceleratorsPerReplica => t(
                "Accelerators per replica",
                "",
                "Chips one copy of the model spans; empty = the fewest that hold it",
            ),
            Field::FleetUtilisation => {
                let (low, high) = percent_range(Knob::FleetUtilisation);
                made(
                    "Busy share of serving capacity",
                    "",
                    fill(
                        "1 = no idle servers (a benchmark); empty = {}–{}%",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::Steps => t(
                "Denoising steps",
                "",
                "Steps per image or video: SD3.5 28, FLUX.1 dev 28–50, Wan 50, turbo models 1–8",
            ),
            Field::WidthPx => t("Width", "px", "Pixels across: 1024 for most image models, 1280 for 720p"),
            Field::HeightPx => t("Height", "px", "Pixels down: 720 for 720p, 1080 for 1080p"),
            Field::Frames => t(
                "Frames per video",
                "",
                "81 frames = 5 s at 16 fps (Wan); 24 × seconds + 1 at 24 fps",
            ),
            Field::Fps => t("Frames per second", "fps", "Only for the video's length in seconds"),
            Field::GuidancePasses => t(
                "Denoiser passes per step",
                "",
                "2 with classifier-free guidance, 1 if guidance-distilled (FLUX.1 dev, HunyuanVideo); empty = 1–2",
            ),
            Field::Layers => t(
                "Denoiser layers",
                "",
                "Transformer blocks, from the model's config; empty = estimated from its size",
            ),
            Field::Hidden => t(
                "Denoiser hidden size",
                "",
                "Width of each block, from the model's config; empty = estimated from its size",
            ),
            Field::CachedShare => t(
                "Prompt served from cache",
                "",
                "Share of each prompt a prefix cache already holds (it skips prefill): chats with history and agents 50–90%; providers bill it at 10–25% of fresh input",
            ),
            Field::CallsPerQuery => t(
                "Model calls per query",
                "",
                "1 for an answer; an agent's task makes many (a coding agent dozens), its context growing call by call",
            ),
            Field::PxPerToken => t(
                "Pixels per latent token (each side)",
                "px",
                "Autoencoder downsampling × patch: 16 for SD3.5, FLUX, Wan, HunyuanVideo; 32 for SANA",
            ),
            Field::Price => made(
                "Electricity price",
                "per kWh",
                fill(
                    "West China data centres ≈ {} CNY (2025); Virginia ≈ {} USD",
                    &[x(Reference::PriceChinaDcWest.value()), x(Reference::PriceVirginia.value())],
                ),
            ),
        }
    }

    fn metric(&self, m: Metric) -> &'static str {
        match m {
            Metric::TrainingKwh => "Training electricity",
            Metric::TrainingAcceleratorHours => "Training accelerator-hours",
            Metric::InferenceWhPerQuery => FIRST.per_query,
            Metric::InferenceKwhPerDay => "Inference per day",
            Metric::InferenceKwh => "Inference over the period",
            Metric::TotalKwh => FIRST.lead_total,
            Metric::TrainingShare => "Training's share",
            Metric::HouseholdYears => "Like households' electricity",
            Metric::TeslaKm => "Drives a Tesla",
            Metric::BeijingShanghaiTrips => "Beijing–Shanghai drives",
            Metric::EarthLaps => "Laps of the Earth",
            Metric::PhoneCharges => "Phone charges",
            Metric::Cost => "Electricity cost",
            Metric::Co2Kg => "CO2 emissions",
            Metric::ChinaGenerationShare => "A year of it ÷ China's generation",
            Metric::WaterL => "Cooling water",
            Metric::TrainingWhPerQuery => "Training per item (shared)",
            Metric::MyWhPerDay => FIRST.lead_my_day,
            Metric::MyKwhPerYear => FIRST.lead_my_year,
        }
    }

    fn knob(&self, k: Knob) -> &'static str {
        match k {
            Knob::Mfu => "training utilisation (MFU)",
            Knob::TrainingDraw => "real power draw in training",
            Knob::Batch => "requests served together per replica",
            Knob::Engine => "serving engine (optimised or reference)",
            Knob::FleetUtilisation => "busy share of serving capacity",
            Knob::ServingFit => "measured GPUs vs the model",
            Knob::DiffusionFit => "measured GPUs vs the diffusion model",
            Knob::GuidancePasses => "denoiser passes per step (guidance)",
            Knob::HostOverhead => "host overhead",
            Knob::Pue => "data-centre PUE",
        }
    }

    fn preset(&self, p: Preset) -> &'static str {
        match p {
            Preset::Gpt3 => "GPT-3 training",
            Preset::Bloom => "BLOOM training",
            Preset::Gpt4 => "GPT-4 training (estimate)",
            Preset::ChatGpt => "ChatGPT for a month (LatePost)",
            Preset::Gemini => "A typical Gemini prompt",
            Preset::OnDevice => "A small model (3B)",
            Preset::Reasoning => "A reasoning answer (DeepSeek-R1 class)",
            Preset::ReasoningH20 => "The reasoning answer on H20",
            Preset::ReasoningAscend => "The reasoning answer on Ascend 910B",
            Preset::Llama8b => "Llama 3.1 8B on one GPU",
            Preset::Llama70b => "Llama 3.1 70B on four GPUs",
            Preset::MoeChat => "A large MoE chat model",
            Preset::DeepSeekV3 => "DeepSeek-V3 on DeepSeek's own service",
            Preset::Qwen3Large => "Qwen3-235B on H20",
            Preset::Qwen3Small => "Qwen3-30B-A3B on one L20",
            Preset::KimiK2 => "Kimi K2",
            Preset::Glm45 => "GLM-4.5",
            Preset::GptOss => "gpt-oss-120b on one H100",
            Preset::Llama4 => "Llama 4 Maverick",
            Preset::FrontierChat => "A frontier chat answer (estimate)",
            Preset::CodingAgent => "A coding agent's task (estimate)",
            Preset::ResearchAgent => "A research agent's task (estimate)",
            Preset::Sd35Image => "Stable Diffusion 3.5: one image",
            Preset::FluxImage => "FLUX.1: one image",
            Preset::Sd15Image => "2023-era SD 1.5: one image",
            Preset::SdxlImage => "Stable Diffusion XL: one image",
            Preset::SdxlTurbo => "SDXL-Turbo: one image in one step",
            Preset::SdxlLightning => "SDXL-Lightning: one image in four steps",
            Preset::LcmImage => "LCM (SD 1.5 distilled): one image in four steps",
            Preset::FluxSchnell => "FLUX.1 schnell: one image in four steps",
            Preset::OptimisedImage => "A 2026 image service, optimised engine (estimate)",
            Preset::WanVideo => "Wan 2.1: one 5-second video",
            Preset::HunyuanVideo => "HunyuanVideo: one 5-second video",
            Preset::ClosedVideo => "Kling/Seedance-class 5-second video (estimate)",
            Preset::QwenImage => "Qwen-Image: one image",
            Preset::HunyuanDit => "Hunyuan-DiT: one image",
            Preset::CogVideo => "CogVideoX: one 6-second video",
            Preset::ClosedImage => "Doubao/Midjourney-class image (estimate)",
            Preset::FrontierVideo => "Sora 2/Veo 3-class 8-second video (estimate)",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Disclosed => "disclosed",
            Basis::Mixed => "partly estimated",
            Basis::Estimate => "estimate",
        }
    }

    fn write_home(&self, h: HomeRegion) -> String {
        let kwh = format::exact(h.basis().kwh_per_year, Lang::En);
        match h {
            HomeRegion::China => format!("China (≈{kwh} kWh a year)"),
            HomeRegion::Usa => format!("USA ({kwh} kWh a year)"),
            HomeRegion::Germany => format!("Germany ({kwh} kWh a year)"),
            HomeRegion::Uk => format!("UK ({kwh} kWh a year)"),
            HomeRegion::Japan => format!("Japan ({kwh} kWh a year)"),
        }
    }

    fn write_ev(&self, e: Ev) -> String {
        let b = e.basis();
        format!(
            "{} ({}\u{a0}Wh/km)",
            b.name,
            format::exact(b.wh_per_km, Lang::En)
        )
    }

    fn currency(&self, c: Currency) -> &'static str {
        match c {
            Currency::Cny => "Chinese yuan (CNY)",
            Currency::Usd => "US dollar (USD)",
            Currency::Eur => "Euro (EUR)",
        }
    }

    fn reference(&self, r: Reference) -> &'static str {
        match r {
            Reference::PueIndustry2023 => "Industry average 2023",
            Reference::PueIndustry2024 => "Industry average 2024",
            Reference::PueHyperscale => "Hyperscale cloud",
            Reference::PueGoogle => "Google",
            Reference::PueImmersion => "Immersion cooling, as reported",
            Reference::GridWorld => "World average",
            Reference::GridChina => "China",
            Reference::GridChinaOfficial => "China, official factor (MEE 2023)",
            Reference::GridUsa => "USA",
            Reference::GridEu => "EU-27",
            Reference::GridGermany => "Germany",
            Reference::GridFrance => "France",
            Reference::GridUk => "UK",
            Reference::GridJapan => "Japan",
            Reference::GridSweden => "Sweden",
            Reference::WueIndustry => "Industry average",
            Reference::WueGoogle => "Google",
            Reference::WueMicrosoft => "Microsoft/OpenAI",
            Reference::PriceChinaDcWest => "West China data centres, 2025",
            Reference::PriceChinaEast => "East China industrial, as reported",
            Reference::PriceChinaWest => "West China industrial, as reported",
            Reference::PriceFusionPpa => "Fusion power deal, as reported",
            Reference::PriceVirginia => "Virginia industrial",
            Reference::PriceTexas => "Texas industrial",
            Reference::PriceEuNonHousehold => "EU non-household",
        }
    }

    /// A price per kWh as a price list says it: `0.676 CNY`, `8.92 ¢`, `€0.2`.
    fn price_per_kwh(&self, v: f64, c: Currency) -> String {
        let x = |v: f64| format::plain(v, Lang::En);
        match c {
            Currency::Cny => format!("{} CNY", x(v)),
            Currency::Usd => format!("{} ¢", x(v * 100.0)),
            Currency::Eur => format!("€{}", x(v)),
        }
    }

    fn claim_printed(&self, id: ClaimId) -> &'static str {
        match id {
            ClaimId::BloomTrain => "BLOOM (176B parameters) used 433,000\u{a0}kWh to pre-train",
            ClaimId::BloomHouseholds => "433,000\u{a0}kWh is about 117 Chinese households' yearly use",
            ClaimId::Gpt3Train => "GPT-3 used 1,287,000\u{a0}kWh to pre-train, about 3× BLOOM",
            ClaimId::Gpt3Tesla => "Each OpenAI training run equals 3,000 Teslas driving 32\u{a0}km at once",
            ClaimId::Gpt4Train => "GPT-4's training used about 120\u{a0}million kWh",
            ClaimId::Gpt4Households => "120\u{a0}million kWh equals 3,000 households' yearly use",
            ClaimId::Gpt35Cost => "One GPT-3.5 training run cost US$12M (87M yuan); GPT-4 needed 68× the compute",
            ClaimId::ChatgptMonth => "LatePost: at its peak ChatGPT had 270M visits a day with 5 questions each, 18.72M kWh a month for inference",
            ClaimId::InferShare => "Most lifetime energy goes to use, not training: training is about 20–40%",
            ClaimId::ImagePhone => "Generating one AI image uses about one full smartphone charge",
            ClaimId::H100Home => "One H100 GPU uses more electricity in a year than an average household",
            ClaimId::ServerPsu => "Ordinary servers have 2 × 800–1,200\u{a0}W power supplies, AI servers 4 × 1,800\u{a0}W: AI servers draw 6–8× as much",
            ClaimId::PueLiquid => "Alibaba's immersion liquid cooling brought PUE down to 1.09",
            ClaimId::PriceEastWest => "\"East data, West compute\": industrial power averages 0.676 yuan/kWh in the East and 0.541 in the West",
            ClaimId::PriceFusion => "Helion's fusion power deal is about 0.07 yuan/kWh; 50\u{a0}MW supplies about 40,000 households",
            ClaimId::SmrSaving => "Small modular reactors save nearly US$100 per 1,000\u{a0}kWh",
            ClaimId::H100Price => "An H100 costs about US$3,320 to make and sells for US$25,000–30,000",
            ClaimId::OnePflopsCost => "1 PFLOPS of AI compute: ~50M yuan of hardware and ~10M yuan a year for power and upkeep",
            ClaimId::AiNetherlands => "From 2027 one year's new AI servers would use as much as the Netherlands or Sweden (85–134\u{a0}TWh)",
            ClaimId::ChinaGen => "China generated 9.4\u{a0}trillion kWh in 2023, 30% of the world",
            ClaimId::ComputeGrowth => "AI compute demand doubles every 3–4 months; elsewhere \"10× every 6 months\"",
            ClaimId::PowerGrowth => "Training power demand grows ~10% a year; AI work uses 3× the energy of ordinary cloud work",
            ClaimId::Edge => "Moving inference from the cloud to phones, PCs and cars with smaller models cuts data-centre cost",
        }
    }

    /// Why a claim's verdict is what it is, with the recomputed numbers filled in.
    fn claim_reason(&self, c: &ClaimCheck) -> String {
        let l = Lang::En;
        let (n, e, pct, x) = (
            |v: f64| format::count(v, l),
            |kwh: f64| format::energy_kwh(kwh, l),
            |f: f64| format::percent(f, l),
            |v: f64| format::exact(v, l),
        );
        let usd = |v: f64| format::money(v, Currency::Usd, l);
        match c.reason {
            Reason::BloomTrain { gpu_hours, w_per_gpu, kwh } => fill(
                "BLOOM's published {} A100-hours × {}\u{a0}W is exactly {}\u{a0}kWh — counting the GPUs only, without servers or PUE.",
                &[x(gpu_hours), x(w_per_gpu), x(libm::round(kwh))],
            ),
            Reason::BloomHouseholds { household_kwh, households, implied_household_kwh, .. } => fill(
                "At about {}\u{a0}kWh per Chinese household a year it is about {} households; {} needs ~{}\u{a0}kWh per household.",
                &[x(household_kwh), n(households), n(c.claimed), n(implied_household_kwh)],
            ),
            Reason::Gpt3Train { gpus, days, w_per_gpu, pue, kwh, times_bloom } => fill(
                "Patterson et al.'s published {} V100 × {} days × {}\u{a0}W × PUE {} gives {}, {}× BLOOM.",
                &[x(gpus), n(days), x(w_per_gpu), x(pue), e(kwh), format::plain(times_bloom, l)],
            ),
            Reason::Gpt3Tesla { cars, km_each, claimed_kwh, share_of_training, training_kwh, km, meant_km_each, meant_kwh, meant_times_training } => fill(
                "As printed, {} × {}\u{a0}km takes only ~{}, {} of GPT-3's training; as likely meant (200,000 miles, {}\u{a0}km each, the Chinese unit for 10,000 lost in reprinting) it is ~{}, ×{} the training. {} drives a {} about {}\u{a0}km.",
                &[x(cars), x(km_each), e(claimed_kwh), pct(share_of_training), n(meant_km_each), e(meant_kwh), n(meant_times_training), e(training_kwh), Ev::Model3.basis().name.to_string(), n(km)],
            ),
            Reason::Gpt4Train { gpus, days, kwh, w_per_gpu_needed } => fill(
                "About {} A100 for {} days gives {}–{} (central ~{}); {} would need ~{}\u{a0}kW per GPU.",
                &[x(gpus), n(days), e(kwh.low), e(kwh.high), e(kwh.central), e(c.claimed), format::plain(w_per_gpu_needed / 1_000.0, l)],
            ),
            Reason::Gpt4Households { kwh, household_kwh, households, implied_household_kwh, times_real } => fill(
                "{} at {}\u{a0}kWh per household is ~{} households; {} would each use {}\u{a0}kWh a year, ~{}× a real one.",
                &[e(kwh), x(household_kwh), n(households), n(c.claimed), n(implied_household_kwh), n(times_real)],
            ),
            Reason::Gpt35Cost { electricity_usd, share_of_cost } => fill(
                "That is total cost, not electricity: a GPT-3-class run's power costs about {}, ~{} of it; the rest is hardware time.",
                &[usd(electricity_usd), pct(share_of_cost)],
            ),
            Reason::ChatgptMonth { implied_wh, epoch_wh, altman_wh } => fill(
                "That is about {} per question: {} this model's range; public estimates are Epoch {} and Altman {}\u{a0}Wh.",
                &[format::energy_wh(implied_wh, l),
                if c.verdict == Verdict::Consistent { "inside" } else { "outside" }.to_string(),
                x(epoch_wh), x(altman_wh)],
            ),
            Reason::InferShare { google_training_share, meta_training_share, busy_queries_per_day, busy_share, small_share } => fill(
                "Companies that published a split: Google {} training (2019–21), Meta {}. For one service it depends on use: ~{} of a year for {} questions a day, ~{} for a lightly used small model.",
                &[pct(google_training_share), pct(meta_training_share), pct(busy_share), n(busy_queries_per_day), pct(small_share)],
            ),
            Reason::ImagePhone { today_wh, today_gpu_wh, service_reference_wh, service_optimised_wh, few_step_wh, largest_wh, older_wh, older_optimised_wh, share_of_charge, charge_wh, older_mean_wh, worst_wh } => fill(
                "Computed here: one 1024² image from today's open models (FLUX.1, SD3.5 Large) takes {}–{}\u{a0}Wh with idle capacity, host and PUE, {} of a {}\u{a0}Wh phone charge; the GPUs alone ~{}\u{a0}Wh. Few-step models (SDXL-Lightning, FLUX.1 schnell) take {}–{}\u{a0}Wh. A closed service's image: ~{}\u{a0}Wh on a reference engine, ~{}\u{a0}Wh on an optimised one (FP8, TensorRT class). 2023's U-Nets (SD 1.5 at 512², SDXL at 1024²) take {}–{}\u{a0}Wh, {}–{}\u{a0}Wh on an optimised engine. The largest open model, Qwen-Image at 1328² with 50 guided steps, takes {}\u{a0}Wh: a charge or more is the top of today's span, not a typical image. Luccioni et al. measured 2023's models at {}\u{a0}Wh on average and the least efficient at {}\u{a0}Wh, one image at a time on a whole 8×A100 node with its CPUs and memory.",
                &[n(today_wh.low), n(today_wh.high), pct(share_of_charge), x(charge_wh), n(today_gpu_wh), n(few_step_wh.low), n(few_step_wh.high), n(service_reference_wh), n(service_optimised_wh), n(older_wh.low), n(older_wh.high), n(older_optimised_wh.low), n(older_optimised_wh.high), n(largest_wh), n(older_mean_wh), n(worst_wh)],
            ),
            Reason::H100Home { rated_w, draw, kwh, households, us_household_kwh } => fill(
                "{}\u{a0}W at {}–{} all year is {}–{}\u{a0}kWh: {}–{} Chinese households (a US household uses {}\u{a0}kWh).",
                &[x(rated_w), pct(draw.low), pct(draw.high), n(kwh.low), n(kwh.high), n(households.low), n(households.high), x(us_household_kwh)],
            ),
            Reason::ServerPsu { ai_server_kw, ordinary_server_kw, ratio, psu_ratio } => fill(
                "An 8-GPU server draws {}–{}\u{a0}kW in training, an ordinary server {}–{}\u{a0}kW: ×{}–{}, more than claimed. The supplies' ratings (×{}–{}) understate it: they are sized for redundancy.",
                &[n(ai_server_kw.low), n(ai_server_kw.high), n(ordinary_server_kw.0), n(ordinary_server_kw.1), n(ratio.low), n(ratio.high), n(psu_ratio.0), n(psu_ratio.1)],
            ),
            Reason::PueLiquid { chengdu, qiandaohu, google } => fill(
                "No public source for {} was found (searched: Alibaba immersion-cooling PUE, the Hangzhou Renhe and Chengdu sites); Alibaba's verifiable figures are {} (Chengdu immersion-cooled site) and {} (Qiandaohu). Google's whole fleet reports {}.",
                &[x(c.claimed), x(chengdu), x(qiandaohu), x(google)],
            ),
            Reason::PriceEastWest { east, west, saving, reported_saving } => fill(
                "{} over {} yuan: the West is {} cheaper, roughly as the FT reports (~{}); electricity cost falls by the same ratio.",
                &[x(west), x(east), pct(saving), pct(reported_saving)],
            ),
            Reason::PriceFusion { mw, kwh_per_year, us_households, us_household_kwh, cn_households } => fill(
                "{}\u{a0}MW all year is {}: ~{} US households at {}\u{a0}kWh, so it holds for US homes; it would be ~{} Chinese homes.",
                &[x(mw), e(kwh_per_year), n(us_households), x(us_household_kwh), n(cn_households)],
            ),
            Reason::SmrSaving { saving_usd_per_kwh, texas, virginia, residential } => fill(
                "That is {} ¢/kWh, more than the whole price data centres pay in the US ({}–{} ¢): a saving cannot reach the price. Only against a household tariff ({} ¢) could it be one.",
                &[n(saving_usd_per_kwh * 100.0), n(texas * 100.0), n(virginia * 100.0), n(residential * 100.0)],
            ),
            Reason::H100Price { usd_per_year } => fill(
                "A price, not energy: an H100's electricity costs about {} a year.",
                &[usd(usd_per_year)],
            ),
            Reason::OnePflopsCost { h100s, kwh_per_year, cny_per_year, times } => fill(
                "1 PFLOPS is about {} H100: ~{} a year with servers and cooling, ~{}; {} is ~{}× that, unless it means 1 EFLOPS.",
                &[n(h100s), e(kwh_per_year), format::money(cny_per_year, Currency::Cny, l), format::money(c.claimed, Currency::Cny, l), n(times)],
            ),
            Reason::AiNetherlands { service_kwh, forecast_low_kwh, forecast_high_kwh } => fill(
                "A forecast for the whole industry ({}–{} a year); for scale, one ChatGPT-scale service uses about {} a year here.",
                &[e(forecast_low_kwh), e(forecast_high_kwh), e(service_kwh)],
            ),
            Reason::ChinaGen { share } => fill(
                "National generation; a ChatGPT-scale service for a year is {} of it.",
                &[pct(share)],
            ),
            Reason::ComputeGrowth { doubling_months, doubling, measured, tenfold_months, tenfold, openai_doubling_months } => fill(
                "Doubling every {}–{} months is ×{}–{} a year; frontier training compute measured ×{}–{} a year (Epoch AI, 2010–2024). \"10× every {} months\" is ×{}. The {}-month doubling is OpenAI's for 2012–2018.",
                &[x(doubling_months.0), x(doubling_months.1), n(doubling.low), n(doubling.high), x(measured.low), x(measured.high), x(tenfold_months), n(tenfold), x(openai_doubling_months)],
            ),
            Reason::PowerGrowth { growth } => fill(
                "A growth rate, not an amount: set yearly growth to {} to see what it does to a total.",
                &[pct(growth)],
            ),
            Reason::Edge { large_params, small_params, hw, output_tokens, times } => fill(
                "On the same {} and the same {}-token answers, a model with {} parameters uses ~{}× the energy per query of one with {} (the work per token grows with the parameters); what a phone's chip saves beyond that is not in the public figures.",
                &[hw.spec().name.to_string(), x(output_tokens), n(large_params), n(times), n(small_params)],
            ),
        }
    }

    fn cite_lead(&self, c: &CiteLead) -> String {
        let range = |r: &Option<String>| {
            r.as_ref()
                .map_or_else(String::new, |r| format!(" (likely {r})"))
        };
        match c {
            CiteLead::Service { version, name, params, daily_use, days, with_training, shown, range: r } => {
                let what = if *with_training { "including training" } else { "in use, training not counted" };
                let who = match name {
                    Some(name) => format!("{daily_use} for {days} days, each one {}, uses", mid_sentence(name)),
                    None => format!("a model with {params} parameters {daily_use} for {days} days uses"),
                };
                format!("According to the AI electricity calculator (data version {version}), {who} about {shown} {what}{}.", range(r))
            }
            CiteLead::Item { version, name, per, shown, range: r } => {
                let per = format!(" ({})", per.to_ascii_lowercase());
                format!("According to the AI electricity calculator (data version {version}), {}{per} takes about {shown}{}.", mid_sentence(name), range(r))
            }
            CiteLead::Me { version, lines: Some(lines), shown, range: r } => format!(
                "According to the AI electricity calculator (data version {version}), one person's use of {} a day comes to about {shown} a year{}.",
                lines.replace("× A ", "× a ").replace("× An ", "× an "),
                range(r)
            ),
            CiteLead::Me { version, lines: None, shown, .. } => format!(
                "In the AI electricity calculator (data version {version}), no AI use has been added yet: {shown} a year."
            ),
            CiteLead::Pair { version, a, b, per, shown, range: r } => {
                let per = match per {
                    Question::Service => "in total",
                    Question::Item => "per item",
                    Question::Me => "a year",
                };
                format!("According to the AI electricity calculator (data version {version}), {} takes {shown} the electricity of {}, {per}{}.", mid_sentence(b), mid_sentence(a), range(r))
            }
        }
    }

    fn home_adjective(&self, h: HomeRegion) -> &'static str {
        match h {
            HomeRegion::China => "Chinese",
            HomeRegion::Usa => "US",
            HomeRegion::Germany => "German",
            HomeRegion::Uk => "UK",
            HomeRegion::Japan => "Japanese",
        }
    }

    fn homes_metric(&self, h: HomeRegion) -> &'static str {
        match h {
            HomeRegion::China => "Like Chinese households' electricity",
            HomeRegion::Usa => "Like US households' electricity",
            HomeRegion::Germany => "Like German households' electricity",
            HomeRegion::Uk => "Like UK households' electricity",
            HomeRegion::Japan => "Like Japanese households' electricity",
        }
    }

    fn households(&self, households: &str, home: HomeRegion, per_home: Option<&str>) -> String {
        let each = per_home.map_or_else(String::new, |e| format!(" ({e} each)"));
        format!(
            "As much as {households} {} homes use in a year{each}",
            self.home_adjective(home)
        )
    }

    fn cite_input(&self, c: InputCite) -> String {
        // Constants are quoted exactly, as their tables hold them.
        let x = |v: f64| format::exact(v, Lang::En);
        match c {
            InputCite::Given => "Given in the link (the reader's or the preset's value)".to_string(),
            InputCite::Input(f, work) => {
                let d = |f: Field| f.get(&Scenario::DEFAULT).unwrap_or_default();
                let n = |v: f64| format::count(v, Lang::En);
                let per_cube_root = |per: f64, what: &str| {
                    fill("Not given: {} × (parameters ÷ 10⁹)^⅓ {}", &[x(per), what.to_string()])
                };
                match f {
                    Field::Params => fill("Default: GPT-3's {} parameters (Brown et al. 2020)", &[n(d(f))]),
                    Field::TrainingTokens => fill("Default: GPT-3's {} training tokens (Brown et al. 2020)", &[n(d(f))]),
                    Field::ActiveParams => "Not given: every parameter is active per token (a dense model)".to_string(),
                    Field::TrainingAcceleratorHours if work.is_diffusion() => "Not given: an image or video model's training counts only from its published accelerator-hours".to_string(),
                    Field::TrainingAcceleratorHours => "Not given: estimated from FLOPs, 6 × active parameters × tokens ÷ (peak FLOP/s × MFU)".to_string(),
                    Field::DevelopmentOverhead => fill("Default: {} = the final run only, as published figures count it; OLMo 2 measured ×1.5 (Morrison 2025), Olmo 3 ×5.6", &[x(d(f))]),
                    Field::QueriesPerDay => fill("Default: {} queries a day, a round figure", &[n(d(f))]),
                    Field::OutputTokens | Field::InputTokens => fill(
                        "Default: a chat answer of {} tokens to a {}-token prompt (round figures)",
                        &[x(d(Field::OutputTokens)), x(d(Field::InputTokens))],
                    ),
                    Field::Days => fill("Default: {} days, one year of use", &[x(d(f))]),
                    Field::YearlyGrowth => "Default: queries do not grow over the deployment".to_string(),
                    Field::AcceleratorsPerReplica => fill(
                        "Not given: the fewest accelerators whose memory ({}% of it usable) holds the weights and the batch's KV cache",
                        &[x(USABLE_MEMORY_SHARE * 100.0)],
                    ),
                    Field::Steps | Field::WidthPx | Field::HeightPx | Field::Frames | Field::Fps => fill(
                        "Default: {} steps, {} × {} pixels, {} frames at {} fps (round figures of SD3.5, FLUX.1 and Wan 2.x settings)",
                        &[x(d(Field::Steps)), x(d(Field::WidthPx)), x(d(Field::HeightPx)), x(d(Field::Frames)), x(d(Field::Fps))],
                    ),
                    Field::PxPerToken => fill(
                        "Default: {} pixels per token each side (8× autoencoder × 2 × 2 patches: SD3.5, FLUX.1, Wan, HunyuanVideo)",
                        &[x(d(f))],
                    ),
                    Field::Layers if work.is_diffusion() => per_cube_root(diffusion::LAYERS_PER_CUBE_ROOT_BILLION, "layers, the median of 12 published diffusion transformers"),
                    Field::Layers => per_cube_root(serving::LAYERS_PER_CUBE_ROOT_BILLION, "layers (Llama 3.1 8B, 70B and 405B)"),
                    Field::Hidden => per_cube_root(diffusion::HIDDEN_PER_CUBE_ROOT_BILLION, "hidden width, the median of 12 published diffusion transformers"),
                    Field::CachedShare => "Default: no prompt served from a prefix cache".to_string(),
                    Field::CallsPerQuery => fill("Default: {} model call per query (an answer, not an agent's task)", &[x(d(f))]),
                    // Their source is an uncertain input's range or a reference row (`Field::source`).
                    Field::Mfu | Field::TrainingW | Field::Pue | Field::HostOverhead | Field::Batch
                    | Field::FleetUtilisation | Field::GuidancePasses | Field::Grid | Field::Wue | Field::Price => match f.source() {
                        Source::Knob(k) => self.cite(Cite::Knob(k)).to_string(),
                        Source::Reference | Source::Cited => fill("Default: {}, a reference value (Data centre and grid)", &[x(d(f))]),
                    },
                }
            }
            InputCite::Choice(choice) => match choice {
                Choice::Hw(h) | Choice::ServingHw(Some(h)) => self.cite(Cite::Hw(h)).to_string(),
                Choice::ServingHw(None) => "Served on the training accelerator".to_string(),
                Choice::Currency(_) => "The reader's currency (prices are per kWh in it)".to_string(),
                Choice::Home(h) => self.cite(Cite::Home(h)).to_string(),
                Choice::Ev(e) => self.cite(Cite::Ev(e)).to_string(),
                Choice::Precision(p) => {
                    let bytes = x(p.bytes_per_param());
                    match p {
                        Precision::Bf16 => fill("BF16 weights: {} bytes each, computed at the dense BF16 peak", &[bytes]),
                        Precision::Fp8 => fill("FP8 weights and activations: {} byte each; an optimised engine computes at the FP8 peak where the hardware has one, the reference engine (vLLM, as measured) at the BF16 peak", &[bytes]),
                        Precision::Int4 => fill("4-bit integer weights (GPTQ/AWQ INT4): {} byte each, computed at 16 bits", &[bytes]),
                        Precision::Fp4 => fill("4-bit float weights (NVFP4, MXFP4): {} byte each; an optimised engine computes at the FP4 peak where the hardware has FP4 tensor cores (Blackwell, MI355X), else weight-only at 16 bits", &[bytes]),
                    }
                }
                Choice::Engine(None) => self.cite(Cite::Knob(Knob::Engine)).to_string(),
                Choice::Engine(Some(e)) => {
                    let spec = e.spec();
                    let batch = [x(spec.batch.low), x(spec.batch.high)];
                    match (e, spec.expert_gemms) {
                        (Engine::Reference, ExpertGemms::Flat(share) | ExpertGemms::Tiled { floor: share, .. }) => fill(
                            "The reference engine: open-source defaults as ML.ENERGY v3 measured them (vLLM 0.11): matrix products at the BF16 peak, experts' at {}% of it, {}–{} requests a batch. Images and videos: diffusers, 16-bit, a U-Net's step with {}\u{a0}s of launch overhead",
                            &[x(share * 100.0), batch[0].clone(), batch[1].clone(), x(unet::UNET_STEP_OVERHEAD_S)],
                        ),
                        (Engine::Optimised, ExpertGemms::Tiled { half_tokens, .. }) => fill(
                            "An optimised engine (TensorRT-LLM class, as MLPerf submissions use): 8- and 4-bit weights at their own peaks, experts' tiles half full at {} tokens each, {}–{} requests a batch; checked on MLPerf Inference v4.0 Power. Images and videos (TensorRT class): 8- and 4-bit weights at their peak, attention and the decoder in 16 bits, a U-Net's step as one CUDA graph ({}\u{a0}s); checked on MLPerf's SDXL",
                            &[x(half_tokens), batch[0].clone(), batch[1].clone(), x(unet::OPTIMISED_STEP_OVERHEAD_S)],
                        ),
                        (Engine::Optimised, ExpertGemms::Flat(share)) => fill(
                            "An optimised engine (TensorRT-LLM class): 8- and 4-bit weights at their own peaks, experts' at {}% of the peak, {}–{} requests a batch",
                            &[x(share * 100.0), batch[0].clone(), batch[1].clone()],
                        ),
                    }
                }
                Choice::Arch(a) => match a {
                    Arch::Dit => "A diffusion transformer: every layer at full resolution over the latent's patches; fitted on ML.ENERGY v3 (717 configurations of 9 models on H100 and B200)".to_string(),
                    Arch::Unet => fill(
                        "A U-Net: convolutions and attention at falling resolutions, counted from its published config; its convolutions at {}% of the 16-bit peak and {}\u{a0}s a step of launch overhead on a reference engine, fitted on ML.ENERGY's A100 runs of Stable Diffusion 1.5 and 2.1 and checked on SDXL",
                        &[x(unet::UNET_COMPUTE_EFFICIENCY * 100.0), x(unet::UNET_STEP_OVERHEAD_S)],
                    ),
                },
                Choice::Unet(None) => fill(
                    "From its size: built like Stable Diffusion 1.x/2.x below {} billion parameters and like XL from there, its blocks scaled to the size, never costing less than a smaller U-Net",
                    &[x(unet::SDXL_FROM_PARAMS / 1e9)],
                ),
                Choice::Unet(Some(u)) => fill(
                    "{} million parameters, counted level by level from the published config ({})",
                    &[x(libm::round(u.spec().params / 1e6)), u.source().to_string()],
                ),
                Choice::Question(_) => "The question the page answers first: one item, a person's own use or a whole service (the results are the same; only which leads changes)".to_string(),
                Choice::MyTraining(_) => "Whether a person's use counts each item's share of training: its service's training ÷ every item the service makes over its deployment".to_string(),
                Choice::Work(w) => match w {
                    Work::Text => "A text answer: the serving roofline (prefill, then decode steps), fitted on ML.ENERGY v3".to_string(),
                    Work::Image | Work::Video => "An image or video: the diffusion model (steps × passes over the latent tokens), fitted on ML.ENERGY v3".to_string(),
                },
            },
        }
    }

    fn cite(&self, c: Cite) -> &'static str {
        quoted_texts::cite(Lang::En, c)
    }

    fn write_cite(&self, c: Cite) -> String {
        // Constants are quoted exactly, as their tables hold them.
        let x = |v: f64| format::exact(v, Lang::En);
        match c {
            Cite::Knob(k) => {
                let r = k.default_range();
                let (low, high) = percent_range(k);
                match k {
                    Knob::Mfu => {
                        let m = |h: Hw| HwQuote::of(h, Lang::En).mfu;
                        fill("By accelerator generation (shown: H100), from 22 published runs: V100 {}% (GPT-3 19.7%), A100 {}%, H100 {}% (Llama 3.1 405B 35%, 8B 14%), TPU v3 {}%, TPU v4 {}% (PaLM 46.2%)", &[m(Hw::V100), m(Hw::A100), cat!(x(low), "–", x(high)), m(Hw::TpuV3), m(Hw::TpuV4)])
                    }
                    Knob::TrainingDraw => {
                        let tpu = HwQuote::of(Hw::TpuV3, Lang::En);
                        fill("Measured average power in training sits below rated power: TPU v3 {}\u{a0}W of {}\u{a0}W (Patterson 2021); GPU traces at 60–90% of TDP; taken as {}–{}% of rated power, with the host's share on top", &[tpu.measured.unwrap_or_default(), tpu.watts, x(low), x(high)])
                    }
                    Knob::Batch => {
                        let (reference, optimised) = (Engine::Reference.spec().batch, Engine::Optimised.spec().batch);
                        fill("Serving engines batch tens to thousands of requests per replica: the reference engine {}–{} (ML.ENERGY v3, vLLM: 8 to 4,096), an optimised one {}–{} (MLPerf: up to 896 per two-GPU replica); an unknown engine {}–{}", &[x(reference.low), x(reference.high), x(optimised.low), x(optimised.high), x(r.low), x(r.high)])
                    }
                    Knob::Engine => "Text: large services run tuned engines (Google's TPU stack, DeepSeek's published inference system, TensorRT-LLM): optimised at the centre and low end, the reference engine (vLLM defaults, as ML.ENERGY measures) at the high end. Images and videos: the reference engine (diffusers, as ML.ENERGY measures) at the centre and high end, an optimised one (TensorRT, as MLPerf's SDXL runs) at the low end".to_string(),
                    Knob::FleetUtilisation => fill("Google 2025: idle reserve is 10% of a Gemini prompt's energy (≈{}% busy here); low-traffic fleets are emptier (Alibaba Aegaeon, SOSP 2025)", &[x(r.central * 100.0)]),
                    Knob::ServingFit => fill("Measured ÷ modelled GPU energy per token over the 247 fitted ML.ENERGY v3 configurations (H100, B200, 8B–671B models): 10th percentile {}, 90th {}; 86% of the 159 held-out configurations fall inside", &[x(r.low), x(r.high)]),
                    Knob::DiffusionFit => {
                        let u = crate::model::assumptions::DIFFUSION_FIT_SHAPE_UNKNOWN;
                        let (p, z) = (crate::model::assumptions::UNET_FIT, crate::model::assumptions::UNET_FIT_FROM_SIZE);
                        fill("Measured ÷ modelled GPU energy per image or video over 717 ML.ENERGY v3 configurations (9 models, H100 and B200, 1–8 GPUs, batch 1–32): 10th percentile {}, median 1.0, 90th {}; {} and {} when the model's layers and width are estimated from its size. U-Nets, over ML.ENERGY's A100 runs: {} and {} with a published layout (SD 1.5, 2.1, XL), {} and {} when the layout comes from the size or for a video", &[x(r.low), x(r.high), x(u.low), x(u.high), x(p.low), x(p.high), x(z.low), x(z.high)])
                    }
                    Knob::GuidancePasses => "Classifier-free guidance runs the denoiser twice a step (SD3.5, Wan, CogVideoX); guidance-distilled models run it once (FLUX.1 dev, HunyuanVideo)".to_string(),
                    Knob::HostOverhead => fill("Rated server power beyond the GPUs: DGX H100 +82%, DGX A100 +103%, DGX B200 +79%; {} gives Epoch AI's 1,275\u{a0}W per H100", &[x(r.central)]),
                    Knob::Pue => fill("Google fleet {}; Microsoft/OpenAI {} (EcoLogits provider table); industry average {} (Uptime Institute 2023)", &[x(r.low), x(r.central), x(r.high)]),
                }
            }
            Cite::Hw(hw) => {
                let q = HwQuote::of(hw, Lang::En);
                // Where the row's numbers come from, and a note the row does not carry; every number is the row's.
                let (from, note) = match hw {
                    Hw::V100 => ("NVIDIA V100 datasheet (SXM2); Patterson et al. 2021, arXiv 2104.10350", ""),
                    Hw::A100 => ("NVIDIA A100 datasheet (80\u{a0}GB SXM4)", ""),
                    Hw::H100 => ("NVIDIA H100 specification (SXM)", ""),
                    Hw::H800 => ("The H100 die for China, NVLink cut to 400\u{a0}GB/s (the LLM-Prof hardware table)", ""),
                    Hw::H200 => ("NVIDIA H200 specification (SXM; the H100's compute die)", ""),
                    Hw::H20 => ("No NVIDIA datasheet: the Hugging Face hardware page and public spec tables", ""),
                    Hw::Ascend910b => ("No Huawei datasheet: the 910B2 in open-source simulator configurations and cloud documentation", "; power as reported (310–400\u{a0}W), unverified"),
                    Hw::B200 => ("HGX/DGX B200 specification summaries, air-cooled", " (a DGX B200 of eight draws 14.3\u{a0}kW)"),
                    Hw::L40s => ("NVIDIA L40S datasheet (a PCIe inference card)", ""),
                    Hw::L20 => ("No NVIDIA datasheet (the L40S's China variant): public spec tables, industry reports", ""),
                    Hw::H20e => ("No NVIDIA datasheet: the H20's 141\u{a0}GB HBM3e variant (2025), public spec tables", ""),
                    Hw::B300 => ("HGX B300 (Blackwell Ultra) specification summaries", ""),
                    Hw::Gb200 => ("GB200 NVL72 specification ÷ 72 GPUs (MLCommons system descriptions)", ""),
                    Hw::Gb300 => ("GB300 NVL72 specification ÷ 72 GPUs", ""),
                    Hw::Mi300x => ("AMD Instinct MI300X specification (TBP)", ""),
                    Hw::Mi325x => ("AMD Instinct MI325X specification (TBP)", ""),
                    Hw::Mi355x => ("AMD Instinct MI355X specification (TBP)", ""),
                    Hw::Ascend910c => ("No Huawei datasheet (SemiAnalysis press reports): a CloudMatrix 384 ÷ 384 chips; power not published, estimated as two 910B-class dies", " (the supernode's ~1,456\u{a0}W per chip includes its optical network and hosts)"),
                    Hw::TpuV3 => ("Patterson et al. 2021 Table 4 (TDP) and Google's measured system power per chip (the ML CO2 Impact calculator's chip table)", ""),
                    Hw::TpuV4 => ("PaLM paper (Chowdhery et al. 2022) p. 66: measured system power per chip, no TDP published", ""),
                };
                let mut spec = fill("{}\u{a0}W, {} dense BF16", &[q.watts, q.bf16]);
                if let Some(f) = q.fp8 {
                    spec = cat!(spec, ", FP8/INT8 ", f);
                }
                if let Some(f) = q.fp4 {
                    spec = cat!(spec, ", FP4 ", f);
                }
                spec = cat!(spec, ", ", q.gb, "\u{a0}GB at ", q.bandwidth);
                if let Some(m) = q.measured {
                    spec = cat!(spec, ", ", m, "\u{a0}W measured per chip");
                }
                fill(
                    "{}: {}{}; training MFU of its generation's published runs {}%",
                    &[from.to_string(), spec, note.to_string(), q.mfu],
                )
            }
            Cite::Home(h) => {
                let kwh = [format::exact(h.basis().kwh_per_year, Lang::En)];
                match h {
                    HomeRegion::China => fill("Derived: 1.35\u{a0}trillion kWh residential use in 2023 (China NEA, via People's Daily 2024-01-19) over 494–538\u{a0}million households = 2,510–2,730\u{a0}kWh; central {}", &kwh),
                    HomeRegion::Usa => fill("US EIA FAQ 97: 893\u{a0}kWh a month per residential customer in 2020 = {}\u{a0}kWh a year", &kwh),
                    HomeRegion::Germany => fill("Derived: 128\u{a0}TWh household use in 2020 (BDEW/Destatis) over 41.5\u{a0}million households = {}\u{a0}kWh (Germany, not an EU average)", &kwh),
                    HomeRegion::Uk => fill("Ofgem typical domestic consumption value (medium), {}\u{a0}kWh a year", &kwh),
                    HomeRegion::Japan => fill("Japan Ministry of the Environment, household CO2 statistics, FY2021: {}\u{a0}kWh", &kwh),
                }
            }
            Cite::Ev(e) => {
                let wh = [format::exact(e.basis().wh_per_km, Lang::En)];
                match e {
                    Ev::Model3 => fill("US EPA combined, 2024 Model 3 RWD: 132 MPGe = 255\u{a0}Wh/mi = {}\u{a0}Wh/km incl. charging losses (InsideEVs, 2023)", &wh),
                    Ev::ModelY => fill("US EPA combined, 2024 Model Y Long Range AWD 19\": 117 MPGe = 288\u{a0}Wh/mi = {}\u{a0}Wh/km (InsideEVs, 2023)", &wh),
                }
            }
            Cite::Trip => {
                format!(
                    "G2 Beijing–Shanghai Expressway, {}\u{a0}km",
                    format::exact(BEIJING_SHANGHAI_KM, Lang::En)
                )
            }
            Cite::EarthLap => {
                format!(
                    "Equatorial circumference {}\u{a0}km (WGS-84)",
                    format::exact(EARTH_LAP_KM, Lang::En)
                )
            }
            Cite::Rung(r) => {
                let home = [format::exact(
                    HomeRegion::China.basis().kwh_per_year,
                    Lang::En,
                )];
                let per_person = [format::exact(libm::round(CHINA_KWH_PER_PERSON), Lang::En)];
                let twh = [format::exact(in_unit(r.kwh_per_year(), 1e9, 2), Lang::En)];
                let size = format::count(r.defined_size().unwrap_or_default(), Lang::En);
                match r {
                    Rung::Household => self.write_cite(Cite::Home(HomeRegion::China)),
                    Rung::Village => fill("Defined: {} households × a Chinese household's {}\u{a0}kWh", &[size, home[0].clone()]),
                    Rung::District | Rung::City | Rung::Province => fill("Defined: {} people × China's {}\u{a0}kWh per person, all sectors (NEA 2024 use ÷ NBS population)", &[size, per_person[0].clone()]),
                    Rung::ThreeGorges => fill("China Three Gorges Corporation: {}\u{a0}TWh generated in 2023 (a dry year; record 111.8\u{a0}TWh in 2020)", &twh),
                    Rung::Netherlands => fill("CBS (Statistics Netherlands): {}\u{a0}TWh used in 2022", &twh),
                    Rung::WorldDataCentres => fill("IEA, Energy and AI (2025): the world's data centres used ~{}\u{a0}TWh in 2024", &twh),
                    Rung::ChinaGeneration => fill("Energy Institute Statistical Review of World Energy 2025: China generated {}\u{a0}TWh in 2024", &twh),
                }
            }
            Cite::Everyday(e) => {
                let wh = [format::exact(e.wh().central, Lang::En)];
                match e {
                    Everyday::WebSearch => fill("Google 2009 (Hölzle): {}\u{a0}Wh per search, the figure de Vries (Joule 2023) compares AI with", &wh),
                    Everyday::LedHour => fill("A {}\u{a0}W LED bulb (800 lm, the 60\u{a0}W-incandescent equivalent; US DOE / ENERGY STAR) for one hour", &wh),
                    Everyday::PhoneCharge => fill("One smartphone charge, {}\u{a0}Wh (Luccioni, Jernite & Strubell, FAccT 2024)", &wh),
                    Everyday::Kettle => fill(
                        "Physics: 1 litre of water from 20 °C to 100 °C = {} kJ/(kg·K) × {} K = {}\u{a0}Wh, in a kettle ~{}% efficient",
                        &[
                            format::exact(WATER_KJ_PER_KG_K, Lang::En),
                            format::exact(KETTLE_RISE_K, Lang::En),
                            format::plain(WATER_KJ_PER_KG_K * KETTLE_RISE_K / 3.6, Lang::En),
                            x(KETTLE_EFFICIENCY * 100.0),
                        ],
                    ),
                    Everyday::ChatAnswer => fill(
                        "This calculator's estimate: a {}-token chat answer from Llama 3.1 70B on four H100s",
                        &[format::exact(Preset::Llama70b.scenario().output_tokens_per_query, Lang::En)],
                    ),
                    Everyday::Image => "This calculator's estimate: one 1024 × 1024 image from Stable Diffusion 3.5 Large on H100s (28 steps)".to_string(),
                    Everyday::ShortVideo => "This calculator's estimate: one 5-second 720p video from Wan 2.1 14B on H100s (81 frames, 50 steps)".to_string(),
                    Everyday::ReasoningAnswer => fill(
                        "This calculator's estimate: a DeepSeek-R1-class model's {}-token answer on H800s",
                        &[format::exact(Preset::Reasoning.scenario().output_tokens_per_query, Lang::En)],
                    ),
                }
            }
            Cite::Phone => {
                format!(
                    "Luccioni, Jernite & Strubell, FAccT 2024: {}\u{a0}kWh per smartphone charge",
                    format::exact(PHONE_CHARGE_WH / 1_000.0, Lang::En)
                )
            }
        }
    }

    fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::UnknownKey { key } => cat!("Unknown link parameter “", key, "” was ignored."),
            Problem::BadNumber { key, value, error } => cat!(
                key,
                "=“",
                value,
                "” ",
                input_error(*error, Lang::En),
                "; the default is used instead."
            ),
            Problem::UnknownChoice { key, value } => cat!(
                key,
                "=“",
                value,
                "” is not a known choice; the default is used instead."
            ),
            Problem::UnsupportedVersion { value } => {
                cat!(
                    "Link version “",
                    value,
                    "” is not known; it was read as version 1."
                )
            }
            Problem::Repeated { key } => {
                cat!(key, " appears more than once; the last value is used.")
            }
            Problem::TooLong => "The link is too long; the rest was ignored.".to_string(),
            Problem::ActiveAboveTotal => {
                "Active parameters exceed the total; the total is used.".to_string()
            }
            Problem::UnknownLine { key } => {
                cat!("“", key, "” names no preset; that line was left out.")
            }
            Problem::TooManyLines => cat!(
                "Your use holds at most ",
                crate::shortest::integer(MAX_LINES as i32),
                " lines; the rest were left out."
            ),
            Problem::InB(p) => cat!("Scenario B: ", self.problem(p)),
        }
    }

    fn everyday(&self, e: Everyday) -> &'static str {
        match e {
            Everyday::WebSearch => "A web search (Google, 2009)",
            Everyday::LedHour => "A 9\u{a0}W LED bulb for an hour",
            Everyday::PhoneCharge => "A full phone charge",
            Everyday::Kettle => "Boiling a litre of water",
            Everyday::ReasoningAnswer => "A reasoning model's answer (R1-class, this calculator)",
            Everyday::ChatAnswer => "A chat answer (Llama 3.1 70B, this calculator)",
            Everyday::Image => "An AI image (SD3.5 Large, this calculator)",
            Everyday::ShortVideo => "A 5-second AI video (Wan 2.1, this calculator)",
        }
    }

    fn rung(&self, r: Rung) -> (&'static str, &'static str) {
        match r {
            Rung::Household => (
                "A Chinese household",
                "NEA 2023 residential use ÷ households",
            ),
            Rung::Village => ("A village (300 households)", "from the household figure"),
            Rung::District => (
                "A city district (500,000 people)",
                "China's use per person, NEA and NBS 2024",
            ),
            Rung::City => ("A city (10\u{a0}million people)", "China's use per person"),
            Rung::ThreeGorges => (
                "The Three Gorges dam's output",
                "China Three Gorges Corp., 2023",
            ),
            Rung::Netherlands => ("The Netherlands", "CBS, 2022"),
            Rung::Province => (
                "A province (50\u{a0}million people)",
                "China's use per person",
            ),
            Rung::WorldDataCentres => ("The world's data centres", "IEA, 2024"),
            Rung::ChinaGeneration => (
                "China's generation",
                "Energy Institute Statistical Review 2025, for 2024",
            ),
        }
    }

    fn comparison(&self, c: Comparison) -> &'static str {
        match c {
            Comparison::EastWestPrice => "East vs West China price (as reported)",
            Comparison::PueLiquid => "PUE 1.58 vs liquid cooling 1.09",
            Comparison::CloudEdge => "175B in the cloud vs 3B on a device",
            Comparison::Gpt3Gpt4 => "GPT-3 vs GPT-4 training",
            Comparison::ChatReasoning => "A chat answer vs a reasoning answer",
            Comparison::H100H20 => "H100 vs H20 serving the same model",
            Comparison::TextVideo => "A chat answer vs a 5-second video",
        }
    }

    /// The methodology section's opening paragraphs (written into `static/methodology.html`, not carried by the page).
    fn methodology_text(&self) -> (&'static str, &'static str) {
        ("Training: FLOPs ≈ 6 × active parameters × training tokens; accelerator-hours = FLOPs ÷ (peak FLOP/s × utilisation by accelerator generation); energy = hours × (accelerator power + host share) × PUE. Inference: a roofline model of one serving replica — the prompt is read at full power with attention growing with the square of the context (a prefix cache skips part of it), then each decode step takes a fixed overhead plus the longer of its compute and its memory traffic, at a power between a fitted floor and the rating, shared by the batch; an optimised engine multiplies 8- and 4-bit weights at their own peaks and keeps larger batches — fitted on 406 measured GPU configurations (median error ×1.23 on models left out of the fit) and checked on an optimised engine's whole-server measurements (×1.07); then idle capacity, host share and PUE; an agent's task counts each of its model calls. Images and videos: denoising steps × passes per step (2 with classifier-free guidance) × the denoiser's work over the item's latent tokens — linear layers 2 × parameters × tokens, attention growing with the square of the tokens, activation traffic — on the chosen accelerator, fitted on 717 measured configurations of 9 image and video models (median error ×1.21; ×1.19 on models left out of the fit); a U-Net (Stable Diffusion 1.5, 2.1, XL) is counted level by level from its published config, its resolution falling by half at each level, fitted on 15 A100 runs of Stable Diffusion 1.5 and 2.1 (×1.15 with each model left out; ×1.16 on SDXL, SDXL-Turbo, SSD-1B and Kandinsky, never fitted); an image's decoder is counted once; an optimised engine (TensorRT class) multiplies 8-bit weights at their own peak and runs a U-Net's step as one CUDA graph, checked on MLPerf's SDXL at the wall (×1.02–1.06). Every uncertain input has a low and a high value (for the calibration spreads, the 10th and 90th percentiles of measured ÷ modelled; for the others, the span of published values); a result's likely range combines them as independent inputs (the root-sum-square of their log ratios, as the GUM combines uncertainties) and holds 79–86% of the measured configurations it is checked on; the chart of what matters most also shows every input at its best or worst at once.", "Boundary: electricity of the accelerators, their servers and the data centre for one final training run (the development around it only if you set it) and for serving queries. Outside: embodied emissions of hardware and buildings, networks and readers' devices. Water counts on-site cooling per kWh of IT energy.")
    }

    fn work(&self, w: Work) -> WorkWords {
        match w {
            Work::Text => WorkWords {
                name: "Text answers",
                item: None,
                items: "queries",
                one: "One query to this model",
                daily: "{} queries a day",
                daily_cited: "answering {} queries a day",
            },
            Work::Image => WorkWords {
                name: "Images",
                item: Some(ItemWords {
                    per_item: FIRST.per_image,
                    per_day: FieldText {
                        label: "Images per day",
                        unit: "",
                        help: "Images generated per day, e.g. 10M",
                    },
                }),
                items: "images",
                one: "One image from this model",
                daily: "{} images a day",
                daily_cited: "making {} images a day",
            },
            Work::Video => WorkWords {
                name: "Videos",
                item: Some(ItemWords {
                    per_item: FIRST.per_video,
                    per_day: FieldText {
                        label: "Videos per day",
                        unit: "",
                        help: "Videos generated per day, e.g. 1M",
                    },
                }),
                items: "videos",
                one: "One video from this model",
                daily: "{} videos a day",
                daily_cited: "making {} videos a day",
            },
        }
    }

    fn precision(&self, p: Precision) -> &'static str {
        match p {
            Precision::Bf16 => "BF16 (16-bit)",
            Precision::Fp8 => "FP8 (8-bit)",
            Precision::Int4 => "INT4 (4-bit weights)",
            Precision::Fp4 => "FP4 (NVFP4 / MXFP4)",
        }
    }

    fn bracketed(&self, name: &str, detail: &str) -> String {
        format!("{name} ({detail})")
    }

    fn scenario_line(&self, params: &str, daily: &str, days: &str, hw: &str) -> String {
        format!("{params} parameters · {daily} · {days} days · {hw}")
    }

    fn year(&self, n: u32) -> String {
        format!("Year {n}")
    }

    fn projection(&self, g: &str, years: [Option<u32>; 3], beyond: u32) -> String {
        let [late, central, early] = years;
        let when = |y: Option<u32>| match y {
            Some(y) => format!("year {y}"),
            None => format!("after {beyond} years"),
        };
        match central {
            Some(_) => format!(
                "With queries growing {g} a year, it reaches 1% of China's generation in {} (range: {} to {}).",
                when(central),
                when(early),
                when(late)
            ),
            None => format!(
                "With queries growing {g} a year, it stays below 1% of China's generation for {beyond} years (soonest: {}). Set the yearly growth under Use.",
                when(early)
            ),
        }
    }

    fn change(&self, label: &str, from: &str, to: &str) -> String {
        format!("{label} {to} instead of {from}")
    }

    fn compare_sentence(&self, t: &CompareTotals) -> String {
        if t.changes.is_empty() {
            return "B is the same as A.".to_string();
        }
        let word = if t.less { "less" } else { "more" };
        let more = match t.more {
            0 => String::new(),
            1 => "; and one more change".to_string(),
            n => format!("; and {n} more changes"),
        };
        let per = match t.per {
            Question::Service => "",
            Question::Item => " per item",
            Question::Me => " a year",
        };
        let change = t.factor.as_ref().map_or_else(
            || format!("{} {word} ({} {word})", t.percent, t.difference),
            |factor| format!("B ÷ A {factor}"),
        );
        format!(
            "With {}{more}: {}{per} instead of {}, {change}.",
            t.changes.join("; "),
            t.b_total,
            t.a_total,
        )
    }
}
