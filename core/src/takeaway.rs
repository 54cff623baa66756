//! What a reader takes away from a link, each made from the link alone: the data downloads (JSON, CSV), the
//! citation, the result image, a result's working ("show the work") and the charts. The page asks the module for them when
//! the reader does (`module/`, `static/loader.js`), so their code and their texts (every source, in both
//! languages) are not part of its first visit; and since each is made from the link, it says what anyone who
//! opens that link sees, leading with the number the page leads with (`lead`).

use crate::charts::ChartId;
use crate::export::{
    export_csv, export_doc, json_str, pair_csv, pair_json, pair_of, ratios, summary_doc,
};
use crate::format;
use crate::i18n::problem_message;
use crate::lang::Lang;
use crate::lead::{Figures, Leading};
use crate::link::{b_entries, decode, encode_pair, entries, KeyKind, Problem, ViewKey, B_PREFIX};
use crate::model::{evaluate, Metric, Results, Scenario};
use crate::prelude::*;
use crate::view::View;

/// A link opened: its scenario (and B's) with their results, how it is shown and what it got wrong.
struct Opened {
    a: (Scenario, Results),
    b: Option<(Scenario, Results)>,
    view: View,
    problems: Vec<Problem>,
}

impl Opened {
    fn of(address: &str) -> Opened {
        let link = decode(address);
        let a = evaluate(&link.scenario);
        Opened {
            b: link.b.map(|b| {
                let r = evaluate(&b);
                (b, r)
            }),
            a: (link.scenario, a),
            view: link.view,
            problems: link.problems,
        }
    }

    /// The canonical link, as the page writes it (`?v=1&…`).
    fn canonical(&self) -> String {
        cat!(
            "?",
            encode_pair(&self.a.0, self.b.as_ref().map(|(s, _)| s), &self.view)
        )
    }

    fn leading(&self) -> Leading<'_> {
        Leading {
            a: (&self.a.0, Figures::from(&self.a.1)),
            b: self.b.as_ref().map(|(s, r)| (s, Figures::from(r))),
            from: self.view.preset,
        }
    }

    fn pair(&self) -> Option<(&Scenario, &Results)> {
        self.b.as_ref().map(|(s, r)| (s, r))
    }
}

/// Everything a link means, as one JSON object: the link's problems (in `lang`), then the results document without
/// the assumptions and choices — for one scenario `{"type": "ai-energy:results", "link", "data_version", …,
/// "results"}`, for a comparison `{"type": "ai-energy:comparison", "link", "data_version", "a", "b", "ratio"}`.
/// `link` is the canonical query (`?v=1&…`); results carry the names `ai-energy` prints. The module's `evaluate`
/// (docs/API.md) is this function.
pub fn evaluation(address: &str, lang: Lang) -> String {
    let o = Opened::of(address);
    let (link, (sa, ra)) = (o.canonical(), &o.a);
    let doc = summary_doc(sa, ra, &link);
    let document = match o.pair() {
        None => doc.summary_json(),
        Some((sb, rb)) => {
            let b_doc = summary_doc(sb, rb, &link);
            pair_of(
                &doc,
                &b_doc,
                &doc.summary_json(),
                &b_doc.summary_json(),
                &ratios(ra, rb),
            )
        }
    };
    // Both documents are objects: the problems go in as their first field.
    let fields = document.strip_prefix('{').unwrap_or(&document);
    cat!(
        "{\"problems\":",
        problem_list(&o.problems, lang),
        ",",
        fields
    )
}

/// What `address` gets wrong, in `lang`, one message a line (a line break inside one, from the link's own text,
/// becomes a space); nothing for a link without problems. The page's notice shows them.
pub fn problems(address: &str, lang: Lang) -> String {
    let lines: Vec<String> = decode(address)
        .problems
        .iter()
        .map(|p| problem_message(p, lang).replace(['\n', '\r'], " "))
        .collect();
    lines.join("\n")
}

fn problem_list(problems: &[Problem], lang: Lang) -> String {
    let messages: Vec<String> = problems
        .iter()
        .map(|p| json_str(&problem_message(p, lang)))
        .collect();
    cat!("[", messages.join(","), "]")
}

/// The page's data download for `address` (a share link, or its query): the scenario's results with every
/// assumption and choice and their sources (a comparison: A's, B's and B ÷ A), as JSON or CSV, under `address`
/// as its `link`. An embed sends its host the JSON (docs/EMBED.md).
pub fn document(address: &str, csv: bool) -> String {
    let o = Opened::of(address);
    let (sa, ra) = (&o.a.0, &o.a.1);
    let doc = export_doc(sa, ra, address);
    match (o.pair(), csv) {
        (None, true) => export_csv(&doc),
        (None, false) => doc.to_json(),
        (Some((sb, rb)), _) => {
            let (db, ratios) = (export_doc(sb, rb, address), ratios(ra, rb));
            if csv {
                pair_csv(&doc, &db, &ratios)
            } else {
                pair_json(&doc, &db, &ratios)
            }
        }
    }
}

/// The citation sentence for `address` in `lang`: it opens with the link's lead, then what it is like, and
/// ends with the link (`export::citation`).
pub fn citation(address: &str, lang: Lang) -> String {
    let o = Opened::of(address);
    crate::export::citation(
        &o.leading(),
        &o.a.1,
        o.b.as_ref().map(|(_, r)| r),
        address,
        lang,
    )
}

/// "What this link contains" for `address` in `lang`: a line per pair the link holds (its version aside), A's then
/// B's, each as the pair in code, a tab, and what it means — in words where the page can say it (a number as the
/// reader writes it, a choice by its name, a person's line), else as the link writes it, beside its key.
pub fn contents(address: &str, lang: Lang) -> String {
    let link = decode(address);
    let (a, view) = (&link.scenario, &link.view);
    let mut all = entries(a, view);
    if let Some(b) = &link.b {
        all.extend(b_entries(a, b));
    }
    let s = lang.strings();
    let lines: Vec<String> = all
        .iter()
        .filter(|e| e.kind != KeyKind::View(ViewKey::Version))
        .map(|e| {
            let readable = match e.kind {
                _ if e.b && e.value.is_empty() => Some(s.unknown_uses_range.to_string()),
                KeyKind::Number(f) if !e.b => f.get(a).map(|n| format::field_value(f, n, lang)),
                KeyKind::Choice(kind) if !e.b => Some(lang.choice(a.choice(kind))),
                // A line: so many a day of a preset's item.
                KeyKind::Lines => e.line.map(|p| cat!(e.value, " × ", lang.preset(p))),
                KeyKind::Number(_) | KeyKind::Choice(_) | KeyKind::View(_) => None,
            };
            let (raw, shown) = match readable {
                Some(text) => (String::new(), cat!(s.colon, text)),
                None => (cat!("=", e.value), String::new()),
            };
            let prefix = if e.b { B_PREFIX } else { "" };
            let line = e.line.map_or_else(String::new, |p| cat!(".", p.id()));
            // The link's own text never holds a tab or a line break (the decoder refuses control characters).
            cat!(prefix, e.key, line, raw, "\t", lang.link_key(e.kind), shown)
                .replace(['\n', '\r'], " ")
        })
        .collect();
    lines.join("\n")
}

/// The snippet an article pastes to embed `embed_url` (`export::embed_snippet`): its frame titled in `lang`, its
/// height script accepting only `origin`'s messages.
pub fn embed(embed_url: &str, origin: &str, lang: Lang) -> String {
    crate::export::embed_snippet(embed_url, origin, lang.takeaway_words().embed_frame_title)
}

/// The result image for `address` in `lang`, as SVG text (`image::result_svg`).
pub fn image(address: &str, lang: Lang) -> String {
    let o = Opened::of(address);
    crate::image::result_svg(&o.leading(), &o.a.1, o.pair(), address, lang)
}

/// Chart `id` (`chart-ladder`, `chart-scale`…: `charts::ChartId::id`) of `address` in `lang`, as markup: its
/// note and rows (`charts::markup`); nothing for an id that is no chart.
pub fn chart(address: &str, id: &str, lang: Lang) -> String {
    let Some(id) = ChartId::from_id(id) else {
        return String::new();
    };
    let o = Opened::of(address);
    crate::charts::markup(id, (&o.a.0, &o.a.1), o.pair(), o.view.preset, lang)
}

/// How scenario A's result `metric` (its key, as `ai-energy --metrics` lists them) is computed, in `lang`: the
/// formula with the scenario's numbers on the first line, then each source on a line of its own; nothing for a
/// result that has no working of its own, or a name that is no result.
pub fn work(address: &str, metric: &str, lang: Lang) -> String {
    let Some(m) = Metric::ALL.into_iter().find(|m| m.key() == metric) else {
        return String::new();
    };
    let o = Opened::of(address);
    crate::work::work(m, &o.a.0, &o.a.1, lang).map_or_else(String::new, |w| {
        let mut text = w.formula;
        for source in w.sources {
            text.push('\n');
            text.push_str(source);
        }
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_taken_away_is_what_the_link_means() {
        let link = "https://example.org/?v=1&preset=flux";
        let json = document(link, false);
        assert!(
            json.contains("\"link\":\"https://example.org/?v=1&preset=flux\""),
            "{json}"
        );
        assert!(document(link, true).contains("inference_wh_per_query"));
        let s = decode(link).scenario;
        let wh = evaluate(&s).inference_wh_per_query.central;
        let shown = crate::format::energy_wh(wh, Lang::En);
        assert!(
            citation(link, Lang::En).contains(&shown),
            "{}",
            citation(link, Lang::En)
        );
        assert!(image(link, Lang::En).contains(&shown));
        let work = work(link, "inference_wh_per_query", Lang::Zh);
        assert!(work.lines().count() >= 1, "{work}");
        assert_eq!(super::work(link, "no_such_result", Lang::Zh), "");
        assert!(chart(link, "chart-ranking", Lang::En).contains("FLUX.1"));
        assert_eq!(chart(link, "chart-nothing", Lang::En), "");
    }
}
