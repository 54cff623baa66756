//! The page's words. Every string the reader sees lives in `zh.rs` or `en.rs`, one table per language,
//! so a screen is never half in one language and half in the other.

pub mod claim_texts;
mod en;
pub mod later;
mod quoted_texts;
mod zh;

use crate::format;
use crate::lang::Lang;
use crate::link::{b_entries, KeyKind, Problem, ViewKey};
use crate::model::assumptions::Knob;
use crate::model::claims::{ClaimCheck, ClaimId, Unit, Verdict};
use crate::model::equivalence::{Ev, HomeRegion};
use crate::model::everyday::Everyday;
use crate::model::facility::Reference;
use crate::model::hardware::Hw;
use crate::model::metric::{Metric, UnitKind};
use crate::model::presets::{Basis, Comparison, Preset};
use crate::model::scale::{Rung, PROJECTION_YEARS};
use crate::model::scenario::{Choice, ChoiceKind, Currency, Field, InputError, Scenario};
use crate::model::serving::Precision;
use crate::model::Results;

/// The page's words for each language (the enum itself lives in `crate::lang`).
impl Lang {
    /// This language's fixed words.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &zh::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    /// Label, unit and help text of an input, as the page shows them (generated into `quoted_texts.rs` from
    /// [`Lang::write_field`], kept current by `tests/docs_tables.rs`).
    pub fn field(self, f: Field) -> FieldText {
        match self {
            Lang::Zh => quoted_texts::zh_field(f),
            Lang::En => quoted_texts::en_field(f),
        }
    }

    /// Label, unit and help text of an input, written from the model's constants.
    pub fn write_field(self, f: Field) -> WrittenField {
        match self {
            Lang::Zh => zh::field(f),
            Lang::En => en::field(f),
        }
    }

    /// A result's name, as its card (or, for the total, the headline) says it.
    pub fn metric(self, m: Metric) -> &'static str {
        match self {
            Lang::Zh => zh::metric(m),
            Lang::En => en::metric(m),
        }
    }

    /// A result's value in the reader's words and units; money in `currency`.
    pub fn metric_value(self, m: Metric, v: f64, currency: Currency) -> String {
        let s = self.strings();
        let unit = |word: &str| format::with_unit(v, word, self);
        match m.unit() {
            UnitKind::Kwh => format::energy_kwh(v, self),
            UnitKind::Wh => format::energy_wh(v, self),
            UnitKind::AcceleratorHours => unit(s.unit_hours),
            UnitKind::Fraction => format::percent(v, self),
            UnitKind::HouseholdYears => unit(s.unit_household_years),
            UnitKind::Km => unit(s.unit_km),
            UnitKind::Trips => unit(s.unit_trips),
            UnitKind::Laps => unit(s.unit_laps),
            UnitKind::Charges => unit(s.unit_charges),
            UnitKind::Money => format::money(v, currency, self),
            UnitKind::Kg => format::mass_kg(v, self),
            UnitKind::Litres => format::volume_l(v, self),
        }
    }

    /// Name of an uncertain input, as the sensitivity table and the dominant-assumption line say it.
    pub fn knob(self, k: Knob) -> &'static str {
        match self {
            Lang::Zh => zh::knob(k),
            Lang::En => en::knob(k),
        }
    }

    /// Where a constant comes from, in this language.
    pub fn cite(self, c: Cite) -> String {
        match self {
            Lang::Zh => zh::cite(c),
            Lang::En => en::cite(c),
        }
    }

    /// Where an uncertain input's range comes from.
    pub fn knob_source(self, k: Knob) -> &'static str {
        match self {
            Lang::Zh => zh::knob_source(k),
            Lang::En => k.default_range().1,
        }
    }

    pub fn preset(self, p: Preset) -> &'static str {
        match self {
            Lang::Zh => zh::preset(p),
            Lang::En => en::preset(p),
        }
    }

    pub fn basis(self, b: Basis) -> &'static str {
        match self {
            Lang::Zh => zh::basis(b),
            Lang::En => en::basis(b),
        }
    }

    /// A household basis with its yearly kWh, as the page shows it (generated from [`Lang::write_home`]).
    pub fn home(self, h: HomeRegion) -> &'static str {
        match self {
            Lang::Zh => quoted_texts::zh_home(h),
            Lang::En => quoted_texts::en_home(h),
        }
    }

    /// A household basis with its yearly kWh, written from the model's table.
    pub fn write_home(self, h: HomeRegion) -> String {
        match self {
            Lang::Zh => zh::home(h),
            Lang::En => en::home(h),
        }
    }

    /// A car with its Wh/km, as the page shows it (generated from [`Lang::write_ev`]).
    pub fn ev(self, e: Ev) -> &'static str {
        match self {
            Lang::Zh => quoted_texts::zh_ev(e),
            Lang::En => quoted_texts::en_ev(e),
        }
    }

    /// A car with its Wh/km, written from the model's table.
    pub fn write_ev(self, e: Ev) -> String {
        match self {
            Lang::Zh => zh::ev(e),
            Lang::En => en::ev(e),
        }
    }

    /// A weight precision as the drop-down list names it.
    pub fn precision(self, p: Precision) -> &'static str {
        match (self, p) {
            (Lang::Zh, Precision::Bf16) => "BF16（16 位）",
            (Lang::Zh, Precision::Fp8) => "FP8（8 位）",
            (Lang::Zh, Precision::Int4) => "INT4（4 位权重）",
            (Lang::En, Precision::Bf16) => "BF16 (16-bit)",
            (Lang::En, Precision::Fp8) => "FP8 (8-bit)",
            (Lang::En, Precision::Int4) => "INT4 (4-bit weights)",
        }
    }

    pub fn currency(self, c: Currency) -> &'static str {
        match self {
            Lang::Zh => zh::currency(c),
            Lang::En => en::currency(c),
        }
    }

    /// Name of a reference value (grid, PUE, water, price presets).
    pub fn reference(self, r: Reference) -> &'static str {
        match self {
            Lang::Zh => zh::reference(r),
            Lang::En => en::reference(r),
        }
    }

    /// `name (detail)` with this language's brackets: `行业平均 2023（1.58）`, `Industry average 2023 (1.58)`.
    fn bracketed(self, name: &str, detail: &str) -> String {
        match self {
            Lang::Zh => format!("{name}（{detail}）"),
            Lang::En => format!("{name} ({detail})"),
        }
    }

    /// A reference value's name followed by its value, as the drop-down lists show PUE presets; a price
    /// with its currency, as a price list says it.
    pub fn reference_with_value(self, r: Reference) -> String {
        let detail = match (r.currency(), self) {
            (Some(c), Lang::Zh) => zh::price_per_kwh(r.value(), c),
            (Some(c), Lang::En) => en::price_per_kwh(r.value(), c),
            (None, _) => format::exact(r.value(), self),
        };
        self.bracketed(self.reference(r), &detail)
    }

    /// The ready-to-paste sentence that cites a result with its method.
    pub fn citation(self, c: &Citation) -> String {
        match self {
            Lang::Zh => zh::citation(c),
            Lang::En => en::citation(c),
        }
    }

    /// The methodology section's opening paragraphs: how the numbers are made, and the boundary.
    pub fn methodology_text(self) -> (&'static str, &'static str) {
        match self {
            Lang::Zh => zh::methodology_text(),
            Lang::En => en::methodology_text(),
        }
    }

    /// A familiar yearly total's name and a short note of its source.
    pub fn rung(self, r: Rung) -> (&'static str, &'static str) {
        match self {
            Lang::Zh => zh::rung(r),
            Lang::En => en::rung(r),
        }
    }

    /// A familiar use of energy, as the per-query ladder names it.
    pub fn everyday(self, e: Everyday) -> &'static str {
        match self {
            Lang::Zh => zh::everyday(e),
            Lang::En => en::everyday(e),
        }
    }

    /// The scenario in one line, for the result image: size, use, days and accelerator.
    pub fn scenario_line(self, s: &Scenario) -> String {
        let (params, qpd, days) = (
            format::count(s.params, self),
            format::count(s.queries_per_day, self),
            format::count(s.days, self),
        );
        let hw = s.serving().spec().name;
        match self {
            Lang::Zh => format!("{params} 参数 · 每天 {qpd} 次提问 · {days} 天 · {hw}"),
            Lang::En => format!("{params} parameters · {qpd} queries a day · {days} days · {hw}"),
        }
    }

    /// "Year n" of the growth projection.
    pub fn year(self, n: u32) -> String {
        match self {
            Lang::Zh => format!("第 {n} 年"),
            Lang::En => format!("Year {n}"),
        }
    }

    /// What the growth projection says: in which year (low–high) the service reaches 1% of China's generation
    /// at `growth` a year, or that it does not within the projection's horizon.
    pub fn projection(self, growth: f64, years: [Option<u32>; 3]) -> String {
        let g = format::percent(growth, self);
        let [late, central, early] = years;
        let beyond = PROJECTION_YEARS;
        let when = |y: Option<u32>| match (self, y) {
            (Lang::Zh, Some(y)) => format!("第 {y} 年"),
            (Lang::En, Some(y)) => format!("year {y}"),
            (Lang::Zh, None) => format!("{beyond} 年以后"),
            (Lang::En, None) => format!("after {beyond} years"),
        };
        match (self, central) {
            (Lang::Zh, Some(_)) => format!(
                "提问量每年增长 {g}：{}达到全国发电量的 1%（范围：{}到{}）。",
                when(central),
                when(early),
                when(late)
            ),
            (Lang::En, Some(_)) => format!(
                "With queries growing {g} a year, it reaches 1% of China's generation in {} (range: {} to {}).",
                when(central),
                when(early),
                when(late)
            ),
            (Lang::Zh, None) => format!(
                "提问量每年增长 {g}：{beyond} 年内达不到全国发电量的 1%（最快：{}）。可在“使用”中修改年增长。",
                when(early)
            ),
            (Lang::En, None) => format!(
                "With queries growing {g} a year, it stays below 1% of China's generation for {beyond} years (soonest: {}). Set the yearly growth under Use.",
                when(early)
            ),
        }
    }

    /// A ready-made comparison's name.
    pub fn comparison(self, c: Comparison) -> &'static str {
        match self {
            Lang::Zh => zh::comparison(c),
            Lang::En => en::comparison(c),
        }
    }

    /// The headline's sentence for a comparison: what B changes from A (up to three inputs) and what it does
    /// to the total, e.g. "With PUE 1.09 instead of 1.58: 14.2 GWh instead of 20.6 GWh, 31% less (6.4 GWh less)."
    pub fn compare_sentence(
        self,
        a: &Scenario,
        b: &Scenario,
        ra: &Results,
        rb: &Results,
    ) -> String {
        // A number in the reader's style (or "unknown"); a choice by its name where it has a short one.
        let value = |kind: KeyKind, s: &Scenario| match kind {
            KeyKind::Number(f) => f.get(s).map_or_else(
                || self.strings().unknown_uses_range.to_string(),
                |v| format::input_value(v, self),
            ),
            KeyKind::Choice(kind) => match s.choice(kind) {
                Choice::Hw(h) | Choice::ServingHw(Some(h)) => h.spec().name.to_string(),
                Choice::ServingHw(None) => self.strings().same_accelerator.to_string(),
                c => c.id().to_string(),
            },
            KeyKind::View(_) => String::new(),
        };
        let changed = b_entries(a, b);
        let changes: Vec<String> = changed
            .iter()
            .take(MAX_CHANGES)
            .map(|e| {
                let (label, from, to) = (self.link_key(e.kind), value(e.kind, a), value(e.kind, b));
                match self {
                    Lang::Zh => format!("{label}由 {from} 改为 {to}"),
                    Lang::En => format!("{label} {to} instead of {from}"),
                }
            })
            .collect();
        let more = if changed.len() > MAX_CHANGES {
            "…"
        } else {
            ""
        };
        let (x, y) = (ra.total_kwh.central, rb.total_kwh.central);
        let (ta, tb) = (format::energy_kwh(x, self), format::energy_kwh(y, self));
        let diff = format::energy_kwh((y - x).abs(), self);
        let pct = format::percent(if x > 0.0 { (y - x).abs() / x } else { 0.0 }, self);
        match (self, changes.is_empty(), y < x) {
            (Lang::Zh, true, _) => "B 与 A 相同。".to_string(),
            (Lang::En, true, _) => "B is the same as A.".to_string(),
            (Lang::Zh, false, less) => {
                let word = if less { "少" } else { "多" };
                format!(
                    "{}{more}：总耗电 {tb}，而不是 {ta}，{word} {pct}（{word} {diff}）。",
                    changes.join("；")
                )
            }
            (Lang::En, false, less) => {
                let word = if less { "less" } else { "more" };
                format!(
                    "With {}{more}: {tb} instead of {ta}, {pct} {word} ({diff} {word}).",
                    changes.join("; ")
                )
            }
        }
    }

    /// What a share-link key sets, as "what this link contains" says it.
    pub fn link_key(self, kind: KeyKind) -> &'static str {
        let s = self.strings();
        match kind {
            KeyKind::Number(f) => self.field(f).label,
            KeyKind::Choice(ChoiceKind::Hw) => s.accelerator,
            KeyKind::Choice(ChoiceKind::Currency) => s.currency,
            KeyKind::Choice(ChoiceKind::Home) => s.home_basis,
            KeyKind::Choice(ChoiceKind::Ev) => s.ev_basis,
            KeyKind::Choice(ChoiceKind::ServingHw) => s.serving_accelerator,
            KeyKind::Choice(ChoiceKind::Precision) => s.precision,
            KeyKind::View(ViewKey::Preset) => s.presets_title,
            KeyKind::View(ViewKey::Version) => s.link_version,
            KeyKind::View(ViewKey::Lang) => s.link_lang,
            KeyKind::View(ViewKey::Embed) => s.link_embed,
            KeyKind::View(ViewKey::Lock) => s.link_lock,
            KeyKind::View(ViewKey::Theme) => s.link_theme,
        }
    }

    /// A claim as the articles print it (the Chinese original; its translation in English).
    pub fn claim_printed(self, id: ClaimId) -> &'static str {
        match self {
            Lang::Zh => zh::claim_printed(id),
            Lang::En => en::claim_printed(id),
        }
    }

    /// Why a claim's verdict is what it is, in one sentence, with the recomputed numbers.
    pub fn claim_reason(self, c: &ClaimCheck) -> String {
        match self {
            Lang::Zh => zh::claim_reason(c),
            Lang::En => en::claim_reason(c),
        }
    }

    /// A claim's number (claimed or recomputed) in the reader's words and units.
    pub fn claim_value(self, v: f64, unit: Unit) -> String {
        let s = self.strings();
        match unit {
            Unit::Kwh => format::energy_kwh(v, self),
            Unit::Wh => format::energy_wh(v, self),
            Unit::Km => format::with_unit(v, s.unit_km, self),
            Unit::Households => format::with_unit(v, s.unit_household_years, self),
            Unit::Fraction => format::percent(v, self),
            Unit::Ratio | Unit::Pue => format::plain(v, self),
            Unit::CnyPerYear => format::money(v, Currency::Cny, self),
            Unit::Usd | Unit::UsdPerKwh => format::money(v, Currency::Usd, self),
        }
    }

    /// The recomputed number: its central value, and its range when it has one.
    pub fn claim_recomputed(self, c: &ClaimCheck) -> String {
        let r = c.recomputed;
        let v = |x: f64| self.claim_value(x, c.unit);
        if r.low == r.high {
            v(r.central)
        } else {
            format!(
                "{} ({})",
                v(r.central),
                format::range(&v(r.low), &v(r.high))
            )
        }
    }

    /// A verdict in words: `一致`, `偏差 ×2.9`, `consistent`, `off by ×2.9`.
    pub fn verdict(self, v: Verdict) -> String {
        let s = self.strings();
        match v {
            Verdict::Consistent => s.verdict_consistent.to_string(),
            Verdict::Unverified => s.verdict_unverified.to_string(),
            Verdict::Context => s.verdict_context.to_string(),
            Verdict::Off { factor } if factor >= 1.0 => {
                format!("{} ×{}", s.verdict_too_high, format::plain(factor, self))
            }
            Verdict::Off { factor } => format!(
                "{} ×{}",
                s.verdict_too_low,
                format::plain(1.0 / factor.max(f64::MIN_POSITIVE), self)
            ),
        }
    }
}

/// A constant's source, as "show your work" and the methodology cite it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cite {
    Hw(Hw),
    Rung(Rung),
    Home(HomeRegion),
    Ev(Ev),
    Trip,
    EarthLap,
    Phone,
}

/// The pieces of a citation sentence, already formatted for the language.
pub struct Citation {
    pub params: String,
    pub queries_per_day: String,
    pub days: String,
    pub total: String,
    pub low: String,
    pub high: String,
    pub households: String,
    pub home: HomeRegion,
    pub data_version: &'static str,
    /// While comparing: what B changes and what it does (the headline's sentence), with B's range.
    pub compared: Option<(String, String, String)>,
    pub link: String,
}

/// Label, unit and help of one input, as the page shows them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldText {
    pub label: &'static str,
    pub unit: &'static str,
    pub help: &'static str,
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
pub(crate) fn percent_range(k: Knob) -> (f64, f64) {
    let (r, _) = k.default_range();
    (r.low * 100.0, r.high * 100.0)
}

/// How many of B's changes the comparison sentence names (the rest: "…").
const MAX_CHANGES: usize = 3;

/// Every fixed piece of text on the page, in one language.
pub struct Strings {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switch_to: &'static str,
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
    pub embed_frame_title: &'static str,
    pub open_full: &'static str,
    pub notice_title: &'static str,
    pub dismiss: &'static str,
    /// `：` in Chinese, `: ` in English.
    pub colon: &'static str,
    pub reset: &'static str,
    pub presets_title: &'static str,
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
    pub currency: &'static str,
    pub home_basis: &'static str,
    pub ev_basis: &'static str,
    pub common_values: &'static str,
    pub choose: &'static str,
    pub training: &'static str,
    pub inference: &'static str,
    pub range: &'static str,
    pub dominant: &'static str,
    pub no_uncertainty: &'static str,
    pub unit_hours: &'static str,
    pub unit_household_years: &'static str,
    pub unit_km: &'static str,
    pub unit_trips: &'static str,
    pub unit_laps: &'static str,
    pub unit_charges: &'static str,
    pub show_work: &'static str,
    pub work_queries: &'static str,
    pub work_tesla_km: &'static str,
    pub work_rated: &'static str,
    pub work_ms_per_step: &'static str,
    pub work_compute_bound: &'static str,
    pub work_memory_bound: &'static str,
    pub work_tokens: &'static str,
    pub work_batch: &'static str,
    pub work_idle: &'static str,
    pub work_busy: &'static str,
    pub sources: &'static str,
    pub chart_split_title: &'static str,
    pub chart_log_note: &'static str,
    pub chart_sensitivity_title: &'static str,
    pub chart_sensitivity_axis: &'static str,
    pub scale_title: &'static str,
    pub scale_note: &'static str,
    pub scale_service: &'static str,
    pub growth_title: &'static str,
    pub china_mark: &'static str,
    pub work_year: &'static str,
    pub ladder_title: &'static str,
    pub ladder_query: &'static str,
    pub more_results: &'static str,
    pub share_more: &'static str,
    pub image_svg: &'static str,
    pub image_png: &'static str,
    pub methodology_title: &'static str,
    pub claims_title: &'static str,
    pub claims_intro: &'static str,
    /// Shown while a section's texts load (they come after the first screen).
    pub loading: &'static str,
    /// Compare mode: start, stop, which scenario the inputs edit, the pair's names and the ready-made pairs.
    pub compare_start: &'static str,
    pub compare_stop: &'static str,
    pub edit_a: &'static str,
    pub edit_b: &'static str,
    pub scenario_b: &'static str,
    pub comparisons_title: &'static str,
    pub claim_claimed: &'static str,
    pub claim_recomputed: &'static str,
    pub claim_load: &'static str,
    pub verdict_consistent: &'static str,
    pub verdict_too_high: &'static str,
    pub verdict_too_low: &'static str,
    pub verdict_unverified: &'static str,
    pub verdict_context: &'static str,
    pub not_a_number: &'static str,
    pub too_small: &'static str,
    pub too_large: &'static str,
    pub kept_last_good: &'static str,
    pub footer: &'static str,
    pub data_version: &'static str,
}

/// `template` with each `{}` replaced by the next of `values`, in order (extra `{}` stay empty). One small
/// function instead of a `format!` per sentence: the claims' explanations are many sentences with many numbers,
/// and each `format!` call site costs the page code.
pub fn fill(template: &str, values: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * values.len());
    let mut values = values.iter();
    let mut pieces = template.split("{}");
    if let Some(first) = pieces.next() {
        out.push_str(first);
    }
    for piece in pieces {
        if let Some(v) = values.next() {
            out.push_str(v);
        }
        out.push_str(piece);
    }
    out
}

/// Why an input was refused, in words, with the limit in the reader's number style.
pub fn input_error(err: InputError, lang: Lang) -> String {
    let s = lang.strings();
    match err {
        InputError::NotANumber => s.not_a_number.to_string(),
        InputError::TooSmall(min) => format!("{} {}", s.too_small, format::count(min, lang)),
        InputError::TooLarge(max) => format!("{} {}", s.too_large, format::count(max, lang)),
    }
}

/// One link problem in words, in the reader's language. Values from the link are quoted as text, never markup.
pub fn problem_message(problem: &Problem, lang: Lang) -> String {
    match lang {
        Lang::Zh => zh::problem(problem),
        Lang::En => en::problem(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::facility::ReferenceKind;

    #[test]
    fn every_reference_value_has_a_name_in_both_languages() {
        for r in Reference::ALL {
            for lang in Lang::ALL {
                assert!(!lang.reference(r).is_empty(), "{r:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn help_texts_and_labels_quote_the_model_tables() {
        for lang in Lang::ALL {
            let x = |v: f64| format::exact(v, lang);
            let grid = lang.field(Field::Grid).help;
            assert!(grid.contains(&x(Reference::GridChina.value())), "{grid}");
            let pue = lang.field(Field::Pue).help;
            let (r, _) = Knob::Pue.default_range();
            assert!(pue.contains(&x(r.low)) && pue.contains(&x(r.high)), "{pue}");
            let price = lang.field(Field::Price).help;
            assert!(
                price.contains(&x(Reference::PriceChinaDcWest.value())),
                "{price}"
            );
            for h in HomeRegion::ALL {
                assert!(lang.home(h).contains(&x(h.basis().kwh_per_year)));
            }
            for e in Ev::ALL {
                assert!(lang.ev(e).contains(&x(e.basis().wh_per_km)));
            }
            for r in ReferenceKind::Pue.rows() {
                assert!(lang.reference_with_value(r).contains(&x(r.value())));
            }
        }
        assert_eq!(
            Lang::En.reference_with_value(Reference::PriceVirginia),
            "Virginia industrial (8.92 ¢)"
        );
    }
}
