//! The public sources behind the constants, with addresses, for the page's methodology section.

/// One source: what it is and where to read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

pub const SOURCES: [Source; 20] = [
    Source { title: "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training (GPT-3, T5, Meena, GShard, Switch)", url: "https://arxiv.org/abs/2104.10350" },
    Source { title: "Luccioni, Viguier, Ligozat 2022, Estimating the Carbon Footprint of BLOOM", url: "https://arxiv.org/abs/2211.02001" },
    Source { title: "Google 2025, Measuring the environmental impact of delivering AI at Google scale (Gemini 0.24 Wh)", url: "https://arxiv.org/abs/2508.15734" },
    Source { title: "Epoch AI 2025, How much energy does ChatGPT use? (0.3 Wh)", url: "https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use" },
    Source { title: "Luccioni, Jernite, Strubell 2024, Power Hungry Processing (images, phone charges)", url: "https://arxiv.org/abs/2311.16863" },
    Source { title: "de Vries 2023, The growing energy footprint of artificial intelligence, Joule", url: "https://doi.org/10.1016/j.joule.2023.09.004" },
    Source { title: "Jegham et al. 2025, How Hungry is AI?", url: "https://arxiv.org/abs/2505.09598" },
    Source { title: "EcoLogits methodology (per-token energy, provider PUE and WUE)", url: "https://ecologits.ai/latest/methodology/llm_inference/" },
    Source { title: "Kaplan et al. 2020, Scaling Laws for Neural Language Models (6·N·D)", url: "https://arxiv.org/abs/2001.08361" },
    Source { title: "Chowdhery et al. 2022, PaLM (TPU v4 378.5 W)", url: "https://arxiv.org/abs/2204.02311" },
    Source { title: "NVIDIA H100 product page (700 W, 989 TFLOP/s dense BF16)", url: "https://www.nvidia.com/en-us/data-center/h100/" },
    Source { title: "NVIDIA A100 datasheet (400 W, 312 TFLOP/s)", url: "https://www.nvidia.com/en-us/data-center/a100/" },
    Source { title: "US EIA: average US household electricity (10,715 kWh, 2020)", url: "https://www.eia.gov/tools/faqs/faq.php?id=97" },
    Source { title: "US EIA Electric Power Annual 2023: prices by state and sector", url: "https://www.eia.gov/electricity/annual/" },
    Source { title: "People's Daily 2024: China's 2023 residential electricity, 1.35 trillion kWh (NEA)", url: "https://en.people.cn/n3/2024/0119/c90000-20124365.html" },
    Source { title: "Japan Ministry of the Environment: household energy statistics", url: "https://www.env.go.jp/earth/ondanka/kateico2tokei/energy/detail/01/" },
    Source { title: "InsideEVs: 2024 Tesla Model 3 EPA consumption (158 Wh/km)", url: "https://insideevs.com/news/719013/2024-tesla-model3-epa-range-consumption/" },
    Source { title: "InsideEVs: 2024 Tesla Model Y EPA consumption (179 Wh/km)", url: "https://insideevs.com/news/719143/2024-tesla-modely-epa-range-consumption/" },
    Source { title: "Ember Global Electricity Review 2024 (world 480 gCO2/kWh)", url: "https://ember-climate.org/insights/research/global-electricity-review-2024/" },
    Source { title: "Uptime Institute Global Data Center Survey (PUE 1.58 / 1.56)", url: "https://uptimeinstitute.com/resources/research-and-reports" },
];
