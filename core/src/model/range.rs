//! Low / central / high values, and which end of an uncertain input a case takes.

/// A quantity known only within bounds: `low <= central <= high`. [`Range::new`] takes the ends in that order
/// and checks it in debug builds (every test); it never sorts, so an input pointing the wrong way shows up as
/// an inverted range instead of being hidden.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Range {
    /// A range from its three ends, in order. An inverted range means an uncertain input pushes the result
    /// the wrong way: debug builds stop on it (`tests/properties.rs` evaluates thousands of scenarios so).
    pub fn new(low: f64, central: f64, high: f64) -> Self {
        debug_assert!(
            low <= central && central <= high,
            "inverted range: {low} / {central} / {high}"
        );
        Range { low, central, high }
    }

    /// The spread of three values that come in no particular order (the same quantity for several
    /// scenarios): the smallest, the middle one and the largest.
    pub fn spanning(a: f64, b: f64, c: f64) -> Self {
        // Three values: the smallest, the largest, and the one left (no general sort in the page's code).
        let low = a.min(b).min(c);
        let high = a.max(b).max(c);
        let central = a.min(b).max(a.max(b).min(c));
        Range { low, central, high }
    }

    /// A value known exactly: all three ends equal.
    pub const fn exact(v: f64) -> Self {
        Range {
            low: v,
            central: v,
            high: v,
        }
    }

    /// The end of this input that pushes the result towards `case`, for an input the result grows with.
    pub fn pick(&self, case: Case) -> f64 {
        match case {
            Case::Low => self.low,
            Case::Central => self.central,
            Case::High => self.high,
        }
    }

    /// The end of this input that pushes the result towards `case`, for an input the result shrinks with
    /// (utilisation, MFU: the more efficient the hardware is used, the less energy).
    pub fn pick_inverse(&self, case: Case) -> f64 {
        self.pick(case.opposite())
    }

    /// Applies `f` to each end; `f` must be monotone non-decreasing (a decreasing one is caught as an
    /// inverted range).
    pub fn map(&self, f: impl Fn(f64) -> f64) -> Range {
        Range::new(f(self.low), f(self.central), f(self.high))
    }

    /// True when all three ends are finite.
    pub fn is_finite(&self) -> bool {
        self.low.is_finite() && self.central.is_finite() && self.high.is_finite()
    }
}

/// Which end of every uncertain input an evaluation takes: the one that makes energy lowest, the central
/// estimate, or the one that makes energy highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumCount)]
pub enum Case {
    Low,
    Central,
    High,
}

impl Case {
    pub const ALL: [Case; 3] = [Case::Low, Case::Central, Case::High];

    pub fn opposite(self) -> Case {
        match self {
            Case::Low => Case::High,
            Case::Central => Case::Central,
            Case::High => Case::Low,
        }
    }
}

all_is_complete!(Case);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanning_orders_unordered_values() {
        for (a, b, c) in [
            (3.0, 1.0, 2.0),
            (1.0, 2.0, 3.0),
            (2.0, 3.0, 1.0),
            (1e20, 1.0, 5.0),
            (2.0, 2.0, 1.0),
        ] {
            let r = Range::spanning(a, b, c);
            let mut v = [a, b, c];
            v.sort_by(f64::total_cmp);
            assert_eq!([r.low, r.central, r.high], v, "{a} {b} {c}");
        }
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "inverted range")]
    fn an_inverted_range_is_caught() {
        let _ = Range::new(3.0, 1.0, 2.0);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "inverted range")]
    fn a_decreasing_map_is_caught() {
        let _ = Range::new(1.0, 2.0, 4.0).map(|v| 1.0 / v);
    }

    #[test]
    fn inverse_pick_takes_the_other_end() {
        let r = Range::new(0.1, 0.2, 0.4);
        assert_eq!(r.pick_inverse(Case::Low), 0.4);
        assert_eq!(r.pick_inverse(Case::High), 0.1);
        assert_eq!(r.pick_inverse(Case::Central), 0.2);
    }
}
