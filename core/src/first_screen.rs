//! The first screen as markup, for the page to paint before the app has loaded: what the app's first render
//! shows for a link (title, the link's problems, presets, the comparison bar and the headline with its range; in
//! an embed, the headline alone), element for element and word for word, so the app replaces it without moving
//! anything. The first-paint module (`module/`) calls it; `tests/e2e/first_paint.test.mjs` checks it against
//! the app's own markup for every kind of link. Only the first screen's words are linked into that module
//! (`with_words!` is static dispatch), which keeps the critical path small (docs/PERFORMANCE.md).

use crate::export::escape_markup;
use crate::format;
use crate::i18n::fill;
use crate::lang::Lang;
use crate::lead::{energy, energy_range, lead, like, note, Figures, Leading};
use crate::link::decode;
use crate::model::diffusion::LARGEST_PUBLISHED_PARAMS;
use crate::model::question::Question;
use crate::model::{totals, Scenario};
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
/// language, else `browser` (the reader's, as the app picks it), else the default. `None` for a link with
/// problems: the app paints that one itself, with the notice that explains them (the page never writes such a
/// link, and their messages in both languages would cost every link's first paint).
pub fn first_screen(query: &str, browser: Option<Lang>) -> Option<FirstScreen> {
    let link = decode(query);
    if !link.problems.is_empty() {
        return None;
    }
    let lang = link.view.lang.or(browser).unwrap_or_default();
    let leading = Leading {
        a: (&link.scenario, Figures::from(&totals(&link.scenario))),
        b: link.b.as_ref().map(|b| (b, Figures::from(&totals(b)))),
        from: link.view.preset,
    };
    let headline = headline::<false>(&leading, lang);
    let mut out = Markup(String::with_capacity(2048));
    if link.view.embed {
        out.put(r#"<main class="embed" data-testid="embed">"#, &[]);
        out.0.push_str(&headline);
        out.put("</main>", &[]);
    } else {
        // `App`'s first render: `Header`, then the layout with the sticky summary and its `Headline` (the
        // question bar, the presets, the comparison bar and the inputs come after it, in the layout's side).
        let s = lang.first_words();
        out.put(
            concat!(
                r#"<main class="page"><header class="header"><div><h1>$</h1><p class="subtitle">$</p></div>"#,
                r#"<button type="button" class="lang-switch" lang="$" data-testid="lang-switch">$</button></header>"#,
                r#"<div class="$"><div class="summary">"#
            ),
            &[
                s.title,
                s.subtitle,
                lang.other().tag(),
                s.switch_to,
                if link.view.lock { "layout locked" } else { "layout" },
            ],
        );
        out.0.push_str(&headline);
        out.put("</div></div></main>", &[]);
    }
    Some(FirstScreen {
        lang,
        theme: link.view.theme,
        html: out.0,
    })
}

/// The headline: what the reader asked, first (`lead`): the lead's title, value and range; then, for one
/// scenario, what it is like and what it leaves out or adds (`lead::like`, `lead::note`), for a comparison A and
/// B named (`Lang::pair_names`) with their values, and a warning where a scenario's size is one no image or
/// video model has published. The app shows this same markup (`components::headline`), so the first paint and
/// the page cannot differ; the first paint (`WHOLE` false) writes the lead alone and the app adds the rest below
/// it, so nothing the first paint drew moves.
pub fn headline<const WHOLE: bool>(l: &Leading, lang: Lang) -> String {
    let mut out = Markup(String::with_capacity(1024));
    let s = lang.first_words();
    let lead = lead::<WHOLE>(l, lang);
    out.put(
        concat!(
            r#"<section class="headline" aria-labelledby="headline-title" data-testid="headline" "#,
            r#"data-metric="$" data-value="$"><h2 id="headline-title">$</h2>"#,
            r#"<div class="headline-value" data-testid="$-$" data-value="$">$</div>"#
        ),
        &[
            &lead.key(),
            &shortest(lead.central.unwrap_or(0.0)),
            &lead.title,
            if lead.ratio { "ratio" } else { "result" },
            lead.metric.key(),
            &format::ratio_value(lead.central),
            &lead.shown,
        ],
    );
    if let Some(range) = &lead.range {
        out.put(
            r#"<div class="headline-range">$$$</div>"#,
            &[s.range, s.colon, range],
        );
    }
    if !WHOLE {
        out.put("</section>", &[]);
        return out.0;
    }
    let (sa, fa) = l.a;
    match l.b {
        None => {
            let like = like(sa, fa, lang).map(|t| {
                (
                    r#"<p class="headline-like" data-testid="headline-like">$</p>"#,
                    t,
                )
            });
            let note = note(sa, fa, lang).map(|t| {
                let p = if sa.question == Question::Item {
                    r#"<p class="headline-note" data-testid="headline-training">$</p>"#
                } else {
                    r#"<p class="headline-note">$</p>"#
                };
                (p, t)
            });
            // What the lead is like, right under it; then what it leaves out (training) or a person's day.
            for (template, text) in [like, note].into_iter().flatten() {
                out.put(template, &[&text]);
            }
        }
        Some((sb, fb)) => {
            let m = lead.metric;
            let (name_a, name_b) = lang.pair_names(sa, sb, l.from);
            out.put(r#"<div class="pair" data-testid="compare">"#, &[]);
            for (who, testid, name_id, name, f) in [
                (s.scenario_a, "", "scenario-a-name", name_a, fa),
                (s.scenario_b, "b-", "scenario-b-name", name_b, fb),
            ] {
                let r = f.get(m);
                out.put(
                    concat!(
                        r#"<p class="pair-side"><span data-testid="$">$$$</span> "#,
                        r#"<strong data-testid="result-$$" data-value="$">$</strong> "#,
                        r#"<span class="pair-range">$</span></p>"#
                    ),
                    &[
                        name_id,
                        who,
                        s.colon,
                        &name,
                        testid,
                        m.key(),
                        &shortest(r.central),
                        &energy(m, r.central, lang),
                        &energy_range(m, r, lang),
                    ],
                );
            }
            out.put("</div>", &[]);
        }
    }
    if core::iter::once(sa)
        .chain(l.b.map(|(sb, _)| sb))
        .any(Scenario::size_unpublished)
    {
        out.put(
            r#"<p class="kind-warning" role="note" data-testid="kind-warning">$</p>"#,
            &[&fill(
                s.kind_warning,
                &[format::count(LARGEST_PUBLISHED_PARAMS, lang)],
            )],
        );
    }
    out.put("</section>", &[]);
    out.0
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
        for (i, piece) in crate::parse::split_byte(template, b'$').enumerate() {
            if i > 0 {
                self.0
                    .push_str(&escape_markup(values.next().copied().unwrap_or_default()));
            }
            self.0.push_str(piece);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(query: &str, browser: Option<Lang>) -> FirstScreen {
        first_screen(query, browser).expect("a link without problems") // ok: test
    }

    #[test]
    fn a_link_paints_its_own_lead_in_its_language() {
        let f = screen("?v=1&preset=chatgpt&lang=en", Some(Lang::Zh));
        assert_eq!(f.lang, Lang::En);
        let total = crate::model::evaluate(&decode("?v=1&preset=chatgpt").scenario).total_kwh;
        assert!(f.html.contains(&format!(
            "data-value=\"{}\">{}</div>",
            shortest(total.central),
            format::energy_kwh(total.central, Lang::En)
        )));
        assert!(
            f.html.contains("data-metric=\"total_kwh\""),
            "a service leads with its total"
        );
        // One image leads with the image's energy; the page names it and says what it is like.
        let flux = screen("?v=1&preset=flux", Some(Lang::En));
        let wh =
            crate::model::evaluate(&decode("?v=1&preset=flux").scenario).inference_wh_per_query;
        assert!(
            flux.html.contains(&format!(
                "data-metric=\"inference_wh_per_query\" data-value=\"{}\"",
                shortest(wh.central)
            )),
            "{}",
            flux.html
        );
        assert!(flux.html.contains(">Per image</h2>"), "{}", flux.html);
        assert!(!flux.html.contains("headline-like"), "{}", flux.html);
        // No language in the link: the browser's.
        assert_eq!(screen("?v=1", Some(Lang::En)).lang, Lang::En);
        assert_eq!(screen("?v=1", None).lang, Lang::default());
    }

    #[test]
    fn a_link_with_problems_is_left_to_the_app() {
        assert_eq!(
            first_screen(
                "?v=1&params=<img src=x onerror=alert(1)>&x\"=1",
                Some(Lang::En)
            ),
            None
        );
        assert_eq!(first_screen("?v=1&me.nothing=3", Some(Lang::En)), None);
    }

    #[test]
    fn an_embed_paints_the_headline_and_a_comparison_its_ratio() {
        let f = screen("?v=1&embed=1&pue=1.58&b.pue=1.09&theme=dark", None);
        assert_eq!(f.theme, Theme::Dark);
        assert!(f.html.starts_with("<main class=\"embed\""), "{}", f.html);
        assert!(
            f.html.contains("data-testid=\"ratio-total_kwh\""),
            "{}",
            f.html
        );
        let locked = screen("?v=1&lock=1", None);
        assert!(locked.html.contains("layout locked"));
        // A chat answer beside a video: the per-item ratio leads.
        let pair = screen(
            &cat!(
                "?",
                crate::comparison_links::query(crate::model::presets::Comparison::TextVideo)
            ),
            Some(Lang::En),
        );
        assert!(
            pair.html
                .contains("data-metric=\"ratio-inference_wh_per_query\""),
            "{}",
            pair.html
        );
    }

    #[test]
    fn the_page_adds_below_the_lead_what_the_first_paint_leaves_out() {
        let link = decode("?v=1&work=image");
        let r = crate::model::evaluate(&link.scenario);
        let l = Leading {
            a: (&link.scenario, Figures::from(&r)),
            b: None,
            from: None,
        };
        let (first, whole) = (
            headline::<false>(&l, Lang::Zh),
            headline::<true>(&l, Lang::Zh),
        );
        assert!(whole.contains("kind-warning") && !first.contains("kind-warning"));
        // The whole headline begins as the first paint's does, up to the title's text, which it extends.
        let title_end = first.find("</h2>").expect("a title"); // ok: test
        assert!(whole.starts_with(&first[..title_end]), "{first}\n{whole}");
        let value = &first[first
            .find("<div class=\"headline-value\"")
            .expect("a value")..first.len() - "</section>".len()]; // ok: test
        assert!(whole.contains(value), "{first}\n{whole}");
    }
}
