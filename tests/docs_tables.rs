//! The documents' tables agree with the code: the claims table in docs/METHODOLOGY.md is generated from the
//! claim checker (`BLESS=1 cargo test --test docs_tables` rewrites it), and the key table in
//! docs/SHARE-LINKS.md lists exactly the link scheme's keys, in order, with the code's limits and defaults.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy_core::lang::Lang;
use ai_energy_core::link::{KeyKind, KEYS};
use ai_energy_core::model::claims::check_all;
use ai_energy_core::model::scenario::{ChoiceKind, Field, Scenario, Source};
use ai_energy_core::parse::parse_number;

fn doc_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name)
}

const BEGIN: &str = "<!-- claims-table: generated from core/src/model/claims.rs by tests/docs_tables.rs (BLESS=1 to rewrite) -->";
const END: &str = "<!-- claims-table end -->";

/// The claims table as the page shows it in English.
fn claims_table() -> String {
    let en = Lang::En;
    let mut out =
        String::from("| claim | reported | recomputed | verdict | why |\n|---|---|---|---|---|\n");
    for c in check_all() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            c.id.id(),
            en.claim_value(c.claimed, c.unit),
            en.claim_recomputed(&c),
            en.verdict(c.verdict),
            en.claim_reason(&c).replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn methodology_claims_table_is_the_checkers() {
    let path = doc_path("METHODOLOGY.md");
    let doc = std::fs::read_to_string(&path).expect("docs/METHODOLOGY.md");
    let (before, rest) = doc.split_once(BEGIN).expect("the table's begin marker");
    let (current, after) = rest.split_once(END).expect("the table's end marker");
    let wanted = format!("\n{}", claims_table());
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, format!("{before}{BEGIN}{wanted}{END}{after}")).expect("writes");
        return;
    }
    assert_eq!(
        current, wanted,
        "docs/METHODOLOGY.md's claims table is stale: BLESS=1 cargo test --test docs_tables"
    );
}

/// The rows of the key table: the first column's key and the other cells.
fn key_rows(doc: &str) -> Vec<(String, Vec<String>)> {
    let table = doc
        .split("## Keys")
        .nth(1)
        .and_then(|t| t.split("\n## ").next())
        .expect("a Keys section");
    table
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<String> = l
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect();
            (cells[0].trim_matches('`').to_string(), cells[1..].to_vec())
        })
        .collect()
}

/// A number as the doc writes it: `1M`, `1e10`, `−0.99`, `36,500`.
fn number(text: &str) -> f64 {
    parse_number(&text.replace('−', "-")).unwrap_or_else(|_| panic!("not a number: {text}"))
}

fn choice_ids(kind: ChoiceKind) -> Vec<&'static str> {
    kind.options().map(|c| c.id()).collect()
}

#[test]
fn share_links_key_table_is_the_schemes() {
    let doc = std::fs::read_to_string(doc_path("SHARE-LINKS.md")).expect("docs/SHARE-LINKS.md");
    let rows = key_rows(&doc);
    let doc_keys: Vec<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
    let code_keys: Vec<&str> = KEYS.iter().map(|k| k.key).collect();
    assert_eq!(
        doc_keys, code_keys,
        "the doc lists every key once, in the table's order"
    );
    let defaults = Scenario::default();
    for ((key, cells), row) in rows.iter().zip(KEYS) {
        let [meaning, _unit, limits, default] = &cells[..] else {
            panic!("{key}: four cells after the key");
        };
        match row.kind {
            KeyKind::Number(field) => {
                let (min, max) = field.limits();
                let (low, high) = limits
                    .split(", ")
                    .next()
                    .and_then(|l| l.split_once(" – "))
                    .unwrap_or_else(|| panic!("{key}: limits as `min – max`: {limits}"));
                assert_eq!((number(low), number(high)), (min, max), "{key} limits");
                match field.get(&defaults) {
                    Some(v) => assert_eq!(
                        number(default.split_whitespace().next().unwrap_or_default()),
                        v,
                        "{key} default"
                    ),
                    None => assert!(field.optional(), "{key}"),
                }
                // The optional fields whose default is an uncertain input's range say so.
                if let Source::Knob(_) = field.source() {
                    assert!(default.starts_with("range"), "{key}: {default}");
                }
            }
            KeyKind::Choice(kind) => {
                let ids = choice_ids(kind);
                for id in &ids {
                    assert!(
                        meaning.contains(&format!("`{id}`")),
                        "{key}: {id} missing in {meaning}"
                    );
                }
                let current = defaults.choice(kind).id();
                assert_eq!(default, &format!("`{current}`"), "{key} default");
            }
            KeyKind::Lines => {
                assert!(
                    meaning.contains("`me.<preset id>=") && default == "no lines",
                    "{key}: {meaning}"
                );
                let (_, high) = limits.split_once(" – ").unwrap_or_default();
                assert_eq!(
                    number(high),
                    ai_energy_core::model::my_use::MAX_PER_DAY,
                    "{key} limit"
                );
            }
            KeyKind::View(_) => {}
        }
    }
}

/// Every file name (without extension) under `dir`, recursively.
fn names(dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n == "output" || n == "golden")
            {
                continue;
            }
            names(&path, out);
        } else if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
            out.push(stem.trim_end_matches(".test").to_string());
        }
    }
}

#[test]
fn architecture_names_every_module_test_and_script() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut all = Vec::new();
    for dir in [
        "src",
        "tests",
        "scripts",
        "static",
        "core/src",
        "core/tests",
        "core/benches",
        "cli/src",
        "cli/tests",
        "module/src",
    ] {
        names(&root.join(dir), &mut all);
    }
    let missing: Vec<&String> = all
        .iter()
        .filter(|n| !["mod"].contains(&n.as_str()) && !doc.contains(n.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name: {missing:?}"
    );
}

/// The end-to-end files ARCHITECTURE.md lists are exactly those in `tests/e2e/` (the setup `browser.mjs` aside).
#[test]
fn architecture_lists_the_end_to_end_files_exactly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let list = doc
        .split("<!-- e2e-files -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- e2e-files end -->").next())
        .expect("the e2e-files markers");
    let mut listed: Vec<String> = list
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/e2e"))
        .expect("tests/e2e")
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".test.mjs"))
                .map(str::to_string)
        })
        .collect();
    listed.sort();
    files.sort();
    assert_eq!(listed, files, "ARCHITECTURE.md's end-to-end list");
}

/// A generated source file equals what its generator writes now (`BLESS=1` writes it instead).
fn check_generated(relative: &str, wanted: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, wanted).expect("writes");
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        current, wanted,
        "{relative} is stale: BLESS=1 cargo test --test docs_tables"
    );
}

/// The claims' texts file the page loads (`static/claims.txt`): every claim's printed text, numbers, verdict
/// and reason in both languages, as the checker and each language write them.
fn claims_file() -> String {
    use ai_energy_core::i18n::claim_texts::{write_line, ClaimLine, Tone};
    use ai_energy_core::model::claims::Verdict;
    let claims = check_all();
    let mut out = String::new();
    for lang in Lang::ALL {
        for c in &claims {
            let tone = match c.verdict {
                Verdict::Consistent => Tone::Ok,
                Verdict::Off { .. } => Tone::Off,
                Verdict::Unverified | Verdict::Context => Tone::Neutral,
            };
            let line = ClaimLine {
                tone,
                printed: lang.claim_printed(c.id).to_string(),
                claimed: lang.claim_value(c.claimed, c.unit),
                recomputed: lang.claim_recomputed(c),
                verdict: lang.verdict(c.verdict).to_string(),
                reason: lang.claim_reason(c),
                load: claim_load(c.id),
            };
            out.push_str(&write_line(lang, c.id, &line));
        }
    }
    out
}

/// What a claim's button loads, as a share link of what `claims::shown` builds.
fn claim_load(
    id: ai_energy_core::model::claims::ClaimId,
) -> ai_energy_core::i18n::claim_texts::Load {
    use ai_energy_core::i18n::claim_texts::Load;
    use ai_energy_core::model::claims::{shown, Shown};
    use ai_energy_core::view::View;
    let link = |preset, scenario: &ai_energy_core::model::Scenario| {
        let view = View {
            preset: Some(preset),
            ..View::default()
        };
        ai_energy_core::link::encode(scenario, &view)
    };
    match shown(id) {
        None => Load::Nothing,
        Some(Shown::Scenario(preset, s)) => Load::Headline(link(preset, &s)),
        Some(Shown::Scale(preset, s)) => Load::Scale(link(preset, &s)),
        Some(Shown::Comparison(c)) => {
            Load::Pair(ai_energy_core::comparison_links::query(c).to_string())
        }
    }
}

#[test]
fn generated_claim_texts_are_current() {
    use ai_energy_core::i18n::claim_texts::ClaimTexts;
    check_generated("static/claims.txt", &claims_file());
    // What the page reads back is what the checker and the languages write, for every claim in both languages.
    let texts = ClaimTexts::parse(&claims_file());
    for c in check_all() {
        for lang in Lang::ALL {
            let shown = texts
                .get(lang, c.id)
                .expect("every claim in every language");
            assert_eq!(shown.reason, lang.claim_reason(&c));
            assert_eq!(shown.verdict, lang.verdict(c.verdict));
            assert_eq!(shown.recomputed, lang.claim_recomputed(&c));
            assert_eq!(shown.printed, lang.claim_printed(c.id));
            // The button loads exactly the scenario (and preset) the checker shows, through its link.
            use ai_energy_core::i18n::claim_texts::Load;
            use ai_energy_core::model::claims::{shown as checker_shows, Shown};
            match (&shown.load, checker_shows(c.id)) {
                (Load::Headline(q), Some(Shown::Scenario(preset, s)))
                | (Load::Scale(q), Some(Shown::Scale(preset, s))) => {
                    let link = ai_energy_core::link::decode(q);
                    assert!(link.problems.is_empty(), "{q}");
                    assert_eq!((link.view.preset, link.scenario), (Some(preset), *s), "{q}");
                }
                (Load::Pair(q), Some(Shown::Comparison(c))) => {
                    assert_eq!(q, ai_energy_core::comparison_links::query(c))
                }
                (Load::Nothing, None) => {}
                (load, _) => panic!("{:?}: {load:?} is not what the checker shows", c.id),
            }
        }
    }
}

const QUOTED_HEADER: &str = "//! Generated by `tests/docs_tables.rs` from each language's `write_field`, `write_home` and `write_ev`, which\n//! format the model's constants (`BLESS=1 cargo test --test docs_tables` rewrites it; the test fails while it is\n//! stale). The page shows these texts without carrying the code that writes them. Every language of `Lang::ALL`\n//! is here: a new language's texts appear when this file is regenerated. Input texts are one table a language,\n//! in the scenario table's order (`ByField`), each row under its link key; sources are each language's\n//! `write_cite`.\n\nuse super::{Cite, FieldText};\nuse crate::lang::Lang;\nuse crate::model::assumptions::Knob;\nuse crate::model::equivalence::{Ev, HomeRegion};\nuse crate::model::everyday::Everyday;\nuse crate::model::hardware::Hw;\nuse crate::model::scale::Rung;\nuse crate::model::scenario::{ByField, Field};\n";

/// The generated module of input texts and comparison-basis labels, every language.
fn quoted_texts_file() -> String {
    use ai_energy_core::model::equivalence::{Ev, HomeRegion};
    let mut out = String::from(QUOTED_HEADER);
    out.push_str("\npub(super) fn field(lang: Lang, f: Field) -> FieldText {\n    let table = match lang {\n");
    for lang in Lang::ALL {
        out.push_str(&format!(
            "        Lang::{lang:?} => &FIELDS_{},\n",
            lang.link_id().to_uppercase()
        ));
    }
    out.push_str("    };\n    *table.get(f)\n}\n");
    for lang in Lang::ALL {
        out.push_str(&format!(
            "\n#[rustfmt::skip]\nstatic FIELDS_{}: ByField<FieldText> = ByField([\n",
            lang.link_id().to_uppercase()
        ));
        for f in Field::ALL {
            let t = lang.write_field(f);
            out.push_str(&format!(
                "    // {}\n    FieldText {{ label: {:?}, unit: {:?}, help: {:?} }},\n",
                f.key(),
                t.label,
                t.unit,
                t.help
            ));
        }
        out.push_str("]);\n");
    }
    out.push_str("\n#[rustfmt::skip]\npub(super) fn home(lang: Lang, h: HomeRegion) -> &'static str {\n    match (lang, h) {\n");
    for lang in Lang::ALL {
        for h in HomeRegion::ALL {
            out.push_str(&format!(
                "        (Lang::{lang:?}, HomeRegion::{h:?}) => {:?},\n",
                lang.write_home(h)
            ));
        }
    }
    out.push_str("    }\n}\n");
    out.push_str("\n#[rustfmt::skip]\npub(super) fn cite(lang: Lang, c: Cite) -> &'static str {\n    match (lang, c) {\n");
    for lang in Lang::ALL {
        for c in ai_energy_core::i18n::Cite::all() {
            out.push_str(&format!(
                "        (Lang::{lang:?}, {}) => {:?},\n",
                c.path(),
                lang.write_cite(c)
            ));
        }
    }
    out.push_str("    }\n}\n");
    out.push_str("\n#[rustfmt::skip]\npub(super) fn ev(lang: Lang, e: Ev) -> &'static str {\n    match (lang, e) {\n");
    for lang in Lang::ALL {
        for e in Ev::ALL {
            out.push_str(&format!(
                "        (Lang::{lang:?}, Ev::{e:?}) => {:?},\n",
                lang.write_ev(e)
            ));
        }
    }
    out.push_str("    }\n}\n");
    out
}

#[test]
fn generated_input_texts_are_current() {
    use ai_energy_core::model::equivalence::{Ev, HomeRegion};
    check_generated("core/src/i18n/quoted_texts.rs", &quoted_texts_file());
    for lang in Lang::ALL {
        for f in Field::ALL {
            let (shown, written) = (lang.field(f), lang.write_field(f));
            assert_eq!(
                (shown.label, shown.unit, shown.help),
                (written.label, written.unit, written.help.as_str())
            );
        }
        for h in HomeRegion::ALL {
            assert_eq!(lang.home(h), lang.write_home(h));
        }
        for e in Ev::ALL {
            assert_eq!(lang.ev(e), lang.write_ev(e));
        }
        for c in ai_energy_core::i18n::Cite::all() {
            assert_eq!(lang.cite(c), lang.write_cite(c));
        }
    }
}

/// The ready-made comparisons' links, as `link::encode_pair` writes each pair.
fn comparison_links_file() -> String {
    use ai_energy_core::link::encode_pair;
    use ai_energy_core::model::presets::Comparison;
    use ai_energy_core::view::View;
    let mut out = String::from(
        "//! Generated by `tests/docs_tables.rs` from `model::presets::Comparison::scenarios` and `link::encode_pair`\n//! (`BLESS=1 cargo test --test docs_tables` rewrites it; the test fails while it is stale). The page offers\n//! each ready-made comparison as this link, so it carries neither the pairs' scenarios nor code to load them.\n\nuse crate::model::presets::Comparison;\n\n/// The comparison's share-link query (without `?`).\npub fn query(c: Comparison) -> &'static str {\n    match c {\n",
    );
    for c in Comparison::ALL {
        let (preset, a, b) = c.scenarios();
        let view = View {
            preset,
            ..View::default()
        };
        out.push_str(&format!(
            "        Comparison::{c:?} => {:?},\n",
            encode_pair(&a, Some(&b), &view)
        ));
    }
    out.push_str("    }\n}\n");
    out
}

#[test]
fn generated_comparison_links_are_current() {
    use ai_energy_core::link::decode;
    use ai_energy_core::model::presets::Comparison;
    check_generated("core/src/comparison_links.rs", &comparison_links_file());
    // Each link opens exactly its pair.
    for c in Comparison::ALL {
        let (_, a, b) = c.scenarios();
        let d = decode(ai_energy_core::comparison_links::query(c));
        assert_eq!(d.problems, [], "{c:?}");
        assert_eq!((d.scenario, d.b), (a, Some(b)), "{c:?}");
    }
}

/// The files the page loads after the first screen are named once in Rust; the build copies each one
/// (`index.html`), the service worker caches each one, and the size report counts each one as "later".
#[test]
fn every_later_file_is_copied_cached_and_counted() {
    use ai_energy_core::i18n::{claim_texts, later};
    let read = |p: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(p)).expect(p)
    };
    let (index, sw, report) = (
        read("index.html"),
        read("static/sw.js"),
        read("scripts/size-report.mjs"),
    );
    // The PNG script is imported by the loader, not fetched by the page.
    assert!(read("static/loader.js").contains(&format!("'{}'", ai_energy::browser::PNG_SCRIPT)));
    for file in [
        claim_texts::FILE,
        later::METHODOLOGY_FILE,
        ai_energy::browser::PNG_SCRIPT,
    ] {
        assert!(
            index.contains(&format!("href=\"static/{file}\"")),
            "index.html copies {file}"
        );
        assert!(sw.contains(&format!("'{file}'")), "sw.js caches {file}");
        assert!(
            report.contains(&format!("'{file}'")),
            "size-report.mjs counts {file}"
        );
        assert!(
            read(&format!("static/{file}")).len() > 500,
            "{file} is there"
        );
    }
    // The hashed ones (the whole module, the page's stylesheet beyond its first screen) are named on the loader's
    // tag by scripts/first-paint.mjs: the loader reads them there, the service worker caches what the tag names,
    // and the size report counts them later or in the first visit.
    let (first_paint, loader) = (read("scripts/first-paint.mjs"), read("static/loader.js"));
    for (attribute, dataset, prefix) in [
        ("data-module-wasm", "moduleWasm", "'module-'"),
        ("data-page-css", "pageCss", "'page-'"),
    ] {
        assert!(
            first_paint.contains(&format!("{attribute}=")),
            "first-paint.mjs names {attribute}"
        );
        assert!(
            loader.contains(&format!("tag.dataset.{dataset}")),
            "loader.js reads {attribute}"
        );
        assert!(sw.contains(attribute), "sw.js caches {attribute}");
        assert!(report.contains(prefix), "size-report.mjs knows {prefix}");
    }
}

/// The TypeScript types of the module's API (`module/js/ai_energy_module.d.ts`, shipped in its npm package): the
/// object `evaluate`'s JSON text parses to, with the result names and the lists' ids from the core's tables.
fn api_types_file() -> String {
    use ai_energy_core::model::assumptions::Knob;
    use ai_energy_core::model::equivalence::{Ev, HomeRegion};
    use ai_energy_core::model::hardware::Hw;
    use ai_energy_core::model::scenario::{Currency, Listed};
    use ai_energy_core::model::Metric;
    fn union<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
        ids.into_iter()
            .map(|id| format!("'{id}'"))
            .collect::<Vec<_>>()
            .join(" | ")
    }
    fn ids<T: Listed>() -> String {
        union(T::LIST.iter().map(|v| v.id()))
    }
    format!(
        r#"// Generated by tests/docs_tables.rs from the core's tables (`BLESS=1 cargo test --test docs_tables` rewrites
// it; the test fails while it is stale). The module's JavaScript API (docs/API.md): `evaluate` returns JSON text,
// which `JSON.parse` turns into an `Evaluation`.

/** Every result's name, as `ai-energy --metrics` lists them. */
export type ResultName = {metrics};

/** A result: low ≤ central ≤ high, in its unit (kWh, Wh, km, household-years…: docs/METHODOLOGY.md). */
export interface Range {{
  low: number;
  central: number;
  high: number;
}}

/** The currency a price is given in (`cur=`). */
export type Currency = {currencies};
/** An accelerator (`hw=`). */
export type Accelerator = {hws};
/** Whose household a household-year means (`home=`). */
export type HomeBasis = {homes};
/** The car a Tesla-kilometre is driven in (`ev=`). */
export type Car = {evs};
/** An uncertain input of the model (the sensitivity table's names). */
export type Assumption = {knobs};
/** One of the page's charts (`chart`). */
export type ChartId = {charts};

/** One scenario's results. */
export interface ResultsDocument {{
  type: 'ai-energy:results';
  /** The canonical link (`?v=1&…`): what the page writes for this scenario. */
  link: string;
  /** The model's data version: a result changes only when it does (CHANGELOG.md). */
  data_version: string;
  currency: Currency;
  hw: Accelerator;
  home: HomeBasis;
  ev: Car;
  /** The uncertain input that moves the total most, if any is uncertain. */
  dominant_assumption: Assumption | null;
  results: Record<ResultName, Range>;
}}

/** A comparison link's results (`b.` keys): both scenarios and B ÷ A of each central value. */
export interface ComparisonDocument {{
  type: 'ai-energy:comparison';
  link: string;
  /** The newer of A's and B's data versions. */
  data_version: string;
  a: ResultsDocument;
  b: ResultsDocument;
  /** B ÷ A of each result's central value; `null` where A's is zero. */
  ratio: Record<ResultName, number | null>;
}}

/** What `JSON.parse(evaluate(link))` gives: the link's problems, then its results. */
export type Evaluation = {{ problems: string[] }} & (ResultsDocument | ComparisonDocument);

/** `link` (a query string or a whole address) → JSON text of an `Evaluation`, the problems in English. */
export function evaluate(link: string): string;
/** `evaluate` with the problems in `lang` (`zh`, `en` or a browser tag such as `zh-CN`). */
export function evaluateIn(link: string, lang: string): string;
/** The page's data download for `link`: JSON (an `ai-energy:results` or `ai-energy:comparison` document with every
 * assumption, choice and source), or CSV when `format` is `'csv'`. */
export function document(link: string, format?: 'json' | 'csv'): string;
/** The citation sentence for `link` in `lang`: it leads with the number the page leads with, and ends with `link`. */
export function citation(link: string, lang?: string): string;
/** The result image for `link` in `lang`, as SVG text (1200 × 630). */
export function resultImage(link: string, lang?: string): string;
/** How result `metric` of `link` is computed in `lang`: the formula, then each source, a line each ('' if none). */
export function work(link: string, metric: ResultName, lang?: string): string;
/** Chart `id` of `link` in `lang`, as markup (its note and rows; '' for an unknown id). */
export function chart(link: string, id: ChartId, lang?: string): string;
/** The page's first screen for `link`: the language tag, the colour scheme and the markup, a line each. */
export function firstScreen(link: string, browserLang: string): string;
/** Starts the module from its bytes or a compiled module (Node, workers). */
export function initSync(options: {{ module: BufferSource | WebAssembly.Module }}): void;
/** Starts the module from its address (the `.wasm` file beside the script when none is given), bytes or a Response. */
export default function init(options?: {{
  module_or_path?: string | URL | Response | BufferSource | Promise<Response>;
}}): Promise<void>;
"#,
        metrics = union(Metric::ALL.iter().map(|m| m.key())),
        currencies = ids::<Currency>(),
        hws = ids::<Hw>(),
        homes = ids::<HomeRegion>(),
        evs = ids::<Ev>(),
        knobs = union(Knob::ALL.iter().map(|k| k.id())),
        charts = union(ai_energy_core::charts::ChartId::ALL.iter().map(|c| c.id())),
    )
}

#[test]
fn generated_api_types_are_current() {
    check_generated("module/js/ai_energy_module.d.ts", &api_types_file());
}
