//! The pure core: scenario in, numbers out. No browser, no UI framework, no I/O — it cannot fail, and
//! every function here is tested on the host. The core crate has no UI or browser crate to import
//! (`tests/dependency_tree.rs` checks `cargo tree`).

pub mod assumptions;
pub mod claims;
pub mod compare;
pub mod energy;
pub mod equivalence;
pub mod everyday;
pub mod growth;
pub mod hardware;
pub mod metric;
pub mod range;
pub mod scale;
pub mod scenario;
pub mod serving;
pub mod sources;

pub use energy::{evaluate, totals, Results, Totals};
pub use metric::Metric;
pub use range::Range;
pub use scenario::Scenario;
pub mod facility;
pub mod presets;

/// Version of the model's data and formulas. Results for a v1 link may change only when this changes;
/// CHANGELOG.md says what moved and why.
pub const DATA_VERSION: &str = "2026.12-3";
