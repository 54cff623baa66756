//! The first screen as markup, for the page to paint before the app has loaded: what the app's first render
//! shows for a link (title, the link's problems, presets, the comparison bar and the headline with its range; in
//! an embed, the headline alone), element for element and word for word, so the app replaces it without moving
//! anything. The first-paint module (`module/`) calls it; `tests/e2e/first_paint.test.mjs` checks it against
//! the app's own markup for every kind of link. Only the first screen's words are linked into that module
//! (`with_words!` is static dispatch), which keeps the critical path small (docs/PERFORMANCE.md).

use crate::comparison_links;
use crate::export::escape_markup;
use crate::format;
use crate::i18n::problem_message;
use crate::lang::Lang;
use crate::link::decode;
use crate::model::compare::ratio;
use crate::model::presets::{Comparison, Preset};
use crate::model::{evaluate, Metric, Results};
use crate::prelude::*;
use crate::shortest::shortest;
use crate::view::Theme;

/// A link's first screen: the markup and what `<html>` needs before it is painted.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstScreen {
    /// The language it is written in (`<html lang>`): the link's, else the browser's.
    pub lang: Lang,
    /// The colour scheme the link asks for (`<html data-theme>`; `Auto` = none).
    pub theme: Theme,
    /// The elements the app's first render puts in `<body>`.
    pub html: String,
}

/// The first screen for `query` (a share link's query string, as `link::decode` takes it), in the link's
/// language, else `browser` (the reader's, as the app picks it), else the default.
pub fn first_screen(query: &str, browser: Option<Lang>) -> FirstScreen {
    let link = decode(query);
    let lang = link.view.lang.or(browser).unwrap_or_default();
    let a = evaluate(&link.scenario);
    let b = link.b.as_ref().map(evaluate);
    let mut out = Markup(String::with_capacity(4096));
    out.notice(&link.problems, lang);
    if link.view.embed {
        out.open("main", &[("class", "embed"), ("data-testid", "embed")]);
        out.element(
            "p",
            &[("class", "embed-title")],
            lang.metric(Metric::TotalKwh),
        );
        out.total(&a, lang);
        if let Some(b) = &b {
            out.pair(&a, b, lang);
        }
        out.close("main");
    } else {
        out.page(&link.view, link.b.is_some(), &a, b.as_ref(), lang);
    }
    FirstScreen {
        lang,
        theme: link.view.theme,
        html: out.0,
    }
}

/// Markup written as text, every value escaped.
struct Markup(String);

impl Markup {
    fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.0.push_str(&escape_markup(value));
            self.0.push('"');
        }
        self.0.push('>');
    }

    fn text(&mut self, text: &str) {
        self.0.push_str(&escape_markup(text));
    }

    fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.close(tag);
    }

    fn button(&mut self, attributes: &[(&str, &str)], text: &str) {
        let mut all = vec![("type", "button")];
        all.extend_from_slice(attributes);
        self.element("button", &all, text);
    }

    /// `LinkNotice`: what the opening link got wrong (nothing when it got nothing wrong).
    fn notice(&mut self, problems: &[crate::link::Problem], lang: Lang) {
        if problems.is_empty() {
            return;
        }
        let s = lang.first_words();
        self.open(
            "div",
            &[
                ("class", "link-notice"),
                ("role", "status"),
                ("data-testid", "link-notice"),
            ],
        );
        self.element("p", &[], s.notice_title);
        self.open("ul", &[]);
        for p in problems {
            self.element("li", &[], &problem_message(p, lang));
        }
        self.close("ul");
        self.button(&[("data-testid", "link-notice-dismiss")], s.dismiss);
        self.close("div");
    }

    /// `App` before its first paint: `Header`, the notice, `PresetPicker` and `CompareBar` (unless locked), and
    /// the layout's sticky summary with the `Headline`.
    fn page(
        &mut self,
        view: &crate::view::View,
        comparing: bool,
        a: &Results,
        b: Option<&Results>,
        lang: Lang,
    ) {
        let s = lang.first_words();
        // The notice was written first; the page's markup puts it after the header.
        let notice = core::mem::take(&mut self.0);
        self.open("main", &[("class", "page")]);
        self.open("header", &[("class", "header")]);
        self.open("div", &[]);
        self.element("h1", &[], s.title);
        self.element("p", &[("class", "subtitle")], s.subtitle);
        self.close("div");
        self.button(
            &[
                ("class", "lang-switch"),
                ("lang", lang.other().tag()),
                ("data-testid", "lang-switch"),
            ],
            s.switch_to,
        );
        self.close("header");
        self.0.push_str(&notice);
        if !view.lock {
            self.presets(view.preset, lang);
            self.compare_bar(comparing, lang);
        }
        self.open(
            "div",
            &[("class", if view.lock { "layout locked" } else { "layout" })],
        );
        self.open("div", &[("class", "summary")]);
        self.open(
            "section",
            &[
                ("class", "headline"),
                ("aria-labelledby", "headline-title"),
                ("data-testid", "headline"),
            ],
        );
        self.element(
            "h2",
            &[("id", "headline-title")],
            lang.metric(Metric::TotalKwh),
        );
        self.total(a, lang);
        if let Some(b) = b {
            self.pair(a, b, lang);
        }
        self.close("section");
        self.close("div");
        self.close("div");
        self.close("main");
    }

    /// `PresetPicker`.
    fn presets(&mut self, selected: Option<Preset>, lang: Lang) {
        let s = lang.first_words();
        self.open(
            "nav",
            &[("class", "presets"), ("aria-labelledby", "presets-title")],
        );
        self.element("h2", &[("id", "presets-title")], s.presets_title);
        self.open("div", &[("class", "preset-list")]);
        for p in Preset::ALL {
            let pressed = if selected == Some(p) { "true" } else { "false" };
            let id = format!("preset-{}", p.id());
            self.open(
                "button",
                &[
                    ("type", "button"),
                    ("class", "preset"),
                    ("aria-pressed", pressed),
                    ("data-testid", &id),
                ],
            );
            self.element("span", &[("class", "preset-name")], lang.preset(p));
            self.element("span", &[("class", "preset-basis")], lang.basis(p.basis()));
            self.close("button");
        }
        self.button(
            &[("class", "preset reset"), ("data-testid", "preset-reset")],
            s.reset,
        );
        self.close("div");
        self.close("nav");
    }

    /// `CompareBar` as a link opens it (the inputs edit scenario A).
    fn compare_bar(&mut self, comparing: bool, lang: Lang) {
        let s = lang.first_words();
        self.open(
            "section",
            &[
                ("class", "compare-bar"),
                ("aria-label", s.comparisons_title),
            ],
        );
        if comparing {
            self.open("div", &[("class", "sides"), ("role", "group")]);
            for (label, pressed, id) in
                [(s.edit_a, "true", "edit-a"), (s.edit_b, "false", "edit-b")]
            {
                self.button(
                    &[
                        ("class", "side"),
                        ("aria-pressed", pressed),
                        ("data-testid", id),
                    ],
                    label,
                );
            }
            self.button(&[("data-testid", "compare-stop")], s.compare_stop);
            self.close("div");
        } else {
            self.button(
                &[("class", "compare-start"), ("data-testid", "compare-start")],
                s.compare_start,
            );
        }
        self.open("details", &[("class", "pairs")]);
        self.element("summary", &[], s.comparisons_title);
        self.open("div", &[("class", "pair-list")]);
        for c in Comparison::ALL {
            let href = format!("?{}&lang={}", comparison_links::query(c), lang.link_id());
            let id = format!("pair-{}", c.id());
            self.element(
                "a",
                &[
                    ("class", "pair-button"),
                    ("href", &href),
                    ("data-testid", &id),
                ],
                lang.comparison(c),
            );
        }
        self.close("div");
        self.close("details");
        self.close("section");
    }

    /// `TotalFigure`: the total and its range.
    fn total(&mut self, r: &Results, lang: Lang) {
        let s = lang.first_words();
        let t = r.total_kwh;
        self.open(
            "div",
            &[
                ("class", "headline-value"),
                ("data-testid", "result-total_kwh"),
                ("data-value", &shortest(t.central)),
            ],
        );
        self.text(&format::energy_kwh(t.central, lang));
        self.close("div");
        self.open("div", &[("class", "card-range")]);
        self.text(s.range);
        self.text(s.colon);
        self.text(&format::range(
            &format::energy_kwh(t.low, lang),
            &format::energy_kwh(t.high, lang),
        ));
        self.close("div");
    }

    /// `PairSummary` without its sentence (the page's summary has none; the embed's follows with the app).
    fn pair(&mut self, a: &Results, b: &Results, lang: Lang) {
        let s = lang.first_words();
        let total = ratio(a, b, Metric::TotalKwh);
        let share = ratio(a, b, Metric::TrainingShare);
        self.open("div", &[("class", "pair"), ("data-testid", "compare")]);
        self.open(
            "p",
            &[
                ("class", "pair-b"),
                ("data-testid", "result-b-total_kwh"),
                ("data-value", &shortest(b.total_kwh.central)),
            ],
        );
        self.text(s.scenario_b);
        self.text(s.colon);
        self.element(
            "strong",
            &[],
            &format::energy_kwh(b.total_kwh.central, lang),
        );
        self.close("p");
        self.open(
            "p",
            &[
                ("class", "pair-ratio"),
                ("data-testid", "ratio-total_kwh"),
                ("data-value", &format::ratio_value(total)),
            ],
        );
        self.text("B ÷ A");
        self.text(s.colon);
        self.element("strong", &[], &format::ratio(total, lang));
        self.close("p");
        self.element(
            "span",
            &[
                ("hidden", "hidden"),
                ("data-testid", "result-b-training_share"),
                ("data-value", &shortest(b.training_share.central)),
            ],
            "",
        );
        self.element(
            "span",
            &[
                ("hidden", "hidden"),
                ("data-testid", "ratio-training_share"),
                ("data-value", &format::ratio_value(share)),
            ],
            "",
        );
        self.close("div");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_paints_its_own_total_in_its_language() {
        let f = first_screen("?v=1&preset=chatgpt&lang=en", Some(Lang::Zh));
        assert_eq!(f.lang, Lang::En);
        let total = evaluate(&decode("?v=1&preset=chatgpt").scenario).total_kwh;
        assert!(f.html.contains(&format!(
            "data-value=\"{}\">{}</div>",
            shortest(total.central),
            format::energy_kwh(total.central, Lang::En)
        )));
        assert!(f
            .html
            .contains("aria-pressed=\"true\" data-testid=\"preset-chatgpt\""));
        // No language in the link: the browser's.
        assert_eq!(first_screen("?v=1", Some(Lang::En)).lang, Lang::En);
        assert_eq!(first_screen("?v=1", None).lang, Lang::default());
    }

    #[test]
    fn hostile_values_are_text_never_markup() {
        let f = first_screen(
            "?v=1&params=<img src=x onerror=alert(1)>&x\"=1",
            Some(Lang::En),
        );
        assert!(f.html.contains("link-notice"), "{}", f.html);
        assert!(!f.html.contains("<img"), "{}", f.html);
        assert!(f.html.contains("&lt;img"), "{}", f.html);
    }

    #[test]
    fn an_embed_paints_the_headline_and_a_comparison_its_pair() {
        let f = first_screen("?v=1&embed=1&pue=1.58&b.pue=1.09&theme=dark", None);
        assert_eq!(f.theme, Theme::Dark);
        assert!(f.html.starts_with("<main class=\"embed\""), "{}", f.html);
        assert!(f.html.contains("data-testid=\"ratio-total_kwh\""));
        assert!(!f.html.contains("preset-list"));
        let locked = first_screen("?v=1&lock=1", None);
        assert!(locked.html.contains("layout locked") && !locked.html.contains("preset-list"));
    }
}
