//! 简体中文。
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
    title: "AI 耗电计算器",
    subtitle: "输入模型大小和使用量，看它用多少度电、相当于多少户人家一年的用电、能让特斯拉开多远——每个数都有范围和来源。",
    switch_to: "English",
    notice_title: "链接里有些内容无法使用，其余部分已照常载入：",
    dismiss: "知道了",
    colon: "：",
    reset: "重新开始",
    presets_title: "从一个场景开始",
    range: "大概率范围",
    compare_start: "＋ 对比另一个方案",
    compare_stop: "结束对比",
    edit_a: "编辑方案 A",
    edit_b: "编辑方案 B",
    scenario_b: "方案 B",
    comparisons_title: "对比示例",
    not_a_number: "不是有效数字",
    too_small: "太小，最小为",
    too_large: "太大，最大为",
    changed: "（已修改）",
    parameters: "个参数",
    list_sep: "、",
    per_query: "每次提问",
    per_image: "每张图",
    per_video: "每段视频",
    lead_total: "训练＋使用总耗电",
    lead_my_year: "我的用电（每年）",
    lead_my_day: "我的用电（每天）",
    with_training: "（含每次分摊的训练用电）",
    without_training: "（不计训练）",
    service_training: "其中训练 {}，占 {}",
    lead_use_total: "使用总耗电",
    per_task: "每个任务",
    question_title: "你想知道",
    question_item: "单次用电",
    question_me: "我的用电",
    question_service: "整个服务",
    like: "相当于",
    phone_charges: "次手机充电",
    led_hours: "小时 LED 灯（9\u{a0}瓦）",
    kettle_boils: "壶开水（1\u{a0}升）",
    household_minutes: "分钟{}家庭的用电",
    ev_km: "公里电动车",
    item_training_not_counted: "未计入训练",
    item_training: "另有训练分摊 {}（训练用电 ÷ 部署期内的 {} 次）",
    kind_warning: "公开过的图像和视频模型最大约 {} 个参数，这么大的去噪模型没人发布过：这个数不可信。",
    my_use_empty: "还没有添加你的使用：在下方加一行",
    scenario_a: "方案 A",
    ratio_per_item: "B ÷ A（每次）",
    ratio_of: "B ÷ A（{}）",
    group_text: "文字",
    group_reasoning: "推理",
    group_agents: "智能体",
    group_images: "图片",
    group_videos: "视频",
    group_training: "训练",

};

pub(super) const STRINGS: Strings = Strings {
    first: &FIRST,
    share_title: "分享与引用",
    copy_link: "复制链接",
    copied: "已复制到剪贴板。",
    copy_refused: "浏览器不允许自动复制：链接已选中，请按 Ctrl+C（或长按）复制。",
    link_contains: "这个链接包含什么",
    link_contains_default: "只有默认值：链接打开的就是默认场景。",
    link_version: "链接版本",
    link_lang: "语言",
    link_embed: "嵌入模式",
    link_lock: "只读",
    link_theme: "配色",
    export_json: "下载 JSON",
    export_csv: "下载 CSV",
    citation_title: "引用这句话",
    copy_citation: "复制引用",
    embed_title: "嵌入文章",
    embed_help: "把下面的代码粘贴到文章里。后面那段脚本可选：有了它，框的高度会随内容自动调整。",
    copy_embed: "复制嵌入代码",
    open_full: "在完整计算器中打开",
    group_model: "模型与训练",
    group_use: "使用（推理）",
    group_facility: "数据中心与电网",
    group_compare: "换算基准",
    more_assumptions: "更多假设",
    unknown_uses_range: "未知则按范围",
    accelerator: "芯片",
    serving_accelerator: "推理芯片",
    same_accelerator: "与训练相同",
    precision: "权重精度",
    video_length: "按这个帧率，视频长 {} 秒",
    work_kind: "AI 生成什么",
    engine: "推理引擎",
    engine_either: "不确定（取范围）",
    engine_reference: "参考引擎（vLLM、diffusers）",
    engine_optimised: "优化引擎（TensorRT 一类）",
    arch: "去噪网络",
    arch_dit: "Transformer（SD3.5、FLUX、Wan）",
    arch_unet: "U-Net（SD 1.5、2.1、XL）",
    unet_layout: "U-Net 结构",
    unet_from_size: "按参数量估计",
    unet_sd: "SD 1.x / 2.x",
    unet_sdxl: "SDXL",
    tasks_per_day: "每天任务数",
    input_per_call: "每次调用的平均输入 token 数",
    output_per_call: "每次调用的输出 token 数",
    training_not_counted: "未计入训练：这个图像或视频模型没有公开芯片时数（填写后计入）",
    currency: "货币",
    home_basis: "家庭用电按",
    ev_basis: "电动车",
    common_values: "常用值",
    choose: "选择…",
    training: "训练",
    inference: "推理（使用）",
    dominant: "影响最大的假设",
    no_uncertainty: "所有输入都已确定，没有不确定的假设。",
    unit_hours: "芯片·小时",
    unit_household_years: "户·年",
    unit_km: "公里",
    unit_trips: "趟",
    unit_laps: "圈",
    unit_charges: "次",
    show_work: "怎么算的",
    sources: "来源",
    chart_split_title: "训练与使用各用多少电",
    chart_sensitivity_title: "哪个假设影响最大",
    scale_title: "一年的用电，放到全国的尺度上",
    growth_title: "如果提问量一直增长",
    ladder_title: "单次用电，和日常用电比一比",
    more_results: "更多结果：训练、推理明细、行程、手机充电、占全国发电量",
    as_a_service: "把这个模型作为一项服务运行：{}",
    share_more: "下载数据、引用与嵌入",
    image_svg: "结果图（SVG）",
    image_png: "结果图（PNG）",
    methodology_title: "方法与来源",
    claims_title: "新闻里的说法，对得上吗？",
    claims_intro: "把报道中的数字放进同一个模型重新计算。每条都可以载入成场景。",
    loading: "载入中…",
    later_failed: "计算器的这一部分没能加载（可能已离线），请再试一次。",
    claim_claimed: "报道",
    claim_recomputed: "重新计算",
    claim_load: "载入这个场景",
    verdict_consistent: "对得上",
    verdict_too_high: "偏高",
    verdict_too_low: "偏低",
    verdict_unverified: "无法核实",
    verdict_context: "不是耗电数字",
    kept_last_good: "有输入无效：显示的仍是上一次有效输入的结果。",
    footer: "全部计算都在你的浏览器里完成，不会发送任何数据。",
    data_version: "数据版本",
    my_use_title: "我的用电：每天用几次",
    my_training: "训练用电",
    my_training_left: "不计入（个人使用并不训练模型）",
    my_training_shared: "加上每次分摊的训练用电",
    my_use_help: "每一行：这个场景单次的用电（含服务器、闲置与数据中心，不含训练）× 你每天的次数。",
    per_day: "次/天",
    remove_line: "删除",
    add_kind: "类型",
    add_preset: "场景",
    add_line: "加一行",
    assumes: "这个场景的假设",
    checked_against: "公开数字对照",
    ranking_title: "同类场景，按单次用电排序",
    work_help: "换成图片会载入 FLUX.1 一张图、换成视频会载入 Wan 2.1 一段视频（常用的开源模型）；换回文字则回到默认场景。",
};

pub(super) const TAKEAWAY: TakeawayWords = TakeawayWords {
    unit_kwh: "度",
    unit_wh: "瓦时",
    unit_w: "瓦",
    unit_wh_per_km: "瓦时/公里",
    unit_g_per_kwh: "克/度",
    unit_l_per_kwh: "升/度",
    unit_km: "公里",
    embed_frame_title: "AI 耗电计算器",
    cite_range: "（大概率在 {} 之间）",
    cite_method: "算法与来源：{}",
    tasks_cited: "每天完成 {} 个任务",
    cite_per_item: "{}约 {}（大概率在 {} 之间）",
    stop: "。",
    gap: "",
    work_ms_prefill: "毫秒预填充",
    work_calls: "次调用",
    work_tesla_km: "特斯拉公里数",
    work_rated: "额定",
    work_ms_per_step: "毫秒/步",
    work_s_per_batch: "秒/批",
    work_latent_tokens: "个潜空间 token",
    work_steps_passes: "步 × 次",
    work_compute_bound: "算力受限",
    work_memory_bound: "内存带宽受限",
    work_tokens: "个 token",
    work_batch: "批量",
    work_idle: "闲置算力",
    work_busy: "忙碌",
    chart_log_note: "对数刻度：每条竖线 ×10，小的部分也看得见。",
    chart_sensitivity_axis: "只改变这一个假设时的总耗电（低–高）；最后两行：所有假设合在一起，以及同时取到一端",
    sensitivity_likely: "大概率范围：所有假设合在一起",
    sensitivity_all_at_once: "所有假设同时取最好或最坏（极不可能）",
    scale_note: "一年服务＝推理 365 天，加上摊到使用期的训练（使用期不足一年则算全部训练）。对数刻度：每条竖线 ×10。",
    scale_service: "这个服务一年",
    china_mark: "全国发电量的 1%",
    work_year: "一年服务（训练摊到使用期）",
};

/// The page in Chinese.
pub(super) struct Zh;

impl Words for Zh {
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
        quoted_texts::field(Lang::Zh, f)
    }

    fn home(&self, h: HomeRegion) -> &'static str {
        quoted_texts::home(Lang::Zh, h)
    }

    fn ev(&self, e: Ev) -> &'static str {
        quoted_texts::ev(Lang::Zh, e)
    }

    fn write_field(&self, f: Field) -> WrittenField {
        let t = |label, unit, help: &str| WrittenField {
            label,
            unit,
            help: help.to_string(),
        };
        let x = |v: f64| format::exact(v, Lang::Zh);
        let made = |label, unit, help: String| WrittenField { label, unit, help };
        match f {
            Field::Params => t("模型参数量", "个", "总参数个数，可写 175B、1.8T、1750亿"),
            Field::ActiveParams => t(
                "每个 token 激活的参数",
                "个",
                "混合专家（MoE）模型只激活一部分；留空＝全部参数",
            ),
            Field::TrainingTokens => t(
                "训练 token 数",
                "个",
                "训练时读过的 token 总数，如 300B、15万亿",
            ),
            Field::TrainingAcceleratorHours => t(
                "实际训练芯片时数",
                "小时",
                "公开的 GPU/TPU 小时数；填写后代替按运算量的估算",
            ),
            Field::Mfu => {
                let (low, high) = percent_range(Knob::Mfu);
                made(
                    "训练算力利用率（MFU）",
                    "",
                    fill(
                        "实际达到的峰值算力比例，如 35%；留空按芯片代际取值（H100：{}%–{}%）",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::DevelopmentOverhead => t(
                "整个研发 ÷ 最终训练",
                "倍",
                "实验、消融和失败的训练：1 = 只算最终一次（公开数字的口径）；OLMo 2 为 1.5；Olmo 3 为 5.6",
            ),
            Field::TrainingW => t(
                "训练实测单卡功耗",
                "瓦",
                "每张卡含服务器分摊的平均功耗；留空按额定功耗估算",
            ),
            Field::QueriesPerDay => t(
                "每天提问次数",
                "次",
                "每天的查询次数，可写 1亿、13.5亿、5000万",
            ),
            Field::OutputTokens => t(
                "每次回答的 token 数",
                "个",
                "生成的 token；一个汉字约 1–2 个 token",
            ),
            Field::InputTokens => t("每次提问的输入 token 数", "个", "提示词与上下文的长度"),
            Field::Days => t("使用天数", "天", "部署多久，如 365"),
            Field::YearlyGrowth => t("提问量年增长", "", "如 50% 表示每年增长一半；0 表示不变"),
            Field::Pue => {
                let r = Knob::Pue.default_range();
                made(
                    "数据中心 PUE",
                    "",
                    fill(
                        "总用电 ÷ IT 用电；行业平均 {}，大型云 {}；留空按 {}–{}",
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
                    "服务器开销",
                    "",
                    fill(
                        "CPU、内存、网络占芯片功耗的比例；留空按 {}%–{}%",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::Grid => made(
                "电网碳排放强度",
                "克/度",
                fill(
                    "每度电的二氧化碳当量；中国 2023 年约 {}",
                    &[x(Reference::GridChina.value())],
                ),
            ),
            Field::Wue => made(
                "每度电用水",
                "升/度",
                fill(
                    "数据中心冷却用水；行业平均约 {}",
                    &[x(Reference::WueIndustry.value())],
                ),
            ),
            Field::Batch => {
                let r = Knob::Batch.default_range();
                made(
                    "每组芯片同时处理的请求数",
                    "个",
                    fill(
                        "一组芯片（放下一份模型的几张卡）一起生成的请求数；越多每次回答越省电；留空按 {}–{}",
                        &[x(r.low), x(r.high)],
                    ),
                )
            }
            Field::AcceleratorsPerReplica => t(
                "每组的芯片数",
                "张",
                "一份模型占用几张卡；留空按放得下模型的最少张数",
            ),
            Field::FleetUtilisation => {
                let (low, high) = percent_range(Knob::FleetUtilisation);
                made(
                    "推理算力的忙碌比例",
                    "",
                    fill(
                        "1 表示没有闲置服务器（如跑分）；留空按 {}%–{}%",
                        &[x(low), x(high)],
                    ),
                )
            }
            Field::Steps => t(
                "去噪步数",
                "步",
                "每张图或每段视频的步数：SD3.5 为 28，FLUX.1 dev 28–50，Wan 50，加速模型 1–8",
            ),
            Field::WidthPx => t("宽度", "像素", "横向像素：多数图像模型 1024，720p 视频 1280"),
            Field::HeightPx => t("高度", "像素", "纵向像素：720p 为 720，1080p 为 1080"),
            Field::Frames => t(
                "每段视频的帧数",
                "帧",
                "81 帧＝每秒 16 帧下 5 秒（Wan）；每秒 24 帧时为 24 × 秒数 + 1",
            ),
            Field::Fps => t("每秒帧数", "帧/秒", "只用于把视频长度换算成秒"),
            Field::GuidancePasses => t(
                "每步去噪次数",
                "次",
                "使用无分类器引导为 2，引导蒸馏的模型为 1（FLUX.1 dev、HunyuanVideo）；留空按 1–2",
            ),
            Field::Layers => t("去噪网络层数", "层", "Transformer 块数，见模型配置；留空按参数量估算"),
            Field::Hidden => t("去噪网络隐藏维度", "", "每层的宽度，见模型配置；留空按参数量估算"),
            Field::CachedShare => t(
                "提示词命中缓存的比例",
                "",
                "前缀缓存里已有的提示词占比（免去预填充）：带历史的对话和智能体 50%–90%；服务商按新输入的 10%–25% 计费",
            ),
            Field::CallsPerQuery => t(
                "每次提问的模型调用次数",
                "次",
                "一次回答为 1；智能体完成一个任务要调用多次（编程智能体几十次），上下文逐次变长",
            ),
            Field::PxPerToken => t(
                "每个潜空间 token 的边长",
                "像素",
                "自编码器下采样倍数 × 分块边长：SD3.5、FLUX、Wan、HunyuanVideo 为 16，SANA 为 32",
            ),
            Field::Price => made(
                "电价",
                "每度",
                fill(
                    "西部数据中心约 {}\u{a0}元（2025）；文章中的华东工业电价为 {}\u{a0}元",
                    &[x(Reference::PriceChinaDcWest.value()), x(Reference::PriceChinaEast.value())],
                ),
            ),
        }
    }

    fn metric(&self, m: Metric) -> &'static str {
        match m {
            Metric::TrainingKwh => "训练耗电",
            Metric::TrainingAcceleratorHours => "训练芯片时数",
            Metric::InferenceWhPerQuery => FIRST.per_query,
            Metric::InferenceKwhPerDay => "每天推理耗电",
            Metric::InferenceKwh => "使用期推理耗电",
            Metric::TotalKwh => FIRST.lead_total,
            Metric::TrainingShare => "训练占比",
            Metric::HouseholdYears => "相当于家庭用电",
            Metric::TeslaKm => "特斯拉可行驶",
            Metric::BeijingShanghaiTrips => "北京—上海自驾",
            Metric::EarthLaps => "绕地球",
            Metric::PhoneCharges => "手机充满电",
            Metric::Cost => "电费",
            Metric::Co2Kg => "二氧化碳排放",
            Metric::WaterL => "冷却用水",
            Metric::TrainingWhPerQuery => "每次分摊的训练用电",
            Metric::MyWhPerDay => FIRST.lead_my_day,
            Metric::MyKwhPerYear => FIRST.lead_my_year,
            Metric::ChinaGenerationShare => "一年占全国发电量",
        }
    }

    fn knob(&self, k: Knob) -> &'static str {
        match k {
            Knob::Mfu => "训练算力利用率（MFU）",
            Knob::TrainingDraw => "训练时的实际功耗比例",
            Knob::Batch => "每组芯片同时处理的请求数",
            Knob::Engine => "推理引擎（优化或参考）",
            Knob::FleetUtilisation => "推理算力的忙碌比例",
            Knob::ServingFit => "实测与模型的偏差",
            Knob::DiffusionFit => "实测与扩散模型的偏差",
            Knob::GuidancePasses => "每步去噪次数（引导）",
            Knob::HostOverhead => "服务器开销",
            Knob::Pue => "数据中心 PUE",
        }
    }

    fn preset(&self, p: Preset) -> &'static str {
        match p {
            Preset::Gpt3 => "GPT-3 训练",
            Preset::Bloom => "BLOOM 训练",
            Preset::Gpt4 => "GPT-4 训练（估算）",
            Preset::ChatGpt => "ChatGPT 一个月（晚点报道）",
            Preset::Gemini => "Gemini 一次典型提问",
            Preset::OnDevice => "小模型（3B）",
            Preset::Reasoning => "推理模型一次回答（DeepSeek-R1 级）",
            Preset::ReasoningH20 => "同一回答用 H20",
            Preset::ReasoningAscend => "同一回答用昇腾 910B",
            Preset::Llama8b => "Llama 3.1 8B（单卡）",
            Preset::Llama70b => "Llama 3.1 70B（四卡）",
            Preset::MoeChat => "大型混合专家对话模型",
            Preset::DeepSeekV3 => "DeepSeek-V3（深度求索官方服务）",
            Preset::Qwen3Large => "通义千问 Qwen3-235B（H20）",
            Preset::Qwen3Small => "通义千问 Qwen3-30B-A3B（单张 L20）",
            Preset::KimiK2 => "月之暗面 Kimi K2",
            Preset::Glm45 => "智谱 GLM-4.5",
            Preset::GptOss => "gpt-oss-120b（单张 H100）",
            Preset::Llama4 => "Llama 4 Maverick",
            Preset::FrontierChat => "前沿对话模型的一次回答（估算）",
            Preset::CodingAgent => "编程智能体完成一个任务（估算）",
            Preset::ResearchAgent => "研究智能体完成一个任务（估算）",
            Preset::Sd35Image => "Stable Diffusion 3.5 一张图",
            Preset::FluxImage => "FLUX.1 一张图",
            Preset::Sd15Image => "2023 年的 SD 1.5 一张图",
            Preset::SdxlImage => "Stable Diffusion XL 一张图",
            Preset::SdxlTurbo => "SDXL-Turbo 一步出一张图",
            Preset::SdxlLightning => "SDXL-Lightning 四步出一张图",
            Preset::LcmImage => "LCM（蒸馏版 SD 1.5）四步出一张图",
            Preset::FluxSchnell => "FLUX.1 schnell 四步出一张图",
            Preset::OptimisedImage => "2026 年的图片服务，优化引擎（估算）",
            Preset::WanVideo => "通义万相 Wan 2.1 一段 5 秒视频",
            Preset::HunyuanVideo => "混元视频一段 5 秒视频",
            Preset::ClosedVideo => "可灵、即梦级 5 秒视频（估算）",
            Preset::QwenImage => "通义千问 Qwen-Image 一张图",
            Preset::HunyuanDit => "混元 DiT 一张图",
            Preset::CogVideo => "智谱 CogVideoX 一段 6 秒视频",
            Preset::ClosedImage => "豆包、Midjourney 级一张图（估算）",
            Preset::FrontierVideo => "Sora 2、Veo 3 级 8 秒视频（估算）",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Disclosed => "公开数据",
            Basis::Mixed => "部分为估算",
            Basis::Estimate => "估算",
        }
    }

    fn write_home(&self, h: HomeRegion) -> String {
        let kwh = format::exact(h.basis().kwh_per_year, Lang::Zh);
        match h {
            HomeRegion::China => format!("中国家庭（约 {kwh} 度/年）"),
            HomeRegion::Usa => format!("美国家庭（{kwh} 度/年）"),
            HomeRegion::Germany => format!("德国家庭（{kwh} 度/年）"),
            HomeRegion::Uk => format!("英国家庭（{kwh} 度/年）"),
            HomeRegion::Japan => format!("日本家庭（{kwh} 度/年）"),
        }
    }

    fn write_ev(&self, e: Ev) -> String {
        let wh = format::exact(e.basis().wh_per_km, Lang::Zh);
        match e {
            Ev::Model3 => format!("特斯拉 Model 3（{wh} 瓦时/公里）"),
            Ev::ModelY => format!("特斯拉 Model Y（{wh} 瓦时/公里）"),
        }
    }

    fn currency(&self, c: Currency) -> &'static str {
        match c {
            Currency::Cny => "人民币（元）",
            Currency::Usd => "美元",
            Currency::Eur => "欧元",
        }
    }

    fn reference(&self, r: Reference) -> &'static str {
        match r {
            Reference::PueIndustry2023 => "行业平均 2023",
            Reference::PueIndustry2024 => "行业平均 2024",
            Reference::PueHyperscale => "大型云数据中心",
            Reference::PueGoogle => "谷歌",
            Reference::PueImmersion => "浸没式液冷，报道值",
            Reference::GridWorld => "全球平均",
            Reference::GridChina => "中国",
            Reference::GridChinaOfficial => "中国官方因子（生态环境部 2023）",
            Reference::GridUsa => "美国",
            Reference::GridEu => "欧盟",
            Reference::GridGermany => "德国",
            Reference::GridFrance => "法国",
            Reference::GridUk => "英国",
            Reference::GridJapan => "日本",
            Reference::GridSweden => "瑞典",
            Reference::WueIndustry => "行业平均",
            Reference::WueGoogle => "谷歌",
            Reference::WueMicrosoft => "微软/OpenAI",
            Reference::PriceChinaDcWest => "西部数据中心电价（2025）",
            Reference::PriceChinaEast => "华东工业电价（报道数字）",
            Reference::PriceChinaWest => "西部工业电价（报道数字）",
            Reference::PriceFusionPpa => "核聚变购电协议（报道数字）",
            Reference::PriceVirginia => "美国弗吉尼亚工业",
            Reference::PriceTexas => "美国得州工业",
            Reference::PriceEuNonHousehold => "欧盟非居民",
        }
    }

    /// 价目表里的每度电价：`0.676 元`、`8.92 美分`、`0.2 欧元`。
    fn price_per_kwh(&self, v: f64, c: Currency) -> String {
        let x = |v: f64| format::plain(v, Lang::Zh);
        match c {
            Currency::Cny => format!("{}\u{a0}元", x(v)),
            Currency::Usd => format!("{} 美分", x(v * 100.0)),
            Currency::Eur => format!("{}\u{a0}欧元", x(v)),
        }
    }

    fn claim_printed(&self, id: ClaimId) -> &'static str {
        match id {
            ClaimId::BloomTrain => "BLOOM（1760亿参数）预训练耗电 43.3万度",
            ClaimId::BloomHouseholds => "43.3万度约等于 117 户中国家庭一年的用电",
            ClaimId::Gpt3Train => "GPT-3 预训练耗电 128.7万度，约为 BLOOM 的 3 倍",
            ClaimId::Gpt3Tesla => "OpenAI 每训练一次，相当于 3000 辆特斯拉同时跑 32\u{a0}公里",
            ClaimId::Gpt4Train => "GPT-4 训练耗电约 1.2亿度",
            ClaimId::Gpt4Households => "1.2亿度约等于 3000 户家庭一年的用电",
            ClaimId::Gpt35Cost => "GPT-3.5 训练一次花费 1200\u{a0}万美元（8700\u{a0}万元），GPT-4 的算力是它的 68 倍",
            ClaimId::ChatgptMonth => "晚点：ChatGPT 峰值每天 2.7亿次访问、每次 5 个问题，一个月推理耗电约 1872万度",
            ClaimId::InferShare => "一生中耗电大头是推理而不是训练：训练约占 20%–40%",
            ClaimId::ImagePhone => "用 AI 生成一张图片，大约耗掉手机充满一次电",
            ClaimId::H100Home => "一块 H100 一年的用电比一个普通家庭还多",
            ClaimId::ServerPsu => "普通服务器 2 个 800–1200\u{a0}瓦电源，AI 服务器 4 个 1800\u{a0}瓦；AI 服务器耗电是普通服务器的 6–8 倍",
            ClaimId::PueLiquid => "阿里巴巴浸没式液冷把 PUE 降到 1.09",
            ClaimId::PriceEastWest => "「东数西算」：东部工业电价平均 0.676\u{a0}元/度，西部 0.541\u{a0}元/度",
            ClaimId::PriceFusion => "Helion 核聚变购电价约 7 分钱一度；50\u{a0}兆瓦约可供 4\u{a0}万户家庭",
            ClaimId::SmrSaving => "小型模块化核反应堆每 1000\u{a0}度电能省近 100\u{a0}美元",
            ClaimId::H100Price => "H100 制造成本约 3320\u{a0}美元，售价 2.5万–3万美元",
            ClaimId::OnePflopsCost => "1 PFLOPS 的 AI 算力：硬件约 5000\u{a0}万元，每年电费和维护约 1000\u{a0}万元",
            ClaimId::AiNetherlands => "从 2027 年起，一年新增 AI 服务器的用电将相当于荷兰或瑞典全国（850亿–1340亿度）",
            ClaimId::ChinaGen => "2023 年中国发电 9.4万亿度，占全球 30%",
            ClaimId::ComputeGrowth => "AI 算力需求每 3–4 个月翻一番；另一说「每半年增长 10 倍」",
            ClaimId::PowerGrowth => "训练用电每年增长约 10%；AI 工作负载耗电是普通云计算的 3 倍",
            ClaimId::Edge => "把推理从云端移到手机、电脑、汽车上，用更小的模型，可以降低数据中心成本",
        }
    }

    /// 判定的理由，数字取自重新计算的结果。
    fn claim_reason(&self, c: &ClaimCheck) -> String {
        let l = Lang::Zh;
        let (n, e, pct, x) = (
            |v: f64| format::count(v, l),
            |kwh: f64| format::energy_kwh(kwh, l),
            |f: f64| format::percent(f, l),
            |v: f64| format::exact(v, l),
        );
        let usd = |v: f64| format::money(v, Currency::Usd, l);
        let cny = |v: f64| format::money(v, Currency::Cny, l);
        match c.reason {
            Reason::BloomTrain { gpu_hours, w_per_gpu, kwh } => fill(
                "公开的 {} 个 A100 小时 × {}\u{a0}瓦正好是 {}\u{a0}度——但只算了 GPU，没算服务器和 PUE。",
                &[x(gpu_hours), x(w_per_gpu), x(libm::round(kwh))],
            ),
            Reason::BloomHouseholds { kwh, household_kwh, households, implied_household_kwh } => fill(
                "按中国家庭每年约 {}\u{a0}度，{} 是约 {} 户；{} 户要求每户每年约 {}\u{a0}度。",
                &[x(household_kwh), e(kwh), n(households), n(c.claimed), n(implied_household_kwh)],
            ),
            Reason::Gpt3Train { gpus, days, w_per_gpu, pue, kwh, times_bloom } => fill(
                "按 Patterson 等人公开的 {} 张 V100 × {} 天 × {}\u{a0}瓦 × PUE {}，算得 {}，是 BLOOM 的 {} 倍。",
                &[n(gpus), n(days), x(w_per_gpu), x(pue), e(kwh), format::plain(times_bloom, l)],
            ),
            Reason::Gpt3Tesla { cars, km_each, claimed_kwh, share_of_training, training_kwh, km, meant_km_each, meant_kwh, meant_times_training } => fill(
                "按字面，{} × {}\u{a0}公里只要约 {}，是 GPT-3 训练耗电的约 {}；原文多半是每辆 20\u{a0}万英里（约 {}\u{a0}公里，转载时丢了「万」），那是约 {}，训练的 {} 倍。{} 够特斯拉 Model 3 开约 {}\u{a0}公里。",
                &[x(cars), x(km_each), e(claimed_kwh), pct(share_of_training), n(meant_km_each), e(meant_kwh), n(meant_times_training), e(training_kwh), n(km)],
            ),
            Reason::Gpt4Train { gpus, days, kwh, w_per_gpu_needed } => fill(
                "按约 {} 张 A100 × {} 天估算为 {}–{}（中值约 {}）；{} 需要每张卡约 {}\u{a0}千瓦。",
                &[n(gpus), n(days), e(kwh.low), e(kwh.high), e(kwh.central), e(c.claimed), format::plain(w_per_gpu_needed / 1_000.0, l)],
            ),
            Reason::Gpt4Households { kwh, household_kwh, households, implied_household_kwh, times_real } => fill(
                "{} ÷ 每户 {}\u{a0}度 ≈ {} 户；{} 户意味着每户每年用 {}\u{a0}度，约为真实家庭的 {} 倍。",
                &[e(kwh), x(household_kwh), n(households), n(c.claimed), n(implied_household_kwh), n(times_real)],
            ),
            Reason::Gpt35Cost { electricity_usd, share_of_cost } => fill(
                "这是总成本而不是电费：GPT-3 级别训练的电费约 {}，只占约 {}，其余是芯片时间。",
                &[usd(electricity_usd), pct(share_of_cost)],
            ),
            Reason::ChatgptMonth { implied_wh, epoch_wh, altman_wh } => fill(
                "相当于每次提问约 {}，{}本模型的范围；公开估计为 Epoch {}、Altman {}\u{a0}瓦时。",
                &[format::energy_wh(implied_wh, l),
                if c.verdict == Verdict::Consistent { "在" } else { "不在" }.to_string(),
                x(epoch_wh), x(altman_wh)],
            ),
            Reason::InferShare { google_training_share, meta_training_share, busy_queries_per_day, busy_share, small_share } => fill(
                "公布过整体比例的公司：谷歌训练占 {}（2019–21 年），Meta 占 {}。单个服务取决于用量：每天 {} 次提问，训练一年只占约 {}；用得少的小模型可达约 {}。",
                &[pct(google_training_share), pct(meta_training_share), n(busy_queries_per_day), pct(busy_share), pct(small_share)],
            ),
            Reason::ImagePhone { today_wh, today_gpu_wh, service_reference_wh, service_optimised_wh, few_step_wh, largest_wh, older_wh, older_optimised_wh, share_of_charge, charge_wh, older_mean_wh, worst_wh } => fill(
                "本计算器算得：今天的开源模型（FLUX.1、SD3.5 Large，1024×1024）生成一张图，算上闲置、服务器和 PUE 约 {}–{}\u{a0}瓦时，是手机一次充电（{}\u{a0}瓦时）的 {}；其中 GPU 本身约 {}\u{a0}瓦时。少步数模型（SDXL-Lightning、FLUX.1 schnell）约 {}–{}\u{a0}瓦时。闭源服务的一张图：参考引擎约 {}\u{a0}瓦时，优化引擎（FP8、TensorRT 一类）约 {}\u{a0}瓦时。2023 年的 U-Net 模型（SD 1.5 出 512×512，SDXL 出 1024×1024）约 {}–{}\u{a0}瓦时，优化引擎上 {}–{}\u{a0}瓦时。最大的开源模型 Qwen-Image 按原生 1328×1328、50 步带引导生成一张约 {}\u{a0}瓦时：一次充电或更多是今天的上限，不是一张图的典型用电。Luccioni 等人实测当年各模型平均 {}\u{a0}瓦时、效率最差的 {}\u{a0}瓦时，是在整台 8 卡 A100 服务器上一次生成一张、连同 CPU 和内存一起计的。",
                &[n(today_wh.low), n(today_wh.high), x(charge_wh), pct(share_of_charge), n(today_gpu_wh), n(few_step_wh.low), n(few_step_wh.high), n(service_reference_wh), n(service_optimised_wh), n(older_wh.low), n(older_wh.high), n(older_optimised_wh.low), n(older_optimised_wh.high), n(largest_wh), n(older_mean_wh), n(worst_wh)],
            ),
            Reason::H100Home { rated_w, draw, kwh, households, us_household_kwh } => fill(
                "{}\u{a0}瓦按 {}–{} 全年运行为 {}–{}\u{a0}度，是中国家庭的 {}–{} 倍（美国家庭每年 {}\u{a0}度）。",
                &[x(rated_w), pct(draw.low), pct(draw.high), n(kwh.low), n(kwh.high), n(households.low), n(households.high), x(us_household_kwh)],
            ),
            Reason::ServerPsu { ai_server_kw, ordinary_server_kw, ratio, psu_ratio } => fill(
                "8 卡 AI 服务器训练时耗电 {}–{}\u{a0}千瓦，普通服务器 {}–{}\u{a0}千瓦：是 {}–{} 倍，比文中说的还多。按电源额定功率只有 {}–{} 倍：电源按冗余配置，不等于实际耗电。",
                &[n(ai_server_kw.low), n(ai_server_kw.high), n(ordinary_server_kw.0), n(ordinary_server_kw.1), n(ratio.low), n(ratio.high), n(psu_ratio.0), n(psu_ratio.1)],
            ),
            Reason::PueLiquid { chengdu, qiandaohu, google } => fill(
                "没有找到 {} 的公开出处（查过：阿里浸没式液冷 PUE、杭州仁和与成都数据中心）；阿里巴巴可核实的数字是成都浸没式液冷数据中心 {}、千岛湖 {}。谷歌全部数据中心公布的是 {}。",
                &[x(c.claimed), x(chengdu), x(qiandaohu), x(google)],
            ),
            Reason::PriceEastWest { east, west, saving, reported_saving } => fill(
                "{} ÷ {}\u{a0}元：西部便宜 {}，与英国《金融时报》报道的约 {} 大致相符；电费按同样比例降低。",
                &[x(west), x(east), pct(saving), pct(reported_saving)],
            ),
            Reason::PriceFusion { mw, kwh_per_year, us_households, us_household_kwh, cn_households } => fill(
                "{}\u{a0}兆瓦全年是 {}，按美国家庭（{}\u{a0}度）约 {} 户，对得上；按中国家庭则约 {} 户。",
                &[x(mw), e(kwh_per_year), x(us_household_kwh), n(us_households), n(cn_households)],
            ),
            Reason::SmrSaving { saving_usd_per_kwh, texas, virginia, residential } => fill(
                "即每度省 {} 美分，比美国数据中心付的整个电价（{}–{} 美分）还高：省下的钱不可能达到电价本身。只有和居民电价（{} 美分）比才说得通。",
                &[n(saving_usd_per_kwh * 100.0), n(texas * 100.0), n(virginia * 100.0), n(residential * 100.0)],
            ),
            Reason::H100Price { usd_per_year } => fill(
                "这是价格而不是耗电；一块 H100 一年的电费约 {}。",
                &[usd(usd_per_year)],
            ),
            Reason::OnePflopsCost { h100s, kwh_per_year, cny_per_year, times } => fill(
                "1 PFLOPS 约等于 {} 块 H100，一年连服务器和制冷约 {}、电费约 {}；{} 是它的约 {} 倍，除非指的是 1 EFLOPS。",
                &[n(h100s), e(kwh_per_year), cny(cny_per_year), cny(c.claimed), n(times)],
            ),
            Reason::AiNetherlands { service_kwh, forecast_low_kwh, forecast_high_kwh } => fill(
                "这是对整个行业的预测（每年 {}–{}）；作为对照，一个 ChatGPT 规模的服务一年约用 {}。",
                &[e(forecast_low_kwh), e(forecast_high_kwh), e(service_kwh)],
            ),
            Reason::ChinaGen { share } => fill(
                "这是全国发电量；一个 ChatGPT 规模的服务一年只占其中的 {}。",
                &[pct(share)],
            ),
            Reason::ComputeGrowth { doubling_months, doubling, measured, tenfold_months, tenfold, openai_doubling_months } => fill(
                "每 {}–{} 个月翻番是每年 {}–{} 倍；前沿模型训练算力实测每年 {}–{} 倍（Epoch AI，2010–2024）。「每 {} 个月 10 倍」是每年 {} 倍。{} 个月翻番是 OpenAI 对 2012–2018 年的统计。",
                &[x(doubling_months.0), x(doubling_months.1), n(doubling.low), n(doubling.high), x(measured.low), x(measured.high), x(tenfold_months), n(tenfold), x(openai_doubling_months)],
            ),
            Reason::PowerGrowth { growth } => fill(
                "这是增长率，不是耗电量：可以把「提问量年增长」设为 {} 看它对总量的影响。",
                &[pct(growth)],
            ),
            Reason::Edge { large_params, small_params, hw, output_tokens, times } => fill(
                "在同样的 {} 上、同样每次回答 {} 个 token，{} 参数的模型每次提问的耗电约为 {} 参数模型的 {} 倍（每个 token 的计算量随参数增长）；手机芯片本身能省多少，公开数据里没有。",
                &[Lang::Zh.hw_name(hw), x(output_tokens), n(large_params), n(small_params), n(times)],
            ),
        }
    }

    fn cite_lead(&self, c: &CiteLead) -> String {
        let range = |r: &Option<String>| {
            r.as_ref().map_or_else(String::new, |r| {
                fill("（大概率在 {} 之间）", core::slice::from_ref(r))
            })
        };
        match c {
            CiteLead::Service {
                version,
                name,
                params,
                daily_use,
                days,
                with_training,
                shown,
                range: r,
            } => {
                let what = if *with_training {
                    "连同训练共耗电"
                } else {
                    "使用共耗电"
                };
                let who = match name {
                    Some(name) => format!("{daily_use}、持续 {days} 天（每次按{name}计）"),
                    None => fill(
                        "一个 {} 参数的模型{}、持续 {} 天",
                        &[params.to_string(), daily_use.to_string(), days.to_string()],
                    ),
                };
                format!(
                    "据 AI 耗电计算器（数据版本 {version}）估算，{who}，{what}约 {shown}{}。",
                    range(r)
                )
            }
            CiteLead::Item {
                version,
                name,
                per,
                shown,
                range: r,
            } => {
                let per = format!("（{per}）");
                format!(
                    "据 AI 耗电计算器（数据版本 {version}）估算，{name}{per}约耗电 {shown}{}。",
                    range(r)
                )
            }
            CiteLead::Me {
                version,
                lines: Some(lines),
                shown,
                range: r,
            } => fill(
                "据 AI 耗电计算器（数据版本 {}）估算，一个人每天 {}，一年约用电 {}{}。",
                &[version.to_string(), lines.clone(), shown.clone(), range(r)],
            ),
            CiteLead::Me {
                version,
                lines: None,
                shown,
                ..
            } => {
                format!(
                    "AI 耗电计算器（数据版本 {version}）里还没有添加任何 AI 使用：一年 {shown}。"
                )
            }
            CiteLead::Pair {
                version,
                a,
                b,
                per,
                shown,
                range: r,
            } => {
                let per = match per {
                    Question::Service => "总",
                    Question::Item => "每次",
                    Question::Me => "一年",
                };
                format!(
                    "据 AI 耗电计算器（数据版本 {version}）估算，{b}{per}的耗电是{a}的 {shown}{}。",
                    range(r)
                )
            }
        }
    }

    fn home_adjective(&self, h: HomeRegion) -> &'static str {
        match h {
            HomeRegion::China => "中国",
            HomeRegion::Usa => "美国",
            HomeRegion::Germany => "德国",
            HomeRegion::Uk => "英国",
            HomeRegion::Japan => "日本",
        }
    }

    fn homes_metric(&self, h: HomeRegion) -> &'static str {
        match h {
            HomeRegion::China => "相当于中国家庭用电",
            HomeRegion::Usa => "相当于美国家庭用电",
            HomeRegion::Germany => "相当于德国家庭用电",
            HomeRegion::Uk => "相当于英国家庭用电",
            HomeRegion::Japan => "相当于日本家庭用电",
        }
    }

    fn households(&self, households: &str, home: HomeRegion, per_home: Option<&str>) -> String {
        let each = per_home.map_or_else(String::new, |e| format!("（每户每年 {e}）"));
        fill(
            "相当于 {} 户{}家庭一年的用电{}",
            &[
                households.to_string(),
                self.home_adjective(home).to_string(),
                each,
            ],
        )
    }

    fn cite_input(&self, c: InputCite) -> String {
        // 常数按表中的数值原样引用。
        let x = |v: f64| format::exact(v, Lang::Zh);
        match c {
            InputCite::Given => "链接给出的数值（读者或预设场景设定）".to_string(),
            InputCite::Input(f, work) => {
                let d = |f: Field| f.get(&Scenario::DEFAULT).unwrap_or_default();
                let n = |v: f64| format::count(v, Lang::Zh);
                let per_cube_root = |per: f64, what: &str| {
                    fill("未给出：{} × (参数量 ÷ 10⁹)^⅓ {}", &[x(per), what.to_string()])
                };
                match f {
                    Field::Params => fill("默认：GPT-3 的 {} 个参数（Brown 等 2020）", &[n(d(f))]),
                    Field::TrainingTokens => fill("默认：GPT-3 的 {} 个训练 token（Brown 等 2020）", &[n(d(f))]),
                    Field::ActiveParams => "未给出：每个 token 用到全部参数（稠密模型）".to_string(),
                    Field::TrainingAcceleratorHours if work.is_diffusion() => "未给出：图像或视频模型的训练只按公开的芯片时数计算".to_string(),
                    Field::TrainingAcceleratorHours => "未给出：按运算量估算，6 × 激活参数 × token ÷（峰值算力 × MFU）".to_string(),
                    Field::DevelopmentOverhead => fill("默认：{} = 只算最终一次训练，公开数字的口径；OLMo 2 实测 ×1.5（Morrison 2025），Olmo 3 ×5.6", &[x(d(f))]),
                    Field::QueriesPerDay => fill("默认：每天 {} 次提问，取整的数字", &[n(d(f))]),
                    Field::OutputTokens | Field::InputTokens => fill(
                        "默认：对 {} 个 token 的提问给出 {} 个 token 的回答（取整的数字）",
                        &[x(d(Field::InputTokens)), x(d(Field::OutputTokens))],
                    ),
                    Field::Days => fill("默认：{} 天，即一年", &[x(d(f))]),
                    Field::YearlyGrowth => "默认：提问量在使用期内不增长".to_string(),
                    Field::AcceleratorsPerReplica => fill(
                        "未给出：显存（可用 {}%）放得下权重和一批请求的 KV 缓存的最少芯片数",
                        &[x(USABLE_MEMORY_SHARE * 100.0)],
                    ),
                    Field::Steps | Field::WidthPx | Field::HeightPx | Field::Frames | Field::Fps => fill(
                        "默认：{} 步，{} × {} 像素，{} 帧、每秒 {} 帧（SD3.5、FLUX.1 和 Wan 2.x 常用设置的整数）",
                        &[x(d(Field::Steps)), x(d(Field::WidthPx)), x(d(Field::HeightPx)), x(d(Field::Frames)), x(d(Field::Fps))],
                    ),
                    Field::PxPerToken => fill(
                        "默认：每个 token 边长 {} 像素（8 倍自编码器 × 2 × 2 patch：SD3.5、FLUX.1、Wan、HunyuanVideo）",
                        &[x(d(f))],
                    ),
                    Field::Layers if work.is_diffusion() => per_cube_root(diffusion::LAYERS_PER_CUBE_ROOT_BILLION, "层，12 个公开扩散 Transformer 的中位数"),
                    Field::Layers => per_cube_root(serving::LAYERS_PER_CUBE_ROOT_BILLION, "层（Llama 3.1 8B、70B、405B）"),
                    Field::Hidden => per_cube_root(diffusion::HIDDEN_PER_CUBE_ROOT_BILLION, "的隐藏维度，12 个公开扩散 Transformer 的中位数"),
                    Field::CachedShare => "默认：提示词不走前缀缓存".to_string(),
                    Field::CallsPerQuery => fill("默认：每次提问调用模型 {} 次（一次回答，不是智能体任务）", &[x(d(f))]),
                    // 这些数的出处是不确定输入的范围或参考值（`Field::source`）。
                    Field::Mfu | Field::TrainingW | Field::Pue | Field::HostOverhead | Field::Batch
                    | Field::FleetUtilisation | Field::GuidancePasses | Field::Grid | Field::Wue | Field::Price => match f.source() {
                        Source::Knob(k) => self.cite(Cite::Knob(k)).to_string(),
                        Source::Reference | Source::Cited => fill("默认：{}，参考值（见“数据中心与电网”）", &[x(d(f))]),
                    },
                }
            }
            InputCite::Choice(choice) => match choice {
                Choice::Hw(h) | Choice::ServingHw(Some(h)) => self.cite(Cite::Hw(h)).to_string(),
                Choice::ServingHw(None) => "用训练时的芯片提供服务".to_string(),
                Choice::Currency(_) => "读者选择的货币（电价按每度计）".to_string(),
                Choice::Home(h) => self.cite(Cite::Home(h)).to_string(),
                Choice::Ev(e) => self.cite(Cite::Ev(e)).to_string(),
                Choice::Precision(p) => {
                    let bytes = x(p.bytes_per_param());
                    match p {
                        Precision::Bf16 => fill("BF16 权重：每个 {} 字节，按稠密 BF16 峰值计算", &[bytes]),
                        Precision::Fp8 => fill("FP8 权重和激活：每个 {} 字节；优化引擎在有 FP8 的芯片上按 FP8 峰值计算，参考引擎（vLLM，实测条件）按 BF16 峰值", &[bytes]),
                        Precision::Int4 => fill("4 位整数权重（GPTQ/AWQ INT4）：每个 {} 字节，按 16 位计算", &[bytes]),
                        Precision::Fp4 => fill("4 位浮点权重（NVFP4、MXFP4）：每个 {} 字节；优化引擎在有 FP4 张量核心的芯片上（Blackwell、MI355X）按 FP4 峰值计算，否则只压缩权重、按 16 位计算", &[bytes]),
                    }
                }
                Choice::Engine(None) => self.cite(Cite::Knob(Knob::Engine)).to_string(),
                Choice::Engine(Some(e)) => {
                    let spec = e.spec();
                    let batch = [x(spec.batch.low), x(spec.batch.high)];
                    match (e, spec.expert_gemms) {
                        (Engine::Reference, ExpertGemms::Flat(share) | ExpertGemms::Tiled { floor: share, .. }) => fill(
                            "参考引擎：ML.ENERGY v3 实测的开源默认设置（vLLM 0.11）：矩阵乘法按 BF16 峰值，专家层为其 {}%，每批 {}–{} 个请求。图片和视频：diffusers，16 位计算，U-Net 每步另有 {}\u{a0}秒启动开销",
                            &[x(share * 100.0), batch[0].clone(), batch[1].clone(), x(unet::UNET_STEP_OVERHEAD_S)],
                        ),
                        (Engine::Optimised, ExpertGemms::Tiled { half_tokens, .. }) => fill(
                            "优化引擎（TensorRT-LLM 一类，MLPerf 提交所用）：8 位和 4 位权重按各自峰值计算，每个专家分到 {} 个 token 时矩阵块半满，每批 {}–{} 个请求；用 MLPerf Inference v4.0 Power 检验。图片和视频（TensorRT 一类）：8 位和 4 位权重按其峰值计算，注意力和解码器用 16 位，U-Net 每步作为一个 CUDA 图运行（{}\u{a0}秒）；用 MLPerf 的 SDXL 检验",
                            &[x(half_tokens), batch[0].clone(), batch[1].clone(), x(unet::OPTIMISED_STEP_OVERHEAD_S)],
                        ),
                        (Engine::Optimised, ExpertGemms::Flat(share)) => fill(
                            "优化引擎（TensorRT-LLM 一类）：8 位和 4 位权重按各自峰值计算，专家层为峰值的 {}%，每批 {}–{} 个请求",
                            &[x(share * 100.0), batch[0].clone(), batch[1].clone()],
                        ),
                    }
                }
                Choice::Arch(a) => match a {
                    Arch::Dit => "扩散 Transformer：每一层都在全分辨率上处理潜空间图块；用 ML.ENERGY v3 拟合（9 个模型在 H100 和 B200 上的 717 组配置）".to_string(),
                    Arch::Unet => fill(
                        "U-Net：卷积和注意力在逐级降低的分辨率上运行，按公开配置逐级计算；参考引擎上卷积达到 16 位峰值的 {}%，每步另有 {}\u{a0}秒启动开销，用 ML.ENERGY 在 A100 上的 Stable Diffusion 1.5 和 2.1 实测拟合，并用 SDXL 检验",
                        &[x(unet::UNET_COMPUTE_EFFICIENCY * 100.0), x(unet::UNET_STEP_OVERHEAD_S)],
                    ),
                },
                Choice::Unet(None) => fill(
                    "按参数量估计：{}\u{a0}亿参数以下按 Stable Diffusion 1.x/2.x 的结构，以上按 XL 的结构，模块按参数量等比缩放，参数更多时耗电不会更少",
                    &[x(unet::SDXL_FROM_PARAMS / 1e8)],
                ),
                Choice::Unet(Some(u)) => fill(
                    "{}\u{a0}亿参数，按公开配置逐级计算（{}）",
                    &[x(libm::round(u.spec().params / 1e6) / 100.0), u.source().to_string()],
                ),
                Choice::Question(_) => "页面先回答的问题：单次用电、我的用电或整个服务（结果都一样，只是先显示哪一个）".to_string(),
                Choice::MyTraining(_) => "个人用电是否计入每次分摊的训练用电：该服务的训练用电 ÷ 服务在部署期内生成的全部次数".to_string(),
                Choice::Work(w) => match w {
                    Work::Text => "文字回答：推理的屋顶线模型（预填充，再逐步解码），用 ML.ENERGY v3 拟合".to_string(),
                    Work::Image | Work::Video => "图片或视频：扩散模型（步数 × 每步次数，作用于潜空间 token），用 ML.ENERGY v3 拟合".to_string(),
                },
            },
        }
    }

    fn cite(&self, c: Cite) -> &'static str {
        quoted_texts::cite(Lang::Zh, c)
    }

    fn write_cite(&self, c: Cite) -> String {
        // 常数按表中的数值原样引用。
        let x = |v: f64| format::exact(v, Lang::Zh);
        match c {
            Cite::Knob(k) => {
                let r = k.default_range();
                let (low, high) = percent_range(k);
                match k {
                    Knob::Mfu => {
                        let m = |h: Hw| HwQuote::of(h, Lang::Zh).mfu;
                        fill("按芯片代际（此处为 H100），取自 22 次公开的训练：V100 {}%（GPT-3 19.7%），A100 {}%，H100 {}%（Llama 3.1 405B 35%、8B 14%），TPU v3 {}%，TPU v4 {}%（PaLM 46.2%）", &[m(Hw::V100), m(Hw::A100), cat!(x(low), "–", x(high)), m(Hw::TpuV3), m(Hw::TpuV4)])
                    }
                    Knob::TrainingDraw => {
                        let tpu = HwQuote::of(Hw::TpuV3, Lang::Zh);
                        fill("训练时实测功耗低于额定功耗：TPU v3 为 {}\u{a0}瓦中的 {}\u{a0}瓦（Patterson 2021）；GPU 功耗曲线在额定的 60–90%；此处取额定功耗的 {}–{}%，另加服务器开销", &[tpu.watts, tpu.measured.unwrap_or_default(), x(low), x(high)])
                    }
                    Knob::Batch => {
                        let (reference, optimised) = (Engine::Reference.spec().batch, Engine::Optimised.spec().batch);
                        fill("推理引擎每组芯片一次批量处理几十到上千个请求：参考引擎 {}–{}（ML.ENERGY v3，vLLM：8 到 4096），优化引擎 {}–{}（MLPerf：每组两张卡最多 896）；引擎不明时取 {}–{}", &[x(reference.low), x(reference.high), x(optimised.low), x(optimised.high), x(r.low), x(r.high)])
                    }
                    Knob::Engine => "文字：大型服务用自己调优的推理引擎（谷歌 TPU 软件栈、DeepSeek 公开的推理系统、TensorRT-LLM）：中值和低端取优化引擎，高端取参考引擎（vLLM 默认设置，即 ML.ENERGY 的实测条件）。图片和视频：中值和高端取参考引擎（diffusers，即 ML.ENERGY 的实测条件），低端取优化引擎（TensorRT，即 MLPerf 的 SDXL 所用）".to_string(),
                    Knob::FleetUtilisation => fill("谷歌 2025：为高峰预留的闲置机器占一次 Gemini 提问耗电的 10%（此处约 {}% 忙碌）；小流量服务闲置更多（阿里 Aegaeon，SOSP 2025）", &[x(r.central * 100.0)]),
                    Knob::ServingFit => fill("在 ML.ENERGY v3 用于拟合的 247 组实测（H100、B200，8B–671B 模型）上，实测 ÷ 模型的每 token GPU 能耗：第 10 百分位 {}，第 90 百分位 {}；留出的 159 组中 86% 落在其间", &[x(r.low), x(r.high)]),
                    Knob::DiffusionFit => {
                        let u = crate::model::assumptions::DIFFUSION_FIT_SHAPE_UNKNOWN;
                        let (p, z) = (crate::model::assumptions::UNET_FIT, crate::model::assumptions::UNET_FIT_FROM_SIZE);
                        fill("在 ML.ENERGY v3 的 717 组扩散模型实测（9 个模型，H100 和 B200，1–8 张卡，批量 1–32）上，实测 ÷ 模型的每张图或每段视频 GPU 能耗：第 10 百分位 {}，中位数 1.0，第 90 百分位 {}；模型层数和宽度按参数量估算时为 {} 和 {}。U-Net 按 ML.ENERGY 在 A100 上的实测：有公开结构（SD 1.5、2.1、XL）时为 {} 和 {}，结构按参数量估算或生成视频时为 {} 和 {}", &[x(r.low), x(r.high), x(u.low), x(u.high), x(p.low), x(p.high), x(z.low), x(z.high)])
                    }
                    Knob::GuidancePasses => "无分类器引导每步运行两次去噪网络（SD3.5、Wan、CogVideoX）；引导蒸馏的模型只运行一次（FLUX.1 dev、HunyuanVideo）".to_string(),
                    Knob::HostOverhead => fill("GPU 之外的服务器额定功率：DGX H100 +82%，DGX A100 +103%，DGX B200 +79%；取 {} 即 Epoch AI 的每张 H100 1275\u{a0}瓦", &[x(r.central)]),
                    Knob::Pue => fill("谷歌全部数据中心 {}；微软/OpenAI {}（EcoLogits）；行业平均 {}（Uptime Institute 2023）", &[x(r.low), x(r.central), x(r.high)]),
                }
            }
            Cite::Hw(hw) => {
                let q = HwQuote::of(hw, Lang::Zh);
                // 数字出处和表里没有的说明；每个数字都取自硬件表。
                let (from, note) = match hw {
                    Hw::V100 => ("英伟达 V100 数据手册（SXM2）；Patterson 等 2021，arXiv 2104.10350", ""),
                    Hw::A100 => ("英伟达 A100 数据手册（80\u{a0}GB SXM4）", ""),
                    Hw::H100 => ("英伟达 H100 规格（SXM）", ""),
                    Hw::H800 => ("面向中国市场的 H100 芯片，NVLink 降至 400\u{a0}GB/s（LLM-Prof 的硬件规格表）", ""),
                    Hw::H200 => ("英伟达 H200 规格（SXM，与 H100 同一计算芯片）", ""),
                    Hw::H20 => ("英伟达未发布数据手册：Hugging Face 硬件页面与公开参数表", ""),
                    Hw::Ascend910b => ("华为未发布数据手册：开源模拟器配置与云文档中的 910B2", "；功耗为报道值（310–400\u{a0}瓦），未核实"),
                    Hw::B200 => ("HGX/DGX B200 公开参数汇总，风冷", "（8 卡 DGX B200 为 14.3\u{a0}千瓦）"),
                    Hw::L40s => ("英伟达 L40S 数据手册（PCIe 推理卡）", ""),
                    Hw::L20 => ("英伟达未发布数据手册（L40S 的中国市场版本）：公开参数表、行业报道", ""),
                    Hw::H20e => ("英伟达未发布数据手册：H20 的 141\u{a0}GB HBM3e 版本（2025），公开参数表", ""),
                    Hw::B300 => ("HGX B300（Blackwell Ultra）公开参数汇总", ""),
                    Hw::Gb200 => ("GB200 NVL72 整机规格 ÷ 72 张 GPU（MLCommons 系统说明）", ""),
                    Hw::Gb300 => ("GB300 NVL72 整机规格 ÷ 72 张 GPU", ""),
                    Hw::Mi300x => ("AMD Instinct MI300X 规格（整卡功耗）", ""),
                    Hw::Mi325x => ("AMD Instinct MI325X 规格（整卡功耗）", ""),
                    Hw::Mi355x => ("AMD Instinct MI355X 规格（整卡功耗）", ""),
                    Hw::Ascend910c => ("华为未发布数据手册（SemiAnalysis 的报道）：CloudMatrix 384 超节点 ÷ 384 颗芯片；功耗未公布，按两颗 910B 级芯片估算", "（超节点每颗芯片约 1456\u{a0}瓦，含光互联与主机）"),
                    Hw::TpuV3 => ("Patterson 等 2021 表 4（TDP）与谷歌实测的每芯片系统功耗（ML CO2 Impact 计算器的芯片功耗表）", ""),
                    Hw::TpuV4 => ("PaLM 论文（Chowdhery 等 2022）第 66 页：实测每芯片系统功耗，未公布 TDP", ""),
                };
                let mut spec = fill("{}\u{a0}瓦，稠密 BF16 {}", &[q.watts, q.bf16]);
                if let Some(f) = q.fp8 {
                    spec = cat!(spec, "，FP8/INT8 ", f);
                }
                if let Some(f) = q.fp4 {
                    spec = cat!(spec, "，FP4 ", f);
                }
                spec = cat!(spec, "，", q.gb, "\u{a0}GB 显存、带宽 ", q.bandwidth);
                if let Some(m) = q.measured {
                    spec = cat!(spec, "，实测每芯片 ", m, "\u{a0}瓦");
                }
                fill(
                    "{}：{}{}；同代芯片公开训练的算力利用率 {}%",
                    &[from.to_string(), spec, note.to_string(), q.mfu],
                )
            }
            Cite::Home(h) => {
                let kwh = [format::exact(h.basis().kwh_per_year, Lang::Zh)];
                match h {
                    HomeRegion::China => fill("推算：2023 年城乡居民用电 1.35\u{a0}万亿度（国家能源局，人民日报 2024-01-19）÷ 4.94–5.38\u{a0}亿户 = 2510–2730\u{a0}度；取中值 {}", &kwh),
                    HomeRegion::Usa => fill("美国能源信息署 FAQ 97：2020 年每户每月 893\u{a0}度 = 每年 {}\u{a0}度", &kwh),
                    HomeRegion::Germany => fill("推算：2020 年德国家庭用电 1280\u{a0}亿度（BDEW/Destatis）÷ 4150\u{a0}万户 = {}\u{a0}度（德国数字，并非欧盟平均）", &kwh),
                    HomeRegion::Uk => fill("英国 Ofgem 典型家庭用电（中档）：每年 {}\u{a0}度", &kwh),
                    HomeRegion::Japan => fill("日本环境省家庭二氧化碳统计，2021 财年：{}\u{a0}度", &kwh),
                }
            }
            Cite::Ev(e) => {
                let wh = [format::exact(e.basis().wh_per_km, Lang::Zh)];
                match e {
                    Ev::Model3 => fill("美国 EPA 综合工况，2024 款 Model 3 后驱：132 MPGe = 255\u{a0}瓦时/英里 = {}\u{a0}瓦时/公里，含充电损耗（InsideEVs，2023）", &wh),
                    Ev::ModelY => fill("美国 EPA 综合工况，2024 款 Model Y 长续航四驱 19 英寸：117 MPGe = 288\u{a0}瓦时/英里 = {}\u{a0}瓦时/公里（InsideEVs，2023）", &wh),
                }
            }
            Cite::Trip => {
                format!(
                    "G2 京沪高速公路，全长 {}\u{a0}公里",
                    format::exact(BEIJING_SHANGHAI_KM, Lang::Zh)
                )
            }
            Cite::EarthLap => {
                format!(
                    "赤道周长 {}\u{a0}公里（WGS-84）",
                    format::exact(EARTH_LAP_KM, Lang::Zh)
                )
            }
            Cite::Rung(r) => {
                let home = [format::exact(
                    HomeRegion::China.basis().kwh_per_year,
                    Lang::Zh,
                )];
                let per_person = [format::exact(libm::round(CHINA_KWH_PER_PERSON), Lang::Zh)];
                let yi = [format::exact(in_unit(r.kwh_per_year(), 1e8, 1), Lang::Zh)];
                let size = format::count(r.defined_size().unwrap_or_default(), Lang::Zh);
                match r {
                    Rung::Household => self.write_cite(Cite::Home(HomeRegion::China)),
                    Rung::Village => fill("定义：{} 户 × 中国家庭每户 {}\u{a0}度", &[size, home[0].clone()]),
                    Rung::District | Rung::City | Rung::Province => fill("定义：{} 人 × 全国人均用电 {}\u{a0}度（全社会用电，国家能源局 2024 年用电量 ÷ 国家统计局人口）", &[size, per_person[0].clone()]),
                    Rung::ThreeGorges => fill("中国三峡集团：2023 年发电 {}\u{a0}亿度（枯水年；2020 年创纪录 1118\u{a0}亿度）", &yi),
                    Rung::Netherlands => fill("荷兰统计局（CBS）：2022 年用电 {}\u{a0}亿度", &yi),
                    Rung::WorldDataCentres => fill("国际能源署《能源与人工智能》（2025）：2024 年全球数据中心用电约 {}\u{a0}亿度", &yi),
                    Rung::ChinaGeneration => fill("能源研究所《世界能源统计年鉴》2025：2024 年中国发电 {}\u{a0}万亿度", &[format::exact(in_unit(r.kwh_per_year(), 1e12, 3), Lang::Zh)]),
                }
            }
            Cite::Everyday(e) => {
                let wh = [format::exact(e.wh().central, Lang::Zh)];
                match e {
                    Everyday::WebSearch => fill("谷歌 2009（Hölzle）：每次搜索 {}\u{a0}瓦时，de Vries（Joule 2023）拿来与 AI 比较的数字", &wh),
                    Everyday::LedHour => fill("一盏 {}\u{a0}瓦 LED 灯（800 流明，相当于 60\u{a0}瓦白炽灯；美国能源部 / ENERGY STAR）亮一小时", &wh),
                    Everyday::PhoneCharge => fill("手机充满一次电 {}\u{a0}瓦时（Luccioni、Jernite、Strubell，FAccT 2024）", &wh),
                    Everyday::Kettle => fill(
                        "物理：1\u{a0}升水从 20 °C 烧到 100 °C = {} kJ/(kg·K) × {} K = {}\u{a0}瓦时，电水壶效率约 {}%",
                        &[
                            format::exact(WATER_KJ_PER_KG_K, Lang::Zh),
                            format::exact(KETTLE_RISE_K, Lang::Zh),
                            format::plain(WATER_KJ_PER_KG_K * KETTLE_RISE_K / 3.6, Lang::Zh),
                            x(KETTLE_EFFICIENCY * 100.0),
                        ],
                    ),
                    Everyday::ChatAnswer => fill(
                        "本计算器估算：Llama 3.1 70B 在四张 H100 上的一次对话回答（{} 个 token）",
                        &[format::exact(Preset::Llama70b.scenario().output_tokens_per_query, Lang::Zh)],
                    ),
                    Everyday::Image => "本计算器估算：Stable Diffusion 3.5 Large 在 H100 上生成一张 1024 × 1024 的图（28 步）".to_string(),
                    Everyday::ShortVideo => "本计算器估算：通义万相 Wan 2.1 14B 在 H100 上生成一段 5 秒 720p 视频（81 帧，50 步）".to_string(),
                    Everyday::ReasoningAnswer => fill(
                        "本计算器估算：DeepSeek-R1 级模型在 H800 上的一次回答（{} 个 token）",
                        &[format::exact(Preset::Reasoning.scenario().output_tokens_per_query, Lang::Zh)],
                    ),
                }
            }
            Cite::Phone => {
                format!(
                    "Luccioni、Jernite、Strubell，FAccT 2024：手机充满一次电 {}\u{a0}度",
                    format::exact(PHONE_CHARGE_WH / 1_000.0, Lang::Zh)
                )
            }
        }
    }

    fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::UnknownKey { key } => cat!("链接里有不认识的参数「", key, "」，已忽略。"),
            Problem::BadNumber { key, value, error } => cat!(
                "参数 ",
                key,
                " 的值「",
                value,
                "」",
                input_error(*error, Lang::Zh),
                "，已改用默认值。"
            ),
            Problem::UnknownChoice { key, value } => {
                cat!("参数 ", key, " 不认识「", value, "」，已改用默认值。")
            }
            Problem::UnsupportedVersion { value } => {
                cat!("链接版本「", value, "」无法识别，已按第 1 版读取。")
            }
            Problem::Repeated { key } => cat!("参数 ", key, " 出现了不止一次，以最后一次为准。"),
            Problem::TooLong => "链接过长，多余部分已忽略。".to_string(),
            Problem::ActiveAboveTotal => "激活参数量大于总参数量，已按总参数量计算。".to_string(),
            Problem::UnknownLine { key } => cat!("“", key, "” 不是已有的场景，这一行已忽略。"),
            Problem::TooManyLines => cat!(
                "你的用电最多 ",
                crate::shortest::integer(MAX_LINES as i32),
                " 行，多出的已忽略。"
            ),
            Problem::InB(p) => cat!("对比方案 B：", self.problem(p)),
        }
    }

    fn everyday(&self, e: Everyday) -> &'static str {
        match e {
            Everyday::WebSearch => "一次网页搜索（谷歌 2009）",
            Everyday::LedHour => "一盏 9\u{a0}瓦 LED 灯亮一小时",
            Everyday::PhoneCharge => "手机充满一次电",
            Everyday::Kettle => "烧开一升水（电水壶）",
            Everyday::ReasoningAnswer => "推理模型回答一次（R1 级，本计算器估算）",
            Everyday::ChatAnswer => "一次对话回答（Llama 3.1 70B，本计算器估算）",
            Everyday::Image => "AI 生成一张图（SD3.5 Large，本计算器估算）",
            Everyday::ShortVideo => "AI 生成一段 5 秒视频（Wan 2.1，本计算器估算）",
        }
    }

    fn rung(&self, r: Rung) -> (&'static str, &'static str) {
        match r {
            Rung::Household => ("一户中国家庭", "国家能源局 2023 居民用电 ÷ 户数"),
            Rung::Village => ("一个村（300 户）", "按户均推算"),
            Rung::District => (
                "一个城区（50\u{a0}万人）",
                "按全国人均用电推算（国家能源局、国家统计局 2024）",
            ),
            Rung::City => ("一座城市（1000\u{a0}万人）", "按全国人均用电推算"),
            Rung::ThreeGorges => ("三峡电站一年发电", "三峡集团，2023 年"),
            Rung::Netherlands => ("荷兰全国一年用电", "荷兰统计局，2022 年"),
            Rung::Province => ("一个省（5000\u{a0}万人）", "按全国人均用电推算"),
            Rung::WorldDataCentres => ("全球数据中心", "国际能源署，2024 年"),
            Rung::ChinaGeneration => (
                "全国一年发电量",
                "能源研究所《世界能源统计年鉴》2025，2024 年",
            ),
        }
    }

    fn comparison(&self, c: Comparison) -> &'static str {
        match c {
            Comparison::EastWestPrice => "华东 vs 西部电价（报道数字）",
            Comparison::PueLiquid => "PUE 1.58 vs 液冷 1.09",
            Comparison::CloudEdge => "云端 1750亿 vs 端侧 30亿 模型",
            Comparison::Gpt3Gpt4 => "GPT-3 vs GPT-4 训练",
            Comparison::ChatReasoning => "聊天回答 vs 推理回答",
            Comparison::H100H20 => "H100 vs H20 服务同一模型",
            Comparison::TextVideo => "一次对话回答 vs 一段 5 秒视频",
        }
    }

    /// The methodology section's opening paragraphs (written into `static/methodology.html`, not carried by the page).
    fn methodology_text(&self) -> (&'static str, &'static str) {
        ("训练：浮点运算量 ≈ 6 × 激活参数 × 训练 token；芯片时数 = 运算量 ÷ (峰值算力 × 按芯片代际的利用率)；耗电 = 芯片时数 × (芯片功耗 + 服务器开销) × PUE。推理：按一组芯片的屋顶线模型——先以满功率读入提示词（注意力随上下文长度的平方增长，命中前缀缓存的部分免算），再逐步解码：每一步耗时 = 固定开销 + 计算与显存读取中较长者，功耗介于拟合的下限与额定功耗之间，由同一批请求分摊；优化引擎以 8 位和 4 位权重各自的峰值算力计算，批量也更大——在 406 组实测 GPU 配置上拟合（未参与拟合的模型中位误差 ×1.23），并用优化引擎的整机实测检验（×1.07），再加闲置容量、服务器开销与 PUE；智能体的任务按其每一次模型调用累计。图片和视频：去噪步数 × 每步次数（无分类器引导为 2）× 去噪网络在这张图或这段视频的潜空间 token 上的运算——线性层 2 × 参数 × token，注意力随 token 数的平方增长，再加激活值的显存读写——按所选芯片计算，在 9 个图像和视频模型的 717 组实测上拟合（中位误差 ×1.21；未参与拟合的模型 ×1.19）；U-Net（Stable Diffusion 1.5、2.1、XL）按公开配置逐级计算，每降一级分辨率减半，在 Stable Diffusion 1.5 和 2.1 的 15 组 A100 实测上拟合（轮流留出一个模型时 ×1.15；从未参与拟合的 SDXL、SDXL-Turbo、SSD-1B 和 Kandinsky ×1.16）；每张图的解码器计一次；优化引擎（TensorRT 一类）以 8 位权重的峰值计算，U-Net 每步作为一个 CUDA 图运行，用 MLPerf 的 SDXL 整机实测检验（×1.02–1.06）。每个不确定的输入取低值和高值（校准偏差取实测 ÷ 模型的第 10 和第 90 百分位，其余取公开数值的范围）；结果的大概率范围把它们当作相互独立的输入合成（对数比值的平方和开方，即国际计量指南 GUM 的不确定度合成方法），在用来检验的实测配置中有 79%–86% 落在其间；「哪个假设影响最大」图还给出所有假设同时取最好或最坏的情况。", "计算范围：最终一次训练（设定后才含其前后的研发）和日常推理的芯片、服务器与数据中心用电。不含硬件与建筑的隐含排放、网络和用户设备。用水按每度 IT 用电的现场冷却用水计。")
    }

    fn work(&self, w: Work) -> WorkWords {
        match w {
            Work::Text => WorkWords {
                name: "文字回答",
                item: None,
                items: "次提问",
                one: "这个模型回答一次",
                daily: "每天 {} 次提问",
                daily_cited: "每天回答 {} 次提问",
            },
            Work::Image => WorkWords {
                name: "图片",
                item: Some(ItemWords {
                    per_item: FIRST.per_image,
                    per_day: FieldText {
                        label: "每天生成图片数",
                        unit: "张",
                        help: "每天生成的图片张数，如 1000万",
                    },
                }),
                items: "张图",
                one: "这个模型生成一张图",
                daily: "每天 {} 张图",
                daily_cited: "每天生成 {} 张图",
            },
            Work::Video => WorkWords {
                name: "视频",
                item: Some(ItemWords {
                    per_item: FIRST.per_video,
                    per_day: FieldText {
                        label: "每天生成视频数",
                        unit: "段",
                        help: "每天生成的视频段数，如 100万",
                    },
                }),
                items: "段视频",
                one: "这个模型生成一段视频",
                daily: "每天 {} 段视频",
                daily_cited: "每天生成 {} 段视频",
            },
        }
    }

    fn precision(&self, p: Precision) -> &'static str {
        match p {
            Precision::Bf16 => "BF16（16 位）",
            Precision::Fp8 => "FP8（8 位）",
            Precision::Int4 => "INT4（4 位权重）",
            Precision::Fp4 => "FP4（NVFP4 / MXFP4）",
        }
    }

    fn bracketed(&self, name: &str, detail: &str) -> String {
        format!("{name}（{detail}）")
    }

    fn scenario_line(&self, params: &str, daily: &str, days: &str, hw: &str) -> String {
        fill(
            "{} 参数 · {} · {} 天 · {}",
            &[
                params.to_string(),
                daily.to_string(),
                days.to_string(),
                hw.to_string(),
            ],
        )
    }

    fn year(&self, n: u32) -> String {
        format!("第 {n} 年")
    }

    fn projection(&self, g: &str, years: [Option<u32>; 3], beyond: u32) -> String {
        let [late, central, early] = years;
        let when = |y: Option<u32>| match y {
            Some(y) => format!("第 {y} 年"),
            None => format!("{beyond} 年以后"),
        };
        match central {
            Some(_) => format!(
                "提问量每年增长 {g}：{}达到全国发电量的 1%（范围：{}到{}）。",
                when(central),
                when(early),
                when(late)
            ),
            None => format!(
                "提问量每年增长 {g}：{beyond} 年内达不到全国发电量的 1%（最快：{}）。可在“使用”中修改年增长。",
                when(early)
            ),
        }
    }

    fn change(&self, label: &str, from: &str, to: &str) -> String {
        fill(
            "{}由 {} 改为 {}",
            &[label.to_string(), from.to_string(), to.to_string()],
        )
    }

    fn compare_sentence(&self, t: &CompareTotals) -> String {
        if t.changes.is_empty() {
            return "B 与 A 相同。".to_string();
        }
        let word = if t.less { "少" } else { "多" };
        let more = match t.more {
            0 => String::new(),
            n => format!("；另有 {n} 处改动"),
        };
        let per = match t.per {
            Question::Service => "总耗电",
            Question::Item => "每次耗电",
            Question::Me => "一年用电",
        };
        let change = t.factor.as_ref().map_or_else(
            || format!("{word} {}（{word} {}）", t.percent, t.difference),
            |factor| format!("B ÷ A 为 {factor}"),
        );
        format!(
            "{}{more}：{per} {}，而不是 {}，{change}。",
            t.changes.join("；"),
            t.b_total,
            t.a_total
        )
    }
}
