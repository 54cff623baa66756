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

    /// The language for a `lang=` value or a browser language tag (`zh`, `zh-Hans-CN`, `en-GB`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.link_id() == primary)
    }
}

all_is_complete!(Lang);
