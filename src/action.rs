//! What the reader can do (`Action`), the drop-down list a choice comes from (`List`) and which scenario of a
//! comparison the inputs edit (`Side`): what the components send up to the reducer (`state.rs`), which they never
//! read.

use std::rc::Rc;

use ai_energy_core::i18n::claim_texts::ClaimTexts;
use ai_energy_core::i18n::later::MethodologyHtml;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::facility::ReferenceKind;
pub use ai_energy_core::model::presets::Preset;
pub use ai_energy_core::model::scenario::Choice;
use ai_energy_core::model::scenario::{ChoiceKind, Currency, Field, Scenario};

/// One of the two scenarios of a comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    A,
    B,
}

/// Which drop-down list a choice comes from; turns the chosen id into the action it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Choice(ChoiceKind),
    /// A list of reference values (PUE, grid, water, price) for one input.
    Reference(ReferenceKind),
}

impl List {
    /// The action for choosing `id` from this list; `None` for an id it does not hold (the prompt line).
    pub fn action(self, id: &str) -> Option<Action> {
        let kind = match self {
            List::Choice(kind) => return kind.parse(id).map(Action::Choose),
            List::Reference(kind) => kind,
        };
        let r = kind.find(id)?;
        Some(match r.currency() {
            Some(currency) => Action::SetPrice(r.value(), currency),
            None => Action::SetValue(kind.field(), r.value()),
        })
    }

    /// A drop-down's change callback: the chosen id's action, sent through `on_action` (nothing for the prompt).
    pub fn on_change(self, on_action: &yew::Callback<Action>) -> yew::Callback<String> {
        let on_action = on_action.clone();
        yew::Callback::from(move |id: String| {
            if let Some(action) = self.action(&id) {
                on_action.emit(action);
            }
        })
    }
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The reader typed `text` into a field's input.
    Edit(Field, String),
    /// The reader picked a reference value for a field (a grid, PUE or water preset).
    SetValue(Field, f64),
    /// The reader picked an electricity price preset: a price and its currency.
    SetPrice(f64, Currency),
    /// A choice from a list. Choosing another kind of work loads that kind's typical preset
    /// (`Preset::typical`): a text model's size kept for an image would be a denoiser no one has published.
    Choose(Choice),
    /// The reader typed a count a day into one of their own lines (0 removes it).
    EditLine(Preset, String),
    /// The reader added a line of their own use (one a day, to start with).
    AddLine(Preset),
    /// The reader removed a line of their own use.
    RemoveLine(Preset),
    /// Start again from a preset (or from the default scenario).
    Load(Option<Preset>, Box<Scenario>),
    SetLang(Lang),
    DismissNotice,
    /// The claims' texts arrived.
    ClaimsLoaded(Rc<ClaimTexts>),
    /// The methodology section arrived.
    MethodologyLoaded(Rc<MethodologyHtml>),
    /// Start comparing: scenario B begins as a copy of A, and the inputs edit B.
    StartCompare,
    /// Stop comparing: B goes, A stays.
    StopCompare,
    /// Edit the other scenario of the comparison.
    EditSide(Side),
}
