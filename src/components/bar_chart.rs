use yew::prelude::*;

use crate::chart::{pct, Axis, Bar};

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
    pub label: AttrValue,
    pub value: AttrValue,
    pub bars: Vec<(Tone, Bar)>,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// The figure's `id` and `data-testid`, and the prefix of its title's id.
    pub id: &'static str,
    pub title: AttrValue,
    /// What to see, under the title.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub axis: Axis,
    pub rows: Vec<Row>,
    /// Bars of sizes (solid from the axis start to the central value, the range as a whisker) rather than
    /// bars of ranges (low to high, a mark at the central value).
    #[prop_or_default]
    pub sizes: bool,
    /// Folded behind its title until the reader opens it (the page is a few screens long at first).
    #[prop_or_default]
    pub folded: bool,
}

/// Height of one bar and the gap under it, px.
const BAR_PX: usize = 10;
const GAP_PX: usize = 4;

/// A chart as a list: each row's words are page text (so they wrap and keep the page's size at any width),
/// each row's bars a thin SVG on the chart's shared axis. The words are the text alternative.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let grid = props.axis.grid();
    let title_id = format!("{}-title", props.id);
    let row = |row: &Row| {
        let height = row.bars.len() * (BAR_PX + GAP_PX);
        let bars = row.bars.iter().enumerate().map(|(i, (tone, b))| {
            let y = i * (BAR_PX + GAP_PX);
            let (top, mid) = (y.to_string(), (y + BAR_PX / 2).to_string());
            let mark = pct(b.mark);
            html! {
                <g class={tone.class()}>
                    if props.sizes {
                        <rect class="solid" x="0" y={top.clone()} width={mark.clone()} height={BAR_PX.to_string()} />
                        <line class="whisker" x1={pct(b.x)} x2={pct(b.x + b.width)} y1={mid.clone()} y2={mid} />
                    } else {
                        <rect class="span" x={pct(b.x)} y={top.clone()} width={pct(b.width)} height={BAR_PX.to_string()} />
                    }
                    <line class="mark" x1={mark.clone()} x2={mark} y1={top} y2={(y + BAR_PX).to_string()} />
                </g>
            }
        });
        html! {
            <li class={classes!(row.bars.first().map(|(t, _)| t.class()))}>
                <span class="bar-label">{ &row.label }</span>
                <span class="bar-value">{ &row.value }</span>
                <svg class="bars" width="100%" height={height.to_string()} aria-hidden="true">
                    { for grid.iter().map(|&x| html! {
                        <line class="grid" x1={pct(x)} x2={pct(x)} y1="0" y2="100%" />
                    }) }
                    { for bars }
                </svg>
            </li>
        }
    };
    let body = html! {
        <>
            if let Some(note) = &props.note {
                <p class="chart-note" data-testid={format!("{}-note", props.id)}>{ note }</p>
            }
            <ul class="bar-rows">{ for props.rows.iter().map(row) }</ul>
        </>
    };
    if props.folded {
        return html! {
            <details class="chart" id={props.id} data-testid={props.id}>
                <summary id={title_id}>{ &props.title }</summary>
                { body }
            </details>
        };
    }
    html! {
        <figure class="chart" id={props.id} data-testid={props.id} aria-labelledby={title_id.clone()}>
            <figcaption id={title_id}>{ &props.title }</figcaption>
            { body }
        </figure>
    }
}
