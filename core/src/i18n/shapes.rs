//! The shapes the language files fill in: the page's fixed words (`Strings`), an input's texts, a citation's
//! pieces, a constant's source (`Cite`), the comparison sentence's pieces, and `fill` for templates. Both
//! `zh.rs` and `en.rs` build on these; nothing here is in a language.

use crate::format;
use crate::lang::Lang;
use crate::model::assumptions::Knob;
use crate::model::equivalence::{Ev, HomeRegion};
use crate::model::everyday::Everyday;
use crate::model::hardware::Hw;
use crate::model::question::Question;
use crate::model::scale::Rung;
use crate::model::scenario::{Choice, Field};
use crate::model::work::Work;
use crate::prelude::*;

/// A constant's source, as "show your work", the methodology and the exports cite it: one citation code for the
/// page and what leaves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cite {
    Hw(Hw),
    /// An uncertain input's default range.
    Knob(Knob),
    Rung(Rung),
    Home(HomeRegion),
    Ev(Ev),
    Trip,
    EarthLap,
    Phone,
    /// A familiar use of energy on the per-query ladder.
    Everyday(Everyday),
}

impl Cite {
    /// Every source, in the order the generated texts list them.
    pub fn all() -> Vec<Cite> {
        let mut all: Vec<Cite> = Hw::ALL.map(Cite::Hw).to_vec();
        all.extend(Knob::ALL.map(Cite::Knob));
        all.extend(Rung::ALL.map(Cite::Rung));
        all.extend(HomeRegion::ALL.map(Cite::Home));
        all.extend(Ev::ALL.map(Cite::Ev));
        all.extend([Cite::Trip, Cite::EarthLap, Cite::Phone]);
        all.extend(Everyday::ALL.map(Cite::Everyday));
        all
    }

    /// The source as Rust writes it (`Cite::Hw(Hw::H100)`), for the generated texts.
    pub fn path(self) -> String {
        match self {
            Cite::Hw(h) => format!("Cite::Hw(Hw::{h:?})"),
            Cite::Knob(k) => format!("Cite::Knob(Knob::{k:?})"),
            Cite::Rung(r) => format!("Cite::Rung(Rung::{r:?})"),
            Cite::Home(h) => format!("Cite::Home(HomeRegion::{h:?})"),
            Cite::Ev(e) => format!("Cite::Ev(Ev::{e:?})"),
            Cite::Trip => "Cite::Trip".to_string(),
            Cite::EarthLap => "Cite::EarthLap".to_string(),
            Cite::Phone => "Cite::Phone".to_string(),
            Cite::Everyday(e) => format!("Cite::Everyday(Everyday::{e:?})"),
        }
    }
}

/// Where an input of the scenario comes from, as the exports cite it beside its value (written by the same
/// language files as [`Cite`], apart from it so that a page links only the English the exports speak).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputCite {
    /// Where a number's default comes from, or (unknown) what the model takes instead, for this kind of work:
    /// the numbers whose row says `Source::Cited`.
    Input(Field, Work),
    /// What a choice means and where its numbers come from.
    Choice(Choice),
    /// A number the link (the reader or the preset) gives.
    Given,
}

/// What a source quotes of an accelerator's table row, in a language's number style, each with its unit: the same
/// numbers in every language's sentence.
pub struct HwQuote {
    /// Rated power, W (the number alone).
    pub watts: String,
    /// Dense BF16 peak: `989 TFLOP/s`, `2.25 PFLOP/s`.
    pub bf16: String,
    /// Dense FP8 (or INT8) peak, where the chip has a faster 8-bit path.
    pub fp8: Option<String>,
    /// Dense FP4 peak, where the chip has FP4 tensor cores.
    pub fp4: Option<String>,
    /// Memory, GB (the number alone).
    pub gb: String,
    /// Memory bandwidth: `3.35 TB/s`, `864 GB/s`.
    pub bandwidth: String,
    /// Measured system power per chip, `245–310` W (the numbers alone), where published as a range.
    pub measured: Option<String>,
    /// The generation's training utilisation, `13–45` (percent, the numbers alone).
    pub mfu: String,
}

impl HwQuote {
    pub fn of(hw: Hw, lang: Lang) -> HwQuote {
        let spec = hw.spec();
        let x = |v: f64| format::exact(v, lang);
        // Peaks in TFLOP/s (one decimal) below a PFLOP/s, in PFLOP/s (two) from there on.
        let flops = |v: f64| {
            if v >= 1e15 {
                cat!(x(in_unit(v, 1e15, 2)), "\u{a0}PFLOP/s")
            } else {
                cat!(x(in_unit(v, 1e12, 1)), "\u{a0}TFLOP/s")
            }
        };
        let b = spec.hbm_bytes_per_s;
        let mfu = spec.training_mfu;
        HwQuote {
            watts: x(spec.rated_w),
            bf16: flops(spec.peak_flops),
            fp8: spec.peak_fp8_flops.map(flops),
            fp4: spec.peak_fp4_flops.map(flops),
            gb: x(spec.memory_gb),
            bandwidth: if b >= 1e12 {
                cat!(x(in_unit(b, 1e12, 2)), "\u{a0}TB/s")
            } else {
                cat!(x(in_unit(b, 1e9, 0)), "\u{a0}GB/s")
            },
            measured: spec
                .measured_system_w
                .filter(|r| r.low < r.high)
                .map(|r| cat!(x(r.low), "–", x(r.high))),
            mfu: cat!(
                x(in_unit(mfu.low, 0.01, 1)),
                "–",
                x(in_unit(mfu.high, 0.01, 1))
            ),
        }
    }
}

/// `v` in `unit` (1e12 for tera), rounded to `decimals` places: what a source quotes of a model constant
/// (`989e12` FLOP/s → 989 TFLOP/s), so the quote is printed from the constant itself.
pub fn in_unit(v: f64, unit: f64, decimals: i32) -> f64 {
    let scale = libm::pow(10.0, f64::from(decimals));
    libm::round(v / unit * scale) / scale
}

/// Label, unit and help of one input, as the page shows them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldText {
    pub label: &'static str,
    pub unit: &'static str,
    pub help: &'static str,
}

/// The per-item result's name and the items-per-day input's texts for an image or a video.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemWords {
    /// "Per image".
    pub per_item: &'static str,
    /// "Images per day", its unit and help.
    pub per_day: FieldText,
}

/// How a language names a kind of work and one item of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorkWords {
    /// The kind, as the drop-down list names it.
    pub name: &'static str,
    /// What an image or a video renames: `None` for text answers, whose words are the fields' and results' own.
    pub item: Option<ItemWords>,
    /// The items, counted in "show the work" ("queries", "images").
    pub items: &'static str,
    /// The ladder's row for this scenario's item ("One query to this model").
    pub one: &'static str,
    /// The daily use in the result image's line, `{}` the count ("{} queries a day").
    pub daily: &'static str,
    /// The daily use in the citation, `{}` the count ("answering {} queries a day").
    pub daily_cited: &'static str,
}

/// Label, unit and help of one input as a language writes them; the help may quote model constants, formatted
/// from their tables.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenField {
    pub label: &'static str,
    pub unit: &'static str,
    pub help: String,
}

/// An uncertain input's default range as percentages, (low, high), as help texts quote it.
pub fn percent_range(k: Knob) -> (f64, f64) {
    let r = k.default_range();
    (r.low * 100.0, r.high * 100.0)
}

/// The fixed words of the first screen (title, presets, comparison bar, headline, the link's problems): apart
/// from the rest so the first-paint module links these alone (`first_screen.rs`).
pub struct FirstWords {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switch_to: &'static str,
    pub notice_title: &'static str,
    pub dismiss: &'static str,
    /// `：` in Chinese, `: ` in English.
    pub colon: &'static str,
    pub reset: &'static str,
    pub presets_title: &'static str,
    pub range: &'static str,
    /// Compare mode: start, stop, which scenario the inputs edit, the pair's names and the ready-made pairs.
    pub compare_start: &'static str,
    pub compare_stop: &'static str,
    pub edit_a: &'static str,
    pub edit_b: &'static str,
    pub scenario_b: &'static str,
    pub comparisons_title: &'static str,
    pub not_a_number: &'static str,
    pub too_small: &'static str,
    pub too_large: &'static str,
    /// After a preset's name when the scenario changes it; after a model's size.
    pub changed: &'static str,
    pub parameters: &'static str,
    /// Between the items of a list in a sentence ("、", ", ").
    pub list_sep: &'static str,
    /// The per-item result's name: a query, an agent's task of several model calls, an image, a video.
    pub per_query: &'static str,
    pub per_task: &'static str,
    pub per_image: &'static str,
    pub per_video: &'static str,
    /// The results a question leads with besides one item's: a service's total, a person's year and day.
    pub lead_total: &'static str,
    pub lead_my_year: &'static str,
    pub lead_my_day: &'static str,
    /// After a person's day, when it counts each item's share of training (`metrain=shared`).
    pub with_training: &'static str,
    /// After a person's day, when it leaves training out (the default).
    pub without_training: &'static str,
    /// A service's training, `{}` its energy and its share of the total ("Training is 1,290 MWh of it, 3.2%").
    pub service_training: &'static str,
    /// A service's total when its training is not counted (an image or video model without its accelerator-hours).
    pub lead_use_total: &'static str,
    /// The question bar: its label and its three questions (`Question`).
    pub question_title: &'static str,
    pub question_item: &'static str,
    pub question_me: &'static str,
    pub question_service: &'static str,
    /// Before a result said in familiar amounts ("≈", "相当于").
    pub like: &'static str,
    /// Each familiar amount's unit (`Familiar`), after its count.
    pub phone_charges: &'static str,
    pub led_hours: &'static str,
    pub kettle_boils: &'static str,
    /// With whose household, as `Words::home_adjective` says it.
    pub household_minutes: &'static str,
    pub ev_km: &'static str,
    /// One item's training: not counted; or counted, shared over the deployment's items (`{}` the Wh, then the
    /// items).
    pub item_training_not_counted: &'static str,
    pub item_training: &'static str,
    /// A diffusion model larger than any published one (`{}` the largest published size).
    pub kind_warning: &'static str,
    /// A person's use with no line yet.
    pub my_use_empty: &'static str,
    /// "Scenario A" (as `scenario_b` names B).
    pub scenario_a: &'static str,
    /// The comparison's lead: B ÷ A of one item, or of the question's result (`{}` its name).
    pub ratio_per_item: &'static str,
    pub ratio_of: &'static str,
    /// The preset filter's label and its groups (`PresetGroup`).
    pub group_text: &'static str,
    pub group_reasoning: &'static str,
    pub group_agents: &'static str,
    pub group_images: &'static str,
    pub group_videos: &'static str,
    pub group_training: &'static str,
}

impl core::ops::Deref for Strings {
    type Target = FirstWords;

    fn deref(&self) -> &FirstWords {
        self.first
    }
}

/// Every fixed piece of text on the page, in one language.
pub struct Strings {
    /// The first screen's words (`Strings` derefs to them, so `s.title` reads as before).
    pub first: &'static FirstWords,
    pub share_title: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub link_contains: &'static str,
    pub link_contains_default: &'static str,
    pub link_version: &'static str,
    pub link_lang: &'static str,
    pub link_embed: &'static str,
    pub link_lock: &'static str,
    pub link_theme: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub citation_title: &'static str,
    pub copy_citation: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub copy_embed: &'static str,
    pub open_full: &'static str,
    pub group_model: &'static str,
    pub group_use: &'static str,
    pub group_facility: &'static str,
    pub group_compare: &'static str,
    pub more_assumptions: &'static str,
    pub unknown_uses_range: &'static str,
    pub accelerator: &'static str,
    pub serving_accelerator: &'static str,
    pub same_accelerator: &'static str,
    pub precision: &'static str,
    /// A video's length under its frames, `{}` the seconds.
    pub video_length: &'static str,
    /// The kind-of-work list's label.
    pub work_kind: &'static str,
    /// The serving-engine list's label and its three entries.
    pub engine: &'static str,
    pub engine_either: &'static str,
    pub engine_reference: &'static str,
    pub engine_optimised: &'static str,
    pub arch: &'static str,
    pub arch_dit: &'static str,
    pub arch_unet: &'static str,
    pub unet_layout: &'static str,
    pub unet_from_size: &'static str,
    pub unet_sd: &'static str,
    pub unet_sdxl: &'static str,
    /// The per-query result and the per-day, input and output labels when a query is an agent's task of several
    /// model calls.
    pub tasks_per_day: &'static str,
    pub input_per_call: &'static str,
    pub output_per_call: &'static str,
    /// Note under training when an image or video model's training hours are not given.
    pub training_not_counted: &'static str,
    pub currency: &'static str,
    pub home_basis: &'static str,
    pub ev_basis: &'static str,
    pub common_values: &'static str,
    pub choose: &'static str,
    pub training: &'static str,
    pub inference: &'static str,
    pub dominant: &'static str,
    pub no_uncertainty: &'static str,
    pub unit_hours: &'static str,
    pub unit_household_years: &'static str,
    pub unit_km: &'static str,
    pub unit_trips: &'static str,
    pub unit_laps: &'static str,
    pub unit_charges: &'static str,
    pub show_work: &'static str,
    pub sources: &'static str,
    pub chart_split_title: &'static str,
    pub chart_sensitivity_title: &'static str,
    pub scale_title: &'static str,
    pub growth_title: &'static str,
    pub ladder_title: &'static str,
    pub more_results: &'static str,
    /// Above a service's results when the headline leads with one item or a person's year: which service they are.
    pub as_a_service: &'static str,
    pub share_more: &'static str,
    pub image_svg: &'static str,
    pub image_png: &'static str,
    pub methodology_title: &'static str,
    pub claims_title: &'static str,
    pub claims_intro: &'static str,
    /// Shown while a section's texts load (they come after the first screen).
    pub loading: &'static str,
    /// What the page says when a part it loads later (the whole module) cannot be had.
    pub later_failed: &'static str,
    pub claim_claimed: &'static str,
    pub claim_recomputed: &'static str,
    pub claim_load: &'static str,
    pub verdict_consistent: &'static str,
    pub verdict_too_high: &'static str,
    pub verdict_too_low: &'static str,
    pub verdict_unverified: &'static str,
    pub verdict_context: &'static str,
    pub kept_last_good: &'static str,
    pub footer: &'static str,
    pub data_version: &'static str,
    /// A person's own use: the panel's title and help, a line's "a day", removing a line, adding one (its kind,
    /// its preset, the button).
    pub my_use_title: &'static str,
    /// Whether a person's use counts training: the list's label, its two choices and what they mean.
    pub my_training: &'static str,
    pub my_training_left: &'static str,
    pub my_training_shared: &'static str,
    pub my_use_help: &'static str,
    pub per_day: &'static str,
    pub remove_line: &'static str,
    pub add_kind: &'static str,
    pub add_preset: &'static str,
    pub add_line: &'static str,
    /// What a preset assumes and what it is checked against, under the headline.
    pub assumes: &'static str,
    pub checked_against: &'static str,
    /// The ranking of a kind's presets by their energy per item.
    pub ranking_title: &'static str,
    /// Under "What the AI makes": what choosing a kind loads.
    pub work_help: &'static str,
}

/// The words only what a reader takes away uses (the citation, a result's working, the charts): made by the whole
/// module when asked (`takeaway`), so the page's first visit does not carry them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TakeawayWords {
    /// Units in a working's formulas, as the language writes them (Chinese: 度, 瓦时, 瓦, one system a line).
    pub unit_kwh: &'static str,
    pub unit_wh: &'static str,
    pub unit_w: &'static str,
    pub unit_wh_per_km: &'static str,
    pub unit_g_per_kwh: &'static str,
    pub unit_l_per_kwh: &'static str,
    pub unit_km: &'static str,
    /// The embed snippet's frame title.
    pub embed_frame_title: &'static str,
    /// A value's range in a citation.
    pub cite_range: &'static str,
    /// The citation's last sentence, with the link.
    pub cite_method: &'static str,
    /// A service's daily use in a citation when each item is an agent's task, `{}` the count.
    pub tasks_cited: &'static str,
    /// One item's energy after a service's total in a citation: `{}` what one is ("Per image"), its energy and
    /// its range.
    pub cite_per_item: &'static str,
    /// What ends a sentence the citation adds ("About 0.32 phone charges"), and what goes between two.
    pub stop: &'static str,
    pub gap: &'static str,
    /// Show-your-work units: a call's prefill, and model calls.
    pub work_ms_prefill: &'static str,
    pub work_calls: &'static str,
    pub work_tesla_km: &'static str,
    pub work_rated: &'static str,
    pub work_ms_per_step: &'static str,
    /// An image or video batch's time unit in "show the work".
    pub work_s_per_batch: &'static str,
    pub work_latent_tokens: &'static str,
    pub work_steps_passes: &'static str,
    pub work_compute_bound: &'static str,
    pub work_memory_bound: &'static str,
    pub work_tokens: &'static str,
    pub work_batch: &'static str,
    pub work_idle: &'static str,
    pub work_busy: &'static str,
    pub chart_log_note: &'static str,
    pub chart_sensitivity_axis: &'static str,
    /// The sensitivity chart's row of every uncertain input combined: the likely range.
    pub sensitivity_likely: &'static str,
    /// Its row of every uncertain input at its best or its worst at once.
    pub sensitivity_all_at_once: &'static str,
    pub scale_note: &'static str,
    pub scale_service: &'static str,
    pub china_mark: &'static str,
    pub work_year: &'static str,
}

/// `template` with each `{}` replaced by the next of `values`, in order (extra `{}` stay empty). One small
/// function instead of a `format!` per sentence: the claims' explanations are many sentences with many numbers,
/// and each `format!` call site costs the page code.
pub fn fill(template: &str, values: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * values.len());
    let mut values = values.iter();
    // Split at each `{` (a byte: neither a substring nor a character searcher, which the first-paint module would
    // carry), a `{}` where the piece after it starts with `}`.
    let mut pieces = crate::parse::split_byte(template, b'{');
    // The template's text since the last `{}`, held back so that a space beside a value can still be dropped.
    let mut text = pieces.next().unwrap_or("");
    for piece in pieces {
        let Some(rest) = piece.strip_prefix('}') else {
            out.push_str(text);
            out.push('{');
            text = piece;
            continue;
        };
        let v = values.next().map_or("", String::as_str);
        // One spacing rule: a space between a number (or a Latin word) and a Chinese word, none between two
        // Chinese words. A template's `{} 次` or `{}\u{a0}公里` spaces a bare number; a value ending in 万, 亿
        // or 度 takes no space after it, and one starting with 英伟达 none before.
        // What precedes the space: the template's text, or what was written before it (`{} {}`).
        let before = text.strip_suffix(' ').filter(|t| {
            format::starts_cjk(v) && format::ends_cjk(if t.is_empty() { &out } else { t })
        });
        out.push_str(before.unwrap_or(text));
        out.push_str(v);
        let after = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix(format::NBSP));
        text = after
            .filter(|r| format::ends_cjk(v) && format::starts_cjk(r))
            .unwrap_or(rest);
    }
    out.push_str(text);
    out
}

/// The comparison headline's pieces, already formatted: what B changes (each "label from → to") and the totals.
pub struct CompareTotals<'a> {
    /// Each change B makes, as the language wrote it with [`super::Words::change`]: a change of the kind of work
    /// or of the question first.
    pub changes: &'a [String],
    /// How many more changes B makes than the sentence names.
    pub more: usize,
    /// What the two values are: the totals, one item's energy or a person's year (`compare::basis`).
    pub per: Question,
    pub a_total: String,
    pub b_total: String,
    /// |B − A| ÷ A, and |B − A| as energy; beyond ±1,000%, B ÷ A as a factor instead (`×5,790`).
    pub percent: String,
    pub difference: String,
    pub factor: Option<String>,
    /// Whether B uses less than A.
    pub less: bool,
}

/// A citation's first sentence, which says the link's lead (the page's headline) in words.
pub enum CiteLead<'a> {
    /// A service's total: what it is (a preset's name, else `None` and its model's size), its daily use in its
    /// kind's words and its days; whether training is in the total.
    Service {
        version: &'a str,
        name: Option<String>,
        params: String,
        daily_use: String,
        days: String,
        with_training: bool,
        shown: String,
        range: Option<String>,
    },
    /// One item: what it is (`name`), what one is ("Per image") and its energy.
    Item {
        version: &'a str,
        name: String,
        per: &'static str,
        shown: String,
        range: Option<String>,
    },
    /// A person's year, with their lines a day.
    Me {
        version: &'a str,
        /// The person's lines in words; `None` while they have added none (then there is nothing to cite but
        /// that, and no range).
        lines: Option<String>,
        shown: String,
        range: Option<String>,
    },
    /// B ÷ A of what the two compare on.
    Pair {
        version: &'a str,
        a: String,
        b: String,
        per: Question,
        shown: String,
        range: Option<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::fill;
    use crate::format::count;
    use crate::lang::Lang;

    #[test]
    fn a_number_is_spaced_from_a_chinese_word_and_two_chinese_words_are_not() {
        let asked = |n: f64| {
            fill(
                "每年 {} 次提问，{} 户",
                &[count(n, Lang::Zh), count(n, Lang::Zh)],
            )
        };
        assert_eq!(asked(365.0), "每年 365 次提问，365 户");
        assert_eq!(asked(3.65e10), "每年 365\u{a0}亿次提问，365\u{a0}亿户");
        // English, a value ending in Latin or a space before Latin text keep their space.
        assert_eq!(
            fill("{} queries", &[count(3.65e10, Lang::En)]),
            "36.5\u{a0}billion queries"
        );
        assert_eq!(fill("{} kWh", &["3 万".into()]), "3 万 kWh");
        assert_eq!(
            fill("约 {}\u{a0}公里", &["816\u{a0}万".into()]),
            "约 816\u{a0}万公里"
        );
        assert_eq!(
            fill("同样的 {} 上", &["英伟达 H100".into()]),
            "同样的英伟达 H100 上"
        );
        assert_eq!(
            fill("同样的 {} 上", &["AMD MI300X".into()]),
            "同样的 AMD MI300X 上"
        );
        assert_eq!(fill("GPU {} 张", &["一".into()]), "GPU 一张");
        assert_eq!(
            fill(
                "{} × {} {} =",
                &["3 瓦时".into(), "365\u{a0}亿".into(), "次提问".into()]
            ),
            "3 瓦时 × 365\u{a0}亿次提问 ="
        );
        assert_eq!(
            fill(
                "{} × {} {} =",
                &["3 瓦时".into(), "365".into(), "次提问".into()]
            ),
            "3 瓦时 × 365 次提问 ="
        );
        assert_eq!(fill("{} {}", &["".into(), "x".into()]), " x");
        assert_eq!(fill("{", &[]), "{");
    }
}
