//! The languages the page is written in. A leaf module: `format`, `i18n`, `link` and the components all
//! name a language, and none of them needs the others for it.

/// A language the page is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, strum::EnumCount)]
pub enum Lang {
    /// Simplified Chinese: the first readers.
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The share link's `lang=` value.
    pub fn link_id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language (the switch's target).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// How this language writes numbers (`format` reads it; the words are `i18n`'s).
    pub fn numbers(self) -> &'static NumberStyle {
        match self {
            Lang::Zh => &ZH_NUMBERS,
            Lang::En => &EN_NUMBERS,
        }
    }

    /// The language for a `lang=` value or a browser language tag (`zh`, `zh-Hans-CN`, `en-GB`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // Byte patterns rather than splitting the tag: smaller, in the first-paint module every visit waits for.
        let primary = match tag.as_bytes() {
            [a, b] | [a, b, b'-' | b'_', ..] => [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
            _ => return None,
        };
        Lang::ALL
            .into_iter()
            .find(|l| l.link_id().as_bytes() == primary)
    }
}

all_is_complete!(Lang);

/// How a language writes numbers: digit grouping, its scale words, and the units `format` prints. A number and
/// the scale word or unit after it are joined by a no-break space (U+00A0), so a line never breaks between them. Scales are
/// listed largest first; a value takes the first whose factor it reaches (by absolute value).
#[derive(Debug, PartialEq)]
pub struct NumberStyle {
    /// Integer digits written without separators: 4 in Chinese (2600 度), 3 in English (2,600).
    pub ungrouped_digits: usize,
    /// Scale words of a count, appended to the scaled number: `2.7亿`, `270 million`.
    pub count_scales: &'static [(f64, &'static str)],
    /// Energy in kWh: its scales, then the unit of a value below them.
    pub energy_scales: &'static [(f64, &'static str)],
    pub energy_unit: &'static str,
    /// Below 1 kWh (and above 0), energy × this factor in this unit (English: Wh); `None` keeps `energy_unit`.
    pub small_energy: Option<(f64, &'static str)>,
    /// The suffixes an input box and a link write for an exact value (all of them read back by `parse`).
    pub input_suffixes: &'static [(f64, &'static str)],
    /// Money: the text before and after the amount, per currency.
    pub cny: (&'static str, &'static str),
    pub usd: (&'static str, &'static str),
    pub eur: (&'static str, &'static str),
    /// Mass in kg (below a tonne) and tonnes; volume in litres (below a cubic metre) and m³.
    pub kg_t: (&'static str, &'static str),
    pub l_m3: (&'static str, &'static str),
}

/// 万亿, 亿, 万: what Chinese input boxes and links write (attached: `2.7亿`); shown, a count takes a no-break space
/// before its scale word (`2.7 亿`), as Chinese sets a space between digits and Chinese characters.
const ZH_SCALES: &[(f64, &str)] = &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")];

const ZH_NUMBERS: NumberStyle = NumberStyle {
    ungrouped_digits: 4,
    count_scales: &[(1e12, "\u{a0}万亿"), (1e8, "\u{a0}亿"), (1e4, "\u{a0}万")],
    energy_scales: &[
        (1e12, "\u{a0}万亿度"),
        (1e8, "\u{a0}亿度"),
        (1e4, "\u{a0}万度"),
    ],
    energy_unit: "\u{a0}度",
    small_energy: None,
    input_suffixes: ZH_SCALES,
    cny: ("", "元"),
    usd: ("", "美元"),
    eur: ("", "欧元"),
    kg_t: ("千克", "吨"),
    l_m3: ("升", "立方米"),
};

const EN_NUMBERS: NumberStyle = NumberStyle {
    ungrouped_digits: 3,
    count_scales: &[
        (1e12, "\u{a0}trillion"),
        (1e9, "\u{a0}billion"),
        (1e6, "\u{a0}million"),
    ],
    energy_scales: &[(1e9, "\u{a0}TWh"), (1e6, "\u{a0}GWh"), (1e3, "\u{a0}MWh")],
    energy_unit: "\u{a0}kWh",
    small_energy: Some((1e3, "\u{a0}Wh")),
    input_suffixes: &[(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")],
    // "CN¥": a bare ¥ reads as yen to many English readers.
    cny: ("CN¥", ""),
    usd: ("$", ""),
    eur: ("€", ""),
    kg_t: ("kg", "t"),
    l_m3: ("L", "m³"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_tag_or_a_links_value_names_its_language_by_its_first_subtag() {
        for (tag, lang) in [
            ("zh", Some(Lang::Zh)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            ("ZH_tw", Some(Lang::Zh)),
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("", None),
            ("e", None),
            ("eng", None),
            ("enx", None),
            ("fr-FR", None),
            ("zhen", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
    }
}
