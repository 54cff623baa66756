//! The result image for articles and posts: the headline card (the total with its range, the household and
//! Tesla equivalents, B ÷ A while comparing, the scenario in one line, the data version and the link) as SVG
//! text from fixed geometry, in the page's language. The page offers it as SVG, and as PNG drawn from the same
//! SVG (`static/png.js`), so both show exactly these numbers.

use ai_energy_core::export::escape_markup;
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::model::compare::ratio;
use ai_energy_core::model::{Metric, Results, Scenario};

/// The image's size, px: the 1.91 : 1 of link previews, which articles and WeChat posts also take.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Characters of the link per line before it wraps (at the link's 22 px monospace).
const LINK_LINE: usize = 88;

/// The headline card as a standalone SVG document.
pub fn result_svg(
    s: &Scenario,
    r: &Results,
    b: Option<(&Scenario, &Results)>,
    link: &str,
    lang: Lang,
) -> String {
    let version = r.data_version_with(b.map(|(_, rb)| rb));
    let b = b.map(|(_, rb)| rb);
    let words = lang.strings();
    let e = |kwh: f64| format::energy_kwh(kwh, lang);
    let value = |m: Metric| lang.metric_value(m, r.get(m).central, s.currency);
    let mut lines: Vec<(u32, u32, &str, String)> = vec![
        (60, 80, "label", lang.metric(Metric::TotalKwh).to_string()),
        (60, 190, "total", e(r.total_kwh.central)),
        (
            60,
            240,
            "label",
            format!(
                "{}{}{}",
                words.range,
                words.colon,
                format::range(&e(r.total_kwh.low), &e(r.total_kwh.high))
            ),
        ),
    ];
    if let Some(rb) = b {
        lines.push((
            60,
            290,
            "pair",
            format!(
                "{}{}{} · B ÷ A {}",
                words.scenario_b,
                words.colon,
                e(rb.total_kwh.central),
                format::ratio(ratio(r, rb, Metric::TotalKwh), lang)
            ),
        ));
    }
    for (i, m) in [Metric::HouseholdYears, Metric::TeslaKm]
        .into_iter()
        .enumerate()
    {
        let x = 60 + 560 * i as u32;
        lines.push((x, 360, "label", lang.metric(m).to_string()));
        lines.push((x, 410, "value", value(m)));
    }
    lines.push((60, 480, "line", lang.scenario_line(s)));
    lines.push((
        60,
        530,
        "small",
        format!(
            "{} · {}{}{version}",
            words.title, words.data_version, words.colon
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use ai_energy_core::model::evaluate;

    #[test]
    fn the_image_shows_the_pages_numbers_and_escapes_the_link() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let svg = result_svg(&s, &r, None, "https://x.example/?v=1&a=<b>", Lang::Zh);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(&format::energy_kwh(r.total_kwh.central, Lang::Zh)));
        assert!(svg.contains(&lang_value(&s, &r, Metric::HouseholdYears)));
        assert!(
            svg.contains(ai_energy_core::model::DATA_VERSION)
                && svg.contains("v=1&amp;a=&lt;b&gt;")
        );
        assert!(!svg.contains("<b>"));
        let (_, a, b) = ai_energy_core::model::presets::Comparison::PueLiquid.scenarios();
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let en = result_svg(&a, &ra, Some((&a, &rb)), &"L".repeat(300), Lang::En);
        assert!(en.contains("B ÷ A ×0.69 (−31%)"), "{en}");
        assert_eq!(
            en.matches("class=\"link\"").count(),
            2,
            "a long link wraps onto two lines, then stops"
        );
    }

    fn lang_value(s: &Scenario, r: &Results, m: Metric) -> String {
        Lang::Zh.metric_value(m, r.get(m).central, s.currency)
    }
}
