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
// No std: the first-paint module is the core without the standard library's panic and formatting machinery
// (module/src/lib.rs), which is most of the difference between a first screen that fits its budget and one that
// does not (docs/PERFORMANCE.md). Strings and vectors come from `alloc`, through `prelude`.
#![no_std]
extern crate alloc;
#[cfg(test)]
extern crate std;

/// What `std`'s prelude would bring: `alloc`'s strings, vectors and `format!`.
#[allow(unused_imports)]
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::format;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

/// Joins text pieces (anything that is `AsRef<str>`) into a `String`: `format!` without `core::fmt`, whose
/// machinery (~5 KB of WebAssembly: `fmt::write`, padding, integer printing) would otherwise sit on the first-paint
/// module's critical path. The code that path reaches writes its text with this and with `i18n::fill`.
macro_rules! cat {
    ($($piece:expr),+ $(,)?) => {{
        let mut text = $crate::prelude::String::new();
        $(text.push_str(::core::convert::AsRef::<str>::as_ref(&$piece));)+
        text
    }};
}

/// `v` limited to `low..=high`: `f64::clamp` without its panic (for `low > high` or a NaN bound), whose message
/// prints floats and so links the standard library's float printing (Grisu and Dragon, ~2 KB of brotli) into the
/// first-paint module wherever a clamp is not inlined away.
pub(crate) fn within(v: f64, low: f64, high: f64) -> f64 {
    v.max(low).min(high)
}

#[macro_use]
mod complete;
// For `all_is_complete!`, which names the trait through this crate.
#[doc(hidden)]
pub use strum;

mod bignum;
pub mod chart;
pub mod charts;
pub mod comparison_links;
pub mod export;
pub mod first_screen;
pub mod format;
pub mod i18n;
pub mod image;
pub mod lang;
pub mod lead;
pub mod link;
pub mod model;
pub mod parse;
pub mod shortest;
pub mod takeaway;
pub mod view;
pub mod work;
