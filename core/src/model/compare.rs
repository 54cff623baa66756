//! Two scenarios side by side: scenario B measured against scenario A.

use super::{Metric, Range, Results};

/// B ÷ A of a result's central value: `None` where A's is zero (no finite ratio to show).
pub fn ratio(a: &Results, b: &Results, m: Metric) -> Option<f64> {
    central_ratio(a.get(m), b.get(m))
}

/// B's central value ÷ A's, `None` where A's is zero: [`ratio`] for ranges at hand (the first screen's).
pub fn central_ratio(a: Range, b: Range) -> Option<f64> {
    let (x, y) = (a.central, b.central);
    (x > 0.0 && y.is_finite()).then(|| y / x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::Comparison;
    use crate::model::{evaluate, Scenario};

    #[test]
    fn a_lower_pue_gives_the_ratio_of_the_two_totals() {
        let (_, a, b) = Comparison::PueLiquid.scenarios();
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let r = ratio(&ra, &rb, Metric::TotalKwh).expect("finite"); // ok: test
        assert!((r - 1.09 / 1.58).abs() < 1e-9, "{r}");
        let idle = Scenario {
            queries_per_day: 0.0,
            ..a
        };
        assert_eq!(ratio(&evaluate(&idle), &ra, Metric::InferenceKwh), None);
    }
}
