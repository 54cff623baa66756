//! Chart geometry as pure functions: data in, SVG coordinates and path strings out. The chart components
//! only place what these return, so the geometry is tested on the host.

use crate::model::energy::{CumulativePoint, Sensitivity};
use crate::model::Range;

/// The drawing area inside an SVG of `width` × `height`, with margins for the axes' labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    fn x(&self, t: f64) -> f64 {
        self.left + t.clamp(0.0, 1.0) * (self.width - self.left - self.right)
    }
    fn y(&self, t: f64) -> f64 {
        self.height - self.bottom - t.clamp(0.0, 1.0) * (self.height - self.top - self.bottom)
    }
    /// Bottom of the plotting area, in SVG coordinates.
    pub fn baseline(&self) -> f64 {
        self.height - self.bottom
    }
}

/// An axis tick: where it sits (SVG coordinate) and the value it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub value: f64,
}

/// A text label's anchor point and the value it prints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub value: f64,
}

/// A point in SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A straight line in SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// How far a tick label sits from its axis or tick, px.
const LABEL_GAP: f64 = 6.0;
/// Half a label's cap height: moves a label's baseline so its text centres on a tick, px.
const LABEL_HALF_HEIGHT: f64 = 4.0;
/// Baseline of the x-axis tick labels below the axis, px.
const X_LABEL_DROP: f64 = 16.0;

/// About `count` round tick values from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0];
    }
    let raw = max / count.max(1) as f64;
    let magnitude = libm::pow(10.0, libm::log10(raw).floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let n = (max / step).ceil() as usize;
    (0..=n.min(20)).map(|i| i as f64 * step).collect()
}

fn fmt(v: f64) -> String {
    crate::format::fixed(v, 1)
}

/// A closed SVG path: along `upper` left to right, back along `lower` right to left.
fn area(upper: &[(f64, f64)], lower: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in upper.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{},{} ", fmt(*x), fmt(*y)));
    }
    for (x, y) in lower.iter().rev() {
        d.push_str(&format!("L{},{} ", fmt(*x), fmt(*y)));
    }
    d.push('Z');
    d
}

/// Geometry of the cumulative-energy chart: training as the lower band (constant from day 0), inference
/// stacked on it, and the band of the total's low–high range.
#[derive(Clone, Debug, PartialEq)]
pub struct CumulativeGeometry {
    pub training_area: String,
    pub inference_area: String,
    pub range_band: String,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    /// The x axis along the baseline.
    pub axis: Line,
    /// One horizontal grid line per y tick.
    pub grid: Vec<Line>,
    /// Energy labels left of the plot, days labels under it.
    pub y_labels: Vec<Label>,
    pub x_labels: Vec<Label>,
    /// Where the axis caption ("days") is centred.
    pub x_title: Point,
}

/// One row of the cumulative chart's text alternative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CumulativeRow {
    pub day: f64,
    pub training_kwh: f64,
    pub inference_kwh: f64,
    /// The total's low–high on that day.
    pub total_kwh: Range,
}

/// Every `every`-th point of the curve and the last one, as table rows.
pub fn cumulative_rows(points: &[CumulativePoint], every: usize) -> Vec<CumulativeRow> {
    let every = every.max(1);
    let last = points.len().saturating_sub(1);
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0 || *i == last)
        .map(|(_, p)| CumulativeRow {
            day: p.day,
            training_kwh: p.training_kwh.central,
            inference_kwh: p.inference_kwh.central,
            total_kwh: Range::new(
                p.training_kwh.low + p.inference_kwh.low,
                p.training_kwh.central + p.inference_kwh.central,
                p.training_kwh.high + p.inference_kwh.high,
            ),
        })
        .collect()
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
        training_width: percent.clamp(0.0, 100.0),
        training_percent: percent,
        inference_percent: 100.0 - percent,
    }
}

pub fn cumulative_geometry(points: &[CumulativePoint], frame: Frame) -> CumulativeGeometry {
    let last_day = points.last().map_or(0.0, |p| p.day);
    let y_max = points
        .iter()
        .map(|p| p.training_kwh.high + p.inference_kwh.high)
        .fold(0.0, f64::max);
    let y_ticks = nice_ticks(y_max, 4);
    let y_top = y_ticks
        .last()
        .copied()
        .unwrap_or(1.0)
        .max(f64::MIN_POSITIVE);
    let x_ticks = nice_ticks(last_day, 4);
    let x_end = last_day.max(f64::MIN_POSITIVE);
    let at = |day: f64, kwh: f64| (frame.x(day / x_end), frame.y(kwh / y_top));

    let zero: Vec<_> = points.iter().map(|p| at(p.day, 0.0)).collect();
    let training: Vec<_> = points
        .iter()
        .map(|p| at(p.day, p.training_kwh.central))
        .collect();
    let total: Vec<_> = points
        .iter()
        .map(|p| at(p.day, p.training_kwh.central + p.inference_kwh.central))
        .collect();
    let low: Vec<_> = points
        .iter()
        .map(|p| at(p.day, p.training_kwh.low + p.inference_kwh.low))
        .collect();
    let high: Vec<_> = points
        .iter()
        .map(|p| at(p.day, p.training_kwh.high + p.inference_kwh.high))
        .collect();
    let x_ticks: Vec<Tick> = x_ticks
        .into_iter()
        .filter(|&d| d <= last_day * 1.000_001)
        .map(|d| Tick {
            at: frame.x(d / x_end),
            value: d,
        })
        .collect();
    let y_ticks: Vec<Tick> = y_ticks
        .into_iter()
        .map(|v| Tick {
            at: frame.y(v / y_top),
            value: v,
        })
        .collect();
    let (plot_left, plot_right) = (frame.left, frame.width - frame.right);
    CumulativeGeometry {
        training_area: area(&training, &zero),
        inference_area: area(&total, &training),
        range_band: area(&high, &low),
        axis: Line {
            x1: plot_left,
            y1: frame.baseline(),
            x2: plot_right,
            y2: frame.baseline(),
        },
        grid: y_ticks
            .iter()
            .map(|t| Line {
                x1: plot_left,
                y1: t.at,
                x2: plot_right,
                y2: t.at,
            })
            .collect(),
        y_labels: y_ticks
            .iter()
            .map(|t| Label {
                x: plot_left - LABEL_GAP,
                y: t.at + LABEL_HALF_HEIGHT,
                value: t.value,
            })
            .collect(),
        x_labels: x_ticks
            .iter()
            .map(|t| Label {
                x: t.at,
                y: frame.baseline() + X_LABEL_DROP,
                value: t.value,
            })
            .collect(),
        x_title: Point {
            x: (plot_left + plot_right) / 2.0,
            y: frame.height - LABEL_HALF_HEIGHT,
        },
        x_ticks,
        y_ticks,
    }
}

/// One bar of the sensitivity chart: the total's low–high when one input alone moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub y: f64,
    pub x_low: f64,
    pub x_high: f64,
    pub x_central: f64,
    /// The bar itself (at least 1 px wide, so an input with a tiny swing is still seen).
    pub rect: Rect,
    /// The central value's mark across the bar.
    pub mark: Line,
    /// Where the row's caption (the input's name and swing) starts.
    pub caption: Point,
}

/// A rectangle in SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Height of one row of the sensitivity chart, px: caption above, bar below.
pub const SENSITIVITY_ROW: f64 = 30.0;

/// The sensitivity chart laid out: its frame (as tall as its rows need), bars, tick labels and axis caption.
#[derive(Clone, Debug, PartialEq)]
pub struct SensitivityGeometry {
    pub frame: Frame,
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    pub tick_labels: Vec<Label>,
    pub x_title: Point,
}

/// Bars on a shared linear axis from 0 to the largest high, one row each from the top, in a chart `width`
/// wide.
pub fn sensitivity_geometry(rows: &[Sensitivity], width: f64) -> SensitivityGeometry {
    let frame = Frame {
        width,
        height: 40.0 + SENSITIVITY_ROW * rows.len() as f64,
        left: 36.0,
        right: 48.0,
        top: 8.0,
        bottom: 32.0,
    };
    let max = rows.iter().map(|r| r.total_kwh.high).fold(0.0, f64::max);
    let ticks = nice_ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = frame.top + i as f64 * SENSITIVITY_ROW;
            let (x_low, x_high, x_central) = (
                frame.x(r.total_kwh.low / top),
                frame.x(r.total_kwh.high / top),
                frame.x(r.total_kwh.central / top),
            );
            Bar {
                y,
                x_low,
                x_high,
                x_central,
                rect: Rect {
                    x: x_low,
                    y: y + 14.0,
                    width: (x_high - x_low).max(1.0),
                    height: 10.0,
                },
                mark: Line {
                    x1: x_central,
                    y1: y + 11.0,
                    x2: x_central,
                    y2: y + 27.0,
                },
                caption: Point {
                    x: 8.0,
                    y: y + 10.0,
                },
            }
        })
        .collect();
    let ticks: Vec<Tick> = ticks
        .into_iter()
        .map(|v| Tick {
            at: frame.x(v / top),
            value: v,
        })
        .collect();
    SensitivityGeometry {
        tick_labels: ticks
            .iter()
            .map(|t| Label {
                x: t.at,
                y: frame.height - X_LABEL_DROP,
                value: t.value,
            })
            .collect(),
        x_title: Point {
            x: frame.width / 2.0,
            y: frame.height - 2.0,
        },
        frame,
        bars,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Scenario};

    const FRAME: Frame = Frame {
        width: 600.0,
        height: 300.0,
        left: 60.0,
        right: 10.0,
        top: 10.0,
        bottom: 30.0,
    };

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(365.0, 4), vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        assert_eq!(nice_ticks(0.9, 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(0.0, 4), vec![0.0]);
        assert_eq!(nice_ticks(f64::NAN, 4), vec![0.0]);
    }

    #[test]
    fn cumulative_chart_stays_inside_its_frame_and_grows() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let points = crate::model::energy::cumulative(&s, &r, 24);
        let g = cumulative_geometry(&points, FRAME);
        for path in [&g.training_area, &g.inference_area, &g.range_band] {
            assert!(path.starts_with('M') && path.ends_with('Z'));
            for pair in path.split(['M', 'L', 'Z', ' ']).filter(|p| !p.is_empty()) {
                let (x, y) = pair.split_once(',').expect("x,y"); // ok: test
                let (x, y): (f64, f64) = (x.parse().expect("x"), y.parse().expect("y")); // ok: test
                assert!((FRAME.left..=FRAME.width - FRAME.right).contains(&x), "{x}");
                assert!(
                    (FRAME.top..=FRAME.height - FRAME.bottom).contains(&y),
                    "{y}"
                );
            }
        }
        assert_eq!(g.x_ticks.first().map(|t| t.at), Some(FRAME.left));
        assert!(g.y_ticks.len() >= 2);
        assert!(
            g.y_labels.iter().all(|l| l.x < FRAME.left),
            "energy labels left of the plot"
        );
        assert!(
            g.x_labels.iter().all(|l| l.y > FRAME.baseline()),
            "day labels under the axis"
        );
    }

    #[test]
    fn the_table_keeps_every_sixth_point_and_the_last() {
        let s = Scenario {
            days: 100.0,
            ..Scenario::default()
        };
        let r = evaluate(&s);
        let points = crate::model::energy::cumulative(&s, &r, 24);
        let rows = cumulative_rows(&points, 6);
        let days: Vec<f64> = rows.iter().map(|r| r.day).collect();
        assert_eq!(days, vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        let last = rows.last().expect("rows"); // ok: test
        assert!(
            last.total_kwh.low <= last.total_kwh.central
                && last.total_kwh.central <= last.total_kwh.high
        );
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

    #[test]
    fn sensitivity_bars_are_ordered_and_contain_their_central_value() {
        let r = evaluate(&Scenario::default());
        let g = sensitivity_geometry(&r.sensitivity, 640.0);
        assert_eq!(g.bars.len(), r.sensitivity.len());
        for b in &g.bars {
            assert!(b.x_low <= b.x_central && b.x_central <= b.x_high);
            assert!(b.rect.width >= 1.0 && b.rect.x >= g.frame.left);
            assert!(
                b.rect.y + b.rect.height <= g.frame.baseline(),
                "bars stay above the tick labels"
            );
        }
        assert!(!g.ticks.is_empty());
    }
}
