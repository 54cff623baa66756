//! The calculator as a module other pages, notebooks and dashboards can call: the pure core
//! (`ai-energy-core`) with a small JavaScript API and no UI. A share link in, one JSON object out, with exactly
//! the numbers the page and the `ai-energy` command line show for that link. See docs/API.md. The page itself
//! loads it first and paints a link's first screen with `firstScreen` before the app arrives, so every byte of
//! it is on the critical path (docs/PERFORMANCE.md).

// Untrusted input (links) flows through here: no panicking shortcuts (checked by clippy in the test command).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

use ai_energy_core::export::link_json;
use ai_energy_core::first_screen::first_screen;
use ai_energy_core::lang::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// `link` (a query string such as `v=1&preset=chatgpt`, or a whole address) → JSON text: the link's
/// `problems` in English, then the results document — `results` (each `{low, central, high}` under the names
/// `ai-energy` prints), `link` (canonical), `data_version` and the scenario's list choices by id; for a
/// comparison link (`b.` keys) `a`, `b` and `ratio` instead. Never throws: a hostile link gives its problems and
/// the defaults.
#[wasm_bindgen]
pub fn evaluate(link: &str) -> String {
    link_json(link, Lang::En)
}

/// [`evaluate`] with the problems in `lang` (`zh` or `en`, or a browser tag such as `zh-CN`; anything else:
/// English).
#[wasm_bindgen(js_name = evaluateIn)]
pub fn evaluate_in(link: &str, lang: &str) -> String {
    link_json(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// The page's first screen for `link` (the address's query string) in the link's language, else `browser`
/// (`navigator.language`): three lines of text — the language tag for `<html lang>`, the colour scheme for
/// `<html data-theme>` (`auto` = none), and the markup the app's first render puts in `<body>`, every value
/// escaped (`core/src/first_screen.rs`).
#[wasm_bindgen(js_name = firstScreen)]
pub fn first_screen_text(link: &str, browser: &str) -> String {
    let f = first_screen(link, Lang::from_tag(browser));
    format!("{}\n{}\n{}", f.lang.tag(), f.theme.id(), f.html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_its_results_and_problems_as_json() {
        let json = evaluate("v=1&params=70B&bogus=1");
        assert!(
            json.starts_with("{\"problems\":[\"Unknown link parameter"),
            "{json}"
        );
        assert!(
            json.contains("\"results\":{\"training_kwh\":{\"low\":"),
            "{json}"
        );
        assert!(json.contains("\"link\":\"?v=1&params=70B\""), "{json}");
        let zh = evaluate_in("v=1&bogus=1", "zh-CN");
        assert!(zh.contains("不认识的参数"), "{zh}");
        let pair = evaluate("v=1&pue=1.58&b.pue=1.09");
        assert!(
            pair.contains("\"type\":\"ai-energy:comparison\"") && pair.contains("\"ratio\":{"),
            "{pair}"
        );
        // The sources stay on the page and in `ai-energy`'s exports.
        assert!(!json.contains("\"assumptions\""), "{json}");
    }

    #[test]
    fn the_first_screen_says_its_language_and_scheme_first() {
        let text = first_screen_text("?v=1&theme=dark&preset=gpt3", "en-GB");
        let mut lines = text.splitn(3, '\n');
        assert_eq!(lines.next(), Some("en"));
        assert_eq!(lines.next(), Some("dark"));
        assert!(lines
            .next()
            .is_some_and(|html| html.starts_with("<main class=\"page\">")));
    }
}
