//! A year on the scale of a country: the service's first year among the familiar yearly totals (`Rung`),
//! where its size puts it.

use super::{by_size, Chart, Context};
use super::{Row, Tone};
use crate::chart::{bar, Axis};
use crate::format;
use crate::model::scale::Rung;
use crate::model::{Metric, Range};
use crate::prelude::*;

pub(super) fn chart(c: &Context) -> Chart {
    let (ra, rb) = (c.a.1, c.b.map(|(_, rb)| rb));
    let year_a = ra.first_year_kwh();
    let year_b = rb.map(|rb| rb.first_year_kwh());
    let rungs = Rung::ALL.map(Rung::kwh_per_year);
    let axis = Axis::log(
        rungs
            .into_iter()
            .chain([year_a.low, year_a.high])
            .chain(year_b.map(|y| y.central)),
    );
    let rung_rows: Vec<(f64, Row)> = Rung::ALL
        .iter()
        .zip(rungs)
        .map(|(&r, kwh)| {
            let (name, source) = c.lang.rung(r);
            (
                kwh,
                Row {
                    label: name.into(),
                    value: format!("{} · {source}", c.energy(kwh)),
                    bars: vec![(Tone::Reference, bar(axis, Range::exact(kwh)))],
                },
            )
        })
        .collect();
    let service = |tone: Tone, y: Range, share: Range| {
        (
            y.central,
            Row {
                label: format!(
                    "{}{}",
                    c.lang.takeaway_words().scale_service,
                    c.letter(tone)
                ),
                value: format!(
                    "{} · {}{}{}",
                    c.with_range(y),
                    c.lang.metric(Metric::ChinaGenerationShare),
                    c.s.colon,
                    format::percent(share.central, c.lang)
                ),
                bars: vec![(tone, bar(axis, y))],
            },
        )
    };
    let rows = by_size(
        rung_rows,
        core::iter::once(service(Tone::A, year_a, ra.china_generation_share)).chain(
            year_b
                .zip(rb)
                .map(|(y, rb)| service(Tone::B, y, rb.china_generation_share)),
        ),
    );
    Chart {
        axis,
        rows,
        note: c.lang.takeaway_words().scale_note.into(),
    }
}
