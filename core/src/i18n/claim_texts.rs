//! The claims section's texts, which the page loads after the first screen from the same origin
//! (`static/claims.txt`, fetched when the reader opens the section; the service worker keeps it for offline use).
//! They are the claim checker's numbers, verdicts and sentences in both languages, written by `tests/docs_tables.rs`
//! with [`write_line`] (the test fails while the file is stale, `BLESS=1` rewrites it): the page carries neither
//! the checker nor these ~10 KB of text in its WebAssembly.
//!
//! One claim per line, fields separated by tabs: language, claim id, tone, printed claim, claimed, recomputed,
//! verdict, reason.

use crate::lang::Lang;
use crate::model::claims::ClaimId;
use crate::prelude::*;

/// The file's name beside the page (`index.html` copies `static/claims.txt`; `static/sw.js` caches it too).
pub const FILE: &str = "claims.txt";

/// How a verdict is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Ok,
    Off,
    Neutral,
}

impl Tone {
    /// The CSS class and the file's word for it.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Ok => "ok",
            Tone::Off => "off",
            Tone::Neutral => "neutral",
        }
    }

    fn from_class(s: &str) -> Option<Tone> {
        [Tone::Ok, Tone::Off, Tone::Neutral]
            .into_iter()
            .find(|t| t.class() == s)
    }
}

/// One claim as the section shows it, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimLine {
    pub tone: Tone,
    pub printed: String,
    pub claimed: String,
    pub recomputed: String,
    pub verdict: String,
    pub reason: String,
}

/// Every claim's texts in both languages, as read from `claims.txt`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimTexts {
    lines: Vec<(Lang, ClaimId, ClaimLine)>,
}

impl ClaimTexts {
    /// Reads the file; a line that is not eight fields with a known language, claim and tone is skipped (a
    /// truncated download shows the claims it has, never garbage).
    pub fn parse(text: &str) -> ClaimTexts {
        let lines = text
            .lines()
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                let [lang, id, tone, printed, claimed, recomputed, verdict, reason] = f[..] else {
                    return None;
                };
                let lang = Lang::ALL.into_iter().find(|l| l.link_id() == lang)?;
                let id = ClaimId::ALL.into_iter().find(|c| c.id() == id)?;
                let line = ClaimLine {
                    tone: Tone::from_class(tone)?,
                    printed: printed.to_string(),
                    claimed: claimed.to_string(),
                    recomputed: recomputed.to_string(),
                    verdict: verdict.to_string(),
                    reason: reason.to_string(),
                };
                Some((lang, id, line))
            })
            .collect();
        ClaimTexts { lines }
    }

    /// A claim's texts in a language, if the file has them.
    pub fn get(&self, lang: Lang, id: ClaimId) -> Option<&ClaimLine> {
        self.lines
            .iter()
            .find(|(l, c, _)| *l == lang && *c == id)
            .map(|(_, _, line)| line)
    }
}

/// One line of the file (tabs and line breaks inside a text become spaces, so a line stays one claim).
pub fn write_line(lang: Lang, id: ClaimId, line: &ClaimLine) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
        lang.link_id(),
        id.id(),
        line.tone.class(),
        clean(&line.printed),
        clean(&line.claimed),
        clean(&line.recomputed),
        clean(&line.verdict),
        clean(&line.reason)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_line_reads_back_and_a_broken_one_is_skipped() {
        let line = ClaimLine {
            tone: Tone::Off,
            printed: "BLOOM\tused".into(),
            claimed: "433 MWh".into(),
            recomputed: "433 MWh".into(),
            verdict: "adds up".into(),
            reason: "because".into(),
        };
        let text =
            write_line(Lang::En, ClaimId::BloomTrain, &line) + "en\tbloom-train\tok\ttoo few\n";
        let texts = ClaimTexts::parse(&text);
        let got = texts.get(Lang::En, ClaimId::BloomTrain).expect("read back"); // ok: test
        assert_eq!(got.printed, "BLOOM used");
        assert_eq!(got.tone, Tone::Off);
        assert_eq!(texts.get(Lang::Zh, ClaimId::BloomTrain), None);
    }
}
