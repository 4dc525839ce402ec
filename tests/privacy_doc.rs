//! `docs/privacy.md` is what a privacy officer signs off; it must name every
//! key the widget stores under, and promise only what the code keeps.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::persist::keys::{Stored, KEY_PREFIX};

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/privacy.md"))
        .expect("docs/privacy.md exists")
}

#[test]
fn every_storage_key_is_named_in_the_privacy_statement() {
    let doc = doc();
    let keys = Stored::ALL.map(Stored::base_key);
    for key in std::iter::once(KEY_PREFIX).chain(keys) {
        assert!(
            doc.contains(&format!("`{key}")),
            "{key} is not in docs/privacy.md"
        );
    }
    // Any other key literal in the code that stores must be named too.
    for file in ["src/persist/keys.rs", "src/persist/store.rs"] {
        let source = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")))
            .expect("source exists");
        // The unit tests below the code spell example keys of named widgets.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for literal in code
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| s.starts_with(KEY_PREFIX))
        {
            assert!(
                doc.contains(literal),
                "{literal} from {file} is not in docs/privacy.md"
            );
        }
    }
}

#[test]
fn the_statement_is_in_dutch_and_english() {
    let doc = doc();
    assert!(doc.contains("## Nederlands") && doc.contains("## English"));
}
