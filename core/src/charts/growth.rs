//! Growth: the service's electricity in the projection's years at the reader's yearly growth, against 1% of
//! China's generation, and the year it would get there.

use super::{Chart, Context};
use super::{Row, Tone};
use crate::chart::{bar, Axis};
use crate::model::scale::CHINA_MARK_KWH;
use crate::model::Range;
use crate::prelude::*;

pub(super) fn chart(c: &Context) -> Chart {
    let (sa, ra) = c.a;
    let years_b = c.b.map(|(_, rb)| rb.yearly_kwh);
    let axis = Axis::log(
        ra.yearly_kwh
            .iter()
            .flat_map(|y| [y.kwh.low, y.kwh.high])
            .chain(years_b.iter().flatten().map(|y| y.kwh.central))
            .chain([CHINA_MARK_KWH]),
    );
    let mut rows: Vec<Row> = ra
        .yearly_kwh
        .iter()
        .enumerate()
        .map(|(i, ya)| {
            let yb = years_b.and_then(|ys| ys.get(i).map(|y| y.kwh));
            Row {
                label: c.lang.year(ya.year),
                value: c.pair_text(ya.kwh, yb),
                bars: c.bars(axis, ya.kwh, yb),
            }
        })
        .collect();
    rows.push(Row {
        label: c.lang.takeaway_words().china_mark.into(),
        value: c.energy(CHINA_MARK_KWH),
        bars: vec![(Tone::Reference, bar(axis, Range::exact(CHINA_MARK_KWH)))],
    });
    let mut note = c
        .lang
        .projection(sa.yearly_growth, ra.year_reaching_china_mark);
    if let Some((sb, rb)) = c.b {
        note = format!(
            "A: {note} B: {}",
            c.lang
                .projection(sb.yearly_growth, rb.year_reaching_china_mark)
        );
    }
    Chart { axis, rows, note }
}
