//! What a language writes: one method for each kind of text on the page. `zh.rs` and `en.rs` implement it;
//! the `with_words!` macro in `mod.rs` picks one. Every match inside an implementation is exhaustive over the model's lists, so a
//! new result, claim, preset or source does not compile until each language writes it.

use super::shapes::{
    Cite, CiteLead, CompareTotals, FieldText, FirstWords, InputCite, Strings, TakeawayWords,
    WorkWords, WrittenField,
};
use crate::link::Problem;
use crate::model::assumptions::Knob;
use crate::model::claims::{ClaimCheck, ClaimId};
use crate::model::equivalence::{Ev, HomeRegion};
use crate::model::everyday::Everyday;
use crate::model::facility::Reference;
use crate::model::metric::Metric;
use crate::model::presets::{Basis, Comparison, Preset};
use crate::model::scale::Rung;
use crate::model::scenario::{Currency, Field};
use crate::model::serving::Precision;
use crate::model::work::Work;
use crate::prelude::*;

/// Everything one language writes. Numbers that are the model's constants are formatted from the model's
/// tables, never typed again.
pub trait Words: Sync {
    /// The page's fixed words.
    fn strings(&self) -> &'static Strings;
    /// The first screen's fixed words (also reachable through [`Words::strings`]).
    fn first_words(&self) -> &'static FirstWords;
    /// The words only a take-away uses (citation, working, charts).
    fn takeaway_words(&self) -> &'static TakeawayWords;
    /// An input's label, unit and help as the page shows them (generated from [`Words::write_field`]).
    fn field(&self, f: Field) -> FieldText;
    /// An input's label, unit and help, quoting the model's constants.
    fn write_field(&self, f: Field) -> WrittenField;
    /// A result's name.
    fn metric(&self, m: Metric) -> &'static str;
    /// An uncertain input's name.
    fn knob(&self, k: Knob) -> &'static str;
    /// A preset's name.
    fn preset(&self, p: Preset) -> &'static str;
    /// Disclosed, estimated or mixed.
    fn basis(&self, b: Basis) -> &'static str;
    /// A household basis's name (generated from [`Words::write_home`]).
    fn home(&self, h: HomeRegion) -> &'static str;
    /// A household basis's name with its kWh a year.
    fn write_home(&self, h: HomeRegion) -> String;
    /// A car's name (generated from [`Words::write_ev`]).
    fn ev(&self, e: Ev) -> &'static str;
    /// A car's name with its Wh/km.
    fn write_ev(&self, e: Ev) -> String;
    /// A weight precision's name.
    fn precision(&self, p: Precision) -> &'static str;
    /// A kind of work's names.
    fn work(&self, w: Work) -> WorkWords;
    /// A currency's name.
    fn currency(&self, c: Currency) -> &'static str;
    /// A reference value's name.
    fn reference(&self, r: Reference) -> &'static str;
    /// A price per kWh as a price list says it.
    fn price_per_kwh(&self, v: f64, c: Currency) -> String;
    /// `name (detail)` with this language's brackets.
    fn bracketed(&self, name: &str, detail: &str) -> String;
    /// The households result's name for a scenario's household: whose households ("Like Chinese households'
    /// electricity").
    fn homes_metric(&self, h: HomeRegion) -> &'static str;
    /// A service's total in households: "As much as 11,600 Chinese homes use in a year" (and, given, " (2.6 MWh
    /// each)").
    fn households(&self, households: &str, home: HomeRegion, per_home: Option<&str>) -> String;
    /// A citation's first sentence, saying the link's lead.
    fn cite_lead(&self, c: &CiteLead) -> String;
    /// Whose household a basis is, as an adjective ("Chinese", "中国").
    fn home_adjective(&self, h: HomeRegion) -> &'static str;
    /// A constant's source, as the page shows it (generated into `quoted_texts.rs` from [`Words::write_cite`]).
    fn cite(&self, c: Cite) -> &'static str;
    /// A constant's source, quoting the model's numbers.
    fn write_cite(&self, c: Cite) -> String;
    /// Where an input of the scenario comes from.
    fn cite_input(&self, c: InputCite) -> String;
    /// The methodology's opening paragraphs.
    fn methodology_text(&self) -> (&'static str, &'static str);
    /// A familiar yearly total's name and its source in short.
    fn rung(&self, r: Rung) -> (&'static str, &'static str);
    /// A familiar use of energy.
    fn everyday(&self, e: Everyday) -> &'static str;
    /// The scenario in one line, from its numbers already formatted.
    fn scenario_line(&self, params: &str, daily: &str, days: &str, hw: &str) -> String;
    /// "Year n".
    fn year(&self, n: u32) -> String;
    /// The growth projection's sentence: `growth` formatted, the first year reaching the mark for the low,
    /// central and high cases, and the projection's horizon in years.
    fn projection(&self, growth: &str, years: [Option<u32>; 3], horizon: u32) -> String;
    /// A ready-made comparison's name.
    fn comparison(&self, c: Comparison) -> &'static str;
    /// One change B makes: `label` from `from` to `to`.
    fn change(&self, label: &str, from: &str, to: &str) -> String;
    /// The comparison's headline sentence.
    fn compare_sentence(&self, t: &CompareTotals) -> String;
    /// A claim as the articles print it.
    fn claim_printed(&self, id: ClaimId) -> &'static str;
    /// Why a claim's verdict is what it is.
    fn claim_reason(&self, c: &ClaimCheck) -> String;
    /// A link problem in words.
    fn problem(&self, p: &Problem) -> String;
}
