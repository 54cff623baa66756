//! The page's words. Every string the reader sees lives in `zh.rs` or `en.rs`, one table per language,
//! so a screen is never half in one language and half in the other.

mod en;
mod zh;

/// A language the page is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese: the first readers.
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// BCP 47 tag for `<html lang>` and the share link's `lang=`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language for a `lang=` value or a browser language tag (`zh`, `zh-Hans-CN`, `en-GB`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// This language's words.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &zh::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// Every piece of text on the page, in one language.
pub struct Strings {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switch_to: &'static str,
    pub params_label: &'static str,
    pub params_help: &'static str,
    pub qpd_label: &'static str,
    pub qpd_help: &'static str,
    pub per_day: &'static str,
    pub per_query: &'static str,
    pub total_year: &'static str,
    pub households: &'static str,
    pub households_unit: &'static str,
    pub tesla: &'static str,
    pub km: &'static str,
    pub range: &'static str,
    pub not_a_number: &'static str,
    pub too_small: &'static str,
    pub too_large: &'static str,
    pub kept_last_good: &'static str,
    pub method_note: &'static str,
}

/// Why an input was refused, in words, with the limit in the reader's number style.
pub fn input_error(err: crate::model::scenario::InputError, lang: Lang) -> String {
    use crate::model::scenario::InputError;
    let s = lang.strings();
    match err {
        InputError::NotANumber => s.not_a_number.to_string(),
        InputError::TooSmall(min) => format!("{} {}", s.too_small, crate::format::count(min, lang)),
        InputError::TooLarge(max) => format!("{} {}", s.too_large, crate::format::count(max, lang)),
    }
}
