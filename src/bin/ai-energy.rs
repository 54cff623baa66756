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
