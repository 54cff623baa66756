//! The app's state and its one reducer. The scenario is a value (the last good one); what the reader typed
//! is kept beside it, so a half-typed or wrong number never replaces a good result.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::model::scenario::{Field, InputError, Scenario};
use crate::parse::parse_number;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The last scenario in which every number was valid: results are always computed from it.
    pub scenario: Scenario,
    /// The text of each input the reader has edited since the scenario was last loaded.
    pub texts: BTreeMap<Field, String>,
    pub lang: Lang,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The reader typed `text` into a field's input.
    Edit(Field, String),
    SetLang(Lang),
}

impl AppState {
    pub fn new(scenario: Scenario, lang: Lang) -> Self {
        AppState {
            scenario,
            texts: BTreeMap::new(),
            lang,
        }
    }

    /// Why the text in a field's input is refused, if it is. Derived, never stored.
    pub fn error(&self, field: Field) -> Option<InputError> {
        let text = self.texts.get(&field)?;
        parse_number(text).and_then(|v| field.check(v)).err()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(field, text) => {
                if let Ok(v) = parse_number(&text) {
                    // A refused value leaves the scenario (and so the results) as they were.
                    let _ = field.set(&mut next.scenario, Some(v));
                }
                next.texts.insert(field, text);
            }
            Action::SetLang(lang) => next.lang = lang,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(state: Rc<AppState>, field: Field, text: &str) -> Rc<AppState> {
        state.reduce(Action::Edit(field, text.to_string()))
    }

    #[test]
    fn a_valid_edit_moves_the_scenario() {
        let s = Rc::new(AppState::new(Scenario::default(), Lang::Zh));
        let s = edit(s, Field::Params, "70B");
        assert_eq!(s.scenario.params, 70e9);
        assert_eq!(s.error(Field::Params), None);
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_good_scenario_and_says_why() {
        let s = Rc::new(AppState::new(Scenario::default(), Lang::En));
        let s = edit(s, Field::Params, "70B");
        let s = edit(s, Field::Params, "-5");
        assert_eq!(s.scenario.params, 70e9);
        assert_eq!(s.error(Field::Params), Some(InputError::TooSmall(1e6)));
        let s = edit(s, Field::Params, "abc");
        assert_eq!(s.error(Field::Params), Some(InputError::NotANumber));
        assert_eq!(s.scenario.params, 70e9);
    }
}
