//! `docs/privacy.md` is what a privacy officer signs off; it must name every
//! key the widget stores under, and promise only what the code keeps.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::saved::{ASSESSMENT_KEY, GROUP_KEY, KEY_PREFIX, MEASUREMENTS_KEY};

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/privacy.md"))
        .expect("docs/privacy.md exists")
}

#[test]
fn every_storage_key_is_named_in_the_privacy_statement() {
    let doc = doc();
    for key in [KEY_PREFIX, ASSESSMENT_KEY, GROUP_KEY, MEASUREMENTS_KEY] {
        assert!(
            doc.contains(&format!("`{key}")),
            "{key} is not in docs/privacy.md"
        );
    }
    // Any other key literal in the code that stores must be named too.
    for file in ["src/saved.rs", "src/storage.rs"] {
        let code = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")))
            .expect("source exists");
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
