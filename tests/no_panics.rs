//! The library (model, link codec, parsing, exports, state, components) denies clippy's panicking shortcuts
//! in shipped code; the test command runs clippy with warnings as errors, so this test only makes sure the
//! denial itself cannot be dropped quietly.

const GUARDED: [&str; 3] = ["src/lib.rs", "core/src/lib.rs", "module/src/lib.rs"];
const LINTS: [&str; 4] = [
    "clippy::unwrap_used",
    "clippy::expect_used",
    "clippy::indexing_slicing",
    "clippy::panic",
];

#[test]
fn untrusted_input_paths_deny_panicking_shortcuts() {
    for file in GUARDED {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // `#![cfg_attr(not(test), deny(...))]`: denied in the shipped code; the module's own tests may index.
        let start = text
            .find("#![cfg_attr(")
            .unwrap_or_else(|| panic!("{file} has no #![cfg_attr(not(test), deny(...))]"));
        let deny = text[start..].split(")]").next().unwrap_or_default();
        assert!(
            deny.contains("not(test)") && deny.contains("deny("),
            "{file}: {deny}"
        );
        for lint in LINTS {
            assert!(deny.contains(lint), "{file} must deny {lint}");
        }
    }
}
