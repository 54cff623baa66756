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

/// One link problem in words, in the reader's language. Values from the link are quoted as text, never markup.
pub fn problem_message(problem: &crate::link::Problem, lang: Lang) -> String {
    use crate::link::Problem;
    let zh = lang == Lang::Zh;
    match problem {
        Problem::UnknownKey { key } => {
            if zh {
                format!("链接里有不认识的参数「{key}」，已忽略。")
            } else {
                format!("Unknown link parameter “{key}” was ignored.")
            }
        }
        Problem::BadNumber { key, value, error } => {
            let why = input_error(*error, lang);
            if zh {
                format!("参数 {key} 的值「{value}」{why}，已改用默认值。")
            } else {
                format!("{key}=“{value}” {why}; the default is used instead.")
            }
        }
        Problem::UnknownChoice { key, value } => {
            if zh {
                format!("参数 {key} 不认识「{value}」，已改用默认值。")
            } else {
                format!("{key}=“{value}” is not a known choice; the default is used instead.")
            }
        }
        Problem::UnsupportedVersion { value } => {
            if zh {
                format!("链接版本「{value}」无法识别，已按第 1 版读取。")
            } else {
                format!("Link version “{value}” is not known; it was read as version 1.")
            }
        }
        Problem::Repeated { key } => {
            if zh {
                format!("参数 {key} 出现了不止一次，以最后一次为准。")
            } else {
                format!("{key} appears more than once; the last value is used.")
            }
        }
        Problem::TooLong => {
            if zh {
                "链接过长，多余部分已忽略。".to_string()
            } else {
                "The link is too long; the rest was ignored.".to_string()
            }
        }
        Problem::ActiveAboveTotal => {
            if zh {
                "激活参数量大于总参数量，已按总参数量计算。".to_string()
            } else {
                "Active parameters exceed the total; the total is used.".to_string()
            }
        }
    }
}
