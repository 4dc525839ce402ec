//! The three cases of the WODC/NCTV soft-targets study, encoded as answer
//! sets in `content/cases/`, each answer justified by the report. The model
//! must order them as the study does and name the ArenA's gaps.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::Answer;
use kansrijk::model::content::Content;
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::flag::FlagState;
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::verdict::{Level, Outcome};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    name: String,
    classification: BTreeMap<String, Vec<String>>,
    answer: Vec<CaseAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseAnswer {
    item: String,
    value: Answer,
    because: String,
}

fn load(id: &str) -> (Case, Response) {
    let content = Content::builtin().expect("content parses");
    let path = format!("{}/content/cases/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("case file exists");
    let case: Case = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut r = Response::new(&content, Mode::Full);
    r.classification = case.classification.clone();
    for a in &case.answer {
        assert!(
            content.item(&a.item).is_some(),
            "{id}: unknown item {}",
            a.item
        );
        assert!(
            a.because.trim().len() > 10,
            "{id}: answer to {} is not justified",
            a.item
        );
        assert!(
            r.answer(&a.item).is_none(),
            "{id}: {} answered twice",
            a.item
        );
        r.set(&a.item, a.value);
    }
    assert_eq!(case.id, id);
    assert!(!case.name.is_empty());
    (case, r)
}

/// Orders outcomes by level, then by overall score.
fn rank(e: &Evaluation) -> (u8, f64) {
    let level = match e.verdict.outcome {
        Outcome::TooUncertain => 0,
        Outcome::Level(Level::NotYet) => 1,
        Outcome::Level(Level::Conditional) => 2,
        Outcome::Level(Level::Promising) => 3,
    };
    (level, e.overall.unwrap_or(0.0))
}

fn evaluate(id: &str) -> Evaluation {
    let content = Content::builtin().expect("content parses");
    let (_, r) = load(id);
    Evaluation::of(&content, &r)
}

#[test]
fn every_case_reaches_a_verdict() {
    for id in ["antwerp", "nijmegen", "arena"] {
        let e = evaluate(id);
        assert!(
            matches!(e.verdict.outcome, Outcome::Level(_)),
            "{id}: {:?}",
            e.verdict
        );
    }
}

#[test]
fn antwerp_ranks_at_or_above_nijmegen_and_both_above_the_arena() {
    let (a, n, x) = (evaluate("antwerp"), evaluate("nijmegen"), evaluate("arena"));
    assert!(
        rank(&a) >= rank(&n),
        "Antwerp {:?} below Nijmegen {:?}",
        rank(&a),
        rank(&n)
    );
    assert!(
        rank(&n) > rank(&x),
        "Nijmegen {:?} not above ArenA {:?}",
        rank(&n),
        rank(&x)
    );
    assert!(rank(&a) > rank(&x));
}

#[test]
fn the_arena_is_flagged_for_its_missing_agreement_driver_backing_and_accountability() {
    let e = evaluate("arena");
    for flag in [
        "no_written_agreement",
        "nobody_leads",
        "no_backing",
        "no_accountability",
    ] {
        assert!(
            e.flags
                .iter()
                .any(|f| f.flag == flag && f.state == FlagState::Raised),
            "ArenA lacks flag {flag}: {:?}",
            e.flags
        );
    }
    assert_eq!(e.verdict.outcome, Outcome::Level(Level::NotYet));
}

#[test]
fn antwerp_raises_no_knock_out() {
    let e = evaluate("antwerp");
    assert!(
        !e.flags
            .iter()
            .any(|f| f.state == FlagState::Raised && f.cap == Level::NotYet),
        "{:?}",
        e.flags
    );
}
