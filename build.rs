//! Merges the content files in `content/` into one JSON document that the
//! model embeds, so editors work in readable TOML while the app carries no
//! TOML parser.

use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new("content");
    println!("cargo:rerun-if-changed=content");
    let mut doc = read(&root.join("assessment.toml"));
    let ui = read(&root.join("ui.toml"));
    let table = doc.as_object_mut().expect("assessment.toml is a table");
    table.insert("ui".into(), ui);

    let mut item_files: Vec<_> = fs::read_dir(root.join("items"))
        .expect("content/items exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    item_files.sort();
    let mut items = Vec::new();
    for path in item_files {
        let file = read(&path);
        if let Some(list) = file.get("item").and_then(|v| v.as_array()) {
            items.extend(list.iter().cloned());
        }
    }
    table.insert("items".into(), serde_json::Value::Array(items));

    let mut layout_files: Vec<_> = fs::read_dir(root.join("versions"))
        .expect("content/versions exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    layout_files.sort();
    let layouts = layout_files.iter().map(|p| read(p)).collect();
    table.insert("layouts".into(), serde_json::Value::Array(layouts));

    let out =
        Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR set by cargo")).join("content.json");
    fs::write(
        out,
        serde_json::to_string(&doc).expect("content serialises"),
    )
    .expect("OUT_DIR writable");
}

fn read(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).expect("TOML converts to JSON")
}
