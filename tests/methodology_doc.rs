//! `docs/methodology.md` is for reviewers; it must name every dimension and
//! flag the content has and state the thresholds the content uses, so the
//! document cannot drift from the model.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::content::Content;

#[test]
fn methodology_names_every_dimension_flag_and_threshold() {
    let c = Content::builtin().expect("content parses");
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/methodology.md"))
        .expect("docs/methodology.md exists");
    for d in &c.dimensions {
        assert!(
            doc.contains(&format!("`{}`", d.id)),
            "dimension {} missing",
            d.id
        );
    }
    for f in &c.flags {
        assert!(
            doc.contains(&format!("`{}`", f.id)),
            "flag {} missing",
            f.id
        );
        for item in &f.items {
            assert!(
                doc.contains(&format!("`{item}`")),
                "trigger {item} of {} missing",
                f.id
            );
        }
    }
    for q in &c.classification {
        assert!(
            doc.contains(&format!("`{}`", q.id)),
            "question {} missing",
            q.id
        );
    }
    let v = &c.verdict;
    for (name, value) in [
        ("promising_from", v.promising_from),
        ("not_yet_below", v.not_yet_below),
        ("lift_to", v.lift_to),
    ] {
        assert!(
            doc.contains(&format!("| `{name}` | {value} |")),
            "{name} = {value} not stated"
        );
    }
    assert!(doc.contains(&format!("| `certainty_from` | {} |", v.certainty_from)));
    for s in &c.sources {
        assert!(
            doc.contains(&format!("`{}`", s.id)),
            "source {} missing",
            s.id
        );
    }
}
