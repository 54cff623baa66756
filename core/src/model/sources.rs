//! The public sources behind the constants, with addresses, for the page's methodology section.

/// One source: what it is (who, when, what it measured), in each language, and where to read it. Titles of
/// works stay in their own language where the Chinese names them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub en: &'static str,
    pub zh: &'static str,
    pub url: &'static str,
}

impl Source {
    /// What it is, in `lang`.
    pub fn title(&self, lang: crate::lang::Lang) -> &'static str {
        match lang {
            crate::lang::Lang::En => self.en,
            crate::lang::Lang::Zh => self.zh,
        }
    }
}

pub const SOURCES: [Source; 20] = [
    Source {
        en: "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training (GPT-3, T5, Meena, GShard, Switch)",
        zh: "Patterson 等 2021：大型神经网络训练的碳排放（GPT-3、T5、Meena、GShard、Switch 的训练用电实测与估算）",
        url: "https://arxiv.org/abs/2104.10350",
    },
    Source {
        en: "Luccioni, Viguier, Ligozat 2022, Estimating the Carbon Footprint of BLOOM",
        zh: "Luccioni、Viguier、Ligozat 2022：估算 BLOOM 的碳足迹（训练和部署的实测用电）",
        url: "https://arxiv.org/abs/2211.02001",
    },
    Source {
        en: "Google 2025, Measuring the environmental impact of delivering AI at Google scale (Gemini 0.24\u{a0}Wh)",
        zh: "谷歌 2025：按谷歌规模提供 AI 服务的环境影响实测（Gemini 每次提问 0.24\u{a0}瓦时）",
        url: "https://arxiv.org/abs/2508.15734",
    },
    Source {
        en: "Epoch AI 2025, How much energy does ChatGPT use? (0.3\u{a0}Wh)",
        zh: "Epoch AI 2025：ChatGPT 用多少电？（每次提问约 0.3\u{a0}瓦时）",
        url: "https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use",
    },
    Source {
        en: "Luccioni, Jernite, Strubell 2024, Power Hungry Processing (images, phone charges)",
        zh: "Luccioni、Jernite、Strubell 2024：《耗电的处理》（生成图片的实测用电，与手机充电相比）",
        url: "https://arxiv.org/abs/2311.16863",
    },
    Source {
        en: "de Vries 2023, The growing energy footprint of artificial intelligence, Joule",
        zh: "de Vries 2023：人工智能不断增长的能源足迹（《Joule》期刊）",
        url: "https://doi.org/10.1016/j.joule.2023.09.004",
    },
    Source {
        en: "Jegham et al. 2025, How Hungry is AI?",
        zh: "Jegham 等 2025：AI 有多耗电？（各家模型每次提问的用电估算）",
        url: "https://arxiv.org/abs/2505.09598",
    },
    Source {
        en: "EcoLogits methodology (per-token energy, provider PUE and WUE)",
        zh: "EcoLogits 方法说明（每个 token 的用电、各服务商的 PUE 与 WUE）",
        url: "https://ecologits.ai/latest/methodology/llm_inference/",
    },
    Source {
        en: "Kaplan et al. 2020, Scaling Laws for Neural Language Models (6·N·D)",
        zh: "Kaplan 等 2020：神经语言模型的规模定律（训练运算量 6·N·D）",
        url: "https://arxiv.org/abs/2001.08361",
    },
    Source {
        en: "Chowdhery et al. 2022, PaLM (TPU v4 378.5\u{a0}W)",
        zh: "Chowdhery 等 2022：PaLM 论文（TPU v4 实测 378.5\u{a0}瓦）",
        url: "https://arxiv.org/abs/2204.02311",
    },
    Source {
        en: "NVIDIA H100 product page (700\u{a0}W, 989\u{a0}TFLOP/s dense BF16)",
        zh: "英伟达 H100 产品页（700\u{a0}瓦，稠密 BF16 989\u{a0}TFLOP/s）",
        url: "https://www.nvidia.com/en-us/data-center/h100/",
    },
    Source {
        en: "NVIDIA A100 datasheet (400\u{a0}W, 312\u{a0}TFLOP/s)",
        zh: "英伟达 A100 数据手册（400\u{a0}瓦，312\u{a0}TFLOP/s）",
        url: "https://www.nvidia.com/en-us/data-center/a100/",
    },
    Source {
        en: "US EIA: average US household electricity (10,715\u{a0}kWh, 2020)",
        zh: "美国能源信息署（EIA）：美国家庭平均年用电（10715\u{a0}度，2020 年）",
        url: "https://www.eia.gov/tools/faqs/faq.php?id=97",
    },
    Source {
        en: "US EIA Electric Power Annual 2023: prices by state and sector",
        zh: "美国能源信息署（EIA）《2023 年电力年报》：各州、各类用户的电价",
        url: "https://www.eia.gov/electricity/annual/",
    },
    Source {
        en: "People's Daily 2024: China's 2023 residential electricity, 1.35\u{a0}trillion kWh (NEA)",
        zh: "人民日报 2024：中国 2023 年城乡居民生活用电 1.35\u{a0}万亿度（国家能源局数据）",
        url: "https://en.people.cn/n3/2024/0119/c90000-20124365.html",
    },
    Source {
        en: "Japan Ministry of the Environment: household energy statistics",
        zh: "日本环境省：家庭能源统计",
        url: "https://www.env.go.jp/earth/ondanka/kateico2tokei/energy/detail/01/",
    },
    Source {
        en: "InsideEVs: 2024 Tesla Model 3 EPA consumption (158\u{a0}Wh/km)",
        zh: "InsideEVs：2024 款特斯拉 Model 3 的 EPA 能耗（每公里 158\u{a0}瓦时）",
        url: "https://insideevs.com/news/719013/2024-tesla-model3-epa-range-consumption/",
    },
    Source {
        en: "InsideEVs: 2024 Tesla Model Y EPA consumption (179\u{a0}Wh/km)",
        zh: "InsideEVs：2024 款特斯拉 Model Y 的 EPA 能耗（每公里 179\u{a0}瓦时）",
        url: "https://insideevs.com/news/719143/2024-tesla-modely-epa-range-consumption/",
    },
    Source {
        en: "Ember Global Electricity Review 2024 (world 480\u{a0}gCO2/kWh)",
        zh: "Ember《2024 年全球电力评估》（全球平均每度电 480\u{a0}克二氧化碳）",
        url: "https://ember-climate.org/insights/research/global-electricity-review-2024/",
    },
    Source {
        en: "Uptime Institute Global Data Center Survey (PUE 1.58 / 1.56)",
        zh: "Uptime Institute 全球数据中心调查（平均 PUE 1.58 / 1.56）",
        url: "https://uptimeinstitute.com/resources/research-and-reports",
    },
];
