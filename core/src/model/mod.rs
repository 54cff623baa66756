//! The pure core: scenario in, numbers out. No browser, no UI framework, no I/O — it cannot fail, and
//! every function here is tested on the host. The core crate has no UI or browser crate to import
//! (`tests/dependency_tree.rs` checks `cargo tree`).

pub mod assumptions;
pub mod claims;
pub mod compare;
pub mod diffusion;
pub mod energy;
pub mod equivalence;
pub mod everyday;
pub mod growth;
pub mod hardware;
mod input_error;
pub mod metric;
pub mod my_use;
mod preset_id;
pub mod question;
pub mod range;
pub mod region;
pub mod scale;
pub mod scenario;
pub mod serving;
pub mod sources;
pub mod unet;
pub mod work;

pub use energy::{evaluate, totals, Results, Totals};
pub use metric::Metric;
pub use range::Range;
pub use scenario::Scenario;
pub mod facility;
pub mod presets;

/// Version of the model's data and formulas. Results for a v1 link may change only when this changes;
/// CHANGELOG.md says what moved and why.
pub const DATA_VERSION: &str = "2026.12-7";
/// The data version of image and video results (`Work::data_version`): each kind keeps the version its numbers were
/// last published under (both moved to 2026.12-6 with likely ranges; text moved to 2026.12-5 with the serving engines).
pub const DIFFUSION_DATA_VERSION: &str = "2026.12-7";

/// The data version of a scenario's results, or of a comparison's: the newest of the versions of the kinds of work
/// it evaluates (its own, and each of a person's lines' presets').
pub fn data_version(a: &Scenario, b: Option<&Scenario>) -> &'static str {
    newer_version(scenario_version(a), b.map(scenario_version))
}

/// The data version of one scenario's results: the newest of its kind's and its lines' presets' kinds'.
pub fn scenario_version(s: &Scenario) -> &'static str {
    s.my_use.lines().fold(s.work.data_version(), |v, line| {
        newer_version(v, Some(line.preset.scenario().work.data_version()))
    })
}

/// The newer of two data versions (`year.month-n`), as a comparison's documents carry them.
pub fn newer_version(a: &'static str, b: Option<&'static str>) -> &'static str {
    // (year, month, n); a version that does not parse sorts first.
    let key = |v: &str| {
        let (date, n) = v.split_once('-').unwrap_or((v, "0"));
        let (year, month) = date.split_once('.').unwrap_or((date, "0"));
        [year, month, n].map(|p| p.parse::<u32>().unwrap_or(0))
    };
    match b {
        Some(b) if key(b) > key(a) => b,
        Some(_) | None => a,
    }
}
