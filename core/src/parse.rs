//! Numbers as people write them: `175B`, `1.8T`, `15.6e12`, `10M`, `2.7亿`, `43万`, `1,000`, `35%`.
//! Used by the page's inputs and the share-link decoder alike, so a link and a text box accept the same forms.

use crate::model::scenario::InputError;
use crate::prelude::*;

/// Longest text accepted; anything longer is not a number a person typed.
pub const MAX_LEN: usize = 64;

/// Multipliers by suffix, longest first so that `万亿` wins over `亿`.
/// `%` divides by 100 (exactly: 35% is 0.35, not 35 × 0.01).
const SUFFIXES: [(&str, f64); 13] = [
    ("万亿", 1e12),
    ("百万", 1e6),
    ("千万", 1e7),
    ("万", 1e4),
    ("亿", 1e8),
    ("千", 1e3),
    ("%", 1e-2),
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("m", 1e6),
    ("B", 1e9),
    ("T", 1e12),
];

/// Parses a human-written number. Accepts ASCII or full-width digits, thousands separators (`,` `，` `_`
/// and spaces), scientific notation, and one magnitude suffix (k, M, B, T, 万, 亿, 万亿, %). Refuses
/// `inf`, `NaN`, empty text and anything else with [`InputError::NotANumber`]; never panics.
pub fn parse_number(text: &str) -> Result<f64, InputError> {
    if text.len() > MAX_LEN * 4 {
        return Err(InputError::NotANumber);
    }
    #[cfg(feature = "numerals")]
    if let Some(digits) = numerals::in_digits(text) {
        return digits.and_then(|d| parse_digits(&d));
    }
    parse_digits(text)
}

/// [`parse_number`] of text in digits.
fn parse_digits(text: &str) -> Result<f64, InputError> {
    let ascii: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | '_' | ' ' | '\u{3000}' | '\u{a0}'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' => '.',
            '－' => '-',
            '＋' => '+',
            '％' => '%',
            _ => c,
        })
        .collect();
    if ascii.is_empty() || chars_in(&ascii) > MAX_LEN {
        return Err(InputError::NotANumber);
    }
    let (mantissa, factor) = SUFFIXES
        .iter()
        .find_map(|&(suffix, factor)| ascii.strip_suffix(suffix).map(|m| (m, factor)))
        .unwrap_or((ascii.as_str(), 1.0));
    // f64::from_str also accepts "inf" and "NaN": only digits, one sign, a point and an exponent may pass.
    let digits_only = mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !digits_only || !mantissa.chars().any(|c| c.is_ascii_digit()) {
        return Err(InputError::NotANumber);
    }
    let scaled = |v: f64| {
        if factor < 1.0 {
            v / (1.0 / factor)
        } else {
            v * factor
        }
    };
    match decimal(mantissa).map(scaled) {
        Some(v) if v.is_finite() => Ok(v),
        _ => Err(InputError::NotANumber),
    }
}

/// Decimal text to the nearest `f64` (ties to even) — exactly what `str::parse::<f64>` returns, for the forms
/// `[+|-]digits[.digits][(e|E)[+|-]digits]`, `.5` and `5.` included; `None` for anything else (also `inf` and
/// `NaN`, which the standard parser accepts). Written here because the standard parser carries an 11 KB table
/// of powers of five, a tenth of the page's download; this one needs none: the common case (at most 15
/// digits, a power of ten up to 10²²) is one correctly rounded operation on exact operands (Clinger 1990), and
/// any other case corrects an estimate by comparing it exactly, as integers, with the halfway points to its
/// neighbours. `tests/properties.rs` checks it against the standard parser.
pub fn decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let (number, exponent) = match rest.bytes().position(|b| b == b'e' || b == b'E') {
        Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
        None => (rest, None),
    };
    let (int, frac) = split_once_byte(number, b'.').unwrap_or((number, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let mut exp10: i64 = match exponent {
        None => 0,
        Some(e) => {
            let (sign, digits) = match e.as_bytes().first() {
                Some(b'-') => (-1, e.get(1..)?),
                Some(b'+') => (1, e.get(1..)?),
                _ => (1, e),
            };
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            // Saturates: any exponent beyond a million over- or underflows all the same.
            sign * digits
                .bytes()
                .fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(1_000_000))
        }
    };
    exp10 -= frac.len() as i64;
    let digits: Vec<u8> = int
        .bytes()
        .chain(frac.bytes())
        .map(|b| b - b'0')
        .skip_while(|&d| d == 0)
        .collect();
    let significant = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    exp10 += (digits.len() - significant) as i64;
    let digits = digits.get(..significant)?;
    let magnitude = if digits.is_empty() || significant as i64 + exp10 <= -324 {
        0.0
    } else if significant as i64 + exp10 > 310 {
        f64::INFINITY
    } else {
        nearest(digits, exp10 as i32)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The `f64` nearest to `digits` × 10^`exp10` (no leading or trailing zeros; the value between 10⁻³²⁵ and 10³¹⁰).
fn nearest(digits: &[u8], exp10: i32) -> f64 {
    let whole = |ds: &[u8]| ds.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
    // Exact powers of ten: every one up to 10²² is a double.
    let pow10 = |e: i32| (0..e).fold(1.0f64, |p, _| p * 10.0);
    if digits.len() <= 15 && (-22..=22).contains(&exp10) {
        let m = whole(digits) as f64;
        return if exp10 < 0 {
            m / pow10(-exp10)
        } else {
            m * pow10(exp10)
        };
    }
    // An estimate within a few units in the last place, then exact corrections.
    let head = digits.get(..digits.len().min(19)).unwrap_or(digits);
    let shift = exp10 + (digits.len() - head.len()) as i32;
    // In two steps below 10⁻³⁰⁰, so that the estimate does not underflow to zero on the way.
    let estimate = if shift < -300 {
        whole(head) as f64 * libm::pow(10.0, f64::from(shift + 300)) * 1e-300
    } else {
        whole(head) as f64 * libm::pow(10.0, f64::from(shift))
    };
    let exact = Big::from_digits(digits);
    let mut z = if estimate.is_finite() {
        estimate
    } else {
        f64::MAX
    };
    // Up while the value is above the halfway point to the next double (or exactly on it, from an odd one). The
    // estimate is within a few steps; the bound only guarantees that no input can keep the page busy.
    for _ in 0..CORRECTION_STEPS {
        match exact.compare_scaled(exp10, halfway_above(z)) {
            Ordering::Greater => {}
            Ordering::Equal if z.to_bits() & 1 == 1 => {}
            _ => break,
        }
        if z == f64::MAX {
            return f64::INFINITY;
        }
        z = f64::from_bits(z.to_bits() + 1);
    }
    // Down while it is below the halfway point to the double under this one (or on it, from an odd one).
    for _ in 0..CORRECTION_STEPS {
        if z <= 0.0 {
            break;
        }
        let below = f64::from_bits(z.to_bits() - 1);
        match exact.compare_scaled(exp10, halfway_above(below)) {
            Ordering::Less => {}
            Ordering::Equal if z.to_bits() & 1 == 1 => {}
            _ => break,
        }
        z = below;
    }
    z
}

use crate::bignum::{mantissa_exponent, Big};
use core::cmp::Ordering;

/// Most corrections [`nearest`] makes in each direction (it needs at most three).
const CORRECTION_STEPS: u32 = 64;

/// The point halfway between a finite `z ≥ 0` and the next double up, as (odd integer, power of two).
fn halfway_above(z: f64) -> (u64, i32) {
    let (mantissa, exp2) = mantissa_exponent(z);
    (2 * mantissa + 1, exp2 - 1)
}

/// Numbers as people type them besides digits (the `numerals` feature): a count's measure word and Chinese
/// numerals, rewritten in digits exactly, then read as digits are.
/// `n` in decimal digits (by hand: no integer formatting for it).
#[cfg(feature = "numerals")]
fn digits_of(mut n: u64) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, digit_char(n % 10));
        n /= 10;
        if n == 0 {
            return out;
        }
    }
}

#[cfg(feature = "numerals")]
fn digit_char(d: u64) -> char {
    char::from(b'0' + (d % 10) as u8)
}

#[cfg(feature = "numerals")]
mod numerals {
    use super::SUFFIXES;
    use crate::model::scenario::InputError;
    use crate::prelude::*;

    /// Measure words a count may end with: they name what is counted (次 a time, 张 an image, 段 a video, 个 a
    /// task, …), never scale it, so they are dropped.
    const MEASURE_WORDS: [char; 11] = [
        '次', '张', '段', '个', '条', '幅', '天', '步', '帧', '台', '块',
    ];

    /// `text` rewritten in digits where it ends with a measure word ("20次" → "20", "1.5亿次" → "1.5亿") or is
    /// written in Chinese numerals ("两千万" → "20000000", "一点五亿" → "1.5亿"); `None` where it is neither; an
    /// error where it has a Chinese digit but is no numeral.
    pub(super) fn in_digits(text: &str) -> Option<Result<String, InputError>> {
        let trimmed = text.trim_matches(' ');
        let bare = trimmed
            .strip_suffix(MEASURE_WORDS)
            .filter(|rest| !rest.trim_matches(' ').is_empty());
        let body = bare.unwrap_or(trimmed);
        // A Chinese digit, or a leading 十 ("十五"); "3千" and "2千万" are digits with a suffix.
        if body.chars().any(|c| digit(c).is_some()) || body.starts_with('十') {
            Some(numeral(body).ok_or(InputError::NotANumber))
        } else {
            bare.map(|b| Ok(b.to_string()))
        }
    }

    /// A Chinese digit's value.
    fn digit(c: char) -> Option<u64> {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or(match c {
                '〇' => Some(0),
                '两' => Some(2),
                _ => None,
            })
            .map(|d| d as u64)
    }

    /// A Chinese numeral in digits, exactly (in `u64`; a numeral beyond it is none). Small units (十, 百, 千) add to
    /// the section; a big unit (万, 亿) scales the section and is added to the total, or scales the total too where
    /// it is larger than the last big unit ("三万亿" is 3 × 10¹²). After 点 come digits one by one, then at most a
    /// magnitude suffix ("一点五亿" → "1.5亿").
    fn numeral(text: &str) -> Option<String> {
        let (mut total, mut section, mut last_big) = (0u64, 0u64, 1u64);
        let mut pending: Option<u64> = None;
        for (i, c) in text.char_indices() {
            let unit = match c {
                '十' => 10,
                '百' => 100,
                '千' => 1_000,
                '万' => 10_000,
                '亿' => 100_000_000,
                '点' => {
                    let whole = total
                        .checked_add(section)?
                        .checked_add(pending.unwrap_or(0))?;
                    let rest = text.get(i + c.len_utf8()..)?;
                    let split = rest.find(|c| digit(c).is_none()).unwrap_or(rest.len());
                    let (frac, suffix) = (rest.get(..split)?, rest.get(split..)?);
                    let known = suffix.is_empty() || SUFFIXES.iter().any(|&(s, _)| s == suffix);
                    let frac: String = frac
                        .chars()
                        .filter_map(|c| digit(c).map(super::digit_char))
                        .collect();
                    return (known && !frac.is_empty())
                        .then(|| cat!(super::digits_of(whole), ".", frac, suffix));
                }
                c => {
                    // Two digits in a row only after 零 ("一百零五"); "一二" is not a numeral.
                    if pending.is_some_and(|p| p != 0) {
                        return None;
                    }
                    pending = Some(digit(c)?);
                    continue;
                }
            };
            if unit < 10_000 {
                // "十" alone is ten; "百" and "千" need their digit.
                let d = pending.take().or((unit == 10).then_some(1))?;
                section = section.checked_add(d * unit)?;
            } else {
                let part = section.checked_add(pending.take().unwrap_or(0))?;
                // Nothing for a big unit to count ("一万万") is no numeral; "万亿" scales what is there.
                if part == 0 && unit <= last_big {
                    return None;
                }
                total = if unit > last_big {
                    total.checked_add(part)?.checked_mul(unit)?
                } else {
                    total.checked_add(part.checked_mul(unit)?)?
                };
                (section, last_big) = (0, unit);
            }
        }
        Some(super::digits_of(
            total
                .checked_add(section)?
                .checked_add(pending.unwrap_or(0))?,
        ))
    }
}

/// `text` split at its first `byte`, an ASCII byte (so both sides are whole characters): `split_once(char)` does
/// the same through the standard library's character searcher, 0.7 KB of the page's first-paint module.
pub fn split_once_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    let i = text.bytes().position(|b| b == byte)?;
    Some((text.get(..i)?, text.get(i + 1..)?))
}

/// `text` without the whitespace it starts or ends with, as `str::trim` (Unicode's White_Space), in two plain scans:
/// `trim` links a generic double-ended matcher (0.7 KB of the first-paint module).
pub fn trim_whitespace(text: &str) -> &str {
    let start = text
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(i, _)| i);
    let end = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(start, |(i, c)| i + c.len_utf8());
    text.get(start..end.max(start)).unwrap_or_default()
}

/// The pieces of `text` between its `byte`s (an ASCII byte), as `split(char)` gives them.
pub fn split_byte(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    core::iter::from_fn(move || {
        let t = rest?;
        Some(match split_once_byte(t, byte) {
            Some((head, tail)) => {
                rest = Some(tail);
                head
            }
            None => {
                rest = None;
                t
            }
        })
    })
}

/// The characters of `text`: its bytes that start one (`chars().count()` links the standard library's vectorised
/// counter, 0.8 KB of the page's first-paint module, for strings of a few dozen bytes).
pub fn chars_in(text: &str) -> usize {
    text.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_splits_and_trims_match_the_standard_library() {
        for text in [
            "",
            "&",
            "a&b",
            "&&a&",
            "v=1&x=%20",
            "中文&b=c万",
            "a=b=c",
            "=",
            "é=ü&",
        ] {
            assert_eq!(
                split_byte(text, b'&').collect::<Vec<_>>(),
                text.split('&').collect::<Vec<_>>()
            );
            assert_eq!(split_once_byte(text, b'='), text.split_once('='));
        }
        for text in [
            "",
            " ",
            " a ",
            "\u{3000}万\u{3000}",
            "\t\n1 2\u{a0}",
            "x",
            "\u{2003}\u{2003}",
        ] {
            assert_eq!(trim_whitespace(text), text.trim(), "{text:?}");
        }
        assert_eq!(chars_in("万a\u{1F600}"), 3);
    }

    fn check(text: &str, expected: Option<f64>) {
        let got = parse_number(text).ok();
        match (got, expected) {
            (Some(g), Some(e)) => assert!((g - e).abs() <= e.abs() * 1e-12, "{text}: {g} != {e}"),
            _ => assert_eq!(got, expected, "{text}"),
        }
    }

    #[test]
    fn accepts_the_forms_people_write() {
        check("175B", Some(175e9));
        check("1.8T", Some(1.8e12));
        check("15.6e12", Some(15.6e12));
        check("10M", Some(10e6));
        check("2.7亿", Some(2.7e8));
        check("43万", Some(43e4));
        check("9.4万亿", Some(9.4e12));
        check("1,000,000", Some(1e6));
        check("１７５Ｂ", None); // full-width B is not a suffix we know
        check("１７５", Some(175.0));
        check("35%", Some(0.35));
        check(" 1.09 ", Some(1.09));
        check("-0.5", Some(-0.5));
    }

    #[test]
    fn decimals_are_the_standard_parsers_to_the_last_bit() {
        for text in [
            "0", "0.0", "-0", "1", "1.09", "0.676", "15.6", "0.1", "0.30000000000000004", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "2e308", "5e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "2.2250738585072011e-308", "9007199254740993", "9007199254740995", "123456789012345678901234567890",
            "4.9406564584124654e-324", "1e23", "8.98846567431158e307", ".5", "5.", "+3", "1e-400", "00012.3400e+2",
            "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ] {
            let ours = decimal(text).map(f64::to_bits);
            let std = text.parse::<f64>().ok().map(f64::to_bits);
            assert_eq!(ours, std, "{text}");
        }
        for bad in [
            "", ".", "e5", "5e", "5e+", "inf", "NaN", "1.2.3", "--1", "0x10", " 1",
        ] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
    }

    #[test]
    #[cfg(feature = "numerals")]
    fn accepts_a_measure_word_and_chinese_numerals_exactly() {
        for (text, v) in [
            ("20次", 20.0),
            ("1.5亿次", 1.5e8),
            ("3张", 3.0),
            ("两千万", 2e7),
            ("三十", 30.0),
            ("十五", 15.0),
            ("一百零五", 105.0),
            ("一亿五千万", 1.5e8),
            ("三万亿", 3e12),
            ("一点五亿", 1.5e8),
            ("二点七亿次", 2.7e8),
            ("两千万次", 2e7),
            ("四百三十万", 4.3e6),
            ("零点三", 0.3),
        ] {
            // Exactly what the same number in digits gives.
            assert_eq!(parse_number(text), Ok(v), "{text}");
        }
        for bad in [
            "次",
            "一二",
            "千",
            "百五",
            "十点",
            "一点五亿万",
            "20次次",
            "三十abc",
            "点五x",
        ] {
            assert_eq!(parse_number(bad), Err(InputError::NotANumber), "{bad}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "", "inf", "NaN", "infinity", "1e999", "abc", "1.2.3", "B", "<script>", "亿", "--1",
        ] {
            check(bad, None);
        }
        check(&"9".repeat(300), None);
    }
}
