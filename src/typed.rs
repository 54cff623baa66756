//! What the reader typed into each input since the scenario was last loaded: kept beside the scenario, so a
//! half-typed or wrong number stays in its box with its reason while the results stay at the last good value.
//! Everything shown of it is derived here, never stored: the box's text and why it is refused.

use ai_energy_core::format::{field_value, input_value};
use ai_energy_core::i18n::input_error;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::my_use::check_per_day;
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::scenario::{Field, InputError, Scenario};
use ai_energy_core::parse::parse_number;

/// A box the reader types a number into: a field's, or the count of one of their own lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Field(Field),
    /// A person's line: items a day of a preset.
    Line(Preset),
}

/// The text typed into each edited input. A short list rather than a map: at most a few dozen entries, and no
/// map code in the bundle for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Typed(Vec<(Slot, String)>);

impl Typed {
    pub fn get(&self, slot: impl Into<Slot>) -> Option<&String> {
        let slot = slot.into();
        self.0.iter().find(|(s, _)| *s == slot).map(|(_, t)| t)
    }

    pub fn insert(&mut self, slot: impl Into<Slot>, text: String) {
        let slot = slot.into();
        self.remove(slot);
        self.0.push((slot, text));
    }

    pub fn remove(&mut self, slot: impl Into<Slot>) {
        let slot = slot.into();
        self.0.retain(|(s, _)| *s != slot);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Why the text in an input is refused, if it is.
    pub fn error(&self, slot: impl Into<Slot>) -> Option<InputError> {
        let slot = slot.into();
        let text = self.get(slot)?;
        match slot {
            Slot::Field(field) if empty_means_unknown(field, text) => None,
            Slot::Field(field) => parse_number(text).and_then(|v| field.check(v)).err(),
            Slot::Line(_) => parse_number(text).and_then(check_per_day).err(),
        }
    }

    /// Why an input's text is refused, in the reader's language.
    pub fn error_text(&self, slot: impl Into<Slot>, lang: Lang) -> Option<String> {
        self.error(slot).map(|e| input_error(e, lang))
    }

    /// True when some input holds text that was refused.
    pub fn has_error(&self) -> bool {
        self.0.iter().any(|&(s, _)| self.error(s).is_some())
    }

    /// What a line's count box shows: the reader's text, or the line's count a day.
    pub fn line_text(&self, preset: Preset, scenario: &Scenario, lang: Lang) -> String {
        self.get(Slot::Line(preset)).cloned().unwrap_or_else(|| {
            scenario
                .my_use
                .get(preset)
                .map_or_else(String::new, |v| input_value(v, lang))
        })
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

impl From<Field> for Slot {
    fn from(f: Field) -> Slot {
        Slot::Field(f)
    }
}

/// Whether an empty input means "unknown: use the range" (optional fields) rather than a mistake.
pub fn empty_means_unknown(field: Field, text: &str) -> bool {
    ai_energy_core::parse::trim_whitespace(text).is_empty() && field.optional()
}
