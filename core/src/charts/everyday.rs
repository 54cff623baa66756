//! One query beside everyday things: this model's query (and B's) placed among them by size, on a log axis.

use super::{by_size, Chart, Context};
use super::{Row, Tone};
use crate::chart::{bar, Axis};
use crate::format;
use crate::model::everyday::Everyday;
use crate::model::Range;
use crate::prelude::*;

pub(super) fn chart(c: &Context) -> Chart {
    let wh_range = |r: Range| c.ranged(r, |v| format::energy_wh(v, c.lang));
    let ladder = c.everyday();
    let everyday = &ladder[..];
    let (qa, qb) = (
        c.a.1.inference_wh_per_query,
        c.b.map(|(_, rb)| rb.inference_wh_per_query),
    );
    let axis = Axis::log(
        everyday
            .iter()
            .map(|w| w.central)
            .chain([qa.low, qa.high])
            .chain(qb.map(|q| q.central)),
    );
    let everyday_rows: Vec<(f64, Row)> = Everyday::ALL
        .iter()
        .zip(everyday)
        .map(|(&x, &w)| {
            (
                w.central,
                Row {
                    label: c.lang.everyday(x).into(),
                    value: wh_range(w),
                    bars: vec![(Tone::Reference, bar(axis, w))],
                },
            )
        })
        .collect();
    let query_row = |tone: Tone, q: Range, one: &str| {
        (
            q.central,
            Row {
                label: format!("{one}{}", c.letter(tone)),
                value: wh_range(q),
                bars: vec![(tone, bar(axis, q))],
            },
        )
    };
    let rows = by_size(
        everyday_rows,
        core::iter::once(query_row(Tone::A, qa, c.lang.work(c.a.0.work).one)).chain(c.b.map(
            |(sb, rb)| query_row(Tone::B, rb.inference_wh_per_query, c.lang.work(sb.work).one),
        )),
    );
    Chart {
        axis,
        rows,
        note: c.lang.takeaway_words().chart_log_note.into(),
    }
}
