//! Texts the page loads after the first screen, from files beside it (same origin), when the reader opens the
//! section that shows them; the service worker caches them for offline use. Each file is written from the code
//! by a test that fails while it is stale (`BLESS=1` rewrites it). The claims' texts have their own format
//! (`claim_texts`); the methodology section is HTML rendered from its component.

use crate::lang::Lang;
use crate::prelude::*;

/// The methodology section's HTML in every language (`static/methodology.html`, rendered by `tests/ssr.rs` from
/// `components::methodology`).
pub const METHODOLOGY_FILE: &str = "methodology.html";

/// The line before a language's fragment in [`METHODOLOGY_FILE`] (all but the first, in `Lang::ALL` order):
/// `<!-- en -->` on a line of its own.
fn marker(lang: Lang) -> String {
    format!("\n<!-- {} -->\n", lang.link_id())
}

/// The methodology section's HTML, per language, in `Lang::ALL` order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MethodologyHtml(Vec<(Lang, String)>);

impl MethodologyHtml {
    /// Reads the file; `None` when a language's marker is missing (a truncated or foreign download is not shown).
    pub fn parse(text: &str) -> Option<MethodologyHtml> {
        let mut parts = Vec::with_capacity(Lang::ALL.len());
        let mut rest = text;
        let mut langs = Lang::ALL.into_iter().peekable();
        while let Some(lang) = langs.next() {
            let fragment = match langs.peek() {
                Some(&next) => {
                    let (fragment, after) = rest.split_once(&marker(next))?;
                    rest = after;
                    fragment
                }
                None => rest.trim_end(),
            };
            parts.push((lang, fragment.to_string()));
        }
        Some(MethodologyHtml(parts))
    }

    /// The fragment in `lang`; `None` only for a value not made by [`MethodologyHtml::parse`].
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, html)| html.as_str())
    }

    /// The file's text for each language's fragment, in `Lang::ALL` order.
    pub fn write(fragment: impl Fn(Lang) -> String) -> String {
        let mut out = String::new();
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            if i > 0 {
                out.push_str(&marker(lang));
            }
            out.push_str(&fragment(lang));
        }
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_per_language_and_a_broken_one_is_refused() {
        let text = MethodologyHtml::write(|lang| format!("<p>{}</p>", lang.link_id()));
        assert_eq!(text, "<p>zh</p>\n<!-- en -->\n<p>en</p>\n");
        let m = MethodologyHtml::parse(&text).expect("reads"); // ok: test
        assert_eq!(
            (m.get(Lang::Zh), m.get(Lang::En)),
            (Some("<p>zh</p>"), Some("<p>en</p>"))
        );
        assert_eq!(MethodologyHtml::parse("<p>only one</p>"), None);
    }
}
