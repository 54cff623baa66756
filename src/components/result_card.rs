use yew::prelude::*;

use crate::i18n::Lang;
use crate::work::Work;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// Stable result name: the test hook is `result-<name>`.
    pub name: &'static str,
    pub label: AttrValue,
    /// The central value, formatted for the reader.
    pub text: AttrValue,
    /// The low–high range, formatted.
    pub range: AttrValue,
    /// The central value in base units, for `data-value`.
    pub value: f64,
    /// The formula with numbers and its sources, behind a disclosure.
    #[prop_or_default]
    pub work: Option<Work>,
    pub lang: Lang,
}

/// One result: what it is, its central value, its honest range, and how it was computed.
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let s = props.lang.strings();
    html! {
        <div class="card" data-testid={format!("result-{}", props.name)} data-value={props.value.to_string()}>
            <div class="card-label">{ &props.label }</div>
            <div class="card-value">{ &props.text }</div>
            <div class="card-range">{ s.range }{ s.colon }{ &props.range }</div>
            if let Some(work) = &props.work {
                <details class="work">
                    <summary>{ s.show_work }</summary>
                    <p class="formula" data-testid={format!("work-{}", props.name)}>{ &work.formula }</p>
                    if !work.sources.is_empty() {
                        <p class="work-sources">{ s.sources }{ s.colon }{ work.sources.join("; ") }</p>
                    }
                </details>
            }
        </div>
    }
}
