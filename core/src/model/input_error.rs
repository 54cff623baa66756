//! Why a number a reader or a link gave was refused: one type for every number the scenario takes (its fields'
//! limits, a person's counts a day).

/// Why a number was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Not a number in any accepted form.
    NotANumber,
    /// Below the smallest accepted value (given).
    TooSmall(f64),
    /// Above the largest accepted value (given).
    TooLarge(f64),
}
