//! The result image for articles and posts: the headline card (the link's lead with its range and what it is
//! like, B ÷ A with A and B while comparing, the scenario in one line, the data version and the link) as SVG
//! text from fixed geometry, in the page's language. The page offers it as SVG, and as PNG drawn from the same
//! SVG (`static/png.js`), so both show exactly these numbers.

use crate::export::escape_markup;
use crate::format;
use crate::lang::Lang;
use crate::lead::{energy, lead, like, note, Leading};
use crate::model::question::Question;
use crate::model::{Metric, Results, Scenario};
use crate::prelude::*;

/// The image's size, px: the 1.91 : 1 of link previews, which articles and WeChat posts also take.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Smallest text, px: 40 of the image's 1,200 px are 12 px when an article shows it 360 px wide.
pub const MIN_FONT_PX: u32 = 40;

/// Where text starts, and the widest a line may be (the card's 1,152 px less 36 px each side).
const LEFT_PX: u32 = 60;
const LINE_PX: f64 = 1_080.0;

/// The lead's largest size, px.
const LEAD_PX: f64 = 96.0;

/// Rows below the lead: the range, then up to three lines of what it is like and what it leaves out (or A and B),
/// then the data version and the link. Baselines 58 px apart hold 40 px text whose box is 46 px high (DejaVu
/// Sans; 58 px in a CJK font) without touching.
const RANGE_Y: u32 = 282;
const LINES_Y: [u32; 3] = [340, 398, 456];
const VERSION_Y: u32 = 522;
const LINK_Y: u32 = 580;

/// The headline card as a standalone SVG document: the link's lead (`lead`: its title, value and range), then
/// for a service what it is, its households and one item's energy, for an item or a person what it is like and
/// what it leaves out, for a comparison A's and B's values; then the data version and the link. Every text is at
/// least [`MIN_FONT_PX`] and fits the card: a line too long is wrapped or cut with "…" by its estimated width
/// (`em`), the lead made smaller. `r` is A's results, `b` B's scenario and results while comparing.
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
    let title = match (l.b, s.question) {
        (None, Question::Service) => cat!(lead.title, " · ", lang.scenario_name(s, l.from)),
        _ => lead.title.clone(),
    };
    // The lead as large as fits.
    let lead_px = (LINE_PX / (em(&lead.shown) * BOLD))
        .min(LEAD_PX)
        .max(f64::from(MIN_FONT_PX));
    let mut rows: Vec<Row> = vec![
        Row::new(96, Class::Label, fit(&title, Class::Label)),
        Row {
            y: 208,
            class: Class::Lead,
            px: libm::floor(lead_px) as u32,
            text: fit_px(&lead.shown, libm::floor(lead_px), BOLD),
        },
    ];
    if let Some(range) = &lead.range {
        rows.push(Row::new(
            RANGE_Y,
            Class::Label,
            fit(&cat!(words.range, words.colon, range), Class::Label),
        ));
    }
    let lines: Vec<(Class, String)> = match (l.b, s.question) {
        (Some((sb, fb)), _) => {
            let (name_a, name_b) = lang.pair_names(s, sb, l.from);
            // What A and B share is said once, below them, so each line keeps what tells it apart.
            let (shared, name_a, name_b) = apart(&name_a, &name_b);
            // "A" and "B" alone, as the title's "B ÷ A": the room goes to the names.
            let mut lines: Vec<(Class, String)> = [("A", name_a, fa), ("B", name_b, fb)]
                .into_iter()
                .map(|(who, name, f)| {
                    // The value first, so a long name is what gets cut.
                    let v = energy(lead.metric, f.get(lead.metric).central, lang);
                    (Class::Pair, cat!(who, words.colon, v, " · ", name))
                })
                .collect();
            lines.extend(shared.map(|t| (Class::Line, t.to_string())));
            lines
        }
        (None, Question::Service) => {
            let households = lang.households(
                &format::count(r.household_years.central, lang),
                s.home,
                None,
            );
            let per_item = cat!(
                lang.per_item(s),
                words.colon,
                energy(Metric::InferenceWhPerQuery, fa.wh_per_query.central, lang)
            );
            [Some(households), Some(per_item), note(s, fa, lang)]
                .into_iter()
                .flatten()
                .map(|t| (Class::Line, t))
                .collect()
        }
        (None, Question::Item | Question::Me) => {
            // A person's lines first: what the year is of.
            let mine = (s.question == Question::Me).then(|| lang.my_lines(s));
            let mut lines: Vec<String> = mine.into_iter().collect();
            let note = note(s, fa, lang);
            let room = LINES_Y.len() - lines.len() - usize::from(note.is_some());
            let mut like = like(s, fa, lang).map_or_else(Vec::new, |t| wrap(&t, Class::Line));
            if like.len() > room {
                // What does not fit goes on the last line, to be cut there with "…".
                let rest = like.split_off(room.saturating_sub(1));
                like.push(rest.join(" "));
            }
            lines.extend(like.into_iter().take(room));
            lines.extend(note);
            lines.into_iter().map(|t| (Class::Line, t)).collect()
        }
    };
    for (y, (class, text)) in LINES_Y.into_iter().zip(lines) {
        rows.push(Row::new(y, class, fit(&text, class)));
    }
    rows.push(Row::new(
        VERSION_Y,
        Class::Small,
        fit(
            &cat!(words.title, " · ", words.data_version, " ", version),
            Class::Small,
        ),
    ));
    // The link without its scheme, cut where the card ends: the page it opens is named in full in the citation.
    let shown_link = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link);
    rows.push(Row::new(LINK_Y, Class::Link, fit(shown_link, Class::Link)));
    let text: String = rows
        .iter()
        .map(|row| {
            format!(
                "<text x=\"{LEFT_PX}\" y=\"{}\" class=\"{}\" font-size=\"{}\">{}</text>",
                row.y,
                row.class.name(),
                row.px,
                escape_markup(&row.text)
            )
        })
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" lang=\"{}\"><style>text{{font-family:system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;fill:#1d1d1b}}.label{{fill:#55554f}}.lead{{font-weight:800}}.pair{{fill:#7a3db8;font-weight:700}}.small{{fill:#55554f}}.link{{font-family:ui-monospace,Menlo,monospace;fill:#0b5cad}}</style><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#fbfbf8\"/><rect x=\"24\" y=\"24\" width=\"{}\" height=\"{}\" rx=\"18\" fill=\"#fff\" stroke=\"#d6d5cc\" stroke-width=\"2\"/>{text}</svg>",
        lang.tag(),
        WIDTH - 48,
        HEIGHT - 48
    )
}

/// Two names split into what they share up to a " · " and what follows it in each ("Text · 175B · PUE 1.58" and
/// "Text · 175B · PUE 1.09" are "Text · 175B", "PUE 1.58", "PUE 1.09"); nothing shared where they differ earlier.
fn apart<'a>(a: &'a str, b: &'a str) -> (Option<&'a str>, &'a str, &'a str) {
    const SEP: &str = " · ";
    let same = a
        .char_indices()
        .zip(b.chars())
        .find(|&((_, ca), cb)| ca != cb)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    match a.get(..same).and_then(|common| common.rfind(SEP)) {
        Some(cut) if cut > 0 => (
            a.get(..cut),
            a.get(cut + SEP.len()..).unwrap_or(a),
            b.get(cut + SEP.len()..).unwrap_or(b),
        ),
        _ => (None, a, b),
    }
}

/// One line of the image.
struct Row {
    y: u32,
    class: Class,
    px: u32,
    text: String,
}

impl Row {
    fn new(y: u32, class: Class, text: String) -> Row {
        Row {
            y,
            class,
            px: MIN_FONT_PX,
            text,
        }
    }
}

/// The kinds of text on the card (each a CSS class of the SVG).
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Label,
    Lead,
    Pair,
    Line,
    Small,
    Link,
}

/// Bold text is about a tenth wider.
const BOLD: f64 = 1.1;

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Label => "label",
            Class::Lead => "lead",
            Class::Pair => "pair",
            Class::Line => "line",
            Class::Small => "small",
            Class::Link => "link",
        }
    }

    /// How much wider than regular text of the same size it runs.
    fn widen(self) -> f64 {
        match self {
            Class::Lead | Class::Pair => BOLD,
            Class::Label | Class::Line | Class::Small | Class::Link => 1.0,
        }
    }
}

/// `text`'s width in ems, generously (DejaVu Sans, the widest common sans-serif; a CJK font's full-width glyphs):
/// it decides where a line is cut, so it errs on the wide side.
fn em(text: &str) -> f64 {
    text.chars().map(char_em).sum()
}

fn char_em(c: char) -> f64 {
    // DejaVu Sans's advance widths, rounded up.
    match c {
        c if c >= '\u{2e80}' => 1.0,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '·' => 0.34,
        '(' | ')' | '[' | ']' | '/' | 'f' | 't' | 'r' | '-' => 0.42,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '…' => 1.0,
        'A'..='Z' | '&' | '×' | '÷' | '+' | '=' => 0.8,
        '–' | '—' | '?' | 's' | 'z' | 'c' => 0.56,
        _ => 0.64,
    }
}

/// `text` cut (with "…") to fit a line of `class` at [`MIN_FONT_PX`].
fn fit(text: &str, class: Class) -> String {
    let em_px = if class == Class::Link {
        // A monospace character is 0.6 em wide.
        return clip_units(text, (LINE_PX / (0.6 * f64::from(MIN_FONT_PX))) as usize);
    } else {
        f64::from(MIN_FONT_PX)
    };
    fit_px(text, em_px, class.widen())
}

/// `text` cut (with "…") to fit a line at `px` px, `widen` times regular width.
fn fit_px(text: &str, px: f64, widen: f64) -> String {
    let max_em = LINE_PX / px / widen;
    if em(text) <= max_em {
        return text.to_string();
    }
    let ellipsis = char_em('…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += char_em(c);
        if used + ellipsis > max_em {
            break;
        }
        out.push(c);
    }
    cat!(out.trim_end(), "…")
}

/// `text` cut to `max` characters, with `…` where it was cut.
fn clip_units(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let out: String = text.chars().take(max.saturating_sub(1)).collect();
    cat!(out, "…")
}

/// `text` in lines that fit a line of `class`, broken after a space or a comma where one is in a line's second
/// half.
fn wrap(text: &str, class: Class) -> Vec<String> {
    let max_em = LINE_PX / f64::from(MIN_FONT_PX) / class.widen();
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        if used + char_em(c) > max_em {
            let cut = line
                .char_indices()
                .filter(|&(i, ch)| i > line.len() / 2 && matches!(ch, ' ' | ',' | '、' | '，'))
                .map(|(i, ch)| i + ch.len_utf8())
                .next_back()
                .unwrap_or(line.len());
            let rest = line.split_off(cut);
            lines.push(line.trim_end().to_string());
            line = rest.trim_start().to_string();
            used = em(&line);
        }
        line.push(c);
        used += char_em(c);
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
        assert!(svg.contains(&format::count(r.household_years.central, Lang::Zh)));
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
        let me = crate::model::my_use::gemini_person(20.0);
        let (svg, _) = draw(&me, None, "L", Lang::En);
        assert!(
            svg.contains("20 × ") && !svg.contains("queries a day"),
            "{svg}"
        );
        let (_, a, b) = crate::model::presets::Comparison::PueLiquid.scenarios();
        let (en, _) = draw(&a, Some(&b), &cat!("https://", "L".repeat(300)), Lang::En);
        assert!(en.contains("×0.69"), "{en}");
        assert!(
            en.contains(&cat!(">", "L".repeat(44), "…</text>")),
            "a long link is cut where the card ends, without its scheme: {en}"
        );
    }

    #[test]
    fn long_lines_wrap_and_are_cut_within_the_card() {
        let text = "About 0.323 phone charges, 0.431 hours of a 9 W LED bulb, 0.0375 kettles boiled (1 litre) and more words";
        let lines = wrap(text, Class::Line);
        let max_em = LINE_PX / f64::from(MIN_FONT_PX);
        assert!(
            lines.len() >= 2 && lines.iter().all(|l| em(l) <= max_em),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text, "broken between words only");
        let zh = wrap(&"相当于 0.3 次手机充电、".repeat(6), Class::Line);
        assert!(zh.iter().all(|l| em(l) <= max_em), "{zh:?}");
        let cut = fit(&"家".repeat(40), Class::Line);
        assert!(cut.ends_with('…') && em(&cut) <= max_em, "{cut}");
        assert_eq!(fit("short", Class::Pair), "short");
        assert_eq!(clip_units("abcdef", 4), "abc…");
    }

    #[test]
    fn a_and_b_keep_what_tells_them_apart() {
        assert_eq!(
            apart("Text · 175B · PUE 1.58", "Text · 175B · PUE 1.09"),
            (Some("Text · 175B"), "PUE 1.58", "PUE 1.09")
        );
        assert_eq!(apart("FLUX.1", "Wan 2.1"), (None, "FLUX.1", "Wan 2.1"));
        assert_eq!(apart("a · b", "a · b"), (Some("a"), "b", "b"));
    }

    #[test]
    fn every_text_is_large_enough_to_read_at_360_px() {
        let (svg, _) = draw(
            &Scenario::default(),
            None,
            "https://x.example/?v=1",
            Lang::En,
        );
        let sizes: Vec<u32> = svg
            .split("font-size=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next()?.parse().ok())
            .collect();
        assert!(sizes.len() >= 6, "{svg}");
        assert!(sizes.iter().all(|&px| px * 360 / WIDTH >= 12), "{sizes:?}");
    }
}
