//! What the reader typed into each input since the scenario was last loaded: kept beside the scenario, so a
//! half-typed or wrong number stays in its box with its reason while the results stay at the last good value.
//! Everything shown of it is derived here, never stored: the box's text and why it is refused.

use ai_energy_core::format::field_value;
use ai_energy_core::i18n::input_error;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::scenario::{Field, InputError, Scenario};
use ai_energy_core::parse::parse_number;

/// The text typed into each edited input. A short list rather than a map: at most a few dozen entries, and no
/// map code in the bundle for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Typed(Vec<(Field, String)>);

impl Typed {
    pub fn get(&self, field: Field) -> Option<&String> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, t)| t)
    }

    pub fn insert(&mut self, field: Field, text: String) {
        self.remove(field);
        self.0.push((field, text));
    }

    pub fn remove(&mut self, field: Field) {
        self.0.retain(|(f, _)| *f != field);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Why the text in a field's input is refused, if it is.
    pub fn error(&self, field: Field) -> Option<InputError> {
        let text = self.get(field)?;
        if empty_means_unknown(field, text) {
            return None;
        }
        parse_number(text).and_then(|v| field.check(v)).err()
    }

    /// Why a field's text is refused, in the reader's language.
    pub fn error_text(&self, field: Field, lang: Lang) -> Option<String> {
        self.error(field).map(|e| input_error(e, lang))
    }

    /// True when some input holds text that was refused.
    pub fn has_error(&self) -> bool {
        self.0.iter().any(|&(f, _)| self.error(f).is_some())
    }

    /// What a field's input shows: the reader's text, or the scenario's value in the reader's number style.
    pub fn text(&self, field: Field, scenario: &Scenario, lang: Lang) -> String {
        self.get(field).cloned().unwrap_or_else(|| {
            field
                .get(scenario)
                .map_or_else(String::new, |v| field_value(field, v, lang))
        })
    }
}

/// Whether an empty input means "unknown: use the range" (optional fields) rather than a mistake.
pub fn empty_means_unknown(field: Field, text: &str) -> bool {
    text.trim().is_empty() && field.optional()
}
