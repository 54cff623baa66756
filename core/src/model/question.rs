//! The question a reader asks: how much one item takes (an answer, an image, a video, an agent's task), what their
//! own use amounts to, or what a whole service takes over its deployment. Every result is computed whatever the
//! question; the question says which one leads — on the page's first screen, in the share link, the citation, the
//! result image and the embed (`lead.rs`).

/// What the reader asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Question {
    /// One item: its energy, with its range and what it is like in everyday terms (`q=item`).
    Item,
    /// A person's own use: the lines of `me.<preset>=<a day>`, a day and a year (`q=me`).
    Me,
    /// A service over its deployment, training included, on the scale of a country (`q=service`, the default: what
    /// every link meant before the question existed).
    Service,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::Item, Question::Me, Question::Service];

    /// The result the question leads with: one item's energy, a person's year, a service's total.
    pub fn lead(self) -> super::Metric {
        match self {
            Question::Item => super::Metric::InferenceWhPerQuery,
            Question::Me => super::Metric::MyKwhPerYear,
            Question::Service => super::Metric::TotalKwh,
        }
    }

    /// Share-link id (`q=item`).
    pub fn id(self) -> &'static str {
        match self {
            Question::Item => "item",
            Question::Me => "me",
            Question::Service => "service",
        }
    }
}

all_is_complete!(Question);
