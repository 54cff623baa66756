//! The page's words. Every string the reader sees is written in one language file (`zh.rs`, `en.rs`), each an
//! implementation of [`Words`]; the `with_words!` macro is the one place that picks the file, so a screen is never half
//! in one language and half in the other, and a third language is one more file and one more `Lang` variant.
//! The shapes the files fill in are in `shapes.rs`; what is the same in every language (a result's unit, a
//! verdict's factor, which of B's changes a sentence names) is here, built on the language's words.

use crate::prelude::*;
pub mod claim_texts;
mod en;
pub mod later;
mod quoted_texts;
mod shapes;
mod words;
mod zh;

pub use shapes::{
    fill, in_unit, percent_range, Cite, CiteLead, CompareTotals, FieldText, FirstWords, InputCite,
    ItemWords, Strings, TakeawayWords, WorkWords, WrittenField,
};
pub use words::Words;

use crate::format;
use crate::lang::Lang;
use crate::link::{b_entries, KeyKind, Problem, ViewKey};
use crate::model::assumptions::Knob;
use crate::model::claims::{ClaimCheck, ClaimId, Unit, Verdict};
use crate::model::diffusion::Arch;
use crate::model::energy::training_counted;
use crate::model::equivalence::{Ev, HomeRegion};
use crate::model::everyday::{Everyday, Familiar};
use crate::model::facility::Reference;
use crate::model::hardware::Hw;
use crate::model::metric::{Metric, UnitKind};
use crate::model::my_use::MyTraining;
use crate::model::presets::{Basis, Comparison, Preset, PresetFilter, PresetGroup};
use crate::model::question::Question;
use crate::model::scale::{Rung, PROJECTION_YEARS};
use crate::model::scenario::{Choice, ChoiceKind, Currency, Field, InputError, Scenario};
use crate::model::serving::{Engine, Precision};
use crate::model::unet::UnetLayout;
use crate::model::work::Work;
use crate::model::Results;

/// Runs `$body` with `$w` bound to `$lang`'s file (`zh.rs` or `en.rs`): the one place that dispatches on the
/// language. Static dispatch, so a program links only the words it uses: the first-paint module carries its first
/// screen's words, not the whole page's.
macro_rules! with_words {
    ($lang:expr, $w:ident => $body:expr) => {
        match $lang {
            Lang::Zh => {
                let $w = &zh::Zh;
                $body
            }
            Lang::En => {
                let $w = &en::En;
                $body
            }
        }
    };
}

/// How many of B's changes the comparison sentence names (the rest: "…").
const MAX_CHANGES: usize = 3;

/// The page's words for each language (the enum itself lives in `crate::lang`). Each method is the language
/// file's, through `with_words!`; the few with logic of their own say so.
impl Lang {
    /// The first screen's fixed words alone: what the first-paint module links (`first_screen.rs`).
    pub fn first_words(self) -> &'static FirstWords {
        with_words!(self, w => w.first_words())
    }

    /// This language's fixed words.
    pub fn strings(self) -> &'static Strings {
        with_words!(self, w => w.strings())
    }

    /// The words only what a reader takes away uses (the citation, a result's working, the charts).
    pub fn takeaway_words(self) -> &'static TakeawayWords {
        with_words!(self, w => w.takeaway_words())
    }

    /// Label, unit and help text of an input, as the page shows them (generated into `quoted_texts.rs` from
    /// [`Lang::write_field`], kept current by `tests/docs_tables.rs`).
    pub fn field(self, f: Field) -> FieldText {
        with_words!(self, w => w.field(f))
    }

    /// Label, unit and help of an input with the model's constants formatted into the help.
    pub fn write_field(self, f: Field) -> WrittenField {
        with_words!(self, w => w.write_field(f))
    }

    /// A result's name.
    pub fn metric(self, m: Metric) -> &'static str {
        with_words!(self, w => w.metric(m))
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
        with_words!(self, w => w.knob(k))
    }

    /// A constant's source, as "show your work", the methodology and the exports cite it (generated into
    /// `quoted_texts.rs` from [`Lang::write_cite`], kept current by `tests/docs_tables.rs`: a page carries the
    /// sentences, not the code that writes them).
    pub fn cite(self, c: Cite) -> &'static str {
        with_words!(self, w => w.cite(c))
    }

    /// A constant's source with the model's numbers formatted in.
    pub fn write_cite(self, c: Cite) -> String {
        with_words!(self, w => w.write_cite(c))
    }

    /// Where an input of the scenario comes from, in this language (the exports use [`export_source`]).
    pub fn cite_input(self, c: InputCite) -> String {
        with_words!(self, w => w.cite_input(c))
    }

    /// A preset's name.
    pub fn preset(self, p: Preset) -> &'static str {
        with_words!(self, w => w.preset(p))
    }

    /// What a preset's numbers are: disclosed, estimated or mixed.
    pub fn basis(self, b: Basis) -> &'static str {
        with_words!(self, w => w.basis(b))
    }

    /// A household basis as the drop-down list names it (generated into `quoted_texts.rs`).
    pub fn home(self, h: HomeRegion) -> &'static str {
        with_words!(self, w => w.home(h))
    }

    /// A household basis with its kWh a year formatted from the model's table.
    pub fn write_home(self, h: HomeRegion) -> String {
        with_words!(self, w => w.write_home(h))
    }

    /// A car basis as the drop-down list names it (generated into `quoted_texts.rs`).
    pub fn ev(self, e: Ev) -> &'static str {
        with_words!(self, w => w.ev(e))
    }

    /// A car basis with its Wh/km formatted from the model's table.
    pub fn write_ev(self, e: Ev) -> String {
        with_words!(self, w => w.write_ev(e))
    }

    /// A weight precision as the drop-down list names it.
    pub fn precision(self, p: Precision) -> &'static str {
        with_words!(self, w => w.precision(p))
    }

    /// A serving engine as the drop-down list names it (`None`: either, the range).
    pub fn engine(self, e: Option<Engine>) -> &'static str {
        let s = self.strings();
        match e {
            None => s.engine_either,
            Some(Engine::Reference) => s.engine_reference,
            Some(Engine::Optimised) => s.engine_optimised,
        }
    }

    /// A denoiser's architecture as the drop-down list names it.
    pub fn arch(self, a: Arch) -> &'static str {
        let s = self.strings();
        match a {
            Arch::Dit => s.arch_dit,
            Arch::Unet => s.arch_unet,
        }
    }

    /// A U-Net layout as the drop-down list names it (`None`: from the size).
    pub fn unet(self, u: Option<UnetLayout>) -> &'static str {
        let s = self.strings();
        match u {
            None => s.unet_from_size,
            Some(UnetLayout::Sd) => s.unet_sd,
            Some(UnetLayout::Sdxl) => s.unet_sdxl,
        }
    }

    /// A kind of work's names.
    pub fn work(self, w: Work) -> WorkWords {
        with_words!(self, w_ => w_.work(w))
    }

    /// A result's name for a scenario: the per-item result says what an item is ("Per image"), or that a query is
    /// an agent's task of several calls ("Per task").
    pub fn metric_for(self, m: Metric, s: &Scenario) -> &'static str {
        match (m, self.work(s.work).item) {
            (Metric::InferenceWhPerQuery, Some(item)) => item.per_item,
            (Metric::InferenceWhPerQuery, None) if s.is_task() => self.first_words().per_task,
            // Whose households: a Chinese one's year is a quarter of a US one's.
            (Metric::HouseholdYears, _) => with_words!(self, w => w.homes_metric(s.home)),
            // A total without training (an image or video model with no accelerator-hours) says so.
            (Metric::TotalKwh, _) if !training_counted(s) => self.first_words().lead_use_total,
            _ => self.metric(m),
        }
    }

    /// An input's label, unit and help for a scenario: the items-per-day input says what an item is, and an agent's
    /// task counts tokens per call.
    pub fn field_for(self, f: Field, s: &Scenario) -> FieldText {
        let words = self.strings();
        let per_call = |label| FieldText {
            label,
            ..self.field(f)
        };
        match (f, self.work(s.work).item) {
            (Field::QueriesPerDay, Some(item)) => item.per_day,
            (Field::QueriesPerDay, None) if s.is_task() => per_call(words.tasks_per_day),
            (Field::InputTokens, None) if s.is_task() => per_call(words.input_per_call),
            (Field::OutputTokens, None) if s.is_task() => per_call(words.output_per_call),
            _ => self.field(f),
        }
    }

    /// A currency's name.
    pub fn currency(self, c: Currency) -> &'static str {
        with_words!(self, w => w.currency(c))
    }

    /// Name of a reference value (grid, PUE, water, price presets).
    pub fn reference(self, r: Reference) -> &'static str {
        with_words!(self, w => w.reference(r))
    }

    /// A reference value's name followed by its value, as the drop-down lists show PUE presets; a price
    /// with its currency, as a price list says it.
    pub fn reference_with_value(self, r: Reference) -> String {
        with_words!(self, w => {
            let detail = match r.currency() {
                Some(c) => w.price_per_kwh(r.value(), c),
                None => format::exact(r.value(), self),
            };
            w.bracketed(w.reference(r), &detail)
        })
    }

    /// A service's total as households use it in a year (with what one uses, in a citation).
    pub fn households(self, households: &str, home: HomeRegion, per_home: Option<&str>) -> String {
        with_words!(self, w => w.households(households, home, per_home))
    }

    /// The methodology section's opening paragraphs: how the numbers are made, and the boundary.
    pub fn methodology_text(self) -> (&'static str, &'static str) {
        with_words!(self, w => w.methodology_text())
    }

    /// A familiar yearly total's name and a short note of its source.
    pub fn rung(self, r: Rung) -> (&'static str, &'static str) {
        with_words!(self, w => w.rung(r))
    }

    /// A familiar use of energy, as the per-query ladder names it.
    pub fn everyday(self, e: Everyday) -> &'static str {
        with_words!(self, w => w.everyday(e))
    }

    /// The scenario in one line, for the result image: size, use, days and accelerator.
    pub fn scenario_line(self, s: &Scenario) -> String {
        let (params, days) = (format::count(s.params, self), format::count(s.days, self));
        let daily = fill(
            self.work(s.work).daily,
            &[format::count(s.queries_per_day, self)],
        );
        with_words!(self, w => w.scenario_line(&params, &daily, &days, &self.hw_name(s.serving())))
    }

    /// "Year n" of the growth projection.
    pub fn year(self, n: u32) -> String {
        with_words!(self, w => w.year(n))
    }

    /// What the growth projection says: in which year (low–high) the service reaches 1% of China's generation
    /// at `growth` a year, or that it does not within the projection's horizon.
    pub fn projection(self, growth: f64, years: [Option<u32>; 3]) -> String {
        let growth = format::percent(growth, self);
        with_words!(self, w => w.projection(&growth, years, PROJECTION_YEARS))
    }

    /// A ready-made comparison's name.
    pub fn comparison(self, c: Comparison) -> &'static str {
        with_words!(self, w => w.comparison(c))
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
        // A number in the reader's style (or "unknown"); a choice by its name.
        let value = |kind: KeyKind, s: &Scenario| self.key_value(kind, s);
        // A change of the kind of work, then of the question, comes first: it is what the reader must know.
        let all = b_entries(a, b);
        let rank = |e: &&crate::link::Entry| match e.kind {
            KeyKind::Choice(ChoiceKind::Work) => 0,
            KeyKind::Choice(ChoiceKind::Question) => 1,
            KeyKind::Number(_) | KeyKind::Choice(_) | KeyKind::Lines | KeyKind::View(_) => 2,
        };
        let changed: Vec<&crate::link::Entry> = (0..3)
            .flat_map(|r| all.iter().filter(move |e| rank(e) == r))
            .collect();
        let changes: Vec<String> = changed
            .iter()
            .take(MAX_CHANGES)
            .map(|e| {
                let (from, to) = (value(e.kind, a), value(e.kind, b));
                with_words!(self, w => w.change(self.link_key(e.kind), &from, &to))
            })
            .collect();
        // The two values the comparison leads with: their totals, one item's energy, or a person's year.
        let m = crate::model::compare::lead(a, b);
        let (x, y) = (ra.get(m).central, rb.get(m).central);
        let e = |v: f64| format::lead_energy(m.unit(), v, self);
        let change = if x > 0.0 { (y - x).abs() / x } else { 0.0 };
        let totals = CompareTotals {
            changes: &changes,
            more: changed.len().saturating_sub(MAX_CHANGES),
            per: crate::model::compare::basis(a, b),
            a_total: e(x),
            b_total: e(y),
            percent: format::percent(change, self),
            difference: e((y - x).abs()),
            factor: (change > 10.0 && x > 0.0).then(|| format::factor(y / x, self)),
            less: y < x,
        };
        with_words!(self, w => w.compare_sentence(&totals))
    }

    /// A list's label, as its drop-down and "what this link contains" say it.
    pub fn choice_label(self, kind: ChoiceKind) -> &'static str {
        let s = self.strings();
        match kind {
            ChoiceKind::Hw => s.accelerator,
            ChoiceKind::Currency => s.currency,
            ChoiceKind::Home => s.home_basis,
            ChoiceKind::Ev => s.ev_basis,
            ChoiceKind::ServingHw => s.serving_accelerator,
            ChoiceKind::Precision => s.precision,
            ChoiceKind::Work => s.work_kind,
            ChoiceKind::Engine => s.engine,
            ChoiceKind::Arch => s.arch,
            ChoiceKind::Unet => s.unet_layout,
            ChoiceKind::Question => s.question_title,
            ChoiceKind::MyTraining => s.my_training,
        }
    }

    /// What a preset assumes, in one line: each input it sets, its label and its value ("Model parameters 12B;
    /// Images per day 10M; …"), the question aside.
    pub fn preset_assumes(self, p: Preset) -> String {
        let s = p.scenario();
        let inputs = p.all_inputs();
        // A preset like another lists the other's inputs, then its own: each input once, where it is last set (its
        // value is the scenario's either way).
        let said: Vec<String> = inputs
            .iter()
            .enumerate()
            .filter(|&(i, input)| {
                inputs
                    .get(i + 1..)
                    .is_none_or(|later| !later.iter().any(|l| l.sets_the_same(input)))
            })
            .filter_map(|(_, &input)| match input {
                crate::model::presets::Input::Number(f, ..) => f.get(&s).map(|v| {
                    cat!(
                        self.field_for(f, &s).label,
                        self.first_words().colon,
                        format::field_value(f, v, self)
                    )
                }),
                crate::model::presets::Input::Choose(Choice::Question(_)) => None,
                crate::model::presets::Input::Choose(c) => Some(cat!(
                    self.choice_label(c.kind()),
                    self.first_words().colon,
                    self.choice(c)
                )),
                // Spelled out by `all_inputs`.
                crate::model::presets::Input::Of(_) | crate::model::presets::Input::Like(_) => None,
            })
            .collect();
        said.join(self.first_words().list_sep)
    }

    /// A published figure a preset is checked against, as a source line: "Google 2025: 0.24 Wh".
    pub fn published(self, p: &crate::model::presets::Published) -> String {
        let wh = p.wh;
        let value = if wh.low == wh.high {
            format::energy_wh(wh.central, self)
        } else {
            format::range(
                &format::energy_wh(wh.low, self),
                &format::energy_wh(wh.high, self),
            )
        };
        cat!(p.by, self.first_words().colon, value)
    }

    /// A familiar amount's unit, after its count: a household's minutes say whose household (`sc.home`).
    pub fn familiar(self, f: Familiar, sc: &Scenario) -> String {
        let s = self.first_words();
        match f {
            Familiar::PhoneCharges => s.phone_charges.to_string(),
            Familiar::LedHours => s.led_hours.to_string(),
            Familiar::KettleBoils => s.kettle_boils.to_string(),
            Familiar::HouseholdMinutes => fill(
                s.household_minutes,
                &[with_words!(self, w => w.home_adjective(sc.home)).to_string()],
            ),
            Familiar::EvKm => s.ev_km.to_string(),
        }
    }

    /// `wh` said in familiar amounts ("About 0.32 phone charges, 0.43 hours of a 9 W LED bulb"): those of at least a
    /// hundredth of one (`everyday::said_in`); `None` when none is.
    pub fn said_in(self, wh: f64, familiar: &[Familiar], s: &Scenario) -> Option<String> {
        let words = self.first_words();
        let mut said = String::new();
        for (f, n) in crate::model::everyday::said_in(wh, familiar, s) {
            let sep = if said.is_empty() {
                words.like
            } else {
                words.list_sep
            };
            said = cat!(
                said,
                sep,
                if said.is_empty() { " " } else { "" },
                format::count(n, self),
                format::NBSP,
                self.familiar(f, s)
            );
        }
        (!said.is_empty()).then_some(said)
    }

    /// What a key of a link holds in `s`, in words: a number in the reader's style (or "unknown"), a choice by its
    /// name, a person's lines.
    fn key_value(self, kind: KeyKind, s: &Scenario) -> String {
        match kind {
            KeyKind::Number(f) => f.get(s).map_or_else(
                || self.strings().unknown_uses_range.to_string(),
                |v| format::field_value(f, v, self),
            ),
            KeyKind::Choice(kind) => self.choice(s.choice(kind)),
            KeyKind::Lines => self.my_lines(s),
            KeyKind::View(_) => String::new(),
        }
    }

    /// A and B of a comparison in a few words each (`scenario_name`); where those read the same (one model run two
    /// ways), each with its value of the first input B changes ("… · PUE 1.58", "… · PUE 1.09").
    pub fn pair_names(self, a: &Scenario, b: &Scenario, from: Option<Preset>) -> (String, String) {
        let (na, nb) = (self.scenario_name(a, from), self.scenario_name(b, None));
        match b_entries(a, b).first().filter(|_| na == nb) {
            Some(e) => {
                let label = self.link_key(e.kind);
                (
                    cat!(na, " · ", label, " ", self.key_value(e.kind, a)),
                    cat!(nb, " · ", label, " ", self.key_value(e.kind, b)),
                )
            }
            None => (na, nb),
        }
    }

    /// What a scenario is, in a few words: the preset it equals (the reader's own bases aside), else the preset it
    /// started from, marked changed, else its kind of work and its model's size.
    pub fn scenario_name(self, s: &Scenario, from: Option<Preset>) -> String {
        let words = self.first_words();
        match self.preset_name(s, from) {
            Some(name) => name,
            None => cat!(
                match s.work {
                    Work::Text => words.group_text,
                    Work::Image => words.group_images,
                    Work::Video => words.group_videos,
                },
                " · ",
                format::count(s.params, self),
                words.parameters
            ),
        }
    }

    /// The preset a scenario equals (the reader's own bases aside), else the preset it started from, marked
    /// changed; `None` for a scenario no preset names.
    pub fn preset_name(self, s: &Scenario, from: Option<Preset>) -> Option<String> {
        let equals = |p: Preset| {
            let mut c = p.scenario();
            // The question asked of a scenario changes what it leads with, not the scenario.
            (c.currency, c.price_per_kwh, c.home, c.ev, c.question) =
                (s.currency, s.price_per_kwh, s.home, s.ev, s.question);
            c == *s
        };
        match (Preset::ALL.into_iter().find(|&p| equals(p)), from) {
            (Some(p), _) => Some(self.preset(p).to_string()),
            (None, Some(p)) => Some(cat!(self.preset(p), self.first_words().changed)),
            (None, None) => None,
        }
    }

    /// The daily use of a scenario as a citation says it, in its kind's words ("answering 1 million queries a
    /// day", "doing 2,000 tasks a day").
    pub fn daily_cited(self, s: &Scenario) -> String {
        let words = if s.is_task() {
            self.takeaway_words().tasks_cited
        } else {
            self.work(s.work).daily_cited
        };
        fill(words, &[format::count(s.queries_per_day, self)])
    }

    /// A citation's first sentence, saying the link's lead.
    pub fn cite_lead(self, c: &CiteLead) -> String {
        with_words!(self, w => w.cite_lead(c))
    }

    /// The headline's title for a scenario's question: one item's ("Per image"), a person's year, a service's
    /// total. The page adds what the item is (`lead::lead`).
    pub fn lead_title(self, s: &Scenario) -> &'static str {
        let words = self.first_words();
        match s.question {
            Question::Item => self.per_item(s),
            Question::Me => words.lead_my_year,
            Question::Service if training_counted(s) => words.lead_total,
            Question::Service => words.lead_use_total,
        }
    }

    /// An accelerator's name as the language's readers write it: in Chinese 英伟达, 华为昇腾, 谷歌 and "（每块 GPU）"
    /// for the makers' English names and the per-GPU note; in English as its row names it.
    pub fn hw_name(self, hw: Hw) -> String {
        let name = hw.spec().name;
        match self {
            Lang::En => name.to_string(),
            Lang::Zh => {
                // Prefix and suffix only: a general `str::replace` would add ~2 KB to the page.
                let (maker, rest) = [
                    ("NVIDIA ", "英伟达 "),
                    ("Huawei Ascend ", "华为昇腾 "),
                    ("Google ", "谷歌 "),
                ]
                .iter()
                .find_map(|(en, zh)| name.strip_prefix(en).map(|rest| (*zh, rest)))
                .unwrap_or(("", name));
                match rest.strip_suffix(" (per GPU)") {
                    Some(chip) => cat!(maker, chip, "（每块 GPU）"),
                    None => cat!(maker, rest),
                }
            }
        }
    }

    /// What one of a scenario's items is: "Per query", "Per task", "Per image", "Per video".
    pub fn per_item(self, s: &Scenario) -> &'static str {
        let words = self.first_words();
        match s.work {
            Work::Text if s.is_task() => words.per_task,
            Work::Text => words.per_query,
            Work::Image => words.per_image,
            Work::Video => words.per_video,
        }
    }

    /// A person's lines in words: "20 × a typical Gemini prompt, 3 × a Doubao-class image" (a day), or that there is
    /// none yet.
    pub fn my_lines(self, s: &Scenario) -> String {
        let lines: Vec<String> = s
            .my_use
            .lines()
            .map(|l| cat!(format::count(l.per_day, self), " × ", self.preset(l.preset)))
            .collect();
        if lines.is_empty() {
            self.first_words().my_use_empty.to_string()
        } else {
            lines.join(self.first_words().list_sep)
        }
    }

    /// A tab of the preset filter.
    pub fn preset_filter(self, f: PresetFilter) -> &'static str {
        let s = self.first_words();
        match f {
            PresetFilter::Group(PresetGroup::Text) => s.group_text,
            PresetFilter::Group(PresetGroup::Reasoning) => s.group_reasoning,
            PresetFilter::Group(PresetGroup::Agents) => s.group_agents,
            PresetFilter::Group(PresetGroup::Images) => s.group_images,
            PresetFilter::Group(PresetGroup::Videos) => s.group_videos,
            PresetFilter::Group(PresetGroup::Training) => s.group_training,
            PresetFilter::Pairs => s.comparisons_title,
        }
    }

    /// A question's name, as the question bar says it.
    pub fn question(self, q: Question) -> &'static str {
        let s = self.first_words();
        match q {
            Question::Item => s.question_item,
            Question::Me => s.question_me,
            Question::Service => s.question_service,
        }
    }

    /// What choosing from a list does, where it does more than set its value: a kind of work loads that kind's
    /// typical preset.
    pub fn choice_help(self, kind: ChoiceKind) -> Option<&'static str> {
        match kind {
            ChoiceKind::Work => Some(self.strings().work_help),
            ChoiceKind::Hw
            | ChoiceKind::Currency
            | ChoiceKind::Home
            | ChoiceKind::Ev
            | ChoiceKind::ServingHw
            | ChoiceKind::Precision
            | ChoiceKind::Engine
            | ChoiceKind::Arch
            | ChoiceKind::Unet
            | ChoiceKind::Question
            | ChoiceKind::MyTraining => None,
        }
    }

    /// A choice's name, as its drop-down and the comparison sentence say it.
    pub fn choice(self, c: Choice) -> String {
        match c {
            Choice::Hw(h) | Choice::ServingHw(Some(h)) => self.hw_name(h),
            Choice::ServingHw(None) => self.strings().same_accelerator.to_string(),
            Choice::Currency(c) => self.currency(c).to_string(),
            Choice::Home(h) => self.home(h).to_string(),
            Choice::Ev(e) => self.ev(e).to_string(),
            Choice::Precision(p) => self.precision(p).to_string(),
            Choice::Work(w) => self.work(w).name.to_string(),
            Choice::Engine(e) => self.engine(e).to_string(),
            Choice::Arch(a) => self.arch(a).to_string(),
            Choice::Unet(u) => self.unet(u).to_string(),
            Choice::Question(q) => self.question(q).to_string(),
            Choice::MyTraining(t) => match t {
                MyTraining::Left => self.strings().my_training_left.to_string(),
                MyTraining::Shared => self.strings().my_training_shared.to_string(),
            },
        }
    }

    /// What a share-link key sets, as "what this link contains" says it.
    pub fn link_key(self, kind: KeyKind) -> &'static str {
        let s = self.strings();
        match kind {
            KeyKind::Number(f) => self.field(f).label,
            KeyKind::Choice(kind) => self.choice_label(kind),
            KeyKind::Lines => s.question_me,
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
        with_words!(self, w => w.claim_printed(id))
    }

    /// Why a claim's verdict is what it is, in one sentence, with the recomputed numbers.
    pub fn claim_reason(self, c: &ClaimCheck) -> String {
        with_words!(self, w => w.claim_reason(c))
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

/// Where an input of the scenario comes from, as the exports write it: in English, from the English file itself,
/// so that a page links that one language's input sources and not every language's.
pub fn export_source(c: InputCite) -> String {
    en::En.cite_input(c)
}

/// Why an input was refused, in words, with the limit in the reader's number style.
pub fn input_error(err: InputError, lang: Lang) -> String {
    let s = lang.first_words();
    match err {
        InputError::NotANumber => s.not_a_number.to_string(),
        InputError::TooSmall(min) => cat!(s.too_small, " ", limit(min, lang)),
        InputError::TooLarge(max) => cat!(s.too_large, " ", limit(max, lang)),
    }
}

/// A field's limit as a message says it: in words (`100 trillion`, `1万亿`) when three figures hold it, else
/// exactly (`8,192`, not a rounded `8,190` the field would refuse to be told apart from).
fn limit(v: f64, lang: Lang) -> String {
    let scale = format::powi10(libm::floor(libm::log10(v.abs().max(f64::MIN_POSITIVE))) as i32 - 2);
    if libm::round(v / scale) * scale == v {
        format::count(v, lang)
    } else {
        format::exact(v, lang)
    }
}

/// One link problem in words, in the reader's language. Values from the link are quoted as text, never markup.
pub fn problem_message(problem: &Problem, lang: Lang) -> String {
    with_words!(lang, w => w.problem(problem))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A preset like another says each assumption once, with its own value: SDXL-Lightning is SDXL in 4 steps
    /// without guidance, not "50 steps … 4 steps".
    #[test]
    fn a_preset_says_each_assumption_once() {
        for p in Preset::ALL {
            for lang in Lang::ALL {
                let said = lang.preset_assumes(p);
                let parts: Vec<&str> = said.split(lang.first_words().list_sep).collect();
                for (i, part) in parts.iter().enumerate() {
                    assert!(!parts[i + 1..].contains(part), "{}: {said}", p.id());
                }
                let labels: Vec<&str> = parts
                    .iter()
                    .filter_map(|part| part.split(lang.first_words().colon).next())
                    .collect();
                for (i, label) in labels.iter().enumerate() {
                    assert!(!labels[i + 1..].contains(label), "{}: {said}", p.id());
                }
            }
        }
        let en = Lang::En.preset_assumes(Preset::SdxlLightning);
        assert!(en.contains("4") && !en.contains("50"), "{en}");
    }
    use crate::model::everyday::KETTLE_EFFICIENCY;
    use crate::model::facility::ReferenceKind;
    use shapes::HwQuote;

    #[test]
    fn a_limit_is_said_exactly_when_three_figures_would_round_it() {
        let too_large = |v: f64, lang: Lang| input_error(InputError::TooLarge(v), lang);
        assert!(
            too_large(8_192.0, Lang::En).ends_with(" 8,192"),
            "{}",
            too_large(8_192.0, Lang::En)
        );
        assert!(too_large(65_536.0, Lang::En).ends_with(" 65,536"));
        assert_eq!(
            too_large(1e14, Lang::Zh),
            format!(
                "{} {}",
                Lang::Zh.first_words().too_large,
                format::count(1e14, Lang::Zh)
            )
        );
        assert!(input_error(InputError::TooSmall(0.01), Lang::En).ends_with(" 0.01"));
    }

    /// Every source each language writes: present, in that language (the Chinese ones in Chinese, which the
    /// methodology once showed in English), and quoting each value of the rows it cites, formatted from the row.
    #[test]
    fn sources_are_written_in_each_language_from_the_models_numbers() {
        use crate::model::assumptions::DIFFUSION_FIT_SHAPE_UNKNOWN;
        use crate::model::hardware::Hw;
        use crate::model::scenario::{ChoiceKind, Source, INPUTS};
        use crate::model::serving::{Engine, ExpertGemms};
        use crate::model::{diffusion, serving};
        let chinese = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for lang in Lang::ALL {
            // A quoted number is the one its table holds, never a float's artefact (55.00000000000001%).
            for c in Cite::all() {
                let text = lang.cite(c);
                assert!(
                    !text.contains("00000000")
                        && !text.contains("99999999")
                        && !text.contains("2222222"),
                    "{c:?}: {text}"
                );
            }
            let x = |v: f64| format::exact(v, lang);
            // Each source with the values it must quote.
            let mut quotes: Vec<(Cite, Vec<String>)> = Vec::new();
            let mut inputs: Vec<(InputCite, Vec<String>)> = Vec::new();
            for hw in Hw::ALL {
                let q = HwQuote::of(hw, lang);
                let mut values = vec![q.watts, q.bf16, q.gb, q.bandwidth, q.mfu];
                values.extend(q.fp8.into_iter().chain(q.fp4).chain(q.measured));
                quotes.push((Cite::Hw(hw), values));
            }
            for k in Knob::ALL {
                let r = k.default_range();
                let pct = |v: f64| x(v * 100.0);
                let values = match k {
                    Knob::Mfu => [Hw::V100, Hw::A100, Hw::H100, Hw::TpuV3, Hw::TpuV4]
                        .map(|h| HwQuote::of(h, lang).mfu)
                        .to_vec(),
                    Knob::TrainingDraw => vec![pct(r.low), pct(r.high)],
                    Knob::Batch => {
                        let [a, b] = Engine::ALL.map(|e| e.spec().batch);
                        vec![
                            x(a.low),
                            x(a.high),
                            x(b.low),
                            x(b.high),
                            x(r.low),
                            x(r.high),
                        ]
                    }
                    Knob::FleetUtilisation => vec![pct(r.central)],
                    Knob::ServingFit => vec![x(r.low), x(r.high)],
                    Knob::DiffusionFit => {
                        let u = DIFFUSION_FIT_SHAPE_UNKNOWN;
                        vec![x(r.low), x(r.high), x(u.low), x(u.high)]
                    }
                    Knob::HostOverhead => vec![x(r.central)],
                    Knob::Pue => vec![x(r.low), x(r.central), x(r.high)],
                    // A choice between two engines, passes per step: said in words.
                    Knob::Engine | Knob::GuidancePasses => vec![],
                };
                quotes.push((Cite::Knob(k), values));
            }
            for h in HomeRegion::ALL {
                quotes.push((Cite::Home(h), vec![x(h.basis().kwh_per_year)]));
            }
            for e in Ev::ALL {
                quotes.push((Cite::Ev(e), vec![x(e.basis().wh_per_km)]));
            }
            for e in Everyday::ALL {
                // The calculator's own items quote their presets (in words); the others their figure.
                let values = match e.preset() {
                    Some(_) => vec![],
                    None if e == Everyday::Kettle => vec![x(KETTLE_EFFICIENCY * 100.0)],
                    None => vec![x(e.wh().central)],
                };
                quotes.push((Cite::Everyday(e), values));
            }
            for r in Rung::ALL {
                let size = r.defined_size().map(|n| format::count(n, lang));
                quotes.push((Cite::Rung(r), size.into_iter().collect()));
            }
            for e in Engine::ALL {
                let spec = e.spec();
                let mut values = vec![x(spec.batch.low), x(spec.batch.high)];
                values.push(match spec.expert_gemms {
                    ExpertGemms::Flat(share) => x(share * 100.0),
                    ExpertGemms::Tiled { half_tokens, .. } => x(half_tokens),
                });
                inputs.push((InputCite::Choice(Choice::Engine(Some(e))), values));
            }
            for kind in ChoiceKind::ALL {
                for c in kind.options() {
                    let values = match c {
                        Choice::Precision(p) => vec![x(p.bytes_per_param())],
                        _ => vec![],
                    };
                    inputs.push((InputCite::Choice(c), values));
                }
            }
            for input in INPUTS {
                let crate::model::scenario::Input::Number(f) = input else {
                    continue;
                };
                if f.source() != Source::Cited {
                    continue;
                }
                for work in Work::ALL {
                    let default = f.get(&Scenario::DEFAULT);
                    let values = match (f, default) {
                        (Field::Layers, _) if work.is_diffusion() => {
                            vec![x(diffusion::LAYERS_PER_CUBE_ROOT_BILLION)]
                        }
                        (Field::Layers, _) => vec![x(serving::LAYERS_PER_CUBE_ROOT_BILLION)],
                        (Field::Hidden, _) => vec![x(diffusion::HIDDEN_PER_CUBE_ROOT_BILLION)],
                        (Field::AcceleratorsPerReplica, _) => {
                            vec![x(serving::USABLE_MEMORY_SHARE * 100.0)]
                        }
                        // Counts said in words: "GPT-3's 175 billion parameters".
                        (Field::Params | Field::TrainingTokens | Field::QueriesPerDay, Some(v)) => {
                            vec![format::count(v, lang)]
                        }
                        // A default of none (no growth, no cache) is said in words.
                        (_, Some(0.0)) => vec![],
                        (_, Some(v)) => vec![x(v)],
                        (_, None) => vec![],
                    };
                    inputs.push((InputCite::Input(f, work), values));
                }
            }
            let written = quotes
                .into_iter()
                .map(|(c, v)| (format!("{c:?}"), lang.write_cite(c), v))
                .chain(
                    inputs
                        .into_iter()
                        .map(|(c, v)| (format!("{c:?}"), lang.cite_input(c), v)),
                );
            for (cite, t, values) in written {
                assert!(t.len() > 20, "{cite}: {t}");
                assert_eq!(chinese(&t), lang == Lang::Zh, "{lang:?} {cite}: {t}");
                for v in values {
                    assert!(t.contains(&v), "{lang:?} {cite} does not quote {v}: {t}");
                }
            }
        }
    }

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
            let r = Knob::Pue.default_range();
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
