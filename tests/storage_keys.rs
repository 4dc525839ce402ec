//! Every storage key is spelled out in one source file,
//! `src/persist/keys.rs`. The e2e page objects read them from
//! `e2e/storage-keys.json`, which must say the same; the Rust tests use the
//! constants. A key copied anywhere else would drift from the widget.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::persist::keys::{self, Stored};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const KEYS_JSON: &str = "e2e/storage-keys.json";

#[test]
fn the_e2e_key_file_says_what_the_code_writes() {
    let path = Path::new(ROOT).join(KEYS_JSON);
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var_os("KANSRIJK_WRITE_KEYS").is_some() {
        std::fs::write(&path, keys::as_json()).expect("writes the key file");
        return;
    }
    assert_eq!(
        written,
        keys::as_json(),
        "{KEYS_JSON} is out of date: run `KANSRIJK_WRITE_KEYS=1 cargo test --test storage_keys`"
    );
}

/// The files under `dir` whose names end in one of `extensions`.
fn files(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "node_modules") {
                files(&path, extensions, found);
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_but_the_key_list_spells_a_key() {
    let mut sources = Vec::new();
    for dir in ["src", "tests", "e2e", "scripts"] {
        files(
            &Path::new(ROOT).join(dir),
            &["rs", "mjs", "js"],
            &mut sources,
        );
    }
    let home = Path::new(ROOT).join("src/persist/keys.rs");
    assert!(sources.contains(&home));
    let spelled: Vec<String> = Stored::ALL
        .iter()
        .map(|s| s.base_key().to_owned())
        .collect();
    for file in sources.iter().filter(|f| **f != home) {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for key in &spelled {
            assert!(
                !text.contains(&format!("\"{key}")) && !text.contains(&format!("`{key}")),
                "{} spells {key}: read it from the key list instead",
                file.display()
            );
        }
    }
}
