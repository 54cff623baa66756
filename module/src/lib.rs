//! The calculator as a module other pages, notebooks and dashboards can call: the pure core
//! (`ai-energy-core`) with a small JavaScript API and no UI. A share link in, one JSON object out, with exactly
//! the numbers the page and the `ai-energy` command line show for that link. See docs/API.md. The page itself
//! loads it first and paints a link's first screen with `firstScreen` before the app arrives, so every byte of
//! that build is on the critical path (docs/PERFORMANCE.md): hence no std, no wasm-bindgen and a bump allocator,
//! and the page's build leaves out the `api` feature (`evaluate`, `evaluateIn`: the JSON writer and the link
//! encoder, 4 KB of brotli).
//!
//! The functions are plain WebAssembly exports over UTF-8 bytes in the module's memory; `module/js/glue.js`
//! wraps them into the JavaScript API (strings in, strings out). Each call's text goes in through [`alloc`] and
//! comes out as a pointer with its length in [`out_len`]; JavaScript copies it and gives every buffer back with
//! [`dealloc`].

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
// On wasm32, no std: the standard library's panic machinery (a hook, a payload, the formatting of every message
// a panic could carry) was a tenth of the module, and nothing here panics on purpose (the denials above). A panic
// that happens anyway stops the module with a trap, which JavaScript sees as an exception (the loader then
// leaves the first screen to the app).
#![cfg_attr(target_arch = "wasm32", no_std)]
extern crate alloc;

#[cfg(target_arch = "wasm32")]
mod bump;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

use ai_energy_core::first_screen::first_screen;
use ai_energy_core::lang::Lang;
#[cfg(feature = "api")]
use ai_energy_core::takeaway;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static HEAP: bump::Bump = bump::Bump::new();

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// `link` (a query string such as `v=1&preset=chatgpt`, or a whole address) → JSON text: the link's
/// `problems` in English, then the results document — `results` (each `{low, central, high}` under the names
/// `ai-energy` prints), `link` (canonical), `data_version` and the scenario's list choices by id; for a
/// comparison link (`b.` keys) `a`, `b` and `ratio` instead. Never fails: a hostile link gives its problems and
/// the defaults.
#[cfg(feature = "api")]
pub fn evaluate(link: &str) -> String {
    takeaway::evaluation(link, Lang::En)
}

/// [`evaluate`] with the problems in `lang` (`zh` or `en`, or a browser tag such as `zh-CN`; anything else:
/// English).
#[cfg(feature = "api")]
pub fn evaluate_in(link: &str, lang: &str) -> String {
    takeaway::evaluation(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// What a reader takes away from `link` (`ai_energy_core::takeaway`), which the page asks this module for when the
/// reader does: the data download (`format` `csv`, else JSON) with every assumption and its source, under `link`.
#[cfg(feature = "api")]
pub fn document(link: &str, format: &str) -> String {
    takeaway::document(link, format.eq_ignore_ascii_case("csv"))
}

/// The citation sentence for `link` in `lang` (`zh`, `en` or a browser tag; anything else: English).
#[cfg(feature = "api")]
pub fn citation(link: &str, lang: &str) -> String {
    takeaway::citation(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// What `link` holds, a pair a line: the pair, a tab, its meaning in `lang`.
#[cfg(feature = "api")]
pub fn contents(link: &str, lang: &str) -> String {
    takeaway::contents(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// What `link` gets wrong, in `lang`, one message a line.
#[cfg(feature = "api")]
pub fn problems(link: &str, lang: &str) -> String {
    takeaway::problems(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// The snippet an article pastes to embed `embed_url` (an `embed=1` link), whose height script accepts messages
/// only from `origin` (the calculator's), titled in `lang`.
#[cfg(feature = "api")]
pub fn embed(embed_url: &str, origin: &str, lang: &str) -> String {
    takeaway::embed(embed_url, origin, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// The result image for `link` in `lang`, as SVG text.
#[cfg(feature = "api")]
pub fn result_image(link: &str, lang: &str) -> String {
    takeaway::image(link, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// How result `metric` of `link` is computed, in `lang`: the formula, then each source, a line each (empty for a
/// result without a working of its own).
#[cfg(feature = "api")]
pub fn work(link: &str, metric: &str, lang: &str) -> String {
    takeaway::work(link, metric, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// Chart `id` of `link` in `lang` as markup (its note and rows; nothing for an unknown id).
#[cfg(feature = "api")]
pub fn chart(link: &str, id: &str, lang: &str) -> String {
    takeaway::chart(link, id, Lang::from_tag(lang).unwrap_or(Lang::En))
}

/// The page's first screen for `link` (the address's query string) in the link's language, else `browser`
/// (`navigator.language`): three lines of text — the language tag for `<html lang>`, the colour scheme for
/// `<html data-theme>` (`auto` = none), and the markup the app's first render puts in `<body>`, every value
/// escaped (`core/src/first_screen.rs`). Nothing for a link with problems: the app paints that one, explaining them.
pub fn first_screen_text(link: &str, browser: &str) -> String {
    first_screen(link, Lang::from_tag(browser))
        .map(|f| {
            // Pushed piece by piece: `concat` brings a generic joiner (~1.2 KB) into the first-paint module.
            let mut text = String::with_capacity(f.html.len() + 16);
            for piece in [f.lang.tag(), "\n", f.theme.id(), "\n", &f.html] {
                text.push_str(piece);
            }
            text
        })
        .unwrap_or_default()
}

// The WebAssembly exports: (pointer, length) pairs of UTF-8 in, a pointer out with its length in `out_len`.

/// The length of the text the last call returned.
static OUT_LEN: AtomicUsize = AtomicUsize::new(0);

/// A buffer of `len` bytes for JavaScript to write a call's text into.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    Box::leak(alloc::vec![0u8; len].into_boxed_slice()).as_mut_ptr()
}

/// Gives back a buffer from [`alloc`] or a call's result.
///
/// # Safety
/// `ptr` and `len` are a buffer this module handed out and JavaScript has not given back yet.
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    drop(Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)));
}

/// The length of the last result.
#[no_mangle]
pub extern "C" fn out_len() -> usize {
    OUT_LEN.load(Ordering::Relaxed)
}

/// Text JavaScript wrote with [`alloc`] (its `TextEncoder` writes UTF-8; anything else gets U+FFFD, as a link's
/// bad escapes do — the same decoder, so the module carries one).
///
/// # Safety
/// `ptr` and `len` are a buffer from [`alloc`] that JavaScript filled.
unsafe fn text(ptr: *const u8, len: usize) -> String {
    ai_energy_core::link::lossy_utf8(core::slice::from_raw_parts(ptr, len))
}

/// Hands a result to JavaScript: its pointer, with its length for [`out_len`].
fn out(text: String) -> *mut u8 {
    let bytes: Box<[u8]> = Vec::from(text).into_boxed_slice();
    OUT_LEN.store(bytes.len(), Ordering::Relaxed);
    Box::leak(bytes).as_mut_ptr()
}

/// [`evaluate`] for JavaScript.
///
/// # Safety
/// The arguments are a buffer from [`alloc`] filled with the link.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn evaluate_link(ptr: *const u8, len: usize) -> *mut u8 {
    out(evaluate(&text(ptr, len)))
}

/// [`evaluate_in`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn evaluate_link_in(
    ptr: *const u8,
    len: usize,
    lang_ptr: *const u8,
    lang_len: usize,
) -> *mut u8 {
    out(evaluate_in(&text(ptr, len), &text(lang_ptr, lang_len)))
}

/// [`document`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the format.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn document_of(
    ptr: *const u8,
    len: usize,
    f_ptr: *const u8,
    f_len: usize,
) -> *mut u8 {
    out(document(&text(ptr, len), &text(f_ptr, f_len)))
}

/// [`citation`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn citation_of(
    ptr: *const u8,
    len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(citation(&text(ptr, len), &text(l_ptr, l_len)))
}

/// [`result_image`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn image_of(
    ptr: *const u8,
    len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(result_image(&text(ptr, len), &text(l_ptr, l_len)))
}

/// [`work`] for JavaScript.
///
/// # Safety
/// The arguments are three buffers from [`alloc`] filled with the link, the result's name and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn work_of(
    ptr: *const u8,
    len: usize,
    m_ptr: *const u8,
    m_len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(work(
        &text(ptr, len),
        &text(m_ptr, m_len),
        &text(l_ptr, l_len),
    ))
}

/// [`contents`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn contents_of(
    ptr: *const u8,
    len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(contents(&text(ptr, len), &text(l_ptr, l_len)))
}

/// [`problems`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn problems_of(
    ptr: *const u8,
    len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(problems(&text(ptr, len), &text(l_ptr, l_len)))
}

/// [`embed`] for JavaScript.
///
/// # Safety
/// The arguments are three buffers from [`alloc`] filled with the embed link, the origin and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn embed_of(
    ptr: *const u8,
    len: usize,
    o_ptr: *const u8,
    o_len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(embed(
        &text(ptr, len),
        &text(o_ptr, o_len),
        &text(l_ptr, l_len),
    ))
}

/// [`chart`] for JavaScript.
///
/// # Safety
/// The arguments are three buffers from [`alloc`] filled with the link, the chart's id and the language.
#[cfg(feature = "api")]
#[no_mangle]
pub unsafe extern "C" fn chart_of(
    ptr: *const u8,
    len: usize,
    i_ptr: *const u8,
    i_len: usize,
    l_ptr: *const u8,
    l_len: usize,
) -> *mut u8 {
    out(chart(
        &text(ptr, len),
        &text(i_ptr, i_len),
        &text(l_ptr, l_len),
    ))
}

/// [`first_screen_text`] for JavaScript.
///
/// # Safety
/// The arguments are two buffers from [`alloc`] filled with the link and the browser's language.
#[no_mangle]
pub unsafe extern "C" fn first_screen_of(
    ptr: *const u8,
    len: usize,
    lang_ptr: *const u8,
    lang_len: usize,
) -> *mut u8 {
    out(first_screen_text(
        &text(ptr, len),
        &text(lang_ptr, lang_len),
    ))
}

#[cfg(all(test, feature = "api"))]
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

    #[test]
    fn text_crosses_the_boundary_whole() {
        let link = "v=1&qpd=5亿";
        let buffer = alloc(link.len());
        unsafe {
            core::ptr::copy_nonoverlapping(link.as_ptr(), buffer, link.len());
            let result = evaluate_link(buffer, link.len());
            let json = text(result, out_len());
            assert_eq!(json, evaluate(link));
            dealloc(result, out_len());
            dealloc(buffer, link.len());
        }
    }
}
