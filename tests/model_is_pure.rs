//! The model is the pure core: it must not know about the browser or the UI framework.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/model is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// True when `line` names `krate` as a whole word (so `yewish` or a comment's "yew-like" does not count
/// unless it is the identifier itself).
fn names(line: &str, krate: &str) -> bool {
    line.match_indices(krate).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + krate.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    })
}

#[test]
fn model_imports_no_browser_or_ui_crate() {
    let mut files = Vec::new();
    rust_files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/model")
            .as_path(),
        &mut files,
    );
    assert!(files.len() >= 5, "found only {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("model source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            for krate in FORBIDDEN {
                if names(line, krate) {
                    offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "src/model must stay pure:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_checker_itself_catches_an_import() {
    assert!(names("use web_sys::Window;", "web_sys"));
    assert!(names("    yew::html! {}", "yew"));
    assert!(!names("let yewish = 1;", "yew"));
}
