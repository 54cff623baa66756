//! What a link leads with: the one number that answers the reader's question (one item's energy, a person's
//! year, a service's total, or B ÷ A of what two scenarios compare on), with its title, its range and what it is
//! like in familiar amounts. The headline (`first_screen::headline`, the page and the embed), the citation and
//! the result image (`takeaway`) all say it from here, so what a reader takes away opens with the number the page
//! opened with.

use crate::format;
use crate::i18n::fill;
use crate::lang::Lang;
use crate::model::compare;
use crate::model::energy::{my_kwh_per_year, training_counted};
use crate::model::everyday::Familiar;
use crate::model::my_use::MyTraining;
use crate::model::presets::Preset;
use crate::model::question::Question;
use crate::model::{Metric, Range, Results, Scenario, Totals};
use crate::prelude::*;

/// The numbers a lead is made of: the same from the first paint's `Totals` and the app's `Results`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    pub total_kwh: Range,
    pub wh_per_query: Range,
    pub training_wh_per_query: Range,
    pub training_kwh: Range,
    /// training ÷ (training + use).
    pub training_share: Range,
    pub my_wh_per_day: Range,
    /// Items over the deployment (central case): what training is shared over.
    pub items: f64,
}

impl Figures {
    /// The value of one of the results a lead can be (the service's total for any other).
    pub fn get(&self, m: Metric) -> Range {
        match m {
            Metric::InferenceWhPerQuery => self.wh_per_query,
            Metric::MyWhPerDay => self.my_wh_per_day,
            Metric::MyKwhPerYear => my_kwh_per_year(self.my_wh_per_day),
            Metric::TrainingWhPerQuery => self.training_wh_per_query,
            Metric::TotalKwh
            | Metric::TrainingKwh
            | Metric::TrainingAcceleratorHours
            | Metric::InferenceKwhPerDay
            | Metric::InferenceKwh
            | Metric::TrainingShare
            | Metric::HouseholdYears
            | Metric::TeslaKm
            | Metric::BeijingShanghaiTrips
            | Metric::EarthLaps
            | Metric::PhoneCharges
            | Metric::Cost
            | Metric::Co2Kg
            | Metric::WaterL
            | Metric::ChinaGenerationShare => self.total_kwh,
        }
    }
}

impl From<&Totals> for Figures {
    fn from(t: &Totals) -> Figures {
        Figures {
            total_kwh: t.total_kwh,
            wh_per_query: t.wh_per_query,
            training_wh_per_query: t.training_wh_per_query,
            training_kwh: t.training_kwh,
            training_share: t.training_share,
            my_wh_per_day: t.my_wh_per_day,
            items: t.items(),
        }
    }
}

impl From<&Results> for Figures {
    fn from(r: &Results) -> Figures {
        Figures {
            total_kwh: r.total_kwh,
            wh_per_query: r.inference_wh_per_query,
            training_wh_per_query: r.training_wh_per_query,
            training_kwh: r.training_kwh,
            training_share: r.training_share,
            my_wh_per_day: r.my_wh_per_day,
            items: r.workings.queries_total,
        }
    }
}

/// One scenario, or A and B, with their figures: what a lead is taken from.
#[derive(Clone, Copy)]
pub struct Leading<'a> {
    pub a: (&'a Scenario, Figures),
    pub b: Option<(&'a Scenario, Figures)>,
    /// The preset A was loaded from, if the reader pressed one (it names A).
    pub from: Option<Preset>,
}

/// The number a link leads with, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Lead {
    /// The result it is; a comparison leads with B ÷ A of it.
    pub metric: Metric,
    /// Whether it is B ÷ A (`data-metric="ratio-<key>"`).
    pub ratio: bool,
    /// Its central value in the result's base unit, or B ÷ A (none where A's is zero).
    pub central: Option<f64>,
    /// What it is: "Per image · FLUX.1: one image", "My use, a year", "B ÷ A, per item".
    pub title: String,
    /// The central value as a reader reads it: "3.88 Wh", "×5,790".
    pub shown: String,
    /// Its range, "1.82 Wh – 9.04 Wh" (none for a ratio whose ends read alike: B a fixed share of A).
    pub range: Option<String>,
}

impl Lead {
    /// The `data-metric` of the headline: the result's key, `ratio-` in front for B ÷ A.
    pub fn key(&self) -> String {
        if self.ratio {
            cat!("ratio-", self.metric.key())
        } else {
            self.metric.key().to_string()
        }
    }
}

/// A lead in energy: one item's in Wh, a person's or a service's in kWh (`format::lead_energy`).
pub fn energy(m: Metric, v: f64, lang: Lang) -> String {
    format::lead_energy(m.unit(), v, lang)
}

/// `r`'s low–high in `m`'s energy unit.
pub fn energy_range(m: Metric, r: Range, lang: Lang) -> String {
    format::range(&energy(m, r.low, lang), &energy(m, r.high, lang))
}

/// What `l` leads with: one scenario its question's result (`Question::lead`), a comparison B ÷ A of the result
/// the two compare on (`compare::lead`: one item's where they differ in kind, question or volumes). `NAMED`: an
/// item's title says which item ("Per image · FLUX.1: one image"); the first paint leaves the name to the page
/// (the title stays one line, so adding it moves nothing), which keeps every preset's name out of its module.
pub fn lead<const NAMED: bool>(l: &Leading, lang: Lang) -> Lead {
    let s = lang.first_words();
    let (sa, fa) = l.a;
    match l.b {
        None => {
            let m = sa.question.lead();
            let r = fa.get(m);
            Lead {
                metric: m,
                ratio: false,
                central: Some(r.central),
                title: if NAMED && sa.question == Question::Item {
                    cat!(lang.lead_title(sa), " · ", lang.scenario_name(sa, l.from))
                } else {
                    lang.lead_title(sa).to_string()
                },
                shown: energy(m, r.central, lang),
                range: Some(energy_range(m, r, lang)),
            }
        }
        Some((sb, fb)) => {
            let m = compare::lead(sa, sb);
            let ratio = compare::ratio_range(fa.get(m), fb.get(m));
            let title = match (m == Metric::InferenceWhPerQuery, sa.question) {
                (true, _) | (false, Question::Item) => s.ratio_per_item.to_string(),
                (false, Question::Me) => fill(s.ratio_of, &[s.lead_my_year.to_string()]),
                (false, Question::Service) => fill(s.ratio_of, &[s.lead_total.to_string()]),
            };
            let central = ratio.map(|r| r.central);
            // A range only where its ends read apart.
            let range = ratio
                .map(|r| (format::factor(r.low, lang), format::factor(r.high, lang)))
                .filter(|(low, high)| low != high)
                .map(|(low, high)| format::range(&low, &high));
            Lead {
                metric: m,
                ratio: true,
                central,
                title,
                shown: format::ratio(central, lang),
                range,
            }
        }
    }
}

/// What one scenario's lead is like in familiar amounts ("About 0.32 phone charges, …"): an item in the
/// item's, a person's year in all of them (none below a hundredth of its unit); a person with no use yet says so.
pub fn like(s: &Scenario, f: Figures, lang: Lang) -> Option<String> {
    match s.question {
        Question::Item => lang.said_in(f.wh_per_query.central, &Familiar::ITEM, s),
        Question::Me => lang
            .said_in(
                my_kwh_per_year(f.my_wh_per_day).central * 1_000.0,
                &Familiar::ALL,
                s,
            )
            .or_else(|| {
                s.my_use
                    .is_empty()
                    .then(|| lang.first_words().my_use_empty.to_string())
            }),
        Question::Service => None,
    }
}

/// What one scenario's lead leaves out or adds: an item's share of training (or that it is not counted), a
/// person's day (and whether training is in it), a service's training (its energy and share, or that it is not
/// counted).
pub fn note(s: &Scenario, f: Figures, lang: Lang) -> Option<String> {
    let w = lang.first_words();
    match s.question {
        Question::Item if !training_counted(s) => Some(w.item_training_not_counted.to_string()),
        Question::Item => (f.items > 0.0).then(|| {
            fill(
                w.item_training,
                &[
                    format::energy_wh(f.training_wh_per_query.central, lang),
                    format::count(f.items, lang),
                ],
            )
        }),
        Question::Me => Some(cat!(
            w.lead_my_day,
            w.colon,
            energy(Metric::MyWhPerDay, f.my_wh_per_day.central, lang),
            if s.my_training == MyTraining::Shared {
                w.with_training
            } else {
                w.without_training
            }
        )),
        Question::Service if !training_counted(s) => Some(w.item_training_not_counted.to_string()),
        Question::Service => Some(fill(
            w.service_training,
            &[
                energy(Metric::TrainingKwh, f.training_kwh.central, lang),
                format::percent(f.training_share.central, lang),
            ],
        )),
    }
}
