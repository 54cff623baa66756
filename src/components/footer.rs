use yew::prelude::*;

use ai_energy_core::lang::Lang;
use ai_energy_core::model::DATA_VERSION;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
}

/// Privacy promise and the data version a cited number belongs to.
#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let s = props.lang.strings();
    html! {
        <footer class="footer">
            <p>{ s.footer }</p>
            <p data-testid="data-version">{ s.data_version }{ s.colon }{ DATA_VERSION }</p>
        </footer>
    }
}
