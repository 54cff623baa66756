//! Texts the page loads after the first screen, from files beside it (same origin), when the reader opens the
//! section that shows them; the service worker caches them for offline use. Each file is written from the code
//! by a test that fails while it is stale (`BLESS=1` rewrites it). The claims' texts have their own format
//! (`claim_texts`); the methodology section is HTML rendered from its component.

use crate::lang::Lang;

/// The methodology section's HTML in both languages (`static/methodology.html`, rendered by `tests/ssr.rs` from
/// `components::methodology`).
pub const METHODOLOGY_FILE: &str = "methodology.html";

/// The line between the two languages' fragments in [`METHODOLOGY_FILE`]: Chinese first, then English.
pub const LANG_SEPARATOR: &str = "\n<!-- en -->\n";

/// The methodology section's HTML, per language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MethodologyHtml {
    zh: String,
    en: String,
}

impl MethodologyHtml {
    /// Reads the file; `None` when it lacks the separator (a truncated or foreign download is not shown).
    pub fn parse(text: &str) -> Option<MethodologyHtml> {
        let (zh, en) = text.split_once(LANG_SEPARATOR)?;
        Some(MethodologyHtml {
            zh: zh.to_string(),
            en: en.trim_end().to_string(),
        })
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// The file's text for two fragments.
    pub fn write(zh: &str, en: &str) -> String {
        format!("{zh}{LANG_SEPARATOR}{en}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_per_language_and_a_broken_one_is_refused() {
        let text = MethodologyHtml::write("<p>中</p>", "<p>en</p>");
        let m = MethodologyHtml::parse(&text).expect("reads"); // ok: test
        assert_eq!(
            (m.get(Lang::Zh), m.get(Lang::En)),
            ("<p>中</p>", "<p>en</p>")
        );
        assert_eq!(MethodologyHtml::parse("<p>only one</p>"), None);
    }
}
