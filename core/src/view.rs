//! How the page is shown, beside the scenario: carried by the share link, held by the app state.

use crate::lang::Lang;
use crate::model::presets::Preset;

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::EnumCount)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The share link's `theme=` value.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a `theme=` value names (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.id().eq_ignore_ascii_case(id))
    }
}

all_is_complete!(Theme);
