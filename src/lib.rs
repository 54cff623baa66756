//! AI energy calculator: the pure model (`model`) and the Yew web shell around it.
//! See ARCHITECTURE.md for the code map and the invariants.

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

mod bignum;
pub mod browser;
pub mod chart;
pub mod comparison_links;
pub mod components;
pub mod export;
pub mod format;
pub mod i18n;
pub mod image;
pub mod lang;
pub mod link;
pub mod model;
pub mod parse;
pub mod shortest;
pub mod state;
pub mod view;
pub mod work;
