//! AI energy calculator, the web app: the Yew shell around the pure core (`ai_energy_core`: model, link codec,
//! numbers, words). See ARCHITECTURE.md for the code map and the invariants.

// Untrusted input (links, typed text) flows through this crate: no panicking shortcuts anywhere in shipped
// code (checked by clippy in the test command; tests/no_panics.rs keeps the denial in place). Tests may index.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod action;
pub mod browser;
pub mod components;
pub mod state;
pub mod typed;
