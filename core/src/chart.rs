//! Chart geometry as pure functions: values in, positions out, as percentages of a row's width. The charts
//! are HTML rows (their text is page text: it wraps, never overlaps and keeps the page's font size) with a
//! thin SVG bar each, whose `x` and `width` are percentages, so the geometry is tested on the host.

use crate::model::Range;
use crate::prelude::*;

/// How values map onto a bar row's width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Axis {
    /// From 0 at the left to `max` at the right.
    Linear { max: f64 },
    /// Whole decades, 10^`low` at the left to 10^`high` at the right: parts that differ a thousandfold both show.
    Log { low: i32, high: i32 },
}

/// Grid lines a log axis draws at most (one per decade, or per two, three… decades beyond that).
const MAX_GRID: usize = 10;

impl Axis {
    /// A linear axis from 0 to a round number at or above the largest value.
    pub fn linear(values: impl IntoIterator<Item = f64>) -> Axis {
        let max = values.into_iter().fold(0.0, f64::max);
        let top = nice_ticks(max, 4).last().copied().unwrap_or(1.0);
        Axis::Linear {
            max: top.max(f64::MIN_POSITIVE),
        }
    }

    /// A log axis over the whole decades that hold every positive value (zeros sit at the left edge).
    pub fn log(values: impl IntoIterator<Item = f64>) -> Axis {
        let (low, high) = values
            .into_iter()
            .filter(|v| v.is_finite() && *v > 0.0)
            .map(libm::log10)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), e| {
                (lo.min(libm::floor(e)), hi.max(libm::ceil(e)))
            });
        if low > high {
            return Axis::Log { low: 0, high: 1 };
        }
        let (low, high) = (low as i32, high as i32);
        Axis::Log {
            low,
            high: high.max(low + 1),
        }
    }

    /// Where `v` sits, percent of the row's width (0–100).
    pub fn percent(&self, v: f64) -> f64 {
        let t = match *self {
            Axis::Linear { max } => v / max,
            Axis::Log { low, high } if v > 0.0 => {
                (libm::log10(v) - f64::from(low)) / f64::from(high - low)
            }
            Axis::Log { .. } => 0.0,
        };
        if t.is_finite() {
            crate::within(t, 0.0, 1.0) * 100.0
        } else {
            0.0
        }
    }

    /// Vertical grid lines, percent: the round ticks of a linear axis, the decades of a log one (every second,
    /// third… when there are many).
    pub fn grid(&self) -> Vec<f64> {
        match *self {
            Axis::Linear { max } => nice_ticks(max, 4)
                .into_iter()
                .map(|v| self.percent(v))
                .collect(),
            Axis::Log { low, high } => {
                let step = ((high - low) as usize).div_ceil(MAX_GRID).max(1);
                (low..=high)
                    .step_by(step)
                    .map(|e| self.percent(libm::pow(10.0, f64::from(e))))
                    .collect()
            }
        }
    }
}

/// One bar of a row, percent of its width: the low–high range and the central value's mark (a chart of sizes
/// draws its solid bar from the axis start to the mark).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub width: f64,
    pub mark: f64,
}

/// Narrowest range drawn, percent: an input with a tiny swing still shows.
const MIN_WIDTH: f64 = 0.6;

/// A range on an axis as a bar.
pub fn bar(axis: Axis, r: Range) -> Bar {
    let (x, high, mark) = (
        axis.percent(r.low),
        axis.percent(r.high),
        axis.percent(r.central),
    );
    Bar {
        x: x.min(100.0 - MIN_WIDTH),
        width: (high - x).max(MIN_WIDTH),
        mark,
    }
}

/// A percentage as an SVG length (`12.35%`).
pub fn pct(v: f64) -> String {
    cat!(crate::format::fixed(v, 2), "%")
}

/// About `count` round tick values from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0];
    }
    let raw = max / count.max(1) as f64;
    let magnitude = libm::pow(10.0, libm::floor(libm::log10(raw)));
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let n = libm::ceil(max / step) as usize;
    (0..=n.min(20)).map(|i| i as f64 * step).collect()
}

/// The headline's split bar: training's width out of 100, and both parts as percentages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Split {
    pub training_width: f64,
    pub training_percent: f64,
    pub inference_percent: f64,
}

/// The split for a training share (fraction 0–1).
pub fn split(training_share: f64) -> Split {
    let percent = training_share * 100.0;
    Split {
        training_width: crate::within(percent, 0.0, 100.0),
        training_percent: percent,
        inference_percent: 100.0 - percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Scenario};

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(365.0, 4), vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        assert_eq!(nice_ticks(0.9, 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(0.0, 4), vec![0.0]);
        assert_eq!(nice_ticks(f64::NAN, 4), vec![0.0]);
    }

    #[test]
    fn a_log_axis_shows_a_part_a_thousand_times_smaller() {
        let axis = Axis::log([2_600.0, 1.0e13, 0.0]);
        assert_eq!(axis, Axis::Log { low: 3, high: 13 });
        assert_eq!(axis.percent(1e3), 0.0);
        assert_eq!(axis.percent(1e13), 100.0);
        assert!((axis.percent(1e8) - 50.0).abs() < 1e-9);
        assert_eq!(axis.percent(0.0), 0.0, "zero sits at the left edge");
        // Ten decades: a grid line per decade, from edge to edge.
        let grid = axis.grid();
        assert_eq!(grid.len(), 11);
        assert_eq!((grid.first(), grid.last()), (Some(&0.0), Some(&100.0)));
        // A thousandth of the total is still a bar (7.5% of the width: 25 px on a phone), where a linear axis
        // would give it 0.05%.
        let total = Range::new(1e9, 2e9, 4e9);
        let training = total.map(|v| v / 1_000.0);
        let axis = Axis::log([training.low, total.high]);
        assert!(bar(axis, training).mark > 7.0);
        assert_eq!(Axis::log([]), Axis::Log { low: 0, high: 1 });
        assert_eq!(Axis::log([5.0]), Axis::Log { low: 0, high: 1 });
    }

    #[test]
    fn many_decades_thin_the_grid() {
        let grid = Axis::Log { low: -3, high: 17 }.grid();
        assert!(grid.len() <= MAX_GRID + 1, "{grid:?}");
    }

    #[test]
    fn sensitivity_bars_contain_their_central_value_and_stay_in_the_row() {
        let r = evaluate(&Scenario::default());
        let axis = Axis::linear(r.sensitivity.iter().map(|s| s.total_kwh.high));
        assert!(!r.sensitivity.is_empty());
        for s in &r.sensitivity {
            let b = bar(axis, s.total_kwh);
            assert!(b.x <= b.mark && b.mark <= b.x + b.width + 1e-9, "{b:?}");
            assert!(b.x >= 0.0 && b.x + b.width <= 100.0 + 1e-9, "{b:?}");
            assert!(b.width >= MIN_WIDTH);
        }
        assert_eq!(pct(12.345), "12.35%");
        assert_eq!(bar(Axis::linear([0.0]), Range::exact(0.0)).x, 0.0);
    }

    #[test]
    fn the_split_is_out_of_a_hundred() {
        let split = split(0.25);
        assert_eq!(
            (
                split.training_percent,
                split.inference_percent,
                split.training_width
            ),
            (25.0, 75.0, 25.0)
        );
    }
}
