//! The presets of the scenario's kind, ranked by their energy per item, each with its range and whether its
//! numbers are disclosed or estimated, on a log axis; the scenario's own item placed among them.

use super::{by_size, Chart, Context};
use super::{Row, Tone};
use crate::chart::{bar, Axis};
use crate::format;
use crate::model::presets::{Preset, PresetGroup};
use crate::model::work::Work;
use crate::model::Range;
use crate::prelude::*;

/// The group a scenario's item belongs to: its preset's, else its kind of work's (an agent's task for a text task).
pub(super) fn group_of(c: &Context) -> PresetGroup {
    let s = c.a.0;
    c.preset.map_or_else(
        || match s.work {
            Work::Text if s.is_task() => PresetGroup::Agents,
            Work::Text => PresetGroup::Text,
            Work::Image => PresetGroup::Images,
            Work::Video => PresetGroup::Videos,
        },
        Preset::group,
    )
}

pub(super) fn chart(c: &Context) -> Chart {
    let group = group_of(c);
    let wh_range = |r: Range| c.ranged(r, |v| format::energy_wh(v, c.lang));
    let presets: Vec<(Preset, Range)> = Preset::ALL
        .into_iter()
        .zip(c.presets())
        .filter(|(p, _)| p.group() == group)
        .collect();
    let own = c.a.1.inference_wh_per_query;
    let b = c.b.map(|(sb, rb)| (sb, rb.inference_wh_per_query));
    let axis = Axis::log(
        presets
            .iter()
            .flat_map(|(_, r)| [r.low, r.high])
            .chain([own.low, own.high])
            .chain(b.map(|(_, r)| r.central)),
    );
    let mut rows: Vec<(f64, Row)> = presets
        .iter()
        .map(|&(p, r)| {
            (
                r.central,
                Row {
                    label: format!("{} · {}", c.lang.preset(p), c.lang.basis(p.basis())),
                    value: wh_range(r),
                    bars: vec![(Tone::Reference, bar(axis, r))],
                },
            )
        })
        .collect();
    // Smallest first, as the ladder reads; ties in the list's order.
    let mut sorted = Vec::with_capacity(rows.len());
    while let Some((i, _)) = rows.iter().enumerate().fold(
        None,
        |best: Option<(usize, f64)>, (i, (size, _))| match best {
            Some((_, least)) if least <= *size => best,
            _ => Some((i, *size)),
        },
    ) {
        sorted.push(rows.remove(i));
    }
    let mine = |tone: Tone, work: Work, r: Range| {
        (
            r.central,
            Row {
                label: format!("{}{}", c.lang.work(work).one, c.letter(tone)),
                value: wh_range(r),
                bars: vec![(tone, bar(axis, r))],
            },
        )
    };
    Chart {
        axis,
        rows: by_size(
            sorted,
            core::iter::once(mine(Tone::A, c.a.0.work, own))
                .chain(b.map(|(sb, r)| mine(Tone::B, sb.work, r))),
        ),
        note: c.lang.takeaway_words().chart_log_note.into(),
    }
}
