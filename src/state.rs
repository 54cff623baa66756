//! The app's state and its one reducer. The scenario is a value (the last good one); what the reader typed
//! is kept beside it (`typed.rs`), so a half-typed or wrong number never replaces a good result. While comparing,
//! scenario B sits beside it as another `Scenario` value, and `side` says which of the two the inputs edit. How
//! the page is shown is the link's `View`, held once.

use std::rc::Rc;

use yew::Reducible;

pub use crate::action::{Action, Choice, List, Preset, Side};
use crate::typed::{empty_means_unknown, Slot, Typed};
use ai_energy_core::i18n::claim_texts::ClaimTexts;
use ai_energy_core::i18n::later::MethodologyHtml;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::{encode_pair, Problem};
use ai_energy_core::model::scenario::{Field, Scenario};
use ai_energy_core::parse::parse_number;
use ai_energy_core::view::View;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The last scenario in which every number was valid: results are always computed from it.
    pub scenario: Scenario,
    /// Scenario B while comparing (its last good value, like `scenario`).
    pub b: Option<Scenario>,
    /// Which scenario the inputs edit.
    pub side: Side,
    /// The text of each input the reader has edited since the scenario was last loaded.
    pub typed: Typed,
    /// How the page is shown, as the share link writes it: the preset the scenario was loaded from (kept while the
    /// reader edits it), the language the link or the switch chose, embed, read-only and theme.
    pub view: View,
    /// The browser's language: the page's when neither the link nor the switch chose one.
    pub browser_lang: Lang,
    /// What the opening link got wrong, until the reader dismisses it.
    pub notice: Vec<Problem>,
    /// The claims' texts once they arrived (they load after the first screen, when the reader opens the claims).
    pub claims: Option<Rc<ClaimTexts>>,
    /// The methodology section's HTML once it arrived (loaded like the claims).
    pub methodology: Option<Rc<MethodologyHtml>>,
}

/// `scenario` with the reader's own bases (currency and price, home, car) and their own lines from `old` when
/// `keep`: a preset changes the AI, not the reader's home or their use.
fn keep_readers(old: &Scenario, scenario: Scenario, keep: bool) -> Scenario {
    if keep {
        Scenario {
            my_use: old.my_use,
            ..scenario.with_bases_of(old)
        }
    } else {
        scenario
    }
}

impl AppState {
    /// The state a link opens: its scenario (and B's), its view and its problems; `browser_lang` is the page's
    /// language unless the link names one.
    pub fn from_link(
        scenario: Scenario,
        b: Option<Scenario>,
        view: View,
        problems: Vec<Problem>,
        browser_lang: Lang,
    ) -> Self {
        AppState {
            scenario,
            b,
            side: Side::A,
            typed: Typed::default(),
            view,
            browser_lang,
            notice: problems,
            claims: None,
            methodology: None,
        }
    }

    /// The state of a plain page: `scenario` loaded from `preset`, in `lang`.
    pub fn new(scenario: Scenario, preset: Option<crate::action::Preset>, lang: Lang) -> Self {
        AppState::from_link(
            scenario,
            None,
            View {
                preset,
                ..View::default()
            },
            Vec::new(),
            lang,
        )
    }

    /// The page's language: the link's or the switch's, else the browser's.
    pub fn lang(&self) -> Lang {
        self.view.lang.unwrap_or(self.browser_lang)
    }

    /// The share link's query string for this page as it is (a comparison writes B as `b.` keys).
    pub fn share_query(&self) -> String {
        encode_pair(&self.scenario, self.b.as_ref(), &self.view)
    }

    /// The link to the full, editable calculator with this scenario (what an embed links out to).
    pub fn full_query(&self) -> String {
        encode_pair(
            &self.scenario,
            self.b.as_ref(),
            &View {
                embed: false,
                lock: false,
                ..self.view.clone()
            },
        )
    }

    /// The link an article embeds: this scenario (or pair) in compact mode, language fixed.
    pub fn embed_query(&self) -> String {
        encode_pair(
            &self.scenario,
            self.b.as_ref(),
            &View {
                embed: true,
                lang: Some(self.lang()),
                ..self.view.clone()
            },
        )
    }

    /// The scenario the inputs edit: A, or B while comparing with B chosen.
    pub fn edited(&self) -> &Scenario {
        match (self.side, &self.b) {
            (Side::B, Some(b)) => b,
            (Side::A, _) | (Side::B, None) => &self.scenario,
        }
    }

    fn edited_mut(&mut self) -> &mut Scenario {
        match (self.side, &mut self.b) {
            (Side::B, Some(b)) => b,
            (Side::A, _) | (Side::B, None) => &mut self.scenario,
        }
    }

    /// Starts the edited scenario again from `scenario` (loaded from `preset`), keeping the reader's own bases and
    /// lines when `keep`.
    fn load(&mut self, preset: Option<Preset>, scenario: Scenario, keep: bool) {
        let target = self.edited_mut();
        *target = keep_readers(target, scenario, keep);
        // A preset is A's base in the link; B is written as what differs from A.
        if self.side == Side::A {
            self.view.preset = preset;
        }
        self.typed.clear();
    }

    /// What a field's input shows: the reader's text, or the edited scenario's value.
    pub fn input_text(&self, field: Field) -> String {
        self.typed.text(field, self.edited(), self.lang())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(field, text) => {
                let target = next.edited_mut();
                if empty_means_unknown(field, &text) {
                    let _ = field.set(target, None);
                } else if let Ok(v) = parse_number(&text) {
                    // A refused value leaves the scenario (and so the results) as they were.
                    let _ = field.set(target, Some(v));
                }
                next.typed.insert(field, text);
            }
            Action::SetValue(field, value) => {
                if field.set(next.edited_mut(), Some(value)).is_ok() {
                    next.typed.remove(field);
                }
            }
            Action::SetPrice(price, currency) => {
                let target = next.edited_mut();
                if Field::Price.set(target, Some(price)).is_ok() {
                    target.currency = currency;
                    next.typed.remove(Field::Price);
                }
            }
            Action::Choose(Choice::Work(work)) if work != next.edited().work => {
                let preset = Preset::typical(work);
                next.load(
                    preset,
                    preset.map_or(Scenario::DEFAULT, Preset::scenario),
                    true,
                );
            }
            Action::Choose(choice) => next.edited_mut().apply(choice),
            Action::EditLine(preset, text) => {
                // A refused count leaves the lines (and so the results) as they were; so does 0 or nothing, which
                // a reader passes through on the way to 0.5 (the line goes with its remove button, not a keystroke).
                if let Ok(v) = parse_number(&text) {
                    if v != 0.0 {
                        let _ = next.edited_mut().my_use.set(preset, v);
                    }
                }
                next.typed.insert(Slot::Line(preset), text);
            }
            Action::AddLine(preset) => {
                let target = next.edited_mut();
                if target.my_use.get(preset).is_none() {
                    let _ = target.my_use.set(preset, 1.0);
                }
            }
            Action::RemoveLine(preset) => {
                let _ = next.edited_mut().my_use.set(preset, 0.0);
                next.typed.remove(Slot::Line(preset));
            }
            Action::Load(preset, scenario) => next.load(preset, *scenario, preset.is_some()),
            Action::StartCompare => {
                next.b = Some(next.scenario.clone());
                next.side = Side::B;
                next.typed.clear();
            }
            Action::StopCompare => {
                next.b = None;
                next.side = Side::A;
                next.typed.clear();
            }
            Action::EditSide(side) => {
                if next.side != side {
                    next.side = side;
                    next.typed.clear();
                }
            }
            Action::SetLang(lang) => next.view.lang = Some(lang),
            Action::DismissNotice => next.notice.clear(),
            Action::ClaimsLoaded(texts) => next.claims = Some(texts),
            Action::MethodologyLoaded(html) => next.methodology = Some(html),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ai_energy_core::model::equivalence::HomeRegion;
    use ai_energy_core::model::facility::ReferenceKind;
    use ai_energy_core::model::hardware::Hw;
    use ai_energy_core::model::presets::Preset;
    use ai_energy_core::model::scenario::{ChoiceKind, Currency, InputError};

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(Scenario::default(), None, Lang::Zh))
    }

    fn edit(state: Rc<AppState>, field: Field, text: &str) -> Rc<AppState> {
        state.reduce(Action::Edit(field, text.to_string()))
    }

    #[test]
    fn typing_a_count_through_zero_keeps_the_line() {
        let mut s = start().reduce(Action::AddLine(Preset::Gemini));
        for text in ["", "0", "0.", "0.5"] {
            s = s.reduce(Action::EditLine(Preset::Gemini, text.to_string()));
            assert!(
                s.scenario.my_use.get(Preset::Gemini).is_some(),
                "{text:?} keeps the line"
            );
        }
        assert_eq!(s.scenario.my_use.get(Preset::Gemini), Some(0.5));
        let s = s.reduce(Action::RemoveLine(Preset::Gemini));
        assert!(s.scenario.my_use.is_empty());
    }

    #[test]
    fn a_valid_edit_moves_the_scenario() {
        let s = edit(start(), Field::Params, "70B");
        assert_eq!(s.scenario.params, 70e9);
        assert_eq!(s.typed.error(Field::Params), None);
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_good_scenario_and_says_why() {
        let s = edit(start(), Field::Params, "70B");
        let s = edit(s, Field::Params, "-5");
        assert_eq!(s.scenario.params, 70e9);
        assert_eq!(
            s.typed.error(Field::Params),
            Some(InputError::TooSmall(1e6))
        );
        let s = edit(s, Field::Params, "abc");
        assert_eq!(s.typed.error(Field::Params), Some(InputError::NotANumber));
        assert_eq!(s.scenario.params, 70e9);
        assert!(s.typed.has_error());
    }

    #[test]
    fn emptying_an_optional_input_means_unknown_not_wrong() {
        let s = edit(start(), Field::Pue, "1.1");
        assert_eq!(s.scenario.pue, Some(1.1));
        let s = edit(s, Field::Pue, "  ");
        assert_eq!(s.scenario.pue, None);
        assert_eq!(s.typed.error(Field::Pue), None);
        let s = edit(s, Field::Params, "");
        assert_eq!(s.typed.error(Field::Params), Some(InputError::NotANumber));
    }

    #[test]
    fn loading_a_preset_keeps_the_readers_comparison_bases() {
        let s = start().reduce(Action::Choose(Choice::Home(HomeRegion::Usa)));
        let s = edit(s, Field::Params, "oops");
        let s = s.reduce(Action::Load(
            Some(Preset::Gpt3),
            Box::new(Preset::Gpt3.scenario()),
        ));
        assert_eq!(s.scenario.hw, Hw::V100);
        assert_eq!(s.scenario.home, HomeRegion::Usa);
        assert!(s.typed.is_empty() && !s.typed.has_error());
        assert_eq!(s.view.preset, Some(Preset::Gpt3));
    }

    #[test]
    fn the_share_link_follows_every_change_and_writes_only_what_differs() {
        let s = start();
        assert_eq!(s.share_query(), "v=1");
        let s = edit(s, Field::Params, "70B");
        let s = edit(s, Field::QueriesPerDay, "2.7亿");
        assert_eq!(s.share_query(), "v=1&params=70B&qpd=270M");
        let s = edit(s, Field::Pue, "bad");
        assert_eq!(
            s.share_query(),
            "v=1&params=70B&qpd=270M",
            "a refused value is not shared"
        );
        let s = s.reduce(Action::SetLang(Lang::En));
        assert_eq!(s.share_query(), "v=1&params=70B&qpd=270M&lang=en");
        assert_eq!(s.embed_query(), "v=1&params=70B&qpd=270M&lang=en&embed=1");
        let decoded = ai_energy_core::link::decode(&s.share_query());
        assert_eq!(decoded.scenario, s.scenario);
    }

    #[test]
    fn every_list_turns_its_ids_into_actions_and_ignores_the_rest() {
        assert_eq!(
            List::Choice(ChoiceKind::Hw).action("a100"),
            Some(Action::Choose(Choice::Hw(Hw::A100)))
        );
        assert_eq!(
            List::Reference(ReferenceKind::Pue).action("google"),
            Some(Action::SetValue(Field::Pue, 1.09))
        );
        assert_eq!(
            List::Reference(ReferenceKind::Price).action("us-texas"),
            Some(Action::SetPrice(0.066, Currency::Usd))
        );
        assert_eq!(List::Reference(ReferenceKind::Grid).action(""), None);
        assert_eq!(List::Choice(ChoiceKind::Ev).action("cybertruck"), None);
    }

    #[test]
    fn comparing_edits_b_leaves_a_and_leaving_keeps_a() {
        let s = edit(start(), Field::Pue, "1.58").reduce(Action::StartCompare);
        assert_eq!(s.b.as_ref(), Some(&s.scenario), "B starts as a copy of A");
        assert_eq!(s.side, Side::B);
        let s = edit(s, Field::Pue, "1.09");
        assert_eq!(
            (s.scenario.pue, s.b.as_ref().and_then(|b| b.pue)),
            (Some(1.58), Some(1.09))
        );
        assert_eq!(s.share_query(), "v=1&pue=1.58&b.pue=1.09");
        assert_eq!(s.input_text(Field::Pue), "1.09", "the inputs show B");
        let s = s.reduce(Action::EditSide(Side::A));
        assert_eq!(s.input_text(Field::Pue), "1.58", "and A once A is chosen");
        let s = edit(s, Field::Params, "70B");
        assert_eq!(
            s.b.as_ref().map(|b| b.params),
            Some(175e9),
            "editing A leaves B"
        );
        let s = s.reduce(Action::StopCompare);
        assert_eq!(
            (s.b.as_ref(), s.side, s.scenario.params),
            (None, Side::A, 70e9)
        );
        assert_eq!(s.share_query(), "v=1&params=70B&pue=1.58");
    }

    #[test]
    fn a_price_preset_sets_price_and_currency_together() {
        let s = start().reduce(Action::SetPrice(0.0892, Currency::Usd));
        assert_eq!(
            (s.scenario.price_per_kwh, s.scenario.currency),
            (0.0892, Currency::Usd)
        );
    }
}
