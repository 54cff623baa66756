//! The documents' tables agree with the code: the claims table in docs/METHODOLOGY.md is generated from the
//! claim checker (`BLESS=1 cargo test --test docs_tables` rewrites it), and the key table in
//! docs/SHARE-LINKS.md lists exactly the link scheme's keys, in order, with the code's limits and defaults.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy::lang::Lang;
use ai_energy::link::{KeyKind, KEYS};
use ai_energy::model::claims::check_all;
use ai_energy::model::scenario::{ChoiceKind, Field, Scenario};
use ai_energy::parse::parse_number;

fn doc_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name)
}

const BEGIN: &str = "<!-- claims-table: generated from src/model/claims.rs by tests/docs_tables.rs (BLESS=1 to rewrite) -->";
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
    use ai_energy::model::equivalence::{Ev, HomeRegion};
    use ai_energy::model::hardware::Hw;
    use ai_energy::model::scenario::Currency;
    match kind {
        ChoiceKind::Hw => Hw::ALL.iter().map(|h| h.spec().id).collect(),
        ChoiceKind::Currency => Currency::ALL.iter().map(|c| c.id()).collect(),
        ChoiceKind::Home => HomeRegion::ALL.iter().map(|h| h.basis().id).collect(),
        ChoiceKind::Ev => Ev::ALL.iter().map(|e| e.basis().id).collect(),
    }
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
                // The optional fields whose default is a range say so, with the range's ends.
                if let Field::Mfu | Field::Pue | Field::HostOverhead = field {
                    assert!(default.starts_with("range "), "{key}: {default}");
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
    for dir in ["src", "tests", "scripts", "static", "benches"] {
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
