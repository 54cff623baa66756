//! Numbers for people, per language: 万 / 亿 and 度 in Chinese, thousands separators and k / M / G in English.
//! Pure functions, so the formatting tables are tested on the host.

use crate::lang::Lang;
use crate::model::scenario::{Currency, Field, Written};
use crate::prelude::*;
use crate::shortest::{exponent_form, shortest};

/// 10ⁿ exactly as `f64::powi(10.0, n)` computes it (the compiler's `__powidf2`: square and multiply, then one
/// division for a negative `n`), which every number printed so far was rounded with; written here because the
/// core has no std (`lib.rs`), where `powi` lives.
pub fn powi10(n: i32) -> f64 {
    let (mut base, mut left, mut product) = (10.0f64, n.unsigned_abs(), 1.0f64);
    loop {
        if left & 1 == 1 {
            product *= base;
        }
        left >>= 1;
        if left == 0 {
            break;
        }
        base *= base;
    }
    if n < 0 {
        1.0 / product
    } else {
        product
    }
}

/// `v` rounded to `decimals` places after the point (negative: before it). Dividing by a power of ten
/// (rather than multiplying by its inverse) gives the double nearest the decimal, so it prints short.
fn round_to(v: f64, decimals: i32) -> f64 {
    // 10^decimals overflows past 10^308: a value that tiny (subnormal, below 1e-300) is scaled up first.
    if decimals > 300 {
        return round_to(v * 1e300, decimals - 300) / 1e300;
    }
    if decimals >= 0 {
        let p = powi10(decimals);
        libm::round(v * p) / p
    } else {
        let p = powi10(-decimals);
        libm::round(v / p) * p
    }
}

/// `v` rounded to 3 significant figures (0 and non-finite values unchanged).
fn round_sig(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    round_to(v, 2 - libm::floor(libm::log10(v.abs())) as i32)
}

/// `v` with at most `decimals` places after the point, trailing zeros dropped: `fixed(12.345, 1)` = `12.3`.
/// Printed through the shortest round-trip form, so the bundle needs no fixed-precision float printing.
pub fn fixed(v: f64, decimals: i32) -> String {
    if !v.is_finite() {
        return "—".to_string();
    }
    let r = round_to(v, decimals);
    if r == 0.0 {
        "0".to_string()
    } else {
        shortest(r)
    }
}

/// Prints `v` to 3 significant figures without trailing zeros: 0.000123, 1.23, 12.3, 123, 1,230.
fn significant(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return "—".to_string();
    }
    let v = round_sig(v);
    if v == 0.0 {
        return "0".to_string();
    }
    // Written out, a value below a millionth is a row of zeros (1e-300 would be 300 of them).
    if v.abs() < TINY {
        return scientific(v, lang);
    }
    group_thousands(&shortest(v), lang)
}

/// Below this a number is printed as `2.47×10⁻³¹³` rather than in full.
const TINY: f64 = 1e-6;

/// Inserts `,` between groups of three integer digits: from 1,000 in English; from 10,000 in Chinese,
/// where four-digit numbers are written ungrouped (2600 度).
fn group_thousands(text: &str, lang: Lang) -> String {
    let (sign, rest) = text.strip_prefix('-').map_or(("", text), |r| ("-", r));
    let (int, frac) =
        crate::parse::split_once_byte(rest, b'.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let ungrouped = lang.numbers().ungrouped_digits;
    if int.len() <= ungrouped {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => cat!(sign, out, ".", f),
        None => cat!(sign, out),
    }
}

/// `v` by the first of `scales` it reaches (by absolute value), with that scale's word; else as it is.
fn scaled(v: f64, scales: &[(f64, &str)], lang: Lang) -> Option<String> {
    scales
        .iter()
        .find(|(factor, _)| v.abs() >= *factor)
        .map(|(factor, word)| cat!(significant(v / factor, lang), word))
}

/// A plain count in the reader's scale words: 2.7亿 / 270 million style (`1.23万`, `4.56 million`).
pub fn count(v: f64, lang: Lang) -> String {
    let v = round_sig(v);
    scaled(v, lang.numbers().count_scales, lang).unwrap_or_else(|| significant(v, lang))
}

/// Energy in the unit a reader feels: 度 / 万度 / 亿度 / 万亿度 in Chinese, Wh / kWh / MWh / GWh / TWh in English.
pub fn energy_kwh(kwh: f64, lang: Lang) -> String {
    let kwh = round_sig(kwh);
    let style = lang.numbers();
    if let Some(text) = scaled(kwh, style.energy_scales, lang) {
        return text;
    }
    match style.small_energy {
        Some((factor, unit)) if kwh.abs() < 1.0 && kwh != 0.0 => {
            cat!(significant(kwh * factor, lang), unit)
        }
        Some(_) | None => cat!(significant(kwh, lang), style.energy_unit),
    }
}

/// A small energy in Wh (per query): `0.3 Wh`, in Chinese `0.3 瓦时`.
pub fn energy_wh(wh: f64, lang: Lang) -> String {
    cat!(
        significant(wh, lang),
        NBSP,
        match lang {
            // Chinese writes 瓦时 beside 度, one unit system a line.
            Lang::Zh => "瓦时",
            Lang::En => "Wh",
        }
    )
}

/// A number as the text an input box starts with: exact (never rounded), in a form [`crate::parse`]
/// reads back: `175B` / `1750亿`, `100M` / `1亿`, `0.676`.
pub fn input_value(v: f64, lang: Lang) -> String {
    for &(factor, suffix) in lang.numbers().input_suffixes {
        let scaled = v / factor;
        // Only when the scaled number is short and exact, so that parsing it back gives `v` again.
        let text = shortest(scaled);
        if v.abs() >= factor
            && text.len() <= 6
            && crate::parse::decimal(&text).map(|t| t * factor) == Some(v)
        {
            return cat!(text, suffix);
        }
    }
    digits(v)
}

/// A number with plain digits, exact: `1280`, `0.5`.
fn digits(v: f64) -> String {
    // The full form of a tiny (or many-digit) value can be longer than the parser takes (`1e-120` written out
    // is 122 characters): then the same digits with an exponent, so that a link always reads back.
    let full = shortest(v);
    if full.chars().count() > crate::parse::MAX_LEN {
        exponent_form(v)
    } else {
        full
    }
}

/// A field's value as links and input boxes write it ([`Field::written`]): [`input_value`], or plain digits for
/// counts a reader copies from a model's config (pixels, frames, steps, layers).
pub fn field_value(field: Field, v: f64, lang: Lang) -> String {
    match field.written() {
        Written::Digits => digits(v),
        Written::Short => input_value(v, lang),
    }
}

/// Money in the scenario's currency: `1.23 万元` / `CN¥12,300`, `$1.2 million`, `€450`.
pub fn money(v: f64, currency: Currency, lang: Lang) -> String {
    let style = lang.numbers();
    let (before, after) = match currency {
        Currency::Cny => style.cny,
        Currency::Usd => style.usd,
        Currency::Eur => style.eur,
    };
    // A currency word after the amount is its unit (`87.2 万元`, `2600 元`); a symbol before it is not.
    if after.is_empty() {
        cat!(before, count(v, lang))
    } else {
        cat!(before, with_unit(v, after, lang))
    }
}

/// `v` in its base unit below 1,000, in the unit a thousand times larger from there on.
fn base_or_thousands(v: f64, lang: Lang, (base, large): (&str, &str)) -> String {
    if v.abs() >= 1_000.0 {
        with_unit(v / 1_000.0, large, lang)
    } else {
        with_unit(v, base, lang)
    }
}

/// A mass given in kg: kg below a tonne, tonnes above (`12.3 吨` / `12.3 t`).
pub fn mass_kg(kg: f64, lang: Lang) -> String {
    base_or_thousands(kg, lang, lang.numbers().kg_t)
}

/// A volume given in litres: litres below a cubic metre, m³ above.
pub fn volume_l(l: f64, lang: Lang) -> String {
    base_or_thousands(l, lang, lang.numbers().l_m3)
}

/// A fraction as a percentage to 3 significant figures: `0.35` → `35%`, `0.0012` → `0.12%`. In Chinese a share
/// below one in ten thousand reads in parts of a million or of a hundred million, as Chinese writes small shares
/// (`0.000000828` → `约百万分之 0.828`), never a percentage with a run of zeros.
pub fn percent(fraction: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh if fraction > 0.0 && fraction < 1e-4 => {
            let (parts, name) = if fraction < 1e-8 {
                (1e8, "约亿分之\u{a0}")
            } else {
                (1e6, "约百万分之\u{a0}")
            };
            cat!(name, significant(fraction * parts, lang))
        }
        Lang::Zh | Lang::En => cat!(significant(fraction * 100.0, lang), "%"),
    }
}

/// A count followed by a unit word, never broken from it: `8,400 户·年` / `8,400 household-years`, and after a
/// Chinese scale word the unit attached to it (`5280 万公里`).
pub fn with_unit(v: f64, unit: &str, lang: Lang) -> String {
    let n = count(v, lang);
    let sep = if ends_cjk(&n) { "" } else { NBSP };
    cat!(n, sep, unit)
}

/// Whether `text` starts with a Chinese character or punctuation (U+3000 on: 万, 度, 英, ，), read from its UTF-8
/// lead byte: no character decoding, which the first-paint module would carry.
pub fn starts_cjk(text: &str) -> bool {
    matches!(text.as_bytes(), [0xE3..=0xEF, ..])
}

/// Whether `text` ends with one: a three-byte UTF-8 character from U+3000 on (lead byte E3–EF).
pub fn ends_cjk(text: &str) -> bool {
    matches!(text.as_bytes(), [.., 0xE3..=0xEF, _, _])
}

/// The no-break space between a number and its unit.
pub const NBSP: &str = "\u{a0}";

/// Very large or small numbers in scientific form, for FLOPs: `3.15×10²³`.
pub fn scientific(v: f64, lang: Lang) -> String {
    if v == 0.0 || !v.is_finite() {
        return significant(v, lang);
    }
    let exponent = libm::floor(libm::log10(v.abs())) as i32;
    // 10^exponent is zero below 10^-323: scale a subnormal value up first.
    let mantissa = if exponent < -300 {
        v * 1e300 / powi10(exponent + 300)
    } else {
        v / powi10(exponent)
    };
    let superscript: String = crate::shortest::integer(exponent)
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            '9' => '⁹',
            // An integer's text holds nothing else.
            other => other,
        })
        .collect();
    cat!(significant(mantissa, lang), "×10", superscript)
}

/// A constant exactly as it is (no rounding), with thousands separators: `1,262`, `40,075`, `0.676`.
pub fn exact(v: f64, lang: Lang) -> String {
    group_thousands(&shortest(v), lang)
}

/// A plain number to 3 significant figures, no scale words: `0.676`, `1.2`, `12,300`.
pub fn plain(v: f64, lang: Lang) -> String {
    significant(v, lang)
}

/// B ÷ A as a factor and a change: `×0.69 (−31%)`, the factor alone beyond ±1,000% (`×5,790`); `—` when there
/// is no ratio (A is zero).
pub fn ratio(r: Option<f64>, lang: Lang) -> String {
    match r {
        Some(r) => {
            let change = (r - 1.0) * 100.0;
            let sign = if change < 0.0 { "−" } else { "+" };
            // Beyond ±1,000% a percentage says less than the factor: the factor alone.
            if change.abs() > 1_000.0 {
                return cat!("×", significant(r, lang));
            }
            cat!(
                "×",
                significant(r, lang),
                " (",
                sign,
                significant(change.abs(), lang),
                "%)"
            )
        }
        None => "—".to_string(),
    }
}

/// B ÷ A for a `data-value` hook: the number, or empty when there is none.
pub fn ratio_value(r: Option<f64>) -> String {
    r.map_or_else(String::new, shortest)
}

/// Energy in the unit a result of `unit` leads with: Wh for one item's, kWh (度) for a person's year or a service's
/// total (and any other result, whose lead is the total).
pub fn lead_energy(unit: crate::model::metric::UnitKind, v: f64, lang: Lang) -> String {
    use crate::model::metric::UnitKind;
    match unit {
        UnitKind::Wh => energy_wh(v, lang),
        UnitKind::Kwh
        | UnitKind::AcceleratorHours
        | UnitKind::Fraction
        | UnitKind::HouseholdYears
        | UnitKind::Km
        | UnitKind::Trips
        | UnitKind::Laps
        | UnitKind::Charges
        | UnitKind::Money
        | UnitKind::Kg
        | UnitKind::Litres => energy_kwh(v, lang),
    }
}

/// A factor: `×5,790`, `×0.69`.
pub fn factor(v: f64, lang: Lang) -> String {
    cat!("×", significant(v, lang))
}

/// A low–high range of already formatted ends: `1.2 – 3.4`, `0.11 Wh – 1.1 GWh`; ends that are plain numbers in
/// the same unit share it, the dash closed up as between numbers: `4.4–40.4 GWh`, `440–4040 万度`.
pub fn range(low: &str, high: &str) -> String {
    if let (Some((low_n, unit)), Some((high_n, high_unit))) = (number_unit(low), number_unit(high))
    {
        if unit == high_unit {
            return cat!(low_n, "–", high_n, unit);
        }
    }
    cat!(low, " – ", high)
}

/// A formatted value split before its unit (at its last no-break space) when what precedes the unit is a plain
/// number (digits, separators, a point): `("1,690", "\u{a0}household-years")`. Byte patterns, no searcher: this
/// runs in the first-paint module.
fn number_unit(value: &str) -> Option<(&str, &str)> {
    let at = value
        .as_bytes()
        .windows(2)
        .rposition(|w| w == [0xC2, 0xA0])?;
    let (number, unit) = (value.get(..at)?, value.get(at..)?);
    let plain = |b: &u8| b.is_ascii_digit() || matches!(b, b',' | b'.');
    (!number.is_empty() && number.bytes().all(|b| plain(&b))).then_some((number, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_of_numbers_in_one_unit_writes_the_unit_once() {
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        assert_eq!(range(&nb("4.4 GWh"), &nb("40.4 GWh")), nb("4.4–40.4 GWh"));
        assert_eq!(
            range(&nb("440 万度"), &nb("4040 万度")),
            nb("440–4040 万度")
        );
        assert_eq!(
            range(&nb("1,690 household-years"), &nb("15,500 household-years")),
            nb("1,690–15,500 household-years")
        );
        // Different units, a currency before the number, or no unit: both ends written out.
        assert_eq!(
            range(&nb("224 MWh"), &nb("1.1 GWh")),
            nb("224 MWh") + " – " + &nb("1.1 GWh")
        );
        assert_eq!(
            range(&nb("CN¥1.76 million"), &nb("CN¥16.2 million")),
            nb("CN¥1.76 million") + " – " + &nb("CN¥16.2 million")
        );
        assert_eq!(range("0.6", "0.8"), "0.6 – 0.8");
        assert_eq!(
            range(&nb("x Wh"), &nb("y Wh")),
            nb("x Wh") + " – " + &nb("y Wh")
        );
    }

    #[test]
    fn chinese_characters_are_told_from_digits_latin_and_symbols_by_their_lead_byte() {
        for (text, starts, ends) in [
            ("万", true, true),
            ("365\u{a0}亿", false, true),
            ("英伟达 H100", true, false),
            ("，", true, true),
            ("0.3–3", false, false),
            ("×10²³", false, false),
            ("€", false, false),
            ("😀", false, false),
            ("", false, false),
            ("ab", false, false),
        ] {
            assert_eq!((starts_cjk(text), ends_cjk(text)), (starts, ends), "{text}");
        }
    }

    #[test]
    fn energy_table() {
        let cases: [(f64, &str, &str); 9] = [
            (0.0, "0\u{a0}度", "0\u{a0}kWh"),
            (0.3, "0.3\u{a0}度", "300\u{a0}Wh"),
            (12.345, "12.3\u{a0}度", "12.3\u{a0}kWh"),
            (9_999.0, "1\u{a0}万度", "10\u{a0}MWh"),
            (433_196.0, "43.3\u{a0}万度", "433\u{a0}MWh"),
            (1_287_000.0, "129\u{a0}万度", "1.29\u{a0}GWh"),
            (120_000_000.0, "1.2\u{a0}亿度", "120\u{a0}GWh"),
            (1.0087e13, "10.1\u{a0}万亿度", "10,100\u{a0}TWh"),
            (18_720_000.0, "1870\u{a0}万度", "18.7\u{a0}GWh"),
        ];
        for (kwh, zh, en) in cases {
            assert_eq!(energy_kwh(kwh, Lang::Zh), zh, "{kwh}");
            assert_eq!(energy_kwh(kwh, Lang::En), en, "{kwh}");
        }
    }

    #[test]
    fn input_values_read_back_exactly() {
        let cases: [(f64, &str, &str); 5] = [
            (175e9, "1750亿", "175B"),
            (1e8, "1亿", "100M"),
            (1.35e9, "13.5亿", "1.35B"),
            (0.676, "0.676", "0.676"),
            (1.8e12, "1.8万亿", "1.8T"),
        ];
        for (v, zh, en) in cases {
            assert_eq!(input_value(v, Lang::Zh), zh);
            assert_eq!(input_value(v, Lang::En), en);
            for text in [zh, en] {
                assert_eq!(crate::parse::parse_number(text), Ok(v), "{text}");
            }
        }
    }

    #[test]
    fn money_mass_volume_percent_tables() {
        assert_eq!(money(871_600.0, Currency::Cny, Lang::Zh), "87.2\u{a0}万元");
        assert_eq!(money(871_600.0, Currency::Cny, Lang::En), "CN¥872,000");
        assert_eq!(
            money(115_000.0, Currency::Usd, Lang::Zh),
            "11.5\u{a0}万美元"
        );
        assert_eq!(money(12e6, Currency::Usd, Lang::En), "$12\u{a0}million");
        assert_eq!(mass_kg(552_100.0, Lang::Zh), "552\u{a0}吨");
        assert_eq!(mass_kg(552_100.0, Lang::En), "552\u{a0}t");
        assert_eq!(mass_kg(12.0, Lang::En), "12\u{a0}kg");
        assert_eq!(volume_l(700_000.0, Lang::En), "700\u{a0}m³");
        assert_eq!(volume_l(0.26, Lang::Zh), "0.26\u{a0}升");
        assert_eq!(percent(0.35, Lang::En), "35%");
        assert_eq!(percent(0.001234, Lang::En), "0.123%");
        assert_eq!(percent(8.28e-7, Lang::Zh), "约百万分之\u{a0}0.828");
        assert_eq!(percent(3.1e-9, Lang::Zh), "约亿分之\u{a0}0.31");
        assert_eq!(percent(0.0454, Lang::Zh), "4.54%");
        assert_eq!(scientific(3.15e23, Lang::En), "3.15×10²³");
        assert_eq!(scientific(0.0012, Lang::En), "1.2×10⁻³");
        assert_eq!(exact(40_075.0, Lang::En), "40,075");
        assert_eq!(exact(0.676, Lang::Zh), "0.676");
    }

    #[test]
    fn powers_of_ten_are_what_powi_gives() {
        for n in -400..=400 {
            assert_eq!(powi10(n).to_bits(), 10f64.powi(n).to_bits(), "10^{n}");
        }
    }

    #[test]
    fn fixed_rounds_and_prints_short() {
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(98.5125, 1), "98.5");
        assert_eq!(fixed(1.0, 1), "1");
        assert_eq!(fixed(0.04, 1), "0");
        assert_eq!(fixed(217.4999, 1), "217.5");
        for i in 0..2000 {
            let v = f64::from(i) * 0.137;
            let text = fixed(v, 2);
            let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(decimals <= 2, "{v} -> {text}");
        }
    }

    #[test]
    fn count_table() {
        assert_eq!(count(270_000_000.0, Lang::Zh), "2.7\u{a0}亿");
        assert_eq!(count(270_000_000.0, Lang::En), "270\u{a0}million");
        assert_eq!(count(117.0, Lang::Zh), "117");
        assert_eq!(count(12_345.0, Lang::En), "12,300");
        assert_eq!(count(0.0123, Lang::En), "0.0123");
        assert_eq!(count(9.4e12, Lang::Zh), "9.4\u{a0}万亿");
        assert_eq!(count(f64::NAN, Lang::En), "—");
    }
}
