//! The share-link scheme: one declarative table from URL keys to scenario fields. The page's inputs use the
//! same keys as their test hooks (`data-testid="input-<key>"`), so a key names one thing everywhere.

use crate::model::scenario::Field;

/// URL key ↔ numeric scenario field. Part of the v1 link scheme: keys are never renamed or reused.
pub const NUMERIC_KEYS: [(&str, Field); 16] = [
    ("params", Field::Params),
    ("active", Field::ActiveParams),
    ("tokens", Field::TrainingTokens),
    ("gpuh", Field::TrainingAcceleratorHours),
    ("mfu", Field::Mfu),
    ("trainw", Field::TrainingW),
    ("qpd", Field::QueriesPerDay),
    ("tpq", Field::OutputTokens),
    ("itq", Field::InputTokens),
    ("days", Field::Days),
    ("growth", Field::YearlyGrowth),
    ("pue", Field::Pue),
    ("host", Field::HostOverhead),
    ("grid", Field::Grid),
    ("wue", Field::Wue),
    ("price", Field::Price),
];

/// The URL key of a numeric field.
pub fn key_of(field: Field) -> &'static str {
    NUMERIC_KEYS
        .iter()
        .find(|(_, f)| *f == field)
        .map_or("", |(k, _)| k)
}

/// The numeric field a URL key names, if any.
pub fn field_of(key: &str) -> Option<Field> {
    NUMERIC_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, f)| *f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_exactly_one_key() {
        for f in Field::ALL {
            assert_eq!(
                NUMERIC_KEYS.iter().filter(|(_, g)| *g == f).count(),
                1,
                "{f:?}"
            );
            assert_eq!(field_of(key_of(f)), Some(f));
        }
    }
}
