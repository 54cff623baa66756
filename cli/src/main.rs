//! `ai-energy '<query string or full link>'`: prints the scenario's results as one JSON object, with exactly
//! the numbers the page shows for the same link. Each result is `{"low", "central", "high"}` under the name of
//! the page's `result-*` hook; `problems` lists what in the link could not be used. `ai-energy --metrics`
//! lists those names (the end-to-end tests read the result list from it), `ai-energy --keys` the scenario's link
//! keys as their rows give them. A comparison link (with `b.` keys)
//! prints `{"a": …, "b": …, "ratio": {name: B ÷ A of the central values, or null}}` instead of one scenario.

use std::process::ExitCode;

use ai_energy_core::export::{my_use_rows, ratios, results_map, MyUseRow, ResultsMap, Triple};
use ai_energy_core::i18n::problem_message;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::{decode, encode_pair};
use ai_energy_core::model::energy::ItemRun;
use ai_energy_core::model::my_use::MAX_PER_DAY;
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::scenario::{Input, INPUTS, LINES};
use ai_energy_core::model::{data_version, evaluate, Metric, Results, Scenario};
use serde::Serialize;

/// How the central case serves one query.
#[derive(Serialize)]
struct ServingFigures {
    /// `optimised` or `reference`: the engine the central case serves with.
    engine: &'static str,
    accelerators_per_replica: f64,
    batch: f64,
    /// Model calls per query (an agent's task makes several).
    calls_per_query: f64,
    /// The replica's time to read one call's prompt, s.
    prefill_seconds: f64,
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

/// How the central case generates one image or video.
#[derive(Serialize)]
struct GenerationFigures {
    accelerators_per_replica: f64,
    batch: f64,
    /// Denoiser passes per step (2 with classifier-free guidance).
    passes_per_step: f64,
    /// Latent tokens of one item.
    latent_tokens: f64,
    /// FLOPs of one item, all steps and passes.
    flops_per_item: f64,
    /// Time of one batch, s.
    batch_seconds: f64,
    /// Accelerator-seconds one item occupies.
    accelerator_seconds_per_item: f64,
    /// Busy accelerators only (the GPU-benchmark boundary, with the calibration's central fit), J.
    accelerator_joules_per_item: f64,
}

/// How the central case serves one item, by kind of work.
#[derive(Serialize)]
#[serde(untagged)]
enum ItemFigures {
    Decode(ServingFigures),
    Diffusion(GenerationFigures),
}

/// One scenario's numbers.
#[derive(Serialize)]
struct Figures {
    #[serde(flatten)]
    results: ResultsMap,
    dominant_assumption: Option<&'static str>,
    sensitivity: Vec<(&'static str, Triple)>,
    /// The total and one item with every uncertain input at its best and at its worst at once (beyond the likely
    /// range every result carries).
    worst_best: WorstBestFigures,
    serving: ItemFigures,
    /// A person's own lines (`me.`), each with its energy a day and its share of the day.
    my_use: Vec<MyUseRow>,
}

#[derive(Serialize)]
struct WorstBestFigures {
    total_kwh: Triple,
    inference_wh_per_query: Triple,
}

#[derive(Serialize)]
struct Output {
    #[serde(flatten)]
    figures: Figures,
    link: String,
    data_version: &'static str,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct PairOutput {
    a: Figures,
    b: Figures,
    /// B ÷ A of each result's central value (null where A's is zero).
    ratio: serde_json::Map<String, serde_json::Value>,
    link: String,
    data_version: &'static str,
    problems: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!(
            "usage: ai-energy '<query string or full link>'   (no argument: the default scenario)\n       ai-energy --metrics   (the names of every result, as a JSON list)\n       ai-energy --keys      (the scenario's link keys: limits or choices, defaults, since when)"
        );
        return ExitCode::from(2);
    }
    if args.first().is_some_and(|a| a == "--metrics") {
        let keys: Vec<&str> = Metric::ALL.iter().map(|m| m.key()).collect();
        return print(&keys);
    }
    if args.first().is_some_and(|a| a == "--keys") {
        return print(&keys());
    }
    let decoded = decode(args.first().map_or("", String::as_str));
    let link = encode_pair(&decoded.scenario, decoded.b.as_ref(), &decoded.view);
    let problems = decoded
        .problems
        .iter()
        .map(|p| problem_message(p, Lang::En))
        .collect();
    let a = evaluate(&decoded.scenario);
    match &decoded.b {
        None => print(&Output {
            figures: figures(&a),
            link,
            data_version: data_version(&decoded.scenario, None),
            problems,
        }),
        Some(b_scenario) => {
            let b = evaluate(b_scenario);
            print(&PairOutput {
                ratio: ratios(&a, &b)
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.into()))
                    .collect(),
                a: figures(&a),
                b: figures(&b),
                link,
                data_version: data_version(&decoded.scenario, Some(b_scenario)),
                problems,
            })
        }
    }
}

/// One key of the scenario's table, as `--keys` lists it.
#[derive(Serialize)]
struct Key {
    key: &'static str,
    /// The default's value: a number (null when unknown, its range used) or a choice's id.
    default: serde_json::Value,
    /// A number's limits, inclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    limits: Option<(f64, f64)>,
    /// A list's ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<&'static str>>,
    /// The data version that brought the key.
    since: &'static str,
}

/// The scenario's keys in link order, read from their rows.
fn keys() -> Vec<Key> {
    let d = Scenario::DEFAULT;
    INPUTS
        .into_iter()
        .map(|input| match input {
            Input::Number(f) => Key {
                key: f.key(),
                default: f.get(&d).into(),
                limits: Some(f.limits()),
                choices: None,
                since: f.since(),
            },
            Input::Choice(k) => Key {
                key: k.key(),
                default: d.choice(k).id().into(),
                limits: None,
                choices: Some(k.options().map(|c| c.id()).collect()),
                since: k.since(),
            },
            // A family of keys, `me.<preset id>`: its preset ids and the count a day each line takes.
            Input::Lines => Key {
                key: LINES.0,
                default: serde_json::Value::Null,
                limits: Some((0.0, MAX_PER_DAY)),
                choices: Some(Preset::ALL.iter().map(|p| p.id()).collect()),
                since: LINES.1,
            },
        })
        .collect()
}

fn figures(r: &Results) -> Figures {
    let (w, sv) = (&r.workings, &r.workings.serving);
    let serving = match sv.run {
        ItemRun::Text(call, engine) => ItemFigures::Decode(ServingFigures {
            engine: engine.id(),
            accelerators_per_replica: sv.accelerators,
            batch: sv.batch,
            calls_per_query: sv.calls,
            prefill_seconds: call.prefill.seconds,
            bound: if call.step.compute_bound() {
                "compute"
            } else {
                "memory"
            },
            step_seconds: call.step.seconds,
            accelerator_seconds_per_query: sv.accelerator_seconds_per_item(),
            output_tokens_per_second_per_replica: call.output_tokens_per_second(sv.batch),
            accelerator_joules_per_output_token: w.accelerator_joules_per_output_token(),
            wh_per_1000_output_tokens: w.wh_per_1000_output_tokens(),
        }),
        ItemRun::Diffusion(g) => ItemFigures::Diffusion(GenerationFigures {
            accelerators_per_replica: sv.accelerators,
            batch: sv.batch,
            passes_per_step: g.passes,
            latent_tokens: g.tokens,
            flops_per_item: g.flops_per_item,
            batch_seconds: g.seconds,
            accelerator_seconds_per_item: sv.accelerator_seconds_per_item(),
            accelerator_joules_per_item: sv.accelerator_wh * 3_600.0,
        }),
    };
    Figures {
        results: results_map(r),
        dominant_assumption: r.dominant().map(|k| k.id()),
        sensitivity: r
            .sensitivity
            .iter()
            .map(|s| (s.knob.id(), s.total_kwh.into()))
            .collect(),
        worst_best: WorstBestFigures {
            total_kwh: r.worst_best.total_kwh.into(),
            inference_wh_per_query: r.worst_best.wh_per_query.into(),
        },
        serving,
        my_use: my_use_rows(r),
    }
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
