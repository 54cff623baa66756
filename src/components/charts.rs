use yew::prelude::*;

use super::bar_chart::{BarChart, Row, Tone};
use crate::chart::{bar, Axis};
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::everyday::Everyday;
use ai_energy_core::model::scale::{
    first_year_reaching, yearly_kwh, Rung, CHINA_MARK_KWH, CHINA_SHARE_MARK,
};
use ai_energy_core::model::{Metric, Range, Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub scenario: Scenario,
    pub results: Results,
    /// Scenario B and its results while comparing: every chart then draws B's bar under A's.
    #[prop_or_default]
    pub b: Option<(Scenario, Results)>,
    pub lang: Lang,
}

/// The scale chart's id: a claim that sets AI beside a country scrolls to it.
pub const SCALE_CHART: &str = "chart-scale";

/// The years the growth chart shows.
const YEARS: [u32; 3] = [1, 3, 5];

/// Reference rows (in size order) with the scenario's own rows placed among them by size: each after every row
/// not larger than it, so A stays above B at a tie.
fn by_size(mut rows: Vec<(f64, Row)>, own: impl IntoIterator<Item = (f64, Row)>) -> Vec<Row> {
    for (size, row) in own {
        let at = rows.iter().take_while(|(s, _)| *s <= size).count();
        rows.insert(at, (size, row));
    }
    rows.into_iter().map(|(_, row)| row).collect()
}

/// The page's charts: training vs use, a year on the scale of a country, growth, and which assumption matters.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let lang = props.lang;
    let s = lang.strings();
    let (sa, ra) = (&props.scenario, &props.results);
    let b = props.b.as_ref();
    let e = |kwh: f64| format::energy_kwh(kwh, lang);
    let wh = |v: f64| format::energy_wh(v, lang);
    // A value with its range in `unit`; a value known exactly without one.
    let ranged = |r: Range, unit: &dyn Fn(f64) -> String| {
        let (low, central, high) = (unit(r.low), unit(r.central), unit(r.high));
        if low == high {
            central
        } else {
            format!("{central} ({})", format::range(&low, &high))
        }
    };
    let with_range = |r: Range| ranged(r, &e);
    let wh_range = |r: Range| ranged(r, &wh);
    // A row's value in words: A's with its range, or "A … · B …" while comparing.
    let pair_text = |a: Range, b: Option<Range>| match b {
        None => with_range(a),
        Some(b) => format!("A {} · B {}", with_range(a), e(b.central)),
    };
    let bars = |axis: Axis, a: Range, b: Option<Range>| {
        let mut out = vec![(Tone::A, bar(axis, a))];
        out.extend(b.map(|b| (Tone::B, bar(axis, b))));
        out
    };

    // A scenario's own rows are marked A and B only while comparing.
    let letter = |tone: Tone| match (tone, b.is_some()) {
        (Tone::A, true) => " A",
        (Tone::B, _) => " B",
        (Tone::A, false) | (Tone::Reference, _) => "",
    };

    // One query beside everyday things: this model's query (and B's) placed among them by size.
    let everyday = Everyday::ALL.map(|x| x.wh().0);
    let (qa, qb) = (
        ra.inference_wh_per_query,
        b.map(|(_, rb)| rb.inference_wh_per_query),
    );
    let ladder_axis = Axis::log(
        everyday
            .iter()
            .map(|w| w.central)
            .chain([qa.low, qa.high])
            .chain(qb.map(|q| q.central)),
    );
    let everyday_rows: Vec<(f64, Row)> = Everyday::ALL
        .iter()
        .zip(everyday)
        .map(|(&x, w)| {
            (
                w.central,
                Row {
                    label: lang.everyday(x).into(),
                    value: wh_range(w).into(),
                    bars: vec![(Tone::Reference, bar(ladder_axis, w))],
                },
            )
        })
        .collect();
    let query_row = |tone: Tone, q: Range| {
        (
            q.central,
            Row {
                label: format!("{}{}", s.ladder_query, letter(tone)).into(),
                value: wh_range(q).into(),
                bars: vec![(tone, bar(ladder_axis, q))],
            },
        )
    };
    let ladder_rows = by_size(
        everyday_rows,
        std::iter::once(query_row(Tone::A, qa)).chain(qb.map(|q| query_row(Tone::B, q))),
    );

    // Training and use: a log axis, so the smaller part is still a bar.
    let parts = [Metric::TrainingKwh, Metric::InferenceKwh, Metric::TotalKwh];
    let split_axis = Axis::log(parts.iter().flat_map(|&m| {
        let mut v = vec![ra.get(m).low, ra.get(m).high];
        v.extend(b.map(|(_, rb)| rb.get(m).central));
        v
    }));
    let split_rows: Vec<Row> = parts
        .iter()
        .map(|&m| {
            let vb = b.map(|(_, rb)| rb.get(m));
            Row {
                label: lang.metric(m).into(),
                value: pair_text(ra.get(m), vb).into(),
                bars: bars(split_axis, ra.get(m), vb),
            }
        })
        .collect();

    // A year on the scale of a country: the service's rows among the rungs, where their size puts them.
    let year_a = yearly_kwh(sa, ra.inference_wh_per_query, ra.training_kwh, 1);
    let year_b = b.map(|(sb, rb)| yearly_kwh(sb, rb.inference_wh_per_query, rb.training_kwh, 1));
    let rungs = Rung::ALL.map(|r| r.kwh_per_year().0);
    let scale_axis = Axis::log(
        rungs
            .into_iter()
            .chain([year_a.low, year_a.high])
            .chain(year_b.map(|y| y.central)),
    );
    let rung_rows: Vec<(f64, Row)> = Rung::ALL
        .iter()
        .zip(rungs)
        .map(|(&r, kwh)| {
            let (name, source) = lang.rung(r);
            (
                kwh,
                Row {
                    label: name.into(),
                    value: format!("{} · {source}", e(kwh)).into(),
                    bars: vec![(Tone::Reference, bar(scale_axis, Range::exact(kwh)))],
                },
            )
        })
        .collect();
    let service = |tone: Tone, y: Range, share: Range| {
        (
            y.central,
            Row {
                label: format!("{}{}", s.scale_service, letter(tone)).into(),
                value: format!(
                    "{} · {}{}{}",
                    with_range(y),
                    lang.metric(Metric::ChinaGenerationShare),
                    s.colon,
                    format::percent(share.central, lang)
                )
                .into(),
                bars: vec![(tone, bar(scale_axis, y))],
            },
        )
    };
    let scale_rows = by_size(
        rung_rows,
        std::iter::once(service(Tone::A, year_a, ra.china_generation_share)).chain(
            year_b
                .zip(b)
                .map(|(y, (_, rb))| service(Tone::B, y, rb.china_generation_share)),
        ),
    );

    // Growth: years 1, 3 and 5 at the reader's yearly growth, against 1% of China's generation.
    let years_b: Vec<Range> = b.map_or_else(Vec::new, |(sb, rb)| {
        YEARS
            .iter()
            .map(|&y| yearly_kwh(sb, rb.inference_wh_per_query, rb.training_kwh, y))
            .collect()
    });
    let years_a: Vec<Range> = YEARS
        .iter()
        .map(|&y| yearly_kwh(sa, ra.inference_wh_per_query, ra.training_kwh, y))
        .collect();
    let mark = CHINA_MARK_KWH;
    let growth_axis = Axis::log(
        years_a
            .iter()
            .flat_map(|y| [y.low, y.high])
            .chain(years_b.iter().map(|y| y.central))
            .chain([mark]),
    );
    let mut growth_rows: Vec<Row> = YEARS
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            let (ya, yb) = (
                years_a.get(i).copied().unwrap_or(year_a),
                years_b.get(i).copied(),
            );
            Row {
                label: lang.year(y).into(),
                value: pair_text(ya, yb).into(),
                bars: bars(growth_axis, ya, yb),
            }
        })
        .collect();
    growth_rows.push(Row {
        label: s.china_mark.into(),
        value: e(mark).into(),
        bars: vec![(Tone::Reference, bar(growth_axis, Range::exact(mark)))],
    });
    let mut growth_note = lang.projection(
        sa.yearly_growth,
        first_year_reaching(
            sa,
            ra.inference_wh_per_query,
            ra.training_kwh,
            CHINA_SHARE_MARK,
        ),
    );
    if let Some((sb, rb)) = b {
        growth_note = format!(
            "A: {growth_note} B: {}",
            lang.projection(
                sb.yearly_growth,
                first_year_reaching(
                    sb,
                    rb.inference_wh_per_query,
                    rb.training_kwh,
                    CHINA_SHARE_MARK
                )
            )
        );
    }

    // Which assumption matters: the total when one input alone moves, on a linear axis.
    let sens_b = |knob| {
        b.and_then(|(_, rb)| rb.sensitivity.iter().find(|x| x.knob == knob))
            .map(|x| x.total_kwh)
    };
    let sens_axis = Axis::linear(
        ra.sensitivity.iter().map(|x| x.total_kwh.high).chain(
            b.into_iter()
                .flat_map(|(_, rb)| rb.sensitivity.iter().map(|x| x.total_kwh.high)),
        ),
    );
    let sens_rows: Vec<Row> = ra
        .sensitivity
        .iter()
        .map(|x| {
            let range = |r: Range| format::range(&e(r.low), &e(r.high));
            let vb = sens_b(x.knob);
            Row {
                label: format!("{} ×{}", lang.knob(x.knob), format::plain(x.swing(), lang)).into(),
                value: match vb {
                    None => range(x.total_kwh),
                    Some(vb) => format!("A {} · B {}", range(x.total_kwh), range(vb)),
                }
                .into(),
                bars: bars(sens_axis, x.total_kwh, vb),
            }
        })
        .collect();
    let sens_note = if sens_rows.is_empty() {
        s.no_uncertainty
    } else {
        s.chart_sensitivity_axis
    };

    html! {
        <section class="charts">
            <BarChart id="chart-ladder" folded=true title={s.ladder_title} note={AttrValue::from(s.chart_log_note)}
                axis={ladder_axis} rows={ladder_rows} sizes=true />
            <BarChart id="chart-split" folded=true title={s.chart_split_title} note={AttrValue::from(s.chart_log_note)}
                axis={split_axis} rows={split_rows} sizes=true />
            <BarChart id={SCALE_CHART} folded=true title={s.scale_title} note={AttrValue::from(s.scale_note)}
                axis={scale_axis} rows={scale_rows} sizes=true />
            <BarChart id="chart-growth" folded=true title={s.growth_title} note={AttrValue::from(growth_note)}
                axis={growth_axis} rows={growth_rows} sizes=true />
            <BarChart id="chart-sensitivity" folded=true title={s.chart_sensitivity_title} note={AttrValue::from(sens_note)}
                axis={sens_axis} rows={sens_rows} />
        </section>
    }
}
