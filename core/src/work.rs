//! "Show your work": each result's formula with the scenario's actual numbers substituted, and the sources of
//! its constants. Pure text built from `Results::workings`; the numbers come from the model, not from here.

use crate::format::NBSP;
use crate::format::{count, energy_kwh, energy_wh, exact, percent, plain, scientific};
use crate::i18n::{fill, Cite};
use crate::lang::Lang;
use crate::model::assumptions::Knob;
use crate::model::energy::{ItemRun, TrainingPower};
use crate::model::equivalence::{BEIJING_SHANGHAI_KM, EARTH_LAP_KM, PHONE_CHARGE_WH};
use crate::model::scale::{Rung, CHINA_GENERATION_KWH};
use crate::model::scenario::Field;
use crate::model::{Metric, Results, Scenario};
use crate::prelude::*;

/// One result's working: the formula with numbers, and where its constants come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Work {
    pub formula: String,
    pub sources: Vec<&'static str>,
}

fn energy(kwh: f64, lang: Lang) -> String {
    energy_kwh(kwh, lang)
}

/// The working of a result, if it has one of its own.
pub fn work(metric: Metric, s: &Scenario, r: &Results, lang: Lang) -> Option<Work> {
    let knob_source = |k: Knob| lang.cite(Cite::Knob(k));
    let w = &r.workings;
    let hw = s.hw.spec();
    let words = lang.takeaway_words();
    let training_power = match w.training_power {
        TrainingPower::Given | TrainingPower::Measured => {
            cat!(plain(w.training_w, lang), NBSP, words.unit_w)
        }
        TrainingPower::Rated => fill(
            "{}\u{a0}{} ({} {}\u{a0}{} × {} × (1 + {}))",
            &[
                plain(w.training_w, lang),
                words.unit_w.to_string(),
                words.work_rated.to_string(),
                exact(hw.rated_w, lang),
                words.unit_w.to_string(),
                lang.knob(Knob::TrainingDraw).to_string(),
                lang.knob(Knob::HostOverhead).to_string(),
            ],
        ),
    };
    let dev = s.development_overhead.max(1.0);
    let final_run_hours = w.final_run_hours;
    let final_run = match w.mfu {
        Some(mfu) => fill(
            "6 × {} × {} = {} FLOP ÷ ({}\u{a0}FLOP/s × {} MFU) ÷ 3600 = {}\u{a0}h",
            &[
                count(s.active(), lang),
                count(s.training_tokens, lang),
                scientific(w.training_flops, lang),
                scientific(hw.peak_flops, lang),
                percent(mfu, lang),
                count(final_run_hours, lang),
            ],
        ),
        None => format!("{}\u{a0}h", count(final_run_hours, lang)),
    };
    // The development overhead multiplies the final run's hours (shown only when the reader set one).
    let hours = if dev > 1.0 {
        format!(
            "{final_run} × {} ({}) = {}\u{a0}h",
            plain(dev, lang),
            lang.field(Field::DevelopmentOverhead).label,
            count(w.training_hours, lang)
        )
    } else {
        final_run
    };
    let sv = &w.serving;
    // What one item takes of the replica's time (by kind of work), then its power and batch; then idle capacity,
    // host and PUE.
    let time = match sv.run {
        ItemRun::Text(call, _) => {
            let step = call.step;
            let bound = if step.compute_bound() {
                words.work_compute_bound
            } else {
                words.work_memory_bound
            };
            // The replica's time for a batch's worth of calls: their prefills, then the answer's steps.
            let one_call = fill(
                "({} {} × {} + {} {} ({}) × {} {})",
                &[
                    plain(call.prefill.seconds * 1_000.0, lang),
                    words.work_ms_prefill.to_string(),
                    count(sv.batch, lang),
                    plain(step.seconds * 1_000.0, lang),
                    words.work_ms_per_step.to_string(),
                    bound.to_string(),
                    count(s.output_tokens_per_query, lang),
                    words.work_tokens.to_string(),
                ],
            );
            if s.is_task() {
                fill(
                    "{} × {} {}",
                    &[
                        one_call,
                        plain(sv.calls, lang),
                        words.work_calls.to_string(),
                    ],
                )
            } else {
                one_call
            }
        }
        ItemRun::Diffusion(g) => fill(
            "{} {} ({} FLOP: {} {}, {} × {} {})",
            &[
                plain(g.seconds, lang),
                words.work_s_per_batch.to_string(),
                scientific(g.flops_per_item, lang),
                count(g.tokens, lang),
                words.work_latent_tokens.to_string(),
                count(s.steps, lang),
                count(g.passes, lang),
                words.work_steps_passes.to_string(),
            ],
        ),
    };
    let busy = fill(
        "{} × {}\u{a0}{} ({} × {}) ÷ {} {} × {} = {}",
        &[
            time,
            plain(sv.run.replica_w(), lang),
            words.unit_w.to_string(),
            count(sv.accelerators, lang),
            lang.hw_name(s.serving()),
            words.work_batch.to_string(),
            count(sv.batch, lang),
            plain(sv.fit, lang),
            energy_wh(sv.accelerator_wh, lang),
        ],
    );
    let per_query = fill(
        "{}; + {} {} ({} {}); × (1 + {}) × PUE {} = {}",
        &[
            busy,
            words.work_idle.to_string(),
            energy_wh(sv.idle_wh, lang),
            percent(sv.fleet_utilisation, lang),
            words.work_busy.to_string(),
            percent(w.host, lang),
            exact(w.pue, lang),
            energy_wh(w.wh_per_query, lang),
        ],
    );
    let total = energy(w.total_kwh(), lang);
    let per = |unit: String| format!("{total} ÷ {unit}");
    let (formula, sources): (String, Vec<&'static str>) = match metric {
        Metric::TrainingAcceleratorHours => (
            hours,
            vec![lang.cite(Cite::Hw(s.hw)), knob_source(Knob::Mfu)],
        ),
        Metric::TrainingKwh => (
            format!(
                "{}\u{a0}h × {training_power} × PUE {} = {}",
                count(w.training_hours, lang),
                exact(w.pue, lang),
                energy(w.training_kwh, lang)
            ),
            vec![
                lang.cite(Cite::Hw(s.hw)),
                knob_source(Knob::TrainingDraw),
                knob_source(Knob::HostOverhead),
                knob_source(Knob::Pue),
            ],
        ),
        Metric::InferenceWhPerQuery => (
            per_query,
            vec![
                lang.cite(Cite::Hw(s.serving())),
                knob_source(Knob::Batch),
                knob_source(sv.run.fit_knob()),
                knob_source(Knob::FleetUtilisation),
                knob_source(Knob::HostOverhead),
                knob_source(Knob::Pue),
            ],
        ),
        Metric::InferenceKwhPerDay => (
            fill(
                "{} × {} ÷ 1000 = {}",
                &[
                    energy_wh(w.wh_per_query, lang),
                    count(s.queries_per_day, lang),
                    energy(w.kwh_per_day, lang),
                ],
            ),
            vec![],
        ),
        Metric::InferenceKwh => (
            fill(
                "{} × {} {} = {}",
                &[
                    energy_wh(w.wh_per_query, lang),
                    count(w.queries_total, lang),
                    lang.work(s.work).items.to_string(),
                    energy(w.inference_kwh, lang),
                ],
            ),
            vec![],
        ),
        Metric::HouseholdYears => (
            per(cat!(
                exact(s.home.basis().kwh_per_year, lang),
                NBSP,
                words.unit_kwh
            )),
            vec![lang.cite(Cite::Home(s.home))],
        ),
        Metric::TeslaKm => (
            per(cat!(
                exact(s.ev.basis().wh_per_km, lang),
                NBSP,
                words.unit_wh_per_km
            )),
            vec![lang.cite(Cite::Ev(s.ev))],
        ),
        Metric::BeijingShanghaiTrips => (
            format!(
                "{} ÷ {}\u{a0}{}",
                words.work_tesla_km,
                exact(BEIJING_SHANGHAI_KM, lang),
                words.unit_km
            ),
            vec![lang.cite(Cite::Trip)],
        ),
        Metric::EarthLaps => (
            format!(
                "{} ÷ {}\u{a0}{}",
                words.work_tesla_km,
                exact(EARTH_LAP_KM, lang),
                words.unit_km
            ),
            vec![lang.cite(Cite::EarthLap)],
        ),
        Metric::PhoneCharges => (
            per(cat!(exact(PHONE_CHARGE_WH, lang), NBSP, words.unit_wh)),
            vec![lang.cite(Cite::Phone)],
        ),
        Metric::Cost => (
            format!("{total} × {}", exact(s.price_per_kwh, lang)),
            vec![],
        ),
        Metric::Co2Kg => (
            cat!(
                total,
                " × ",
                exact(s.grid_gco2_per_kwh, lang),
                NBSP,
                words.unit_g_per_kwh
            ),
            vec![],
        ),
        Metric::WaterL => (
            cat!(
                total,
                " × ",
                exact(s.wue_l_per_kwh, lang),
                NBSP,
                words.unit_l_per_kwh
            ),
            vec![],
        ),
        Metric::ChinaGenerationShare => {
            let year = r.first_year_kwh().central;
            (
                format!(
                    "{} ({}) ÷ {} = {}",
                    energy(year, lang),
                    words.work_year,
                    energy(CHINA_GENERATION_KWH, lang),
                    percent(r.china_generation_share.central, lang)
                ),
                vec![lang.cite(Cite::Rung(Rung::ChinaGeneration))],
            )
        }
        Metric::TrainingWhPerQuery => (
            fill(
                "{} ÷ {} {} = {}",
                &[
                    energy(w.training_kwh, lang),
                    count(w.queries_total, lang),
                    lang.work(s.work).items.to_string(),
                    energy_wh(r.training_wh_per_query.central, lang),
                ],
            ),
            vec![],
        ),
        Metric::MyWhPerDay => {
            let lines: Vec<String> = s
                .my_use
                .lines()
                .map(|l| {
                    let wh = crate::model::energy::wh_per_query(&l.preset.scenario());
                    format!(
                        "{} × {} ({})",
                        plain(l.per_day, lang),
                        energy_wh(wh.central, lang),
                        lang.preset(l.preset)
                    )
                })
                .collect();
            let sum = if lines.is_empty() {
                "0".to_string()
            } else {
                lines.join(" + ")
            };
            (
                format!("{sum} = {}", energy_wh(r.my_wh_per_day.central, lang)),
                vec![],
            )
        }
        Metric::MyKwhPerYear => (
            format!(
                "{} × 365 = {}",
                energy_wh(r.my_wh_per_day.central, lang),
                energy(r.my_kwh_per_year.central, lang)
            ),
            vec![],
        ),
        // The headline shows these two with the training / inference split beside them: that is their working.
        Metric::TotalKwh | Metric::TrainingShare => return None,
    };
    Some(Work { formula, sources })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    #[test]
    fn training_work_substitutes_the_scenarios_numbers() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let w = work(Metric::TrainingKwh, &s, &r, Lang::En).expect("has work"); // ok: test
        assert!(w.formula.contains("PUE 1.2"), "{}", w.formula);
        let hours = work(Metric::TrainingAcceleratorHours, &s, &r, Lang::En).expect("has work"); // ok: test
        assert!(
            hours
                .formula
                .contains("6 × 175\u{a0}billion × 300\u{a0}billion = 3.15×10²³ FLOP"),
            "{}",
            hours.formula
        );
        assert!(hours.formula.contains("30% MFU"), "{}", hours.formula);
        assert!(w.sources.iter().any(|s| s.contains("H100")));
        let trips = work(Metric::BeijingShanghaiTrips, &s, &r, Lang::En).expect("has work"); // ok: test
        assert!(
            trips.formula.contains("1,262\u{a0}km"),
            "constants are shown exactly: {}",
            trips.formula
        );
    }

    #[test]
    fn chinese_work_cites_its_sources_in_chinese() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let cjk = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for name in Metric::ALL {
            if let Some(w) = work(name, &s, &r, Lang::Zh) {
                assert!(
                    w.sources.iter().all(|src| cjk(src)),
                    "{name:?}: {:?}",
                    w.sources
                );
                assert!(
                    !w.formula.contains("draw") && !w.formula.contains("queries"),
                    "{}",
                    w.formula
                );
            }
        }
    }

    #[test]
    fn chinese_work_uses_chinese_units() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let w = work(Metric::HouseholdYears, &s, &r, Lang::Zh).expect("has work"); // ok: test
        assert!(
            w.formula.contains("万度") && w.formula.contains("2600\u{a0}度"),
            "{}",
            w.formula
        );
    }
}
