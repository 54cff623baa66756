//! The claims section's texts, which the page loads after the first screen from the same origin
//! (`static/claims.txt`, fetched when the reader opens the section; the service worker keeps it for offline use).
//! They are the claim checker's numbers, verdicts and sentences in both languages, written by `tests/docs_tables.rs`
//! with [`write_line`] (the test fails while the file is stale, `BLESS=1` rewrites it): the page carries neither
//! the checker nor these ~10 KB of text in its WebAssembly.
//!
//! One claim per line, fields separated by tabs: language, claim id, tone, printed claim, claimed, recomputed,
//! verdict, reason, and what its button loads (`Load`'s word and a share link's query): the page carries no
//! scenario builder for the claims either.

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

/// What a claim's button loads: a share link's query string (`v=1&preset=gpt3…`), without its language.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// Nothing shows this claim.
    Nothing,
    /// Its scenario, brought into view at the headline.
    Headline(String),
    /// Its scenario on the scale of a country (a claim that sets AI beside one).
    Scale(String),
    /// A comparison, opened as its link.
    Pair(String),
}

impl Load {
    /// The file's word for it, and its query.
    fn fields(&self) -> (&'static str, &str) {
        match self {
            Load::Nothing => ("", ""),
            Load::Headline(q) => ("headline", q),
            Load::Scale(q) => ("scale", q),
            Load::Pair(q) => ("pair", q),
        }
    }

    fn from_fields(word: &str, query: &str) -> Option<Load> {
        let query = query.to_string();
        match word {
            "" => Some(Load::Nothing),
            "headline" => Some(Load::Headline(query)),
            "scale" => Some(Load::Scale(query)),
            "pair" => Some(Load::Pair(query)),
            _ => None,
        }
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
    pub load: Load,
}

/// Every claim's texts in both languages, as read from `claims.txt`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimTexts {
    lines: Vec<(Lang, ClaimId, ClaimLine)>,
}

impl ClaimTexts {
    /// Reads the file; a line that is not ten fields with a known language, claim, tone and load is skipped (a
    /// truncated download shows the claims it has, never garbage).
    pub fn parse(text: &str) -> ClaimTexts {
        let lines = text
            .lines()
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                let [lang, id, tone, printed, claimed, recomputed, verdict, reason, load, query] =
                    f[..]
                else {
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
                    load: Load::from_fields(load, query)?,
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
    let (load, query) = line.load.fields();
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
        lang.link_id(),
        id.id(),
        line.tone.class(),
        clean(&line.printed),
        clean(&line.claimed),
        clean(&line.recomputed),
        clean(&line.verdict),
        clean(&line.reason),
        load,
        clean(query)
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
            load: Load::Scale("v=1&preset=chatgpt&days=365".into()),
        };
        let text =
            write_line(Lang::En, ClaimId::BloomTrain, &line) + "en\tbloom-train\tok\ttoo few\n";
        let texts = ClaimTexts::parse(&text);
        let got = texts.get(Lang::En, ClaimId::BloomTrain).expect("read back"); // ok: test
        assert_eq!(got.printed, "BLOOM used");
        assert_eq!(got.tone, Tone::Off);
        assert_eq!(got.load, line.load);
        // An unknown load word is a broken line too.
        let odd = write_line(Lang::En, ClaimId::Edge, &line).replace("\tscale\t", "\tzoom\t");
        assert_eq!(ClaimTexts::parse(&odd).get(Lang::En, ClaimId::Edge), None);
        assert_eq!(texts.get(Lang::Zh, ClaimId::BloomTrain), None);
    }
}
