//! The share-link scheme, version 1: one declarative key table, a total decoder and an encoder that writes only
//! what differs from the defaults. The page, the embed and the `ai-energy` command line all read scenarios
//! through [`decode`], so one link gives the same numbers everywhere. See docs/SHARE-LINKS.md.

use crate::format::input_value;
use crate::i18n::Lang;
use crate::model::presets::Preset;
use crate::model::scenario::{ChoiceKind, Field, InputError, Scenario};
use crate::parse::parse_number;

/// The scheme version this code writes. Links without `v=` are read as v1.
pub const VERSION: u32 = 1;

/// Longest query string read; the rest of a longer one is ignored (and reported).
const MAX_QUERY_CHARS: usize = 4_096;
/// Most `key=value` pairs read from one link.
const MAX_PAIRS: usize = 64;
/// Longest value quoted back in a problem report.
const MAX_QUOTED_CHARS: usize = 40;

/// URL key ↔ numeric scenario field. Part of the v1 link scheme: keys are never renamed or reused.
pub const NUMERIC_KEYS: [(&str, Field); 16] = [
    ("params", Field::Params),
    ("active", Field::ActiveParams),
    ("tokens", Field::TrainingTokens),
    ("gpuh", Field::TrainingAcceleratorHours),
    ("mfu", Field::Mfu),
    ("trainw", Field::TrainingW),
    ("qpd", Field::QueriesPerDay),
    ("tpq", Field::OutputTokens),
    ("itq", Field::InputTokens),
    ("days", Field::Days),
    ("growth", Field::YearlyGrowth),
    ("pue", Field::Pue),
    ("host", Field::HostOverhead),
    ("grid", Field::Grid),
    ("wue", Field::Wue),
    ("price", Field::Price),
];

/// URL key ↔ fixed list: the value is one of the list's ids. Part of the v1 scheme.
pub const CHOICE_KEYS: [(&str, ChoiceKind); 4] = [
    ("hw", ChoiceKind::Hw),
    ("cur", ChoiceKind::Currency),
    ("home", ChoiceKind::Home),
    ("ev", ChoiceKind::Ev),
];
/// The keys that describe the view, not the scenario.
pub const VIEW_KEYS: [&str; 6] = ["v", "preset", "lang", "embed", "lock", "theme"];

/// The URL key of a numeric field.
pub fn key_of(field: Field) -> &'static str {
    NUMERIC_KEYS
        .iter()
        .find(|(_, f)| *f == field)
        .map_or("", |(k, _)| k)
}

/// The numeric field a URL key names, if any.
pub fn field_of(key: &str) -> Option<Field> {
    NUMERIC_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, f)| *f)
}

/// How the page is shown; carried by the link beside the scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The preset the scenario started from, if any.
    pub preset: Option<Preset>,
    /// The language the link asks for; `None` = the reader's browser decides.
    pub lang: Option<Lang>,
    /// Compact mode for embedding in an article.
    pub embed: bool,
    /// Read-only: results without editable inputs.
    pub lock: bool,
    pub theme: Theme,
}

/// Colour scheme: follow the reader's system, or force one (for an embed matching its host page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// `1`/`true` → true, `0`/`false`/empty → false.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" | "" => Some(false),
        _ => None,
    }
}

/// Something in a link that could not be used. The rest of the link still applies.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A key this version does not know.
    UnknownKey { key: String },
    /// A number that does not parse or is out of range for its key.
    BadNumber {
        key: &'static str,
        value: String,
        error: InputError,
    },
    /// A value not among the ids a choice key accepts.
    UnknownChoice { key: &'static str, value: String },
    /// `v=` names a version this code cannot read.
    UnsupportedVersion { value: String },
    /// The same key twice; the last one wins.
    Repeated { key: String },
    /// More text or pairs than any real link has; the rest was ignored.
    TooLong,
    /// `active=` larger than `params=`; active is capped at the total.
    ActiveAboveTotal,
}

/// A link's scenario, view and problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    pub view: View,
    pub problems: Vec<Problem>,
}

/// Cuts a value for quoting in a message: at most [`MAX_QUOTED_CHARS`] characters, control characters dropped.
fn quote(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_QUOTED_CHARS {
        let cut: String = clean.chars().take(MAX_QUOTED_CHARS).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// Percent-decodes one component (`+` is a space). Invalid escapes stay as written; invalid UTF-8 becomes U+FFFD.
fn percent_decode(text: &str) -> String {
    let hex = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
    let mut bytes = text.bytes();
    let mut out = Vec::with_capacity(text.len());
    while let Some(b) = bytes.next() {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let mut ahead = bytes.clone();
                match (hex(ahead.next().as_ref()), hex(ahead.next().as_ref())) {
                    (Some(h), Some(l)) => {
                        // Two hex digits make one byte (h, l < 16).
                        out.push((h * 16 + l) as u8);
                        bytes.nth(1);
                    }
                    _ => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a value for a query string: unreserved ASCII stays, everything else is `%XX` (UTF-8).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The query part of a full link or of a bare query string (`?` and `#fragment` removed).
fn query_part(link: &str) -> &str {
    let after_q = link.split_once('?').map_or(link, |(_, q)| q);
    after_q.split_once('#').map_or(after_q, |(q, _)| q)
}

/// Reads a link (full URL or query string) into a scenario. Total: any text gives a scenario (defaults fill
/// the gaps) and the list of what could not be used; never panics.
pub fn decode(link: &str) -> Decoded {
    let mut problems = Vec::new();
    let mut query = query_part(link);
    if query.len() > MAX_QUERY_CHARS {
        let mut cut = MAX_QUERY_CHARS;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = query.get(..cut).unwrap_or_default();
        problems.push(Problem::TooLong);
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (n, part) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n >= MAX_PAIRS {
            if !problems.contains(&Problem::TooLong) {
                problems.push(Problem::TooLong);
            }
            break;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let key = percent_decode(k).trim().to_ascii_lowercase();
        let value = percent_decode(v).trim().to_string();
        if let Some(existing) = pairs.iter_mut().find(|(ek, _)| *ek == key) {
            problems.push(Problem::Repeated { key: quote(&key) });
            existing.1 = value;
        } else {
            pairs.push((key, value));
        }
    }

    // The preset is the base the other keys change, wherever it stands in the link.
    let mut view = View::default();
    let preset_value = pairs
        .iter()
        .find(|(k, _)| k == "preset")
        .map(|(_, v)| v.as_str());
    if let Some(id) = preset_value {
        match Preset::from_id(id) {
            Some(p) => view.preset = Some(p),
            None => problems.push(Problem::UnknownChoice {
                key: "preset",
                value: quote(id),
            }),
        }
    }
    let mut scenario = view.preset.map_or_else(Scenario::default, |p| p.scenario());

    for (key, value) in &pairs {
        if let Some(field) = field_of(key) {
            let k = key_of(field);
            match parse_number(value).and_then(|v| field.set(&mut scenario, Some(v))) {
                Ok(()) => {}
                Err(error) => problems.push(Problem::BadNumber {
                    key: k,
                    value: quote(value),
                    error,
                }),
            }
            continue;
        }
        let unknown = |key: &'static str| Problem::UnknownChoice {
            key,
            value: quote(value),
        };
        if let Some(&(k, kind)) = CHOICE_KEYS.iter().find(|(k, _)| k == key) {
            match kind.parse(value) {
                Some(choice) => scenario.apply(choice),
                None => problems.push(unknown(k)),
            }
            continue;
        }
        match key.as_str() {
            "lang" => match Lang::from_tag(value) {
                Some(l) => view.lang = Some(l),
                None => problems.push(unknown("lang")),
            },
            "embed" => match flag(value) {
                Some(on) => view.embed = on,
                None => problems.push(unknown("embed")),
            },
            "lock" => match flag(value) {
                Some(on) => view.lock = on,
                None => problems.push(unknown("lock")),
            },
            "theme" => match value.to_ascii_lowercase().as_str() {
                "auto" => view.theme = Theme::Auto,
                "light" => view.theme = Theme::Light,
                "dark" => view.theme = Theme::Dark,
                _ => problems.push(unknown("theme")),
            },
            "v" => {
                if value != "1" {
                    problems.push(Problem::UnsupportedVersion {
                        value: quote(value),
                    });
                }
            }
            "preset" => {}
            _ => problems.push(Problem::UnknownKey { key: quote(key) }),
        }
    }
    if let Some(active) = scenario.active_params {
        if active > scenario.params {
            problems.push(Problem::ActiveAboveTotal);
            scenario.active_params = Some(scenario.params);
        }
    }
    Decoded {
        scenario,
        view,
        problems,
    }
}

/// Writes the v1 query string (without `?`) for a scenario and view: `v=1`, the preset if any, then only
/// the values that differ from the base (the preset's scenario, else the default), in table order.
/// `decode(&encode(s, v))` gives back `s` and `v` exactly.
pub fn encode(scenario: &Scenario, view: &View) -> String {
    let base = view.preset.map_or_else(Scenario::default, |p| p.scenario());
    let mut parts = vec![format!("v={VERSION}")];
    if let Some(p) = view.preset {
        parts.push(format!("preset={}", p.id()));
    }
    for (key, field) in NUMERIC_KEYS {
        let value = field.get(scenario);
        if value != field.get(&base) {
            // An optional the base sets but the scenario clears cannot be written as a number; such
            // scenarios only arise from presets, and reset to the preset's value (documented).
            if let Some(v) = value {
                parts.push(format!(
                    "{key}={}",
                    percent_encode(&input_value(v, Lang::En))
                ));
            }
        }
    }
    for (key, kind) in CHOICE_KEYS {
        let choice = scenario.choice(kind);
        if choice != base.choice(kind) {
            parts.push(format!("{key}={}", choice.id()));
        }
    }
    if let Some(lang) = view.lang {
        parts.push(format!("lang={}", lang.link_id()));
    }
    if view.embed {
        parts.push("embed=1".to_string());
    }
    if view.lock {
        parts.push("lock=1".to_string());
    }
    if view.theme != Theme::Auto {
        parts.push(format!("theme={}", view.theme.id()));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_exactly_one_key() {
        for f in Field::ALL {
            assert_eq!(
                NUMERIC_KEYS.iter().filter(|(_, g)| *g == f).count(),
                1,
                "{f:?}"
            );
            assert_eq!(field_of(key_of(f)), Some(f));
        }
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("2.7%E4%BA%BF"), "2.7亿");
        assert_eq!(percent_decode("a+b"), "a b");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
