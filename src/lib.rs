//! AI energy calculator: the pure model (`model`) and the Yew web shell around it.
//! See ARCHITECTURE.md for the code map and the invariants.

pub mod browser;
pub mod chart;
pub mod components;
pub mod export;
pub mod format;
pub mod i18n;
pub mod link;
pub mod model;
pub mod parse;
pub mod state;
pub mod work;
