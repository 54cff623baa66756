//! Training and use, and their total: a log axis, so the smaller part is still a bar.

use super::Row;
use super::{Chart, Context};
use crate::chart::Axis;
use crate::model::Metric;
use crate::prelude::*;

/// The results this chart shows, in order.
const PARTS: [Metric; 3] = [Metric::TrainingKwh, Metric::InferenceKwh, Metric::TotalKwh];

pub(super) fn chart(c: &Context) -> Chart {
    let ra = c.a.1;
    let axis = Axis::log(PARTS.iter().flat_map(|&m| {
        let mut v = vec![ra.get(m).low, ra.get(m).high];
        v.extend(c.b.map(|(_, rb)| rb.get(m).central));
        v
    }));
    let rows = PARTS
        .iter()
        .map(|&m| {
            let vb = c.b.map(|(_, rb)| rb.get(m));
            Row {
                label: c.lang.metric(m).into(),
                value: c.pair_text(ra.get(m), vb),
                bars: c.bars(axis, ra.get(m), vb),
            }
        })
        .collect();
    Chart {
        axis,
        rows,
        note: c.lang.takeaway_words().chart_log_note.into(),
    }
}
