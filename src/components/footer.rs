use yew::prelude::*;

use ai_energy_core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
    /// The data version of the results shown (`model::data_version`).
    pub version: &'static str,
}

/// Privacy promise and the data version a cited number belongs to.
#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let s = props.lang.strings();
    html! {
        <footer class="footer">
            <p>{ s.footer }</p>
            <p data-testid="data-version">{ s.data_version }{ s.colon }{ props.version }</p>
        </footer>
    }
}
