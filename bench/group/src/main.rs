//! Group scale, natively: see lib.rs.
//!
//!   cargo run --release --manifest-path bench/group/Cargo.toml [-- --json] [--runs 20] [--sizes 50,500,2000]
//!   ... -- --write-files DIR [--count 500]   writes the answer files instead,
//!                                            for the browser's group view

use kansrijk::model::content::Content;
use kansrijk_bench_group::{answer_files, report};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if let Some(dir) = value("--write-files") {
        let count: usize = value("--count").and_then(|v| v.parse().ok()).unwrap_or(500);
        let content = Content::builtin().expect("the built-in content reads");
        std::fs::create_dir_all(&dir).expect("the folder for the answer files can be made");
        for (i, file) in answer_files(&content, count).iter().enumerate() {
            let path = std::path::Path::new(&dir).join(format!("kansrijk-{:04}.json", i + 1));
            std::fs::write(&path, file).expect("an answer file can be written");
        }
        println!("{count} answer files in {dir}");
        return;
    }
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(20);
    let sizes: Vec<usize> = value("--sizes")
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![50, 500, 2000]);
    let doc = report(&sizes, runs);
    if json {
        println!("{doc}");
        return;
    }
    println!(
        "summarise() on imported answer files, content {} ({} items), median of {runs} runs",
        doc["content_version"].as_str().unwrap_or("?"),
        doc["items"]
    );
    println!(
        "{:>11}  {:>11}  {:>12}  {:>14}  {:>12}  {:>12}  {:>8}",
        "respondents", "files KiB", "import ms", "summarise ms", "peak KiB", "alloc KiB", "allocs"
    );
    for g in doc["groups"].as_array().into_iter().flatten() {
        let f = |k: &str| g[k].as_f64().unwrap_or(f64::NAN);
        println!(
            "{:>11}  {:>11.1}  {:>12.2}  {:>14.2}  {:>12.1}  {:>12.1}  {:>8}",
            g["respondents"].as_u64().unwrap_or(0),
            f("answer_file_bytes") / 1024.0,
            f("import_ms_median"),
            f("summarise_ms_median"),
            f("peak_alloc_bytes") / 1024.0,
            f("requested_bytes") / 1024.0,
            g["allocations"].as_u64().unwrap_or(0)
        );
    }
    println!("\nThe result screen's model work for the browser driver's answers (median ms):");
    println!(
        "{}",
        serde_json::to_string_pretty(&doc["result"]).unwrap_or_default()
    );
}
