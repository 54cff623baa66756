//! The core is pure because the compiler says so: no UI or browser crate anywhere in its dependency tree, for
//! any target (`cargo tree` over its normal and build dependencies). Its sources could not name such a crate
//! even by mistake, since it is not there to name.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// Crates that would tie the core to a browser or a UI framework.
const FORBIDDEN: [&str; 7] = [
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "wasm-bindgen-futures",
    "gloo",
    "stdweb",
];

/// The names of every crate in the core's dependency tree (itself included), for every target.
fn dependency_names() -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let out = Command::new(cargo)
        .args(["tree", "--edges", "normal,build", "--target", "all"])
        .args(["--prefix", "none", "--format", "{p}", "--manifest-path"])
        .arg(&manifest)
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_core_depends_on_no_ui_or_browser_crate() {
    let names = dependency_names();
    assert!(
        names.iter().any(|n| n == "ai-energy-core") && names.iter().any(|n| n == "libm"),
        "cargo tree listed {names:?}"
    );
    let offending: Vec<&String> = names
        .iter()
        .filter(|n| {
            FORBIDDEN.contains(&n.as_str()) || n.starts_with("gloo-") || n.starts_with("yew-")
        })
        .collect();
    assert!(
        offending.is_empty(),
        "the core must stay pure, but its tree has {offending:?}"
    );
}

#[test]
fn the_app_does_have_them_so_the_check_can_fail() {
    // The same query on the web app's manifest finds yew and web-sys: the test reads a real tree.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let out = Command::new(cargo)
        .args(["tree", "--edges", "normal,build", "--target", "all"])
        .args([
            "--prefix",
            "none",
            "--format",
            "{p}",
            "--package",
            "ai-energy",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .expect("cargo tree runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("yew "))
            && text.lines().any(|l| l.starts_with("web-sys ")),
        "{text}"
    );
}
