//! The page's charts: one item beside everyday things, the presets of its kind ranked, training vs use, a year on
//! the scale of a country, growth, and which assumption matters. Each chart has its own builder (a file here)
//! that turns the model's results into an axis and rows of words and bars; [`markup`] writes them. No builder
//! computes a model number: every value it shows is read from `Results` (or a model table) and placed by
//! `crate::chart`. The page shows each folded behind its title and asks the whole module for its markup when the
//! reader opens it (`takeaway::chart`), so the charts are not part of the page's first visit.

mod everyday;
mod growth;
mod ranking;
mod scale;
mod sensitivity;
mod split;

use crate::chart::{bar, pct, Axis, Bar};
use crate::export::escape_markup;
use crate::format;
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::model::energy::wh_per_query;
use crate::model::everyday::Everyday;
use crate::model::presets::Preset;
use crate::model::{Range, Results, Scenario};
use crate::prelude::*;

/// One of the page's charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    /// One item beside everyday uses of energy.
    Ladder,
    /// The presets of the item's kind, by energy per item.
    Ranking,
    /// Training, use and their total.
    Split,
    /// A year of the service beside households, cities and countries.
    Scale,
    /// The service's growth against 1% of China's generation.
    Growth,
    /// Which assumption moves the total most.
    Sensitivity,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::Ladder,
        ChartId::Ranking,
        ChartId::Split,
        ChartId::Scale,
        ChartId::Growth,
        ChartId::Sensitivity,
    ];

    /// The chart's element id and test hook (a claim that sets AI beside a country opens `chart-scale`).
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Ladder => "chart-ladder",
            ChartId::Ranking => "chart-ranking",
            ChartId::Split => "chart-split",
            ChartId::Scale => "chart-scale",
            ChartId::Growth => "chart-growth",
            ChartId::Sensitivity => "chart-sensitivity",
        }
    }

    /// The chart whose id is `id`.
    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Its title, in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        let s = lang.strings();
        match self {
            ChartId::Ladder => s.ladder_title,
            ChartId::Ranking => s.ranking_title,
            ChartId::Split => s.chart_split_title,
            ChartId::Scale => s.scale_title,
            ChartId::Growth => s.growth_title,
            ChartId::Sensitivity => s.chart_sensitivity_title,
        }
    }

    /// Bars of sizes (solid from the axis start to the central value, the range as a whisker) rather than bars of
    /// ranges (low to high, a mark at the central value: the sensitivity's swings).
    fn sizes(self) -> bool {
        match self {
            ChartId::Ladder
            | ChartId::Ranking
            | ChartId::Split
            | ChartId::Scale
            | ChartId::Growth => true,
            ChartId::Sensitivity => false,
        }
    }
}

/// Whose bar a row draws: scenario A, scenario B, or a familiar reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    A,
    B,
    Reference,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::A => "a",
            Tone::B => "b",
            Tone::Reference => "ref",
        }
    }
}

/// One row: its name and value in words, and its bars (A's above B's).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: String,
    pub bars: Vec<(Tone, Bar)>,
}

/// What one builder returns: the chart's shared axis, its rows and the note under its title.
struct Chart {
    axis: Axis,
    rows: Vec<Row>,
    note: String,
}

/// What every builder reads: the language, scenario A's results and B's while comparing, and the ways the
/// charts write a value.
struct Context<'a> {
    lang: Lang,
    s: &'static Strings,
    a: (&'a Scenario, &'a Results),
    b: Option<(&'a Scenario, &'a Results)>,
    preset: Option<Preset>,
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
    fn bars(&self, axis: Axis, a: Range, b: Option<Range>) -> Vec<(Tone, Bar)> {
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

    /// The everyday ladder's energies (`Everyday::wh`, in `Everyday::ALL` order).
    fn everyday(&self) -> Vec<Range> {
        Everyday::ALL.map(Everyday::wh).to_vec()
    }

    /// Every preset's energy per item (`wh_per_query`, in `Preset::ALL` order).
    fn presets(&self) -> Vec<Range> {
        Preset::ALL.map(|p| wh_per_query(&p.scenario())).to_vec()
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

/// Height of one bar and the gap under it, px.
const BAR_PX: usize = 10;
const GAP_PX: usize = 4;

/// Chart `id` of scenario A (`a`, with B beside it while comparing; `preset`: the preset A was loaded from, whose
/// group the ranking shows) as markup: the note under its title, then its rows. Each row's words are page text
/// (they wrap and keep the page's size at any width) and its bars a thin SVG on the chart's shared axis; the
/// words are the text alternative.
pub fn markup(
    id: ChartId,
    a: (&Scenario, &Results),
    b: Option<(&Scenario, &Results)>,
    preset: Option<Preset>,
    lang: Lang,
) -> String {
    let c = Context {
        lang,
        s: lang.strings(),
        a,
        b,
        preset,
    };
    let chart = match id {
        ChartId::Ladder => everyday::chart(&c),
        ChartId::Ranking => ranking::chart(&c),
        ChartId::Split => split::chart(&c),
        ChartId::Scale => scale::chart(&c),
        ChartId::Growth => growth::chart(&c),
        ChartId::Sensitivity => sensitivity::chart(&c),
    };
    let grid: String = chart
        .axis
        .grid()
        .into_iter()
        .map(|x| {
            format!(
                r#"<line class="grid" x1="{0}" x2="{0}" y1="0" y2="100%"></line>"#,
                pct(x)
            )
        })
        .collect();
    let mut out = String::new();
    if !chart.note.is_empty() {
        out.push_str(&format!(
            r#"<p class="chart-note" data-testid="{}-note">{}</p>"#,
            id.id(),
            escape_markup(&chart.note)
        ));
    }
    out.push_str(r#"<ul class="bar-rows">"#);
    for row in &chart.rows {
        let bars: String = row
            .bars
            .iter()
            .enumerate()
            .map(|(i, (tone, b))| {
                let y = i * (BAR_PX + GAP_PX);
                let (mark, mid) = (pct(b.mark), y + BAR_PX / 2);
                let shape = if id.sizes() {
                    format!(
                        r#"<rect class="solid" x="0" y="{y}" width="{mark}" height="{BAR_PX}"></rect><line class="whisker" x1="{}" x2="{}" y1="{mid}" y2="{mid}"></line>"#,
                        pct(b.x),
                        pct(b.x + b.width)
                    )
                } else {
                    format!(
                        r#"<rect class="span" x="{}" y="{y}" width="{}" height="{BAR_PX}"></rect>"#,
                        pct(b.x),
                        pct(b.width)
                    )
                };
                format!(
                    r#"<g class="{}">{shape}<line class="mark" x1="{mark}" x2="{mark}" y1="{y}" y2="{}"></line></g>"#,
                    tone.class(),
                    y + BAR_PX
                )
            })
            .collect();
        out.push_str(&format!(
            r#"<li class="{}"><span class="bar-label">{}</span><span class="bar-value">{}</span><svg class="bars" width="100%" height="{}" aria-hidden="true">{grid}{bars}</svg></li>"#,
            row.bars.first().map_or("", |(t, _)| t.class()),
            escape_markup(&row.label),
            escape_markup(&row.value),
            row.bars.len() * (BAR_PX + GAP_PX)
        ));
    }
    out.push_str("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    fn all(a: (&Scenario, &Results), b: Option<(&Scenario, &Results)>, lang: Lang) -> String {
        ChartId::ALL
            .into_iter()
            .map(|id| markup(id, a, b, None, lang))
            .collect()
    }

    #[test]
    fn the_charts_render_in_both_languages_and_draw_b_under_a() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let zh = all((&s, &r), None, Lang::Zh);
        for text in [
            "三峡电站一年发电",
            "这个服务一年",
            "第 5 年",
            "全国发电量的 1%",
            "万度",
            "class=\"span\"",
        ] {
            assert!(zh.contains(text), "{text}: {zh}");
        }
        for text in ["Three Gorges", " A<", " B<"] {
            assert!(!zh.contains(text), "{text}");
        }
        let (_, a, b) = crate::model::presets::Comparison::PueLiquid.scenarios();
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let en = all((&a, &ra), Some((&b, &rb)), Lang::En);
        for text in [
            "This service, one year A",
            "This service, one year B",
            "The Three Gorges dam&#39;s output",
            "requests served together per replica ×",
            "<g class=\"b\">",
            "A: With queries growing",
        ] {
            assert!(
                en.contains(text) || en.contains(&text.replace("&#39;", "'")),
                "{text}: {en}"
            );
        }
        assert!(!en.contains("三峡"));
        assert_eq!(
            en.matches("<g class=\"a\">").count(),
            en.matches("<g class=\"b\">").count()
        );
        assert_eq!(ChartId::from_id("chart-scale"), Some(ChartId::Scale));
    }
}
