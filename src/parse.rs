//! Numbers as people write them: `175B`, `1.8T`, `15.6e12`, `10M`, `2.7亿`, `43万`, `1,000`, `35%`.
//! Used by the page's inputs and the share-link decoder alike, so a link and a text box accept the same forms.

use crate::model::scenario::InputError;

/// Longest text accepted; anything longer is not a number a person typed.
const MAX_LEN: usize = 64;

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
    if ascii.is_empty() || ascii.chars().count() > MAX_LEN {
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
    match mantissa.parse::<f64>().map(scaled) {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(InputError::NotANumber),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn refuses_everything_else() {
        for bad in [
            "", "inf", "NaN", "infinity", "1e999", "abc", "1.2.3", "B", "<script>", "亿", "--1",
        ] {
            check(bad, None);
        }
        check(&"9".repeat(300), None);
    }
}
