//! The page's charts: one query beside everyday things, training vs use, a year on the scale of a country,
//! growth, and which assumption matters. Each chart has its own builder (a file here) that turns the model's
//! results into an axis and rows of words and bars; this component only lays them out. No builder computes a
//! model number: every value it shows is read from `Results` (or a model table) and placed by `crate::chart`.

mod everyday;
mod growth;
mod scale;
mod sensitivity;
mod split;

use yew::prelude::*;

use super::bar_chart::{BarChart, Row, Tone};
use crate::chart::{bar, Axis};
use ai_energy_core::format;
use ai_energy_core::i18n::Strings;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::everyday::Everyday;
use ai_energy_core::model::{Range, Results, Scenario};

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

/// What one builder returns: the chart's shared axis, its rows and the note under its title.
struct Chart {
    axis: Axis,
    rows: Vec<Row>,
    note: AttrValue,
}

/// What every builder reads: the language, scenario A's results and B's while comparing, and the ways the
/// charts write a value.
struct Context<'a> {
    lang: Lang,
    s: &'static Strings,
    a: (&'a Scenario, &'a Results),
    b: Option<(&'a Scenario, &'a Results)>,
    /// The everyday ladder's energies (`Everyday::wh`, in `Everyday::ALL` order): the same on every page, so
    /// evaluated once, when the charts first render.
    everyday: &'a [Range],
}

impl Context<'_> {
    fn energy(&self, kwh: f64) -> String {
        format::energy_kwh(kwh, self.lang)
    }

    /// A value with its range in `unit`; a value known exactly without one.
    fn ranged(&self, r: Range, unit: impl Fn(f64) -> String) -> String {
        let (low, central, high) = (unit(r.low), unit(r.central), unit(r.high));
        if low == high {
            central
        } else {
            format!("{central} ({})", format::range(&low, &high))
        }
    }

    /// Energy in kWh with its range.
    fn with_range(&self, r: Range) -> String {
        self.ranged(r, |v| self.energy(v))
    }

    /// A row's value in words: A's with its range, or "A … · B …" while comparing.
    fn pair_text(&self, a: Range, b: Option<Range>) -> String {
        match b {
            None => self.with_range(a),
            Some(b) => format!("A {} · B {}", self.with_range(a), self.energy(b.central)),
        }
    }

    /// A's bar, and B's under it while comparing.
    fn bars(&self, axis: Axis, a: Range, b: Option<Range>) -> Vec<(Tone, crate::chart::Bar)> {
        let mut out = vec![(Tone::A, bar(axis, a))];
        out.extend(b.map(|b| (Tone::B, bar(axis, b))));
        out
    }

    /// A scenario's own rows are marked A and B only while comparing.
    fn letter(&self, tone: Tone) -> &'static str {
        match (tone, self.b.is_some()) {
            (Tone::A, true) => " A",
            (Tone::B, _) => " B",
            (Tone::A, false) | (Tone::Reference, _) => "",
        }
    }
}

/// Reference rows (in size order) with the scenario's own rows placed among them by size: each after every row
/// not larger than it, so A stays above B at a tie.
fn by_size(mut rows: Vec<(f64, Row)>, own: impl IntoIterator<Item = (f64, Row)>) -> Vec<Row> {
    for (size, row) in own {
        let at = rows.iter().take_while(|(s, _)| *s <= size).count();
        rows.insert(at, (size, row));
    }
    rows.into_iter().map(|(_, row)| row).collect()
}

/// The page's charts, each folded behind its title.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let everyday = use_memo((), |()| Everyday::ALL.map(Everyday::wh));
    let c = Context {
        lang: props.lang,
        s: props.lang.strings(),
        a: (&props.scenario, &props.results),
        b: props.b.as_ref().map(|(s, r)| (s, r)),
        everyday: &everyday[..],
    };
    let s = c.s;
    let figure = |id: &'static str, title: &'static str, chart: Chart, sizes: bool| {
        html! {
            <BarChart {id} folded=true title={title} note={chart.note} axis={chart.axis} rows={chart.rows} {sizes} />
        }
    };
    html! {
        <section class="charts">
            { figure("chart-ladder", s.ladder_title, everyday::chart(&c), true) }
            { figure("chart-split", s.chart_split_title, split::chart(&c), true) }
            { figure(SCALE_CHART, s.scale_title, scale::chart(&c), true) }
            { figure("chart-growth", s.growth_title, growth::chart(&c), true) }
            { figure("chart-sensitivity", s.chart_sensitivity_title, sensitivity::chart(&c), false) }
        </section>
    }
}
