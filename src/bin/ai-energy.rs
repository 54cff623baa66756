//! `ai-energy '<query string or full link>'`: prints the scenario's results as one JSON object, with exactly
//! the numbers the page shows for the same link. Each result is `{"low", "central", "high"}` under the name of
//! the page's `result-*` hook; `problems` lists what in the link could not be used.

use std::process::ExitCode;

use ai_energy::export::{results_map, ResultsMap, Triple};
use ai_energy::i18n::{problem_message, Lang};
use ai_energy::link::{decode, encode};
use ai_energy::model::{evaluate, DATA_VERSION};
use serde::Serialize;

#[derive(Serialize)]
struct Output {
    #[serde(flatten)]
    results: ResultsMap,
    dominant_assumption: Option<&'static str>,
    sensitivity: Vec<(&'static str, Triple)>,
    link: String,
    data_version: &'static str,
    problems: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!(
            "usage: ai-energy '<query string or full link>'   (no argument: the default scenario)"
        );
        return ExitCode::from(2);
    }
    let decoded = decode(args.first().map_or("", String::as_str));
    let r = evaluate(&decoded.scenario);
    let output = Output {
        results: results_map(&r),
        dominant_assumption: r.dominant().map(|k| k.id()),
        sensitivity: r
            .sensitivity
            .iter()
            .map(|s| (s.knob.id(), s.total_kwh.into()))
            .collect(),
        link: encode(&decoded.scenario, &decoded.view),
        data_version: DATA_VERSION,
        problems: decoded
            .problems
            .iter()
            .map(|p| problem_message(p, Lang::En))
            .collect(),
    };
    match serde_json::to_string_pretty(&output) {
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
