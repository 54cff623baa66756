//! Any bytes as a link: decoding must not panic, and what it decodes must be a valid scenario that encodes
//! and decodes back to itself (scenario B and the view too). Its first screen (what the first-paint module
//! writes into the page) is well-formed markup whatever the link holds: only the screen's own tags, every value
//! escaped, and the link's total printed in it.
#![no_main]

use ai_energy_core::export::escape_markup;
use ai_energy_core::first_screen::first_screen;
use ai_energy_core::lang::Lang;
use ai_energy_core::lead::{lead, Figures, Leading};
use ai_energy_core::link::{decode, encode_pair};
use ai_energy_core::model::scenario::Field;
use ai_energy_core::model::totals;
use libfuzzer_sys::fuzz_target;

/// The tags the first screen is made of (core/src/first_screen.rs).
const TAGS: [&str; 16] = [
    "main", "header", "div", "h1", "h2", "p", "button", "nav", "span", "section", "details",
    "summary", "a", "ul", "li", "strong",
];

/// Whether `html` is only those tags with `name="value"` attributes, and text with no `<` or `>` in it: a value
/// from the link that escaped its escaping would break one of the three.
fn well_formed(html: &str) -> bool {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if rest[..open].contains('>') {
            return false;
        }
        let Some(close) = rest[open..].find('>') else {
            return false;
        };
        let tag = &rest[open + 1..open + close];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        if !TAGS.contains(&name) {
            return false;
        }
        while !attrs.is_empty() {
            let Some((key, after)) = attrs.split_once("=\"") else {
                return false;
            };
            let Some((value, after)) = after.split_once('"') else {
                return false;
            };
            if !key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                || value.contains(['<', '>'])
            {
                return false;
            }
            attrs = after.strip_prefix(' ').unwrap_or(after);
        }
        rest = &rest[open + close + 1..];
    }
    !rest.contains('>')
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let d = decode(&text);
    for f in Field::ALL {
        if let Some(v) = f.get(&d.scenario) {
            assert_eq!(f.check(v), Ok(v), "{f:?} out of limits from {text:?}");
        }
    }
    if let Some(b) = &d.b {
        for f in Field::ALL {
            if let Some(v) = f.get(b) {
                assert_eq!(f.check(v), Ok(v), "b.{f:?} out of limits from {text:?}");
            }
        }
    }
    // What the page writes for it comes back as it was, B included.
    let link = encode_pair(&d.scenario, d.b.as_ref(), &d.view);
    let again = decode(&link);
    assert!(again.problems.is_empty(), "{link}: {:?}", again.problems);
    assert_eq!(again.scenario, d.scenario, "{link}");
    // A B equal to A writes no `b.` key (there is nothing to compare), so it comes back as no comparison.
    let b = d.b.filter(|b| *b != d.scenario);
    assert_eq!(again.b, b, "{link}");
    assert_eq!(again.view, d.view, "{link}");

    // A link without problems is painted first, showing its own lead; one with problems is left to the app.
    let (a, b) = (totals(&again.scenario), again.b.as_ref().map(totals));
    let leading = Leading {
        a: (&again.scenario, Figures::from(&a)),
        b: again
            .b
            .as_ref()
            .zip(b.as_ref())
            .map(|(s, t)| (s, Figures::from(t))),
        from: again.view.preset,
    };
    for browser in [None, Some(Lang::Zh), Some(Lang::En)] {
        assert_eq!(
            first_screen(&text, browser).is_some(),
            d.problems.is_empty(),
            "{text:?}"
        );
        // The canonical link has no problem: its first screen is always painted (every input reaches the markup).
        let screen = first_screen(&link, browser).expect("a canonical link is painted");
        assert!(well_formed(&screen.html), "{link:?}: {}", screen.html);
        let shown = escape_markup(&lead::<false>(&leading, screen.lang).shown);
        assert!(
            screen.html.contains(&format!(">{shown}</div>")),
            "{link:?}: {shown} in {}",
            screen.html
        );
    }
});
