//! Low / central / high values, and which end of an uncertain input a case takes.

/// A quantity known only within bounds: `low <= central <= high` (enforced by [`Range::new`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Range {
    /// A range from three values, sorted so that `low <= central <= high` always holds.
    pub fn new(a: f64, b: f64, c: f64) -> Self {
        let mut v = [a, b, c];
        v.sort_by(f64::total_cmp);
        Range {
            low: v[0],
            central: v[1],
            high: v[2],
        }
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

    /// Applies `f` to each end; `f` must be monotone non-decreasing for the result to stay ordered.
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_sorts_its_ends() {
        let r = Range::new(3.0, 1.0, 2.0);
        assert_eq!((r.low, r.central, r.high), (1.0, 2.0, 3.0));
    }

    #[test]
    fn inverse_pick_takes_the_other_end() {
        let r = Range::new(0.1, 0.2, 0.4);
        assert_eq!(r.pick_inverse(Case::Low), 0.4);
        assert_eq!(r.pick_inverse(Case::High), 0.1);
        assert_eq!(r.pick_inverse(Case::Central), 0.2);
    }
}
