//! `ai-energy '<query string or full link>'`: prints the scenario's results as one JSON object, with exactly
//! the numbers the page shows for the same link. Each result is `{"low", "central", "high"}` under the name of
//! the page's `result-*` hook; `problems` lists what in the link could not be used. `ai-energy --metrics`
//! lists those names (the end-to-end tests read the result list from it).

use std::process::ExitCode;

use ai_energy::export::{results_map, ResultsMap, Triple};
use ai_energy::i18n::problem_message;
use ai_energy::lang::Lang;
use ai_energy::link::{decode, encode};
use ai_energy::model::{evaluate, Metric, DATA_VERSION};
use serde::Serialize;

/// How the central case serves one query.
#[derive(Serialize)]
struct ServingFigures {
    accelerators_per_replica: f64,
    batch: f64,
    /// `compute` or `memory`: what bounds a decode step.
    bound: &'static str,
    step_seconds: f64,
    /// Accelerator-seconds one query occupies.
    accelerator_seconds_per_query: f64,
    output_tokens_per_second_per_replica: f64,
    /// Busy accelerators only (the GPU-benchmark boundary), J.
    accelerator_joules_per_output_token: f64,
    /// At the wall: idle capacity, host and PUE included.
    wh_per_1000_output_tokens: f64,
}

#[derive(Serialize)]
struct Output {
    #[serde(flatten)]
    results: ResultsMap,
    dominant_assumption: Option<&'static str>,
    sensitivity: Vec<(&'static str, Triple)>,
    serving: ServingFigures,
    link: String,
    data_version: &'static str,
    problems: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!(
            "usage: ai-energy '<query string or full link>'   (no argument: the default scenario)\n       ai-energy --metrics   (the names of every result, as a JSON list)"
        );
        return ExitCode::from(2);
    }
    if args.first().is_some_and(|a| a == "--metrics") {
        let keys: Vec<&str> = Metric::ALL.iter().map(|m| m.key()).collect();
        return print(&keys);
    }
    let decoded = decode(args.first().map_or("", String::as_str));
    let r = evaluate(&decoded.scenario);
    let (w, tokens) = (
        &r.workings,
        decoded.scenario.output_tokens_per_query.max(1.0),
    );
    let sv = &w.serving;
    let serving = ServingFigures {
        accelerators_per_replica: sv.accelerators,
        batch: sv.batch,
        bound: if sv.step.compute_bound() {
            "compute"
        } else {
            "memory"
        },
        step_seconds: sv.step.seconds,
        accelerator_seconds_per_query: sv.step.seconds * tokens * sv.accelerators
            / sv.batch.max(1.0),
        output_tokens_per_second_per_replica: sv.batch / sv.step.seconds,
        accelerator_joules_per_output_token: sv.accelerator_wh * 3_600.0 / tokens,
        wh_per_1000_output_tokens: w.wh_per_query / tokens * 1_000.0,
    };
    let output = Output {
        results: results_map(&r),
        dominant_assumption: r.dominant().map(|k| k.id()),
        sensitivity: r
            .sensitivity
            .iter()
            .map(|s| (s.knob.id(), s.total_kwh.into()))
            .collect(),
        serving,
        link: encode(&decoded.scenario, &decoded.view),
        data_version: DATA_VERSION,
        problems: decoded
            .problems
            .iter()
            .map(|p| problem_message(p, Lang::En))
            .collect(),
    };
    print(&output)
}

fn print(value: &impl Serialize) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ai-energy: {e}");
            ExitCode::FAILURE
        }
    }
}
