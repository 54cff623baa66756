//! Two scenarios side by side: scenario B measured against scenario A.

use super::{Metric, Range, Results, Scenario};
use crate::model::question::Question;

/// B ÷ A of a result's central value: `None` where A's is zero (no finite ratio to show).
pub fn ratio(a: &Results, b: &Results, m: Metric) -> Option<f64> {
    central_ratio(a.get(m), b.get(m))
}

/// B's central value ÷ A's, `None` where A's is zero: [`ratio`] for ranges at hand (the first screen's).
pub fn central_ratio(a: Range, b: Range) -> Option<f64> {
    let (x, y) = (a.central, b.central);
    (x > 0.0 && y.is_finite()).then(|| y / x)
}

/// B ÷ A with a range: each end pairs the two scenarios' same ends (both at their low assumptions, both central,
/// both at their high ones), because the uncertain inputs they share move together; the range runs from the least
/// to the most of those three. `None` where an end of A is zero.
pub fn ratio_range(a: Range, b: Range) -> Option<Range> {
    let ends = [(a.low, b.low), (a.central, b.central), (a.high, b.high)];
    if ends.iter().any(|&(x, y)| x <= 0.0 || !y.is_finite()) {
        return None;
    }
    let [l, c, h] = ends.map(|(x, y)| y / x);
    Some(Range::new(l.min(c).min(h), c, l.max(c).max(h)))
}

/// What a comparison compares on, as a question: two people's years (`Me`); what both ask, when B is A's service
/// (or item) changed in how it runs (hardware, PUE, precision); one item (`Item`) when the two differ in their kind
/// of work, their question or their volumes (items a day, days, growth), where their totals do not compare.
pub fn basis(a: &Scenario, b: &Scenario) -> Question {
    if a.question == Question::Me && b.question == Question::Me {
        return Question::Me;
    }
    let same_volumes = a.queries_per_day == b.queries_per_day
        && a.days == b.days
        && a.yearly_growth == b.yearly_growth;
    if a.question == b.question && a.work == b.work && same_volumes {
        a.question
    } else {
        Question::Item
    }
}

/// What a comparison leads with: B ÷ A of its basis's result ([`basis`], [`Question::lead`]).
pub fn lead(a: &Scenario, b: &Scenario) -> Metric {
    basis(a, b).lead()
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

    #[test]
    fn a_comparison_leads_with_totals_for_a_service_changed_and_one_item_across_kinds() {
        let (_, a, b) = Comparison::PueLiquid.scenarios();
        assert_eq!(lead(&a, &b), Metric::TotalKwh);
        let (_, a, b) = Comparison::TextVideo.scenarios();
        assert_eq!(lead(&a, &b), Metric::InferenceWhPerQuery);
        // Two people compare their years, whatever scenario their lines sit on.
        let me = crate::model::my_use::gemini_person(20.0);
        let mut other = crate::model::my_use::gemini_person(40.0);
        other.queries_per_day = 5.0;
        assert_eq!(lead(&me, &other), Metric::MyKwhPerYear);
        let r = ratio_range(
            evaluate(&a).inference_wh_per_query,
            evaluate(&b).inference_wh_per_query,
        )
        .expect("finite"); // ok: test
        assert!(
            r.low <= r.central && r.central <= r.high && r.central > 1_000.0,
            "{r:?}"
        );
        assert_eq!(ratio_range(Range::exact(0.0), Range::exact(1.0)), None);
    }
}
