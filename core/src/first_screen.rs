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
use crate::model::compare::central_ratio;
use crate::model::presets::{Comparison, Preset};
use crate::model::{totals, Metric, Totals};
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
    let a = totals(&link.scenario);
    let b = link.b.as_ref().map(totals);
    let mut out = Markup(String::with_capacity(4096));
    out.notice(&link.problems, lang);
    if link.view.embed {
        out.put(
            r#"<main class="embed" data-testid="embed"><p class="embed-title">$</p>"#,
            &[lang.metric(Metric::TotalKwh)],
        );
        out.total(&a, lang);
        if let Some(b) = &b {
            out.pair(&a, b, lang);
        }
        out.put("</main>", &[]);
    } else {
        out.page(&link.view, link.b.is_some(), &a, b.as_ref(), lang);
    }
    FirstScreen {
        lang,
        theme: link.view.theme,
        html: out.0,
    }
}

/// Markup written as text: each piece is a template whose `$` are filled with escaped values (the app's markup
/// has no `$`), so the markup reads as markup and the module carries it as data rather than as code.
struct Markup(String);

impl Markup {
    /// `template` with each `$` replaced by the next of `values`, escaped.
    fn put(&mut self, template: &str, values: &[&str]) {
        // Every `$` has its value (the tests run with debug assertions; the markup tests would see a gap too).
        debug_assert_eq!(template.matches('$').count(), values.len(), "{template}");
        let mut values = values.iter();
        for (i, piece) in template.split('$').enumerate() {
            if i > 0 {
                self.0
                    .push_str(&escape_markup(values.next().copied().unwrap_or_default()));
            }
            self.0.push_str(piece);
        }
    }

    /// `LinkNotice`: what the opening link got wrong (nothing when it got nothing wrong).
    fn notice(&mut self, problems: &[crate::link::Problem], lang: Lang) {
        if problems.is_empty() {
            return;
        }
        let s = lang.first_words();
        self.put(
            r#"<div class="link-notice" role="status" data-testid="link-notice"><p>$</p><ul>"#,
            &[s.notice_title],
        );
        for p in problems {
            self.put("<li>$</li>", &[&problem_message(p, lang)]);
        }
        self.put(
            r#"</ul><button type="button" data-testid="link-notice-dismiss">$</button></div>"#,
            &[s.dismiss],
        );
    }

    /// `App` before its first paint: `Header`, the notice, `PresetPicker` and `CompareBar` (unless locked), and
    /// the layout's sticky summary with the `Headline`.
    fn page(
        &mut self,
        view: &crate::view::View,
        comparing: bool,
        a: &Totals,
        b: Option<&Totals>,
        lang: Lang,
    ) {
        let s = lang.first_words();
        // The notice was written first; the page's markup puts it after the header.
        let notice = core::mem::take(&mut self.0);
        self.put(
            concat!(
                r#"<main class="page"><header class="header"><div><h1>$</h1><p class="subtitle">$</p></div>"#,
                r#"<button type="button" class="lang-switch" lang="$" data-testid="lang-switch">$</button></header>"#
            ),
            &[s.title, s.subtitle, lang.other().tag(), s.switch_to],
        );
        self.0.push_str(&notice);
        if !view.lock {
            self.presets(view.preset, lang);
            self.compare_bar(comparing, lang);
        }
        self.put(
            concat!(
                r#"<div class="$"><div class="summary"><section class="headline" "#,
                r#"aria-labelledby="headline-title" data-testid="headline"><h2 id="headline-title">$</h2>"#
            ),
            &[
                if view.lock {
                    "layout locked"
                } else {
                    "layout"
                },
                lang.metric(Metric::TotalKwh),
            ],
        );
        self.total(a, lang);
        if let Some(b) = b {
            self.pair(a, b, lang);
        }
        self.put("</section></div></div></main>", &[]);
    }

    /// `PresetPicker`.
    fn presets(&mut self, selected: Option<Preset>, lang: Lang) {
        let s = lang.first_words();
        self.put(
            r#"<nav class="presets" aria-labelledby="presets-title"><h2 id="presets-title">$</h2><div class="preset-list">"#,
            &[s.presets_title],
        );
        for p in Preset::ALL {
            self.put(
                concat!(
                    r#"<button type="button" class="preset" aria-pressed="$" data-testid="preset-$">"#,
                    r#"<span class="preset-name">$</span><span class="preset-basis">$</span></button>"#
                ),
                &[
                    if selected == Some(p) { "true" } else { "false" },
                    p.id(),
                    lang.preset(p),
                    lang.basis(p.basis()),
                ],
            );
        }
        self.put(
            r#"<button type="button" class="preset reset" data-testid="preset-reset">$</button></div></nav>"#,
            &[s.reset],
        );
    }

    /// `CompareBar` as a link opens it (the inputs edit scenario A).
    fn compare_bar(&mut self, comparing: bool, lang: Lang) {
        let s = lang.first_words();
        self.put(
            r#"<section class="compare-bar" aria-label="$">"#,
            &[s.comparisons_title],
        );
        if comparing {
            self.put(
                concat!(
                    r#"<div class="sides" role="group">"#,
                    r#"<button type="button" class="side" aria-pressed="true" data-testid="edit-a">$</button>"#,
                    r#"<button type="button" class="side" aria-pressed="false" data-testid="edit-b">$</button>"#,
                    r#"<button type="button" data-testid="compare-stop">$</button></div>"#
                ),
                &[s.edit_a, s.edit_b, s.compare_stop],
            );
        } else {
            self.put(
                r#"<button type="button" class="compare-start" data-testid="compare-start">$</button>"#,
                &[s.compare_start],
            );
        }
        self.put(
            r#"<details class="pairs"><summary>$</summary><div class="pair-list">"#,
            &[s.comparisons_title],
        );
        for c in Comparison::ALL {
            self.put(
                r#"<a class="pair-button" href="?$&lang=$" data-testid="pair-$">$</a>"#,
                &[
                    comparison_links::query(c),
                    lang.link_id(),
                    c.id(),
                    lang.comparison(c),
                ],
            );
        }
        self.put("</div></details></section>", &[]);
    }

    /// `TotalFigure`: the total and its range.
    fn total(&mut self, r: &Totals, lang: Lang) {
        let s = lang.first_words();
        let t = r.total_kwh;
        let range = format::range(
            &format::energy_kwh(t.low, lang),
            &format::energy_kwh(t.high, lang),
        );
        self.put(
            concat!(
                r#"<div class="headline-value" data-testid="result-total_kwh" data-value="$">$</div>"#,
                r#"<div class="card-range">$$$</div>"#
            ),
            &[
                &shortest(t.central),
                &format::energy_kwh(t.central, lang),
                s.range,
                s.colon,
                &range,
            ],
        );
    }

    /// `PairSummary` without its sentence (the page's summary has none; the embed's follows with the app).
    fn pair(&mut self, a: &Totals, b: &Totals, lang: Lang) {
        let s = lang.first_words();
        let total = central_ratio(a.total_kwh, b.total_kwh);
        self.put(
            concat!(
                r#"<div class="pair" data-testid="compare">"#,
                r#"<p class="pair-b" data-testid="result-b-total_kwh" data-value="$">$$<strong>$</strong></p>"#,
                r#"<p class="pair-ratio" data-testid="ratio-total_kwh" data-value="$">B ÷ A$<strong>$</strong></p>"#,
                r#"<span hidden="hidden" data-testid="result-b-training_share" data-value="$"></span>"#,
                r#"<span hidden="hidden" data-testid="ratio-training_share" data-value="$"></span></div>"#
            ),
            &[
                &shortest(b.total_kwh.central),
                s.scenario_b,
                s.colon,
                &format::energy_kwh(b.total_kwh.central, lang),
                &format::ratio_value(total),
                s.colon,
                &format::ratio(total, lang),
                &shortest(b.training_share.central),
                &format::ratio_value(central_ratio(a.training_share, b.training_share)),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_paints_its_own_total_in_its_language() {
        let f = first_screen("?v=1&preset=chatgpt&lang=en", Some(Lang::Zh));
        assert_eq!(f.lang, Lang::En);
        let total = crate::model::evaluate(&decode("?v=1&preset=chatgpt").scenario).total_kwh;
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
        let title = Lang::default().metric(Metric::TotalKwh);
        assert!(
            f.html
                .contains(&format!("<p class=\"embed-title\">{title}</p>")),
            "{}",
            f.html
        );
        assert!(f.html.contains("data-testid=\"ratio-total_kwh\""));
        assert!(!f.html.contains("preset-list"));
        let locked = first_screen("?v=1&lock=1", None);
        assert!(locked.html.contains("layout locked") && !locked.html.contains("preset-list"));
    }
}
