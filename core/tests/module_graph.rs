//! No import circle among the core's top-level modules (nor the web app's): each module's `crate::<module>` references form a
//! graph without cycles, so every module can be read (and tested) on top of the ones it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every `.rs` file under `dir`, recursively.
fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source dir")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`src/model/energy.rs` → `model`), if any.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!["lib", "main", "bin"].contains(&name)).then(|| name.to_string())
}

/// Module → the other top-level modules of the core its code names as `crate::<module>`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    graph_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// The same graph for the crate whose sources are in `src`.
fn graph_of(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let src = src.to_path_buf();
    let mut all = Vec::new();
    files(&src, &mut all);
    let modules: BTreeSet<String> = all.iter().filter_map(|f| module_of(&src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &all {
        let Some(from) = module_of(&src, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        let edges = graph.entry(from.clone()).or_default();
        for to in &modules {
            if *to != from && text.contains(&format!("crate::{to}")) {
                edges.insert(to.clone());
            }
        }
    }
    graph
}

/// A cycle through `node`, if the graph has one reachable from it.
fn cycle(
    graph: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|n| n == node) {
        return Some(
            path[at..]
                .iter()
                .cloned()
                .chain([node.to_string()])
                .collect(),
        );
    }
    path.push(node.to_string());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(c) = cycle(graph, next, path) {
            return Some(c);
        }
    }
    path.pop();
    None
}

#[test]
fn no_import_circle_among_top_level_modules() {
    let g = graph();
    assert!(g.contains_key("model") && g.contains_key("link"), "{g:?}");
    for node in g.keys() {
        if let Some(c) = cycle(&g, node, &mut Vec::new()) {
            panic!("import circle: {}", c.join(" → "));
        }
    }
}

#[test]
fn no_import_circle_in_the_web_app() {
    let g = graph_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"));
    assert!(
        g.contains_key("components") && g.contains_key("state"),
        "{g:?}"
    );
    for node in g.keys() {
        if let Some(c) = cycle(&g, node, &mut Vec::new()) {
            panic!("import circle in the web app: {}", c.join(" → "));
        }
    }
}

#[test]
fn the_checker_finds_a_circle() {
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert!(cycle(&g, "a", &mut Vec::new()).is_some());
}

#[test]
fn lang_is_a_leaf_and_view_names_only_lang_and_the_model() {
    let g = graph();
    assert_eq!(
        g.get("lang").map(BTreeSet::len),
        Some(0),
        "lang names no other module"
    );
    for m in ["format", "i18n", "link"] {
        assert!(g[m].contains("lang"), "{m} names lang");
    }
    assert_eq!(
        g.get("view"),
        Some(&BTreeSet::from(["lang".to_string(), "model".to_string()])),
        "view names lang and the model's presets only"
    );
    assert!(!g["format"].contains("i18n") && !g["link"].contains("i18n"));
}

#[test]
fn no_import_circle_inside_the_model() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut all = Vec::new();
    files(&dir, &mut all);
    let name = |f: &Path| {
        f.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string()
    };
    let names: BTreeSet<String> = all.iter().map(|f| name(f)).filter(|n| n != "mod").collect();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in all.iter().filter(|f| name(f) != "mod") {
        let text = std::fs::read_to_string(file).expect("readable source");
        let edges = g.entry(name(file)).or_default();
        for to in names.iter().filter(|n| **n != name(file)) {
            if text.contains(&format!("super::{to}"))
                || text.contains(&format!("crate::model::{to}"))
            {
                edges.insert(to.clone());
            }
        }
    }
    for node in g.keys() {
        if let Some(c) = cycle(&g, node, &mut Vec::new()) {
            panic!("import circle in the model: {}", c.join(" → "));
        }
    }
}
