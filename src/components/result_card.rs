use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// Stable result name: the test hook is `result-<name>`.
    pub name: &'static str,
    pub label: AttrValue,
    /// The central value, formatted for the reader.
    pub text: AttrValue,
    /// The low–high range, formatted.
    pub range: AttrValue,
    pub range_label: AttrValue,
    /// The central value in base units, for `data-value`.
    pub value: f64,
}

/// One result: what it is, its central value, and its honest range.
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    html! {
        <div class="card" data-testid={format!("result-{}", props.name)} data-value={props.value.to_string()}>
            <div class="card-label">{ &props.label }</div>
            <div class="card-value">{ &props.text }</div>
            <div class="card-range">{ &props.range_label }{ ": " }{ &props.range }</div>
        </div>
    }
}
