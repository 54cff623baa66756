use yew::prelude::*;

use ai_energy_core::first_screen::headline;
use ai_energy_core::lang::Lang;
use ai_energy_core::lead::{Figures, Leading};
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::{Results, Scenario};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub scenario: Scenario,
    pub results: Results,
    /// Scenario B and its results while comparing.
    #[prop_or_default]
    pub b: Option<(Scenario, Results)>,
    /// The preset A was loaded from (names A when A changes it).
    #[prop_or_default]
    pub preset: Option<Preset>,
    pub lang: Lang,
}

/// The one number the reader came for — the question's result, or B ÷ A while comparing — with its range and its
/// everyday meaning. The markup is the core's (`first_screen::headline`), the very one the first paint writes, so
/// the page takes over the first screen without a change. It stays in view while the reader edits the inputs
/// (sticky at the top of the layout), so it holds nothing else.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let leading = Leading {
        a: (&props.scenario, Figures::from(&props.results)),
        b: props.b.as_ref().map(|(s, r)| (s, Figures::from(r))),
        from: props.preset,
    };
    let markup = headline::<true>(&leading, props.lang);
    Html::from_html_unchecked(markup.into())
}
