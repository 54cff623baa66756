//! Which assumption matters: the total when one uncertain input alone moves across its range, on a linear axis;
//! then all of them combined as the likely range, and all at their best or worst at once (beyond it, and unlikely).

use super::Row;
use super::{Chart, Context};
use crate::chart::Axis;
use crate::format;
use crate::model::Range;
use crate::prelude::*;

pub(super) fn chart(c: &Context) -> Chart {
    let ra = c.a.1;
    let sens_b = |knob| {
        c.b.and_then(|(_, rb)| rb.sensitivity.iter().find(|x| x.knob == knob))
            .map(|x| x.total_kwh)
    };
    // The axis reaches every row's high end: each input alone, the likely range and every input at its worst.
    let highs = |r: &crate::model::Results| {
        r.sensitivity
            .iter()
            .map(|x| x.total_kwh.high)
            .chain([r.total_kwh.high, r.worst_best.total_kwh.high])
            .collect::<Vec<f64>>()
    };
    let axis = Axis::linear(
        highs(ra)
            .into_iter()
            .chain(c.b.into_iter().flat_map(|(_, rb)| highs(rb))),
    );
    let range = |r: Range| format::range(&c.energy(r.low), &c.energy(r.high));
    let mut rows: Vec<Row> = ra
        .sensitivity
        .iter()
        .map(|x| {
            let vb = sens_b(x.knob);
            Row {
                label: format!(
                    "{} ×{}",
                    c.lang.knob(x.knob),
                    format::plain(x.swing(), c.lang)
                ),
                value: match vb {
                    None => range(x.total_kwh),
                    Some(vb) => format!("A {} · B {}", range(x.total_kwh), range(vb)),
                },
                bars: c.bars(axis, x.total_kwh, vb),
            }
        })
        .collect();
    // Below the single inputs: all of them combined as the likely range, and all at their ends at once.
    if !rows.is_empty() {
        let words = c.lang.takeaway_words();
        let rb = c.b.map(|(_, rb)| rb);
        let both = |label: &str, of: fn(&crate::model::Results) -> Range| {
            let (a, b) = (of(ra), rb.map(of));
            Row {
                label: label.to_string(),
                value: match b {
                    None => range(a),
                    Some(b) => format!("A {} · B {}", range(a), range(b)),
                },
                bars: c.bars(axis, a, b),
            }
        };
        rows.push(both(words.sensitivity_likely, |r| r.total_kwh));
        rows.push(both(words.sensitivity_all_at_once, |r| {
            r.worst_best.total_kwh
        }));
    }
    let note = if rows.is_empty() {
        c.s.no_uncertainty
    } else {
        c.lang.takeaway_words().chart_sensitivity_axis
    };
    Chart {
        axis,
        rows,
        note: note.into(),
    }
}
