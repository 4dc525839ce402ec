//! The content is data an editor changes; these checks keep it whole:
//! stable unique ids, every text in every language, every claim sourced,
//! and a quick scan that covers every dimension and knock-out.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::condition::MODEL;
use kansrijk::model::content::{Citation, Content, Effect, QuestionRole, Scale, Scope};
use kansrijk::model::model_fit::UNDECIDED;
use kansrijk::model::text::Text;
use kansrijk::model::verdict::Level;
use std::collections::BTreeSet;

fn content() -> Content {
    Content::builtin().expect("builtin content parses")
}

fn languages(c: &Content) -> Vec<String> {
    c.languages.iter().map(|l| l.code.clone()).collect()
}

fn assert_text(c: &Content, text: &Text, what: &str) {
    for lang in languages(c) {
        assert!(text.has(&lang), "{what}: no {lang} text");
    }
    for lang in text.languages() {
        assert!(
            c.languages.iter().any(|l| l.code == lang),
            "{what}: text in undeclared language {lang}"
        );
    }
}

fn assert_sources(c: &Content, sources: &[Citation], what: &str) {
    assert!(!sources.is_empty(), "{what}: no source cited");
    for s in sources {
        assert!(
            c.source(&s.source).is_some(),
            "{what}: unknown source {}",
            s.source
        );
        assert!(
            !s.section.trim().is_empty(),
            "{what}: source {} without section",
            s.source
        );
    }
}

fn assert_unique<'a>(ids: impl Iterator<Item = &'a str>, what: &str) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(!id.trim().is_empty(), "empty {what} id");
        assert!(seen.insert(id), "duplicate {what} id {id}");
    }
}

#[test]
fn ids_are_unique_and_well_formed() {
    let c = content();
    assert_unique(c.sources.iter().map(|s| s.id.as_str()), "source");
    assert_unique(c.dimensions.iter().map(|d| d.id.as_str()), "dimension");
    assert_unique(
        c.dimensions.iter().map(|d| d.code.as_str()),
        "dimension code",
    );
    assert_unique(c.items.iter().map(|i| i.id.as_str()), "item");
    assert_unique(c.flags.iter().map(|f| f.id.as_str()), "flag");
    assert_unique(c.classification.iter().map(|q| q.id.as_str()), "question");
    assert_unique(c.models.iter().map(|m| m.id.as_str()), "model");
    for q in &c.classification {
        assert_unique(
            q.choices.iter().map(|ch| ch.id.as_str()),
            &format!("choice of {}", q.id),
        );
    }
    for item in &c.items {
        assert!(
            item.id.starts_with(&format!("{}.", item.dimension)),
            "item {} is not named after its dimension",
            item.id
        );
        assert!(
            item.id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '.' || ch == '_'),
            "item id {} has characters that do not travel well",
            item.id
        );
    }
}

#[test]
fn every_text_is_in_every_language() {
    let c = content();
    assert!(languages(&c).contains(&"nl".to_owned()) && languages(&c).contains(&"en".to_owned()));
    for s in &c.sources {
        assert_text(&c, &s.title, &format!("source {}", s.id));
    }
    for q in &c.classification {
        assert_text(&c, &q.text, &format!("question {}", q.id));
        if let Some(help) = &q.help {
            assert_text(&c, help, &format!("help of question {}", q.id));
        }
        for ch in &q.choices {
            assert_text(&c, &ch.label, &format!("choice {}.{}", q.id, ch.id));
        }
    }
    for m in &c.models {
        assert_text(&c, &m.name, &format!("model {}", m.id));
        assert_text(&c, &m.description, &format!("model {}", m.id));
        assert_text(&c, &m.mismatch, &format!("model {}", m.id));
    }
    for d in &c.dimensions {
        assert_text(&c, &d.title, &format!("dimension {}", d.id));
        assert_text(&c, &d.description, &format!("dimension {}", d.id));
    }
    for i in &c.items {
        assert_text(&c, &i.text, &format!("item {}", i.id));
        assert_text(&c, &i.why, &format!("why of {}", i.id));
        assert_text(
            &c,
            &i.recommendation,
            &format!("recommendation of {}", i.id),
        );
    }
    for f in &c.flags {
        assert_text(&c, &f.title, &format!("flag {}", f.id));
        assert_text(&c, &f.explanation, &format!("flag {}", f.id));
        assert_text(&c, &f.recommendation, &format!("flag {}", f.id));
        if let Some(p) = &f.pending {
            assert_text(&c, &p.title, &format!("pending title of {}", f.id));
            assert_text(
                &c,
                &p.explanation,
                &format!("pending explanation of {}", f.id),
            );
            assert_text(
                &c,
                &p.recommendation,
                &format!("pending advice of {}", f.id),
            );
        }
    }
    for r in &c.rules {
        assert_text(&c, &r.because, &format!("rule {}", r.id));
        if let Some(a) = &r.advice {
            assert_text(&c, a, &format!("advice of rule {}", r.id));
        }
    }
    for i in &c.items {
        if let Some(states) = &i.states {
            for (t, which) in [
                (&states.in_place, "in place"),
                (&states.not_yet, "not yet"),
                (&states.absent, "absent"),
            ] {
                assert_text(&c, t, &format!("{which} of {}", i.id));
            }
        }
        if let Some(na) = &i.not_applicable {
            assert_text(&c, na, &format!("not applicable of {}", i.id));
        }
    }
    for s in &c.sources {
        assert_text(&c, &s.publisher, &format!("publisher of {}", s.id));
    }
    for q in &c.classification {
        for ch in &q.choices {
            if let Some(note) = &ch.note {
                assert_text(&c, note, &format!("note of {}.{}", q.id, ch.id));
            }
        }
    }
    for (key, text) in &c.ui {
        assert_text(&c, text, &format!("ui text {key}"));
    }
}

#[test]
fn the_interface_has_every_text_it_asks_for() {
    let c = content();
    for key in kansrijk::session::texts::UI_KEYS {
        assert!(c.ui.contains_key(*key), "ui.toml lacks {key}");
    }
}

#[test]
fn everything_is_sourced() {
    let c = content();
    for q in &c.classification {
        assert_sources(&c, &q.sources, &format!("question {}", q.id));
    }
    for m in &c.models {
        assert_sources(&c, &m.sources, &format!("model {}", m.id));
    }
    for d in &c.dimensions {
        assert_sources(&c, &d.sources, &format!("dimension {}", d.id));
    }
    for i in &c.items {
        assert_sources(&c, &i.sources, &format!("item {}", i.id));
    }
    for f in &c.flags {
        assert_sources(&c, &f.sources, &format!("flag {}", f.id));
    }
    for r in &c.rules {
        assert_sources(&c, &r.sources, &format!("rule {}", r.id));
    }
    assert_sources(&c, &c.verdict.sources, "the verdict rules");
    let cited: BTreeSet<&str> = c
        .items
        .iter()
        .flat_map(|i| i.sources.iter().map(|s| s.source.as_str()))
        .collect();
    for s in &c.sources {
        assert!(
            cited.contains(s.id.as_str()),
            "report {} is cited by no item",
            s.id
        );
    }
}

#[test]
fn references_point_at_things_that_exist() {
    let c = content();
    let check_condition = |cond: &kansrijk::model::condition::Condition, what: &str| {
        for q in cond.questions() {
            if q == MODEL {
                for choice in cond.choices(q) {
                    assert!(
                        choice == UNDECIDED || c.model(choice).is_some(),
                        "{what}: unknown form {choice}"
                    );
                }
                continue;
            }
            let question = c
                .question(q)
                .unwrap_or_else(|| panic!("{what}: unknown question {q}"));
            for choice in cond.choices(q) {
                assert!(
                    question.choices.iter().any(|ch| &ch.id == choice),
                    "{what}: unknown choice {q}.{choice}"
                );
            }
        }
    };
    for i in &c.items {
        assert!(
            c.dimension(&i.dimension).is_some(),
            "item {}: unknown dimension",
            i.id
        );
        assert!(
            (1..=3).contains(&i.weight),
            "item {}: weight {} outside 1-3",
            i.id,
            i.weight
        );
        if let Some(w) = &i.when {
            check_condition(w, &format!("item {}", i.id));
        }
        match i.scale {
            Scale::Status => {
                assert!(
                    i.states.is_some(),
                    "status item {} has no answer labels",
                    i.id
                );
                assert!(!i.reverse, "status item {} is reversed", i.id);
            }
            Scale::Agreement => {
                assert!(
                    i.states.is_none(),
                    "agreement item {} has status labels",
                    i.id
                )
            }
        }
    }
    for r in &c.rules {
        check_condition(&r.when, &format!("rule {}", r.id));
        assert!(!r.flags.is_empty(), "rule {} names no flag", r.id);
        for f in &r.flags {
            assert!(c.flag(f).is_some(), "rule {}: unknown flag {f}", r.id);
        }
        assert_eq!(
            r.cap.is_some(),
            r.effect == Effect::Cap,
            "rule {}: a cap belongs to a cap rule",
            r.id
        );
    }
    for phase in &c.verdict.settle_phases {
        let q = c
            .question_with_role(QuestionRole::Phase)
            .expect("a phase question");
        assert!(
            q.choices.iter().any(|ch| &ch.id == phase),
            "unknown phase {phase}"
        );
    }
    for d in &c.dimensions {
        assert!(d.weight > 0.0, "dimension {} has no weight", d.id);
        for r in &d.weight_rules {
            check_condition(&r.when, &format!("weight rule of {}", d.id));
            assert!(r.factor > 0.0);
        }
    }
    for f in &c.flags {
        assert!(!f.items.is_empty(), "flag {} has no trigger", f.id);
        for id in &f.items {
            assert!(c.item(id).is_some(), "flag {}: unknown item {id}", f.id);
        }
        if let Some(w) = &f.when {
            check_condition(w, &format!("flag {}", f.id));
        }
        assert!((0.0..100.0).contains(&f.at_most));
        let status_trigger = f
            .items
            .iter()
            .filter_map(|id| c.item(id))
            .any(|i| i.scale == Scale::Status);
        assert_eq!(
            f.pending.is_some(),
            status_trigger,
            "flag {}: pending texts belong to flags with a status trigger",
            f.id
        );
    }
    for q in &c.classification {
        assert!(
            q.choices.iter().any(|ch| ch.id == q.default),
            "question {}: default is no choice",
            q.id
        );
        // The answer code stores each question's choices as one byte.
        assert!(
            q.choices.len() <= 8,
            "question {} has more than 8 choices",
            q.id
        );
        for ch in &q.choices {
            for m in ch.points_at() {
                assert!(
                    c.model(m).is_some(),
                    "choice {}.{}: unknown model {m}",
                    q.id,
                    ch.id
                );
            }
            if q.role == QuestionRole::Situation {
                assert_eq!(
                    ch.note.is_some(),
                    ch.points_at().next().is_some(),
                    "choice {}.{}: a choice that points at a form says what it means",
                    q.id,
                    ch.id
                );
            }
        }
    }
    for role in [
        QuestionRole::Side,
        QuestionRole::Phase,
        QuestionRole::IntendedModel,
    ] {
        assert_eq!(
            c.classification.iter().filter(|q| q.role == role).count(),
            1,
            "{role:?}"
        );
    }
    assert!(c.version.len() <= 32 && c.version.is_ascii());
    assert!(c.items.len() < usize::from(u16::MAX));
}

#[test]
fn full_check_has_sixty_to_ninety_items_and_four_per_dimension() {
    let c = content();
    assert!(
        (60..=90).contains(&c.items.len()),
        "{} items",
        c.items.len()
    );
    for d in &c.dimensions {
        let n = c.items_of(&d.id).count();
        assert!(n >= 4, "dimension {} has {n} items", d.id);
    }
    assert!((9..=12).contains(
        &c.dimensions
            .iter()
            .filter(|d| d.scope == Scope::Partnership)
            .count()
    ));
    assert!(
        c.dimensions.iter().any(|d| d.scope == Scope::Own),
        "no readiness dimension"
    );
}

/// The quick scan asks every flag's every trigger, so both modes see the
/// same knock-outs, and at least two unconditional statements per
/// dimension, so one answer never decides a dimension alone.
#[test]
fn quick_scan_covers_every_trigger_and_two_statements_per_dimension() {
    let c = content();
    let quick: Vec<_> = c.items.iter().filter(|i| i.quick).collect();
    assert!(
        (20..=30).contains(&quick.len()),
        "{} quick items",
        quick.len()
    );
    for d in &c.dimensions {
        let n = quick
            .iter()
            .filter(|i| i.dimension == d.id && i.when.is_none())
            .count();
        assert!(
            n >= 2,
            "dimension {} has {n} unconditional quick items",
            d.id
        );
    }
    for f in &c.flags {
        for id in &f.items {
            assert!(
                quick.iter().any(|i| &i.id == id),
                "trigger {id} of {} is not in the quick scan",
                f.id
            );
        }
    }
    assert!(c.flags.iter().any(|f| f.cap == Level::NotYet));
}

/// Every migration starts from a version whose layout this build keeps, and
/// names items that existed then and exist now.
#[test]
fn migrations_refer_to_items_of_both_versions() {
    let c = content();
    for m in &c.migrations {
        let old = c
            .layout(&m.from)
            .unwrap_or_else(|| panic!("no layout for {}", m.from));
        let was = |id: &str| old.items.iter().any(|i| i == id);
        for (from, to) in &m.renamed {
            assert!(was(from) && c.item(to).is_some(), "rename {from} -> {to}");
        }
        for id in &m.removed {
            assert!(was(id) && c.item(id).is_none(), "removed {id}");
        }
        for (from, parts) in &m.split {
            assert!(was(from), "split of unknown {from}");
            for p in parts {
                assert!(c.item(p).is_some(), "split {from}: unknown part {p}");
            }
        }
        for id in &m.to_status {
            assert!(
                was(id) && c.item(id).is_some_and(|i| i.scale == Scale::Status),
                "to_status {id}"
            );
        }
        // Every item of the old version is accounted for.
        for id in &old.items {
            let handled = c.item(id).is_some()
                || m.renamed.contains_key(id)
                || m.removed.contains(id)
                || m.split.contains_key(id);
            assert!(handled, "{}: {id} vanished without a migration", m.from);
        }
    }
}

#[test]
fn the_reports_frameworks_are_recognisable_in_the_dimensions() {
    let c = content();
    let tags: BTreeSet<&str> = c
        .dimensions
        .iter()
        .flat_map(|d| d.frameworks.iter().map(String::as_str))
        .collect();
    for tag in [
        "wodc:organisation",
        "wodc:culture",
        "wodc:roles",
        "wodc:government",
        "eucpn:formation",
        "eucpn:working",
        "eucpn:culture",
    ] {
        assert!(tags.contains(tag), "no dimension covers {tag}");
    }
}

#[test]
fn every_situation_feature_points_at_every_model() {
    let c = content();
    let situation: Vec<_> = c
        .classification
        .iter()
        .filter(|q| q.role == QuestionRole::Situation)
        .collect();
    assert!(situation.len() >= 4);
    for q in situation {
        for m in &c.models {
            assert!(
                q.choices.iter().any(|ch| ch.points_at().any(|p| p == m.id)),
                "feature {} has no choice for {}",
                q.id,
                m.id
            );
        }
    }
}
