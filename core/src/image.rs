//! The result image for articles and posts: the headline card (the link's lead with its range and what it is
//! like, B ÷ A with A and B while comparing, the scenario in one line, the data version and the link) as SVG
//! text from fixed geometry, in the page's language. The page offers it as SVG, and as PNG drawn from the same
//! SVG (`static/png.js`), so both show exactly these numbers.

use crate::export::escape_markup;
use crate::lang::Lang;
use crate::lead::{energy, lead, like, note, Leading};
use crate::model::question::Question;
use crate::model::{Metric, Results, Scenario};
use crate::prelude::*;

/// The image's size, px: the 1.91 : 1 of link previews, which articles and WeChat posts also take.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Characters of the link per line before it wraps: 80 at the link's 22 px monospace (13.2 px each) fill 1,056 of the card's 1,100 px.
const LINK_LINE: usize = 80;

/// Text units per line of the image's 28 px lines (a CJK character is two): what fits its 1,100 px.
const LINE_UNITS: usize = 76;

/// The headline card as a standalone SVG document: the link's lead (`lead`: its title, value and range), then
/// for a service its household and Tesla equivalents, for an item or a person what it is like and what it leaves
/// out, for a comparison A's and B's values; the scenario in one line, the data version and the link. `r` is A's
/// results, `b` B's scenario and results while comparing.
pub fn result_svg(
    l: &Leading,
    r: &Results,
    b: Option<(&Scenario, &Results)>,
    link: &str,
    lang: Lang,
) -> String {
    let (s, fa) = l.a;
    let version = r.data_version_with(b.map(|(_, rb)| rb));
    let words = lang.strings();
    let lead = lead::<true>(l, lang);
    let mut lines: Vec<(u32, u32, &str, String)> = vec![
        (60, 80, "label", clip(&lead.title, LINE_UNITS * 28 / 30)),
        (60, 190, "total", lead.shown.clone()),
    ];
    if let Some(range) = &lead.range {
        lines.push((60, 240, "label", cat!(words.range, words.colon, range)));
    }
    match (l.b, s.question) {
        (Some((sb, fb)), _) => {
            let (name_a, name_b) = lang.pair_names(s, sb, l.from);
            for (i, (who, name, f)) in [
                (words.scenario_a, name_a, fa),
                (words.scenario_b, name_b, fb),
            ]
            .into_iter()
            .enumerate()
            {
                let v = f.get(lead.metric).central;
                let text = cat!(who, words.colon, name, " · ", energy(lead.metric, v, lang));
                lines.push((
                    60,
                    300 + 46 * i as u32,
                    "pair",
                    clip(&text, LINE_UNITS * 30 / 32),
                ));
            }
        }
        (None, Question::Service) => {
            let value = |m: Metric| lang.metric_value(m, r.get(m).central, s.currency);
            for (i, m) in [Metric::HouseholdYears, Metric::TeslaKm]
                .into_iter()
                .enumerate()
            {
                let x = 60 + 560 * i as u32;
                lines.push((x, 330, "label", lang.metric(m).to_string()));
                lines.push((x, 380, "value", value(m)));
            }
        }
        (None, Question::Item | Question::Me) => {
            let parts = [like(s, fa, lang), note(s, fa, lang)];
            let wrapped: Vec<String> = parts
                .into_iter()
                .flatten()
                .flat_map(|t| wrap(&t, LINE_UNITS))
                .take(4)
                .collect();
            for (i, text) in wrapped.into_iter().enumerate() {
                lines.push((60, 300 + 40 * i as u32, "line", text));
            }
        }
    }
    // What the lead is of: a person's lines, else the scenario in one line.
    let what = if l.b.is_none() && s.question == Question::Me {
        lang.my_lines(s)
    } else {
        lang.scenario_line(s)
    };
    lines.push((60, 480, "line", clip(&what, LINE_UNITS)));
    lines.push((
        60,
        530,
        "small",
        cat!(words.title, " · ", words.data_version, words.colon, version),
    ));
    let chars: Vec<char> = link.chars().collect();
    for (i, part) in chars.chunks(LINK_LINE).take(2).enumerate() {
        lines.push((60, 565 + 28 * i as u32, "link", part.iter().collect()));
    }
    let text: String = lines
        .iter()
        .map(|(x, y, class, t)| {
            format!(
                "<text x=\"{x}\" y=\"{y}\" class=\"{class}\">{}</text>",
                escape_markup(t)
            )
        })
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" lang=\"{}\"><style>text{{font-family:system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;fill:#1d1d1b}}.label{{font-size:30px;fill:#55554f}}.total{{font-size:96px;font-weight:800}}.pair{{font-size:32px;fill:#7a3db8;font-weight:700}}.value{{font-size:44px;font-weight:700}}.line{{font-size:28px}}.small{{font-size:24px;fill:#55554f}}.link{{font-size:22px;font-family:ui-monospace,Menlo,monospace;fill:#0b5cad}}</style><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#fbfbf8\"/><rect x=\"24\" y=\"24\" width=\"{}\" height=\"{}\" rx=\"18\" fill=\"#fff\" stroke=\"#d6d5cc\" stroke-width=\"2\"/>{text}</svg>",
        lang.tag(),
        WIDTH - 48,
        HEIGHT - 48
    )
}

/// A character's width in text units: two for a CJK or full-width one, else one.
fn units(c: char) -> usize {
    if c >= '\u{2e80}' {
        2
    } else {
        1
    }
}

/// `text` cut to `max` units, with `…` where it was cut.
fn clip(text: &str, max: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        used += units(c);
        if used > max.saturating_sub(1) {
            out.push('…');
            return out;
        }
        out.push(c);
    }
    out
}

/// `text` in lines of at most `max` units, broken after a space or a comma where one is near the end.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for c in text.chars() {
        if used + units(c) > max {
            // Back to the last break in the line's second half, if any.
            let cut = line
                .char_indices()
                .filter(|&(i, ch)| i > line.len() / 2 && matches!(ch, ' ' | ',' | '、' | '，'))
                .map(|(i, ch)| i + ch.len_utf8())
                .next_back()
                .unwrap_or(line.len());
            let rest = line.split_off(cut);
            lines.push(line.trim_end().to_string());
            line = rest.trim_start().to_string();
            used = line.chars().map(units).sum();
        }
        line.push(c);
        used += units(c);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format;
    use crate::lead::Figures;
    use crate::model::evaluate;

    fn draw(s: &Scenario, b: Option<&Scenario>, link: &str, lang: Lang) -> (String, Results) {
        let r = evaluate(s);
        let rb = b.map(evaluate);
        let l = Leading {
            a: (s, Figures::from(&r)),
            b: b.zip(rb.as_ref()).map(|(b, rb)| (b, Figures::from(rb))),
            from: None,
        };
        (result_svg(&l, &r, b.zip(rb.as_ref()), link, lang), r)
    }

    #[test]
    fn the_image_leads_with_the_pages_number_and_escapes_the_link() {
        let s = Scenario::default();
        let (svg, r) = draw(&s, None, "https://x.example/?v=1&a=<b>", Lang::Zh);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(&format::energy_kwh(r.total_kwh.central, Lang::Zh)));
        assert!(svg.contains(&Lang::Zh.metric_value(
            Metric::HouseholdYears,
            r.household_years.central,
            s.currency
        )));
        assert!(svg.contains(crate::model::DATA_VERSION) && svg.contains("v=1&amp;a=&lt;b&gt;"));
        assert!(!svg.contains("<b>"));
        // One image: its own energy, and what it is like.
        let flux = crate::model::presets::Preset::FluxImage.scenario();
        let (svg, r) = draw(&flux, None, "L", Lang::En);
        assert!(
            svg.contains(&format::energy_wh(
                r.inference_wh_per_query.central,
                Lang::En
            )),
            "{svg}"
        );
        assert!(svg.contains("phone charges"), "{svg}");
        // A person's year: their lines, not the scenario they sit on.
        let mut me = Scenario {
            question: Question::Me,
            ..Scenario::default()
        };
        me.my_use
            .set(crate::model::presets::Preset::Gemini, 20.0)
            .expect("a line"); // ok: test
        let (svg, _) = draw(&me, None, "L", Lang::En);
        assert!(
            svg.contains("20 × ") && !svg.contains("queries a day"),
            "{svg}"
        );
        let (_, a, b) = crate::model::presets::Comparison::PueLiquid.scenarios();
        let (en, _) = draw(&a, Some(&b), &"L".repeat(300), Lang::En);
        assert!(en.contains("×0.69"), "{en}");
        assert_eq!(
            en.matches("class=\"link\"").count(),
            2,
            "a long link wraps onto two lines, then stops"
        );
    }

    #[test]
    fn long_lines_wrap_within_the_card() {
        let text = "About 0.323 phone charges, 0.431 hours of a 9 W LED bulb, 0.0375 kettles boiled (1 litre)";
        let lines = wrap(text, 40);
        assert!(
            lines.len() >= 3 && lines.iter().all(|l| l.chars().count() <= 40),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text, "broken between words only");
        let zh = wrap(&"相当于 0.3 次手机充电、".repeat(6), 30);
        assert!(
            zh.iter().all(|l| l.chars().map(units).sum::<usize>() <= 30),
            "{zh:?}"
        );
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
