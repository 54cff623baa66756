//! The calculator's pure core: the model (scenario in, results out), the share-link codec, number parsing and
//! printing, the page's words in both languages and what leaves the page (JSON, CSV, citation). The web app,
//! the command line and the fuzz targets all use it; it depends on no UI or browser crate, so the compiler
//! keeps it pure (`tests/dependency_tree.rs` checks `cargo tree`). See ARCHITECTURE.md.

// Untrusted input (links, typed text) flows through this crate: no panicking shortcuts anywhere in shipped
// code (checked by clippy in the test command; the app's tests/no_panics.rs keeps the denial in place).
// Tests may index.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

#[macro_use]
mod complete;
// For `all_is_complete!`, which names the trait through this crate.
#[doc(hidden)]
pub use strum;

mod bignum;
pub mod comparison_links;
pub mod export;
pub mod first_screen;
pub mod format;
pub mod i18n;
pub mod lang;
pub mod link;
pub mod model;
pub mod parse;
pub mod shortest;
pub mod view;
