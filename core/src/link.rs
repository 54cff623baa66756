//! The share-link scheme, version 1: one declarative key table, a total decoder and an encoder that writes only
//! what differs from the defaults. The page, the embed and the `ai-energy` command line all read scenarios
//! through [`decode`], so one link gives the same numbers everywhere. See docs/SHARE-LINKS.md.

use crate::format::field_value;
use crate::lang::Lang;
use crate::model::my_use::LineError;
use crate::model::presets::Preset;
use crate::model::scenario::{ChoiceKind, Field, Input, InputError, Scenario, INPUTS, LINES};
use crate::parse::{parse_number, split_byte, split_once_byte, trim_whitespace};
use crate::prelude::*;
use crate::view::{Theme, View};

/// The scheme version this code writes. Links without `v=` are read as v1.
pub const VERSION: u32 = 1;

/// Longest query string read; the rest of a longer one is ignored (and reported).
const MAX_QUERY_CHARS: usize = 4_096;
/// Most `key=value` pairs read from one link: above the 2 × 40 scenario keys of a comparison that sets every one.
const MAX_PAIRS: usize = 128;
/// Longest value quoted back in a problem report.
const MAX_QUOTED_CHARS: usize = 40;

/// A key that describes how the page is shown rather than the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKey {
    /// `v=`: the scheme version.
    Version,
    /// `preset=`: the scenario the other keys change.
    Preset,
    Lang,
    Embed,
    Lock,
    Theme,
}

/// What a link key sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// A number of the scenario, validated by its field's limits.
    Number(Field),
    /// One of a fixed list's ids.
    Choice(ChoiceKind),
    /// A person's own lines: the key family `me.<preset id>=<count a day>`.
    Lines,
    View(ViewKey),
}

/// One key of the scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkKey {
    pub key: &'static str,
    pub kind: KeyKind,
}

const fn key(key: &'static str, kind: KeyKind) -> LinkKey {
    LinkKey { key, kind }
}

/// The view keys a link writes before the scenario's.
const LEADING: [LinkKey; 2] = [
    key("v", KeyKind::View(ViewKey::Version)),
    key("preset", KeyKind::View(ViewKey::Preset)),
];
/// The view keys a link writes after the scenario's.
const TRAILING: [LinkKey; 4] = [
    key("lang", KeyKind::View(ViewKey::Lang)),
    key("embed", KeyKind::View(ViewKey::Embed)),
    key("lock", KeyKind::View(ViewKey::Lock)),
    key("theme", KeyKind::View(ViewKey::Theme)),
];

/// Every key of the v1 scheme, in the order links write them: `v` and `preset`, the scenario's numbers and
/// choices in the table's order (`model::scenario::INPUTS`, where each has its row), then the view keys. Part of
/// the scheme: keys are never renamed or reused. It drives [`decode`], [`encode`], [`entries`] ("what this link
/// contains") and the key table in docs/SHARE-LINKS.md (`tests/docs_tables.rs` keeps the two equal).
pub const KEYS: [LinkKey; LEADING.len() + INPUTS.len() + TRAILING.len()] = {
    // Compile-time only: an index out of range here is a build error, never a panic at run time.
    #[allow(clippy::indexing_slicing)]
    {
        let mut out = [LEADING[0]; LEADING.len() + INPUTS.len() + TRAILING.len()];
        let mut i = 0;
        while i < out.len() {
            out[i] = if i < LEADING.len() {
                LEADING[i]
            } else if i < LEADING.len() + INPUTS.len() {
                match INPUTS[i - LEADING.len()] {
                    Input::Number(f) => key(f.key(), KeyKind::Number(f)),
                    Input::Choice(c) => key(c.key(), KeyKind::Choice(c)),
                    Input::Lines => key(LINES.0, KeyKind::Lines),
                }
            } else {
                TRAILING[i - LEADING.len() - INPUTS.len()]
            };
            i += 1;
        }
        out
    }
};

/// The URL key of a kind of value.
pub fn key_for(kind: KeyKind) -> &'static str {
    KEYS.iter().find(|k| k.kind == kind).map_or("", |k| k.key)
}

/// The URL key of a numeric field.
pub fn key_of(field: Field) -> &'static str {
    field.key()
}

/// The table row of a URL key (already lower-cased), if the scheme has it.
pub fn lookup(key: &str) -> Option<&'static LinkKey> {
    KEYS.iter().find(|k| k.key == key)
}

/// The texts a flag (`embed`, `lock`) accepts; any other is reported as a problem.
const FLAGS: [(&str, bool); 5] = [
    ("1", true),
    ("true", true),
    ("0", false),
    ("false", false),
    ("", false),
];

/// `1`/`true` → true, `0`/`false`/empty → false; `None` for any other text.
fn flag(value: &str) -> Option<bool> {
    FLAGS
        .iter()
        .find(|(text, _)| *text == value)
        .map(|&(_, on)| on)
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
    /// A `me.` line naming no preset (`me.foo=3`); the line was left out.
    UnknownLine { key: String },
    /// More than `my_use::MAX_LINES` lines; the rest were left out.
    TooManyLines,
    /// A problem with a `b.` key: scenario B of a comparison.
    InB(Box<Problem>),
}

/// The prefix of scenario B's keys in a comparison link (`b.pue=1.09`): the same keys, holding only what
/// differs from scenario A.
pub const B_PREFIX: &str = "b.";
/// What joins the lines' key to a preset id (`me.gemini=20`).
const LINE_JOIN: &str = ".";

/// The preset id a line's key names (`me.gemini` → `gemini`), if the key is a line's.
fn line_id(key: &str) -> Option<&str> {
    key.strip_prefix(LINES.0)?.strip_prefix(LINE_JOIN)
}

/// Sets a scenario's `me.` lines from a link's pairs: the lines it removes first (0 or empty), so that B's link
/// (written against A's lines) swaps a line without passing through a ninth.
fn apply_lines(scenario: &mut Scenario, pairs: &[(String, String)]) -> Vec<Problem> {
    let removes = |v: &str| v.is_empty() || parse_number(v) == Ok(0.0);
    // Two plain passes, removals then the rest, each in the link's order (an iterator chain here cost the
    // first-paint module ~2 KB).
    let mut problems = Vec::new();
    for removing in [true, false] {
        for (key, value) in pairs {
            if let Some(id) = line_id(key).filter(|_| removes(value) == removing) {
                problems.extend(apply_line(scenario, key, id, value));
            }
        }
    }
    problems
}

/// Sets one `me.` line on a scenario, or says why it could not.
fn apply_line(scenario: &mut Scenario, key: &str, id: &str, value: &str) -> Option<Problem> {
    let Some(preset) = Preset::from_id(id) else {
        return Some(Problem::UnknownLine { key: quote(key) });
    };
    // Empty removes the line, as 0 does.
    let count = if value.is_empty() {
        Ok(0.0)
    } else {
        parse_number(value)
    };
    let set = count
        .map_err(LineError::Count)
        .and_then(|c| scenario.my_use.set(preset, c));
    match set {
        Ok(()) => None,
        Err(LineError::Count(error)) => Some(Problem::BadNumber {
            key: LINES.0,
            value: quote(value),
            error,
        }),
        Err(LineError::TooMany) => Some(Problem::TooManyLines),
    }
}

/// A link's scenario, view and problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    /// Scenario B when the link is a comparison (it has `b.` keys): A's scenario with B's keys applied.
    pub b: Option<Scenario>,
    pub view: View,
    pub problems: Vec<Problem>,
}

/// Cuts a value for quoting in a message: at most [`MAX_QUOTED_CHARS`] characters, control characters dropped.
fn quote(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if crate::parse::chars_in(&clean) > MAX_QUOTED_CHARS {
        let cut: String = clean.chars().take(MAX_QUOTED_CHARS).collect();
        cat!(cut, "…")
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
    lossy_utf8(&out)
}

/// `bytes` as text, each invalid sequence replaced by U+FFFD: what `String::from_utf8_lossy` gives, through
/// `str::from_utf8`'s error (which the page links anyway) instead of the ~1 KB `Utf8Chunks` iterator on the
/// first-paint module's critical path.
pub fn lossy_utf8(mut bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    loop {
        match core::str::from_utf8(bytes) {
            Ok(valid) => {
                text.push_str(valid);
                return text;
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                // The prefix was just checked valid.
                text.push_str(core::str::from_utf8(valid).unwrap_or_default());
                text.push(char::REPLACEMENT_CHARACTER);
                match e.error_len() {
                    Some(len) => bytes = rest.get(len..).unwrap_or_default(),
                    None => return text,
                }
            }
        }
    }
}

/// Percent-encodes a value for a query string: unreserved ASCII stays, everything else is `%XX` (UTF-8).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            // A nibble is a hex digit (`to_digit`'s inverse, upper case as links write them).
            let hex =
                |n: u8| char::from_digit(u32::from(n), 16).map_or('0', |c| c.to_ascii_uppercase());
            out.push('%');
            out.push(hex(b >> 4));
            out.push(hex(b & 15));
        }
    }
    out
}

/// The query part of a full link or of a bare query string (`?` and `#fragment` removed).
fn query_part(link: &str) -> &str {
    let after_q = split_once_byte(link, b'?').map_or(link, |(_, q)| q);
    split_once_byte(after_q, b'#').map_or(after_q, |(q, _)| q)
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
    for (n, part) in split_byte(query, b'&')
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        if n >= MAX_PAIRS {
            if !problems.contains(&Problem::TooLong) {
                problems.push(Problem::TooLong);
            }
            break;
        }
        let (k, v) = split_once_byte(part, b'=').unwrap_or((part, ""));
        let key = trim_whitespace(&percent_decode(k)).to_ascii_lowercase();
        let value = trim_whitespace(&percent_decode(v)).to_string();
        if let Some(existing) = pairs.iter_mut().find(|(ek, _)| *ek == key) {
            problems.push(Problem::Repeated { key: quote(&key) });
            existing.1 = value;
        } else {
            pairs.push((key, value));
        }
    }

    // Scenario B's keys are set aside and applied to a copy of A (or to `b.preset`'s scenario) at the end.
    let (b_pairs, pairs): (Vec<_>, Vec<_>) = pairs
        .into_iter()
        .partition(|(k, _)| k.starts_with(B_PREFIX));

    // The preset is the base the other keys change, wherever it stands in the link.
    let mut view = View::default();
    let preset_key = key_for(KeyKind::View(ViewKey::Preset));
    let preset_of = |pairs: &[(String, String)], problems: &mut Vec<Problem>| {
        let (_, id) = pairs.iter().find(|(k, _)| k == preset_key)?;
        let preset = Preset::from_id(id);
        if preset.is_none() {
            problems.push(Problem::UnknownChoice {
                key: preset_key,
                value: quote(id),
            });
        }
        preset
    };
    view.preset = preset_of(&pairs, &mut problems);
    let mut scenario = view.preset.map_or_else(Scenario::default, |p| p.scenario());

    problems.extend(apply_lines(&mut scenario, &pairs));
    for (key, value) in &pairs {
        if line_id(key).is_some() {
            continue;
        }
        let Some(row) = lookup(key) else {
            problems.push(Problem::UnknownKey { key: quote(key) });
            continue;
        };
        let unknown = || Problem::UnknownChoice {
            key: row.key,
            value: quote(value),
        };
        let problem = match row.kind {
            KeyKind::Number(_) | KeyKind::Choice(_) => apply(&mut scenario, row, value),
            // A bare `me=` names no preset.
            KeyKind::Lines => Some(Problem::UnknownLine { key: quote(key) }),
            KeyKind::View(ViewKey::Version) => {
                (value != "1").then(|| Problem::UnsupportedVersion {
                    value: quote(value),
                })
            }
            // Applied above, before every other key.
            KeyKind::View(ViewKey::Preset) => None,
            KeyKind::View(ViewKey::Lang) => match Lang::from_tag(value) {
                Some(l) => {
                    view.lang = Some(l);
                    None
                }
                None => Some(unknown()),
            },
            KeyKind::View(ViewKey::Embed) => match flag(value) {
                Some(on) => {
                    view.embed = on;
                    None
                }
                None => Some(unknown()),
            },
            KeyKind::View(ViewKey::Lock) => match flag(value) {
                Some(on) => {
                    view.lock = on;
                    None
                }
                None => Some(unknown()),
            },
            KeyKind::View(ViewKey::Theme) => match Theme::from_id(value) {
                Some(t) => {
                    view.theme = t;
                    None
                }
                None => Some(unknown()),
            },
        };
        problems.extend(problem);
    }
    cap_active(&mut scenario, &mut problems);

    let b = (!b_pairs.is_empty()).then(|| {
        let stripped: Vec<(String, String)> = b_pairs
            .iter()
            .map(|(k, v)| (k.strip_prefix(B_PREFIX).unwrap_or(k).to_string(), v.clone()))
            .collect();
        let mut b_problems = Vec::new();
        let mut b = preset_of(&stripped, &mut b_problems)
            .map_or_else(|| scenario.clone(), |p| p.scenario());
        b_problems.extend(apply_lines(&mut b, &stripped));
        for (key, value) in &stripped {
            if line_id(key).is_some() {
                continue;
            }
            match lookup(key) {
                // An empty value clears an optional number back to its range: B may not know what A knows.
                Some(LinkKey {
                    kind: KeyKind::Number(field),
                    ..
                }) if value.is_empty() && field.optional() => {
                    let _ = field.set(&mut b, None);
                }
                Some(row) if matches!(row.kind, KeyKind::Number(_) | KeyKind::Choice(_)) => {
                    b_problems.extend(apply(&mut b, row, value));
                }
                Some(row) if row.kind == KeyKind::View(ViewKey::Preset) => {}
                // Only the scenario's own keys (and a preset) belong to B.
                _ => b_problems.push(Problem::UnknownKey { key: quote(key) }),
            }
        }
        cap_active(&mut b, &mut b_problems);
        problems.extend(b_problems.into_iter().map(|p| Problem::InB(Box::new(p))));
        b
    });
    Decoded {
        scenario,
        b,
        view,
        problems,
    }
}

/// Sets a number or a choice key's value on a scenario, or says why it could not.
fn apply(scenario: &mut Scenario, row: &LinkKey, value: &str) -> Option<Problem> {
    match row.kind {
        KeyKind::Number(field) => parse_number(value)
            .and_then(|v| field.set(scenario, Some(v)))
            .err()
            .map(|error| Problem::BadNumber {
                key: row.key,
                value: quote(value),
                error,
            }),
        KeyKind::Choice(kind) => match kind.parse(value) {
            Some(choice) => {
                scenario.apply(choice);
                None
            }
            None => Some(Problem::UnknownChoice {
                key: row.key,
                value: quote(value),
            }),
        },
        KeyKind::Lines | KeyKind::View(_) => None,
    }
}

/// `active=` above `params=` is capped at the total, and said.
fn cap_active(scenario: &mut Scenario, problems: &mut Vec<Problem>) {
    if let Some(active) = scenario.active_params {
        if active > scenario.params {
            problems.push(Problem::ActiveAboveTotal);
            scenario.active_params = Some(scenario.params);
        }
    }
}

/// One `key=value` pair a link writes, with what it sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: &'static str,
    pub kind: KeyKind,
    /// A line's preset (`me.<preset id>`): written after the key.
    pub line: Option<Preset>,
    /// The value as the link writes it (before percent-encoding).
    pub value: String,
    /// Whether it is scenario B's (written with the `b.` prefix).
    pub b: bool,
}

/// The value a key writes for this scenario and view, or `None` when it is the base's (the preset's scenario,
/// else the default) and so left out.
fn value_for(kind: KeyKind, scenario: &Scenario, base: &Scenario, view: &View) -> Option<String> {
    match kind {
        KeyKind::Number(field) => {
            let value = field.get(scenario);
            // An optional the base sets but the scenario clears cannot be written as a number; such
            // scenarios only arise from presets, and reset to the preset's value (documented).
            (value != field.get(base))
                .then_some(value)
                .flatten()
                .map(|v| field_value(field, v, Lang::En))
        }
        KeyKind::Choice(kind) => {
            let choice = scenario.choice(kind);
            (choice != base.choice(kind)).then(|| choice.id().to_string())
        }
        // Written line by line (`line_entries`).
        KeyKind::Lines => None,
        KeyKind::View(ViewKey::Version) => Some(VERSION.to_string()),
        KeyKind::View(ViewKey::Preset) => view.preset.map(|p| p.id().to_string()),
        KeyKind::View(ViewKey::Lang) => view.lang.map(|l| l.link_id().to_string()),
        KeyKind::View(ViewKey::Embed) => view.embed.then(|| "1".to_string()),
        KeyKind::View(ViewKey::Lock) => view.lock.then(|| "1".to_string()),
        KeyKind::View(ViewKey::Theme) => {
            (view.theme != Theme::Auto).then(|| view.theme.id().to_string())
        }
    }
}

/// The `me.` lines of `scenario` that differ from `base`'s, in the preset list's order: each with its count a day,
/// `0` where `base` has a line the scenario drops.
fn line_entries(scenario: &Scenario, base: &Scenario, b: bool) -> Vec<Entry> {
    Preset::ALL
        .into_iter()
        .filter_map(|p| {
            let (mine, theirs) = (scenario.my_use.get(p), base.my_use.get(p));
            (mine != theirs).then(|| Entry {
                key: LINES.0,
                kind: KeyKind::Lines,
                line: Some(p),
                value: crate::format::input_value(mine.unwrap_or(0.0), Lang::En),
                b,
            })
        })
        .collect()
}

/// The pairs a link for this scenario and view holds, in table order: `v=1`, the preset if any, then only
/// the values that differ from the base.
pub fn entries(scenario: &Scenario, view: &View) -> Vec<Entry> {
    let base = view.preset.map_or_else(Scenario::default, |p| p.scenario());
    KEYS.iter()
        .flat_map(|k| match k.kind {
            KeyKind::Lines => line_entries(scenario, &base, false),
            kind => value_for(kind, scenario, &base, view)
                .map(|value| Entry {
                    key: k.key,
                    kind,
                    line: None,
                    value,
                    b: false,
                })
                .into_iter()
                .collect(),
        })
        .collect()
}

/// Scenario B's pairs in a comparison: each number and choice whose value differs from A's, in table order;
/// an optional number B leaves unknown where A knows it is written empty (`b.gpuh=`).
pub fn b_entries(a: &Scenario, b: &Scenario) -> Vec<Entry> {
    KEYS.iter()
        .flat_map(|k| {
            if k.kind == KeyKind::Lines {
                return line_entries(b, a, true);
            }
            let value = match k.kind {
                KeyKind::Number(field) => match (field.get(b), field.get(a)) {
                    (x, y) if x == y => None,
                    (Some(v), _) => Some(field_value(field, v, Lang::En)),
                    (None, Some(_)) => Some(String::new()),
                    (None, None) => None,
                },
                KeyKind::Choice(_) => value_for(k.kind, b, a, &View::default()),
                KeyKind::Lines | KeyKind::View(_) => None,
            };
            value
                .map(|value| Entry {
                    key: k.key,
                    kind: k.kind,
                    line: None,
                    value,
                    b: true,
                })
                .into_iter()
                .collect()
        })
        .collect()
}

/// The query string (without `?`) of a link's pairs.
pub fn query(entries: &[Entry]) -> String {
    entries
        .iter()
        .map(|e| {
            let prefix = if e.b { B_PREFIX } else { "" };
            let (join, line) = e.line.map_or(("", ""), |p| (LINE_JOIN, p.id()));
            cat!(prefix, e.key, join, line, "=", percent_encode(&e.value))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Writes the v1 query string (without `?`) for a scenario and view: [`entries`] joined.
/// `decode(&encode(s, v))` gives back `s` and `v` exactly.
pub fn encode(scenario: &Scenario, view: &View) -> String {
    query(&entries(scenario, view))
}

/// Writes a link for a scenario, and for a comparison its scenario B as `b.` keys after A's:
/// `decode(&encode_pair(a, Some(b), v))` gives back `a`, `b` and `v`.
pub fn encode_pair(a: &Scenario, b: Option<&Scenario>, view: &View) -> String {
    let mut all = entries(a, view);
    if let Some(b) = b {
        all.extend(b_entries(a, b));
    }
    query(&all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_as_the_standard_library_does() {
        let cases: [&[u8]; 7] = [
            b"abc",
            b"\xff",
            b"a\xffb",
            b"\xe4\xb8",
            b"\xe4\xb8x\xe4\xb8\x87",
            b"\xf0\x9f\x98",
            b"\xc0\xaf\xed\xa0\x80z",
        ];
        for bytes in cases {
            assert_eq!(
                lossy_utf8(bytes),
                String::from_utf8_lossy(bytes).into_owned(),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn every_field_and_list_has_exactly_one_key() {
        for f in Field::ALL {
            let kind = KeyKind::Number(f);
            assert_eq!(KEYS.iter().filter(|k| k.kind == kind).count(), 1, "{f:?}");
            assert_eq!(lookup(key_of(f)).map(|k| k.kind), Some(kind));
        }
        for kind in ChoiceKind::ALL {
            assert_eq!(
                KEYS.iter()
                    .filter(|k| k.kind == KeyKind::Choice(kind))
                    .count(),
                1
            );
        }
        let mut keys: Vec<&str> = KEYS.iter().map(|k| k.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), KEYS.len(), "no key twice");
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
