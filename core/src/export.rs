//! What leaves the page: the results as data (JSON, CSV, the embed's message), a citation sentence and the
//! embed snippet. Pure functions of the scenario and results, shared by the page and the command line.

use crate::prelude::*;
use serde::{Serialize, Serializer};

use crate::format;
use crate::i18n::{export_source, fill, Cite, CiteLead, InputCite};
use crate::lang::Lang;
use crate::lead::{energy, energy_range, lead, like, note, Leading};
use crate::model::compare::ratio;
use crate::model::energy::training_counted;
use crate::model::facility::{Reference, ReferenceKind};
use crate::model::question::Question;
use crate::model::scenario::{ChoiceKind, Field, Source};
use crate::model::{Metric, Range, Results, Scenario};
use crate::shortest::shortest;

/// A result as `{"low", "central", "high"}`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Triple {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl From<Range> for Triple {
    fn from(r: Range) -> Self {
        Triple {
            low: r.low,
            central: r.central,
            high: r.high,
        }
    }
}

/// Every result by its `result-*` name; serialises as a JSON object. A list rather than a map type, so the
/// web bundle carries no map code for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsMap(pub Vec<(&'static str, Triple)>);

impl Serialize for ResultsMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl ResultsMap {
    /// The result called `name`, if any.
    pub fn get(&self, name: &str) -> Option<&Triple> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, t)| t)
    }
}

/// Every result by its `result-*` name, in display order.
pub fn results_map(r: &Results) -> ResultsMap {
    ResultsMap(
        Metric::ALL
            .into_iter()
            .map(|m| (m.key(), r.get(m).into()))
            .collect(),
    )
}

/// One line of a person's own use, as the exports and the command line list it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MyUseRow {
    /// The preset's id (`me.<id>`).
    pub preset: &'static str,
    /// Items a day.
    pub per_day: f64,
    /// The preset's energy per item, Wh.
    pub wh_per_item: Triple,
    /// Items a day × energy per item, Wh.
    pub wh_per_day: Triple,
    /// Its share of the person's day (central values).
    pub share: f64,
}

/// A person's lines with their energy and shares.
pub fn my_use_rows(r: &Results) -> Vec<MyUseRow> {
    let day = r.my_wh_per_day.central;
    r.my_lines
        .iter()
        .map(|share| MyUseRow {
            preset: share.line.preset.id(),
            per_day: share.line.per_day,
            wh_per_item: share.wh_per_item.into(),
            wh_per_day: share.wh_per_day.into(),
            share: if day > 0.0 {
                share.wh_per_day.central / day
            } else {
                0.0
            },
        })
        .collect()
}

/// One assumption of the scenario: its link key, value (`None` = the default range), unit and source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    pub key: &'static str,
    pub value: Option<f64>,
    pub source: String,
}

/// One choice of the scenario (a list the page offers): its link key, the chosen id and where that item's
/// numbers come from. With the numbers in [`assumptions`] it rebuilds the scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChoiceRow {
    pub key: &'static str,
    pub value: &'static str,
    pub source: String,
}

/// Where a number of the scenario comes from (its row's [`Source`]): the reference row it equals (PUE, grid, water,
/// price), else its cited default when it is the default, else the link; for an unknown optional, what the model
/// takes instead. In the words the page cites its constants with (`Lang::cite`), in English.
fn number_source(f: Field, s: &Scenario) -> String {
    let Some(v) = f.get(s) else {
        return match f.source() {
            Source::Knob(k) => Lang::En.cite(Cite::Knob(k)).to_string(),
            Source::Cited | Source::Reference => export_source(InputCite::Input(f, s.work)),
        };
    };
    if let Some(row) =
        ReferenceKind::of(f).and_then(|kind| Reference::matching(kind, v, s.currency))
    {
        return row.source().to_string();
    }
    match f.source() {
        Source::Cited if f.get(&Scenario::DEFAULT) == Some(v) => {
            export_source(InputCite::Input(f, s.work))
        }
        Source::Cited | Source::Knob(_) | Source::Reference => export_source(InputCite::Given),
    }
}

/// The scenario's inputs with the sources behind them, in link-key order, then the accelerator's and the
/// comparison bases' numbers.
pub fn assumptions(s: &Scenario) -> Vec<Assumption> {
    let mut out: Vec<Assumption> = Field::ALL
        .into_iter()
        .map(|f| Assumption {
            key: f.key(),
            value: f.get(s),
            source: number_source(f, s),
        })
        .collect();
    let spec = s.hw.spec();
    out.push(Assumption {
        key: "hw",
        value: Some(spec.peak_flops),
        source: Lang::En.cite(Cite::Hw(s.hw)).to_string(),
    });
    out.push(Assumption {
        key: "hw_rated_w",
        value: Some(spec.rated_w),
        source: Lang::En.cite(Cite::Hw(s.hw)).to_string(),
    });
    let home = s.home.basis();
    out.push(Assumption {
        key: "home_kwh_per_year",
        value: Some(home.kwh_per_year),
        source: Lang::En.cite(Cite::Home(s.home)).to_string(),
    });
    let ev = s.ev.basis();
    out.push(Assumption {
        key: "ev_wh_per_km",
        value: Some(ev.wh_per_km),
        source: Lang::En.cite(Cite::Ev(s.ev)).to_string(),
    });
    out
}

/// Every choice of the scenario, in link-key order, with its source (`InputCite::Choice`, in English).
pub fn choices(s: &Scenario) -> Vec<ChoiceRow> {
    ChoiceKind::ALL
        .into_iter()
        .map(|kind| {
            let choice = s.choice(kind);
            ChoiceRow {
                key: kind.key(),
                value: choice.id(),
                source: export_source(InputCite::Choice(choice)),
            }
        })
        .collect()
}

/// The export document (JSON) and the embed's results message share this shape.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExportDoc {
    /// `ai-energy:results` in the embed's message.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub link: String,
    pub data_version: &'static str,
    pub currency: &'static str,
    pub hw: &'static str,
    pub home: &'static str,
    pub ev: &'static str,
    pub dominant_assumption: Option<&'static str>,
    pub results: ResultsMap,
    /// A person's own lines (`me.`), each with its energy a day and its share.
    pub my_use: Vec<MyUseRow>,
    pub assumptions: Vec<Assumption>,
    pub choices: Vec<ChoiceRow>,
}

/// The scenario and results as one document; `link` is the full share link.
pub fn export_doc(s: &Scenario, r: &Results, link: &str) -> ExportDoc {
    ExportDoc {
        assumptions: assumptions(s),
        choices: choices(s),
        ..summary_doc(s, r, link)
    }
}

/// [`export_doc`] without the assumptions and choices (and so without their sources, the bulk of the words):
/// what the module's `evaluate` returns, written by [`ExportDoc::summary_json`].
pub(crate) fn summary_doc(s: &Scenario, r: &Results, link: &str) -> ExportDoc {
    ExportDoc {
        kind: "ai-energy:results",
        link: link.to_string(),
        data_version: crate::model::scenario_version(s),
        currency: s.currency.id(),
        hw: s.hw.spec().id,
        home: s.home.basis().id,
        ev: s.ev.basis().id,
        dominant_assumption: r.dominant().map(|k| k.id()),
        results: results_map(r),
        my_use: my_use_rows(r),
        assumptions: Vec::new(),
        choices: Vec::new(),
    }
}

/// A JSON string literal.
pub(crate) fn json_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON number (results are finite by the model's invariant; anything else becomes null).
fn json_num(v: f64) -> String {
    if v.is_finite() {
        shortest(v)
    } else {
        "null".to_string()
    }
}

fn json_triple(t: &Triple) -> String {
    format!(
        "{{\"low\":{},\"central\":{},\"high\":{}}}",
        json_num(t.low),
        json_num(t.central),
        json_num(t.high)
    )
}

impl ExportDoc {
    /// The document as JSON text, written by hand so the web bundle needs no serialisation library; equal
    /// to what `serde` makes of it (tested).
    pub fn to_json(&self) -> String {
        self.json(true)
    }

    /// The document without `assumptions` and `choices`, as JSON text.
    pub fn summary_json(&self) -> String {
        self.json(false)
    }

    fn json(&self, with_sources: bool) -> String {
        let results: Vec<String> = self
            .results
            .0
            .iter()
            .map(|(k, t)| format!("{}:{}", json_str(k), json_triple(t)))
            .collect();
        let assumptions: Vec<String> = self
            .assumptions
            .iter()
            .map(|a| {
                format!(
                    "{{\"key\":{},\"value\":{},\"source\":{}}}",
                    json_str(a.key),
                    a.value.map_or_else(|| "null".to_string(), json_num),
                    json_str(&a.source)
                )
            })
            .collect();
        let choices: Vec<String> = self
            .choices
            .iter()
            .map(|c| {
                format!(
                    "{{\"key\":{},\"value\":{},\"source\":{}}}",
                    json_str(c.key),
                    json_str(c.value),
                    json_str(&c.source)
                )
            })
            .collect();
        let my_use: Vec<String> = self
            .my_use
            .iter()
            .map(|l| {
                format!(
                    "{{\"preset\":{},\"per_day\":{},\"wh_per_item\":{},\"wh_per_day\":{},\"share\":{}}}",
                    json_str(l.preset),
                    json_num(l.per_day),
                    json_triple(&l.wh_per_item),
                    json_triple(&l.wh_per_day),
                    json_num(l.share)
                )
            })
            .collect();
        let sources = if with_sources {
            format!(
                ",\"assumptions\":[{}],\"choices\":[{}]",
                assumptions.join(","),
                choices.join(",")
            )
        } else {
            String::new()
        };
        format!(
            "{{\"type\":{},\"link\":{},\"data_version\":{},\"currency\":{},\"hw\":{},\"home\":{},\"ev\":{},\"dominant_assumption\":{},\"results\":{{{}}},\"my_use\":[{}]{sources}}}",
            json_str(self.kind),
            json_str(&self.link),
            json_str(self.data_version),
            json_str(self.currency),
            json_str(self.hw),
            json_str(self.home),
            json_str(self.ev),
            self.dominant_assumption.map_or_else(|| "null".to_string(), json_str),
            results.join(","),
            my_use.join(",")
        )
    }
}

/// The message an embed sends its host when its height changes, as JSON text.
pub fn height_message(height: f64) -> String {
    format!(
        "{{\"type\":\"ai-energy:height\",\"height\":{}}}",
        json_num(height)
    )
}

/// Quotes a CSV cell when it needs it (RFC 4180), and defuses cells a spreadsheet would run as a formula.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) && crate::parse::decimal(text).is_none() {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The same document as CSV: one row per result (low, central, high) and one per assumption (value, source),
/// then the link and the data version.
pub fn export_csv(doc: &ExportDoc) -> String {
    let mut out = String::from("kind,name,low,central,high,source\n");
    for (name, t) in &doc.results.0 {
        out.push_str(&format!(
            "result,{name},{},{},{},\n",
            shortest(t.low),
            shortest(t.central),
            shortest(t.high)
        ));
    }
    for a in &doc.assumptions {
        let v = a.value.map_or_else(|| "range".to_string(), shortest);
        out.push_str(&format!("assumption,{},,{v},,{}\n", a.key, cell(&a.source)));
    }
    for c in &doc.choices {
        out.push_str(&format!(
            "choice,{},,{},,{}\n",
            c.key,
            c.value,
            cell(&c.source)
        ));
    }
    out.push_str(&format!("meta,link,,{},,\n", cell(&doc.link)));
    out.push_str(&format!("meta,data_version,,{},,\n", doc.data_version));
    out
}

/// A ready-to-paste sentence that carries the method with the number, in the reader's language. It opens with
/// the link's lead (`lead`) — one item's energy, a person's year, a service's total, or B ÷ A —, says what that is
/// like (a person's lines a day, familiar amounts, training's share; while comparing, A's and B's values and what
/// B changes), and ends with the link. `r` is A's results, `rb` B's.
pub fn citation(l: &Leading, r: &Results, rb: Option<&Results>, link: &str, lang: Lang) -> String {
    let (s, fa) = l.a;
    let data_version = r.data_version_with(rb);
    let (w, t) = (lang.strings(), lang.takeaway_words());
    let lead = lead::<true>(l, lang);
    let (version, shown, range) = (data_version, lead.shown.clone(), lead.range.clone());
    let names = l.b.map(|(sb, _)| lang.pair_names(s, sb, l.from));
    let first = match (l.b, names.clone()) {
        (Some((sb, _)), Some((a, b))) => CiteLead::Pair {
            version,
            a,
            b,
            per: crate::model::compare::basis(s, sb),
            // The factor alone: "takes ×0.69 the electricity of", the change follows in its own sentence.
            shown: lead.central.map_or(shown, |r| format::factor(r, lang)),
            range,
        },
        (None, _) | (Some(_), None) if s.question == Question::Service => CiteLead::Service {
            version,
            name: lang.preset_name(s, l.from),
            params: format::count(s.params, lang),
            daily_use: lang.daily_cited(s),
            days: format::count(s.days, lang),
            with_training: training_counted(s),
            shown,
            range,
        },
        (None, _) | (Some(_), None) if s.question == Question::Me => CiteLead::Me {
            version,
            lines: (!s.my_use.is_empty()).then(|| lang.my_lines(s)),
            shown,
            range,
        },
        (None, _) | (Some(_), None) => CiteLead::Item {
            version,
            name: lang.scenario_name(s, l.from),
            // What one is, always: a changed preset's name may not say.
            per: lang.per_item(s),
            shown,
            range,
        },
    };
    let mut sentences = vec![lang.cite_lead(&first)];
    match (l.b, rb, names) {
        (Some((sb, fb)), Some(rb), Some((name_a, name_b))) => {
            for (who, name, f) in [(w.scenario_a, name_a, fa), (w.scenario_b, name_b, fb)] {
                let v = f.get(lead.metric);
                sentences.push(cat!(
                    who,
                    w.colon,
                    name,
                    " ",
                    energy(lead.metric, v.central, lang),
                    fill(t.cite_range, &[energy_range(lead.metric, v, lang)]),
                    t.stop
                ));
            }
            sentences.push(lang.compare_sentence(s, sb, r, rb));
        }
        (None, ..) | (Some(_), None, _) | (Some(_), Some(_), None) => {
            // A service says its total in households and one item's energy; an item or a person what it is like.
            let households = (s.question == Question::Service).then(|| {
                let home = s.home.basis();
                lang.households(
                    &format::count(r.household_years.central, lang),
                    s.home,
                    Some(&energy(Metric::TotalKwh, home.kwh_per_year, lang)),
                )
            });
            let per_item = (s.question == Question::Service).then(|| {
                let m = Metric::InferenceWhPerQuery;
                fill(
                    t.cite_per_item,
                    &[
                        lang.per_item(s).to_string(),
                        energy(m, fa.wh_per_query.central, lang),
                        energy_range(m, fa.wh_per_query, lang),
                    ],
                )
            });
            let parts = [households, like(s, fa, lang), note(s, fa, lang), per_item];
            sentences.extend(parts.into_iter().flatten().map(|part| cat!(part, t.stop)));
        }
    }
    sentences.push(fill(t.cite_method, &[link.to_string()]));
    sentences.join(t.gap)
}

/// B ÷ A of every result's central value, by its `result-*` name (`None` where A's is zero).
pub fn ratios(a: &Results, b: &Results) -> Vec<(&'static str, Option<f64>)> {
    Metric::ALL
        .into_iter()
        .map(|m| (m.key(), ratio(a, b, m)))
        .collect()
}

/// A comparison as one JSON document, the shape `ai-energy` prints for a link with `b.` keys: each scenario's
/// export document as `a` and `b`, and `ratio` (B ÷ A of each central value, or null).
pub fn pair_json(a: &ExportDoc, b: &ExportDoc, ratios: &[(&str, Option<f64>)]) -> String {
    pair_of(a, b, &a.to_json(), &b.to_json(), ratios)
}

/// The comparison document around A's and B's documents already written. Its data version is the newer of the
/// two (a text answer beside a video is read under the video's).
pub(crate) fn pair_of(
    a: &ExportDoc,
    b: &ExportDoc,
    a_json: &str,
    b_json: &str,
    ratios: &[(&str, Option<f64>)],
) -> String {
    let version = crate::model::newer_version(a.data_version, Some(b.data_version));
    let ratio: Vec<String> = ratios
        .iter()
        .map(|(k, v)| {
            format!(
                "{}:{}",
                json_str(k),
                v.map_or_else(|| "null".to_string(), json_num)
            )
        })
        .collect();
    format!(
        "{{\"type\":\"ai-energy:comparison\",\"link\":{},\"data_version\":{},\"a\":{},\"b\":{},\"ratio\":{{{}}}}}",
        json_str(&a.link),
        json_str(version),
        a_json,
        b_json,
        ratio.join(",")
    )
}

/// A comparison as CSV: a first column saying whose row it is (`a`, `b`, or `ratio` for B ÷ A), then each
/// scenario's rows as [`export_csv`] writes them.
pub fn pair_csv(a: &ExportDoc, b: &ExportDoc, ratios: &[(&str, Option<f64>)]) -> String {
    let mut out = String::from("scenario,kind,name,low,central,high,source\n");
    for (who, doc) in [("a", a), ("b", b)] {
        for line in export_csv(doc).lines().skip(1) {
            out.push_str(&format!("{who},{line}\n"));
        }
    }
    for (name, v) in ratios {
        let v = v.map_or_else(String::new, shortest);
        out.push_str(&format!("ratio,result,{name},,{v},,\n"));
    }
    out
}

/// Escapes text for HTML or SVG: character data and attribute values in double quotes (the embed snippet, the
/// result image).
pub fn escape_markup(text: &str) -> String {
    // One pass over the bytes (the four are ASCII, so every other byte is copied whole): four `replace`s would link the
    // standard library's character searcher into the first-paint module.
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'"' => "&quot;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => continue,
        };
        out.push_str(text.get(start..i).unwrap_or_default());
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
    out
}

/// The snippet an article pastes: a lazy, titled iframe of the embed, and a small optional script that lets
/// the frame set its own height (it accepts only messages from the calculator's origin).
pub fn embed_snippet(embed_url: &str, origin: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"520\" style=\"border:0;max-width:700px\"></iframe>\n<script>\nwindow.addEventListener('message', function (e) {{\n  if (e.origin !== '{}' || !e.data || e.data.type !== 'ai-energy:height') return;\n  document.querySelectorAll('iframe').forEach(function (f) {{\n    if (f.contentWindow === e.source) f.style.height = Math.min(Math.max(e.data.height, 200), 3000) + 'px';\n  }});\n}});\n</script>",
        escape_markup(embed_url),
        escape_markup(title),
        origin.replace(['\'', '\\', '<'], ""),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    #[test]
    fn csv_has_every_result_and_assumption_and_defuses_formulas() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let doc = export_doc(&s, &r, "https://x.example/?v=1");
        let csv = export_csv(&doc);
        for m in Metric::ALL {
            let (name, range) = (m.key(), r.get(m));
            assert!(
                csv.contains(&format!(
                    "result,{name},{},{},{},",
                    range.low, range.central, range.high
                )),
                "{name}"
            );
        }
        assert!(csv.contains("assumption,pue,,range,,"));
        assert!(csv.contains(&format!(
            "meta,data_version,,{}",
            crate::model::DATA_VERSION
        )));
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("-5"), "-5");
    }

    fn cite(a: &Scenario, b: Option<&Scenario>, lang: Lang) -> String {
        let (ra, rb) = (evaluate(a), b.map(evaluate));
        let l = Leading {
            a: (a, crate::lead::Figures::from(&ra)),
            b: b.zip(rb.as_ref())
                .map(|(b, rb)| (b, crate::lead::Figures::from(rb))),
            from: None,
        };
        citation(&l, &ra, rb.as_ref(), "L", lang)
    }

    #[test]
    fn citation_carries_number_range_version_and_link_in_each_language() {
        let s = Scenario::default();
        let zh = cite(&s, None, Lang::Zh);
        assert!(
            zh.starts_with("据 AI 耗电计算器")
                && zh.contains("万度")
                && zh.contains(crate::model::DATA_VERSION)
                && zh.ends_with("L"),
            "{zh}"
        );
        let en = cite(&s, None, Lang::En);
        assert!(
            en.starts_with("According to") && en.contains("GWh") && en.contains("175\u{a0}billion"),
            "{en}"
        );
        // One image: its own energy first, what it is like, and that training is not counted.
        let flux = crate::model::presets::Preset::FluxImage.scenario();
        let wh = evaluate(&flux).inference_wh_per_query;
        let en = cite(&flux, None, Lang::En);
        assert!(
            en.contains(&format!(
                "takes about {} (likely ",
                format::energy_wh(wh.central, Lang::En)
            )) && en.contains("phone charges")
                && en.contains("Training not counted."),
            "{en}"
        );
        let zh = cite(&flux, None, Lang::Zh);
        assert!(
            zh.contains(&format!(
                "约耗电 {}（大概率在",
                format::energy_wh(wh.central, Lang::Zh)
            )),
            "{zh}"
        );
        // A person's year, with their lines a day.
        let me = crate::link::decode("?v=1&q=me&me.gemini=20").scenario;
        let en = cite(&me, None, Lang::En);
        assert!(en.contains("one person's use of 20 × "), "{en}");
    }

    #[test]
    fn a_comparison_exports_a_b_and_their_ratios_and_cites_both() {
        let (_, a, b) = crate::model::presets::Comparison::PueLiquid.scenarios();
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let (da, db) = (export_doc(&a, &ra, "L"), export_doc(&b, &rb, "L"));
        let ratios = ratios(&ra, &rb);
        let json: serde_json::Value =
            serde_json::from_str(&pair_json(&da, &db, &ratios)).unwrap_or_default();
        assert_eq!(json["type"], "ai-energy:comparison");
        assert_eq!(
            json["a"]["results"]["total_kwh"]["central"],
            ra.total_kwh.central
        );
        assert_eq!(
            json["b"]["results"]["total_kwh"]["central"],
            rb.total_kwh.central
        );
        let total = json["ratio"]["total_kwh"].as_f64().unwrap_or_default();
        assert!((total - 1.09 / 1.58).abs() < 1e-9, "{total}");
        assert_eq!(
            json["ratio"].as_object().map(|o| o.len()),
            Some(Metric::ALL.len())
        );
        let csv = pair_csv(&da, &db, &ratios);
        assert!(csv.starts_with("scenario,kind,name,low,central,high,source\n"));
        assert!(csv.contains(&format!(
            "\na,result,total_kwh,{},{},{},\n",
            ra.total_kwh.low, ra.total_kwh.central, ra.total_kwh.high
        )));
        assert!(csv.contains(&format!("\nb,result,total_kwh,{},", rb.total_kwh.low)));
        assert!(csv.contains(&format!(
            "\nratio,result,total_kwh,,{},,\n",
            rb.total_kwh.central / ra.total_kwh.central
        )));
        assert!(
            csv.lines().all(|l| l.split(',').count() >= 7),
            "every row has the scenario column"
        );
        let en = cite(&a, Some(&b), Lang::En);
        assert!(
            en.contains("takes ×0.69 the electricity of")
                && en.contains("Scenario B: ")
                && en.contains("With Data-centre PUE 1.09 instead of 1.58"),
            "{en}"
        );
        assert!(en.contains("31% less") && en.ends_with("L"), "{en}");
        // One model run two ways: A and B are told apart by what B changes.
        assert!(
            en.contains("PUE 1.58 11\u{a0}GWh") && en.contains("PUE 1.09 7.58\u{a0}GWh"),
            "{en}"
        );
        let zh = cite(&a, Some(&b), Lang::Zh);
        assert!(zh.contains("方案 B：") && zh.contains("少 31%"), "{zh}");
    }

    #[test]
    fn hand_written_json_is_what_serde_writes() {
        for s in [
            Scenario::default(),
            crate::model::presets::Preset::Gpt3.scenario(),
        ] {
            let r = evaluate(&s);
            let doc = export_doc(&s, &r, "https://x.example/?v=1&q=\"quoted\"\\\n");
            // Numbers compare as numbers: 175000000000 and 175000000000.0 are the same JSON value.
            let normal = |text: &str| {
                let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
                v.to_string().replace(".0,", ",").replace(".0}", "}")
            };
            let theirs = serde_json::to_string(&doc).unwrap_or_default();
            assert_eq!(normal(&doc.to_json()), normal(&theirs));
            let ours: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap_or_default();
            assert!(ours["results"]["total_kwh"]["central"].is_number());
        }
        let h: serde_json::Value = serde_json::from_str(&height_message(612.5)).unwrap_or_default();
        assert_eq!(h["height"], 612.5);
    }

    #[test]
    fn embed_snippet_escapes_its_attributes() {
        let snippet = embed_snippet(
            "https://x.example/?v=1&embed=1\"><script>",
            "https://x.example",
            "A \"title\"",
        );
        assert!(
            snippet.contains("src=\"https://x.example/?v=1&amp;embed=1&quot;&gt;&lt;script&gt;\"")
        );
        assert!(snippet.contains("title=\"A &quot;title&quot;\""));
        assert!(snippet.contains("loading=\"lazy\""));
        assert!(snippet.contains("e.origin !== 'https://x.example'"));
    }
}
