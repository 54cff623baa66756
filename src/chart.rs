//! Chart geometry as pure functions: data in, SVG coordinates and path strings out. The chart components
//! only place what these return, so the geometry is tested on the host.

use crate::model::energy::{CumulativePoint, Sensitivity};

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

/// About `count` round tick values from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0];
    }
    let raw = max / count.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
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
    CumulativeGeometry {
        training_area: area(&training, &zero),
        inference_area: area(&total, &training),
        range_band: area(&high, &low),
        x_ticks: x_ticks
            .into_iter()
            .filter(|&d| d <= last_day * 1.000_001)
            .map(|d| Tick {
                at: frame.x(d / x_end),
                value: d,
            })
            .collect(),
        y_ticks: y_ticks
            .into_iter()
            .map(|v| Tick {
                at: frame.y(v / y_top),
                value: v,
            })
            .collect(),
    }
}

/// One bar of the sensitivity chart: the total's low–high when one input alone moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub y: f64,
    pub x_low: f64,
    pub x_high: f64,
    pub x_central: f64,
}

/// Bars on a shared linear axis from 0 to the largest high, one row of `row_height` each from the top.
pub fn sensitivity_geometry(
    rows: &[Sensitivity],
    frame: Frame,
    row_height: f64,
) -> (Vec<Bar>, Vec<Tick>) {
    let max = rows.iter().map(|r| r.total_kwh.high).fold(0.0, f64::max);
    let ticks = nice_ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Bar {
            y: frame.top + i as f64 * row_height,
            x_low: frame.x(r.total_kwh.low / top),
            x_high: frame.x(r.total_kwh.high / top),
            x_central: frame.x(r.total_kwh.central / top),
        })
        .collect();
    let ticks = ticks
        .into_iter()
        .map(|v| Tick {
            at: frame.x(v / top),
            value: v,
        })
        .collect();
    (bars, ticks)
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
    }

    #[test]
    fn sensitivity_bars_are_ordered_and_contain_their_central_value() {
        let r = evaluate(&Scenario::default());
        let (bars, ticks) = sensitivity_geometry(&r.sensitivity, FRAME, 24.0);
        assert_eq!(bars.len(), r.sensitivity.len());
        for b in &bars {
            assert!(b.x_low <= b.x_central && b.x_central <= b.x_high);
        }
        assert!(!ticks.is_empty());
    }
}
