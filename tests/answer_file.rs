//! The downloadable answer file round-trips, survives a content change and
//! refuses anything else with a reason.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::answer_file::{from_file, to_file, FileError, MAX_BYTES};
use kansrijk::model::code::Shared;
use kansrijk::model::content::Content;
use kansrijk::model::response::{Mode, Response};
use proptest::prelude::*;
use std::sync::LazyLock;

static CONTENT: LazyLock<Content> = LazyLock::new(|| Content::builtin().expect("content parses"));

fn sample(c: &Content) -> Shared {
    let mut r = Response::new(c, Mode::Full);
    r.classification
        .insert("side".into(), vec!["private".into()]);
    r.set(
        &c.items[0].id,
        Answer::Agreement(Agreement::new(4).expect("4")),
    );
    r.set(&c.items[1].id, Answer::DontKnow);
    Shared {
        response: r,
        label: Some("<b>Winkel</b> & co".into()),
    }
}

#[test]
fn a_file_round_trips() {
    let c = Content::builtin().expect("content parses");
    let shared = sample(&c);
    let (back, report) = from_file(&c, to_file(&shared).as_bytes()).expect("reads back");
    assert_eq!(back, shared);
    assert!(!report.is_noteworthy(&c));
}

#[test]
fn an_older_version_is_migrated_and_lost_answers_are_reported() {
    let mut c = Content::builtin().expect("content parses");
    let mut old = sample(&c);
    old.response.content_version = "0.9.0".into();
    old.response
        .answers
        .insert("need.old_item".into(), Answer::DontKnow);
    old.response.answers.insert(
        "need.renamed_item".into(),
        Answer::Agreement(Agreement::STRONGLY_AGREE),
    );
    c.migrations.push(kansrijk::model::content::Migration {
        from: "0.9.0".into(),
        renamed: [("need.renamed_item".to_owned(), c.items[2].id.clone())].into(),
        removed: vec!["need.old_item".into()],
        split: Default::default(),
        to_status: Vec::new(),
    });
    let (back, report) = from_file(&c, to_file(&old).as_bytes()).expect("reads");
    assert_eq!(back.response.content_version, c.version);
    assert_eq!(
        back.response.answer(&c.items[2].id),
        Some(Answer::Agreement(Agreement::STRONGLY_AGREE))
    );
    assert_eq!(report.renamed, 1);
    assert_eq!(report.dropped, vec!["need.old_item".to_owned()]);
    assert!(!report.unknown_version);
}

#[test]
fn a_file_from_an_unknown_version_keeps_what_it_can_and_says_so() {
    let c = Content::builtin().expect("content parses");
    let mut future = sample(&c);
    future.response.content_version = "9.0.0".into();
    future
        .response
        .answers
        .insert("future.item".into(), Answer::DontKnow);
    let (back, report) = from_file(&c, to_file(&future).as_bytes()).expect("reads");
    assert!(report.unknown_version && report.is_noteworthy(&c));
    assert_eq!(report.dropped, vec!["future.item".to_owned()]);
    assert_eq!(back.response.answers.len(), 2);
}

/// A file saved by the first released version (1.0.0): statements that now
/// ask for a status are converted, split statements keep an agreeing answer
/// for each part, and the report says the questions changed.
#[test]
fn a_file_of_version_1_0_0_is_carried_over_and_says_the_questions_changed() {
    let c = Content::builtin().expect("content parses");
    let file = br#"{"kind": "kansrijk-response", "format": 1, "label": "Gemeente",
      "response": {"content_version": "1.0.0", "mode": "full",
        "classification": {"phase": ["running"], "personal_data": ["yes"], "intended_model": ["alliance"]},
        "answers": {"information.legal_basis": 2, "leadership.trekker": 4,
          "partners.public_backing": 1, "goals.public_goal_first": 5, "need.added_value": 3,
          "agreements.written": 5, "trust.baseline": "dont_know"}}}"#;
    let (back, report) = from_file(&c, file).expect("reads");
    let r = &back.response;
    assert_eq!(r.content_version, c.version);
    // "Disagree that the legal basis was checked" is "not yet", never "absent".
    assert_eq!(
        r.answer("information.legal_basis"),
        Some(Answer::Status(Status::NotYet))
    );
    assert_eq!(
        r.answer("agreements.written"),
        Some(Answer::Status(Status::InPlace))
    );
    assert_eq!(
        r.answer("leadership.driver"),
        Some(Answer::Status(Status::InPlace))
    );
    assert_eq!(
        r.answer("leadership.driver_trusted"),
        Some(Answer::Agreement(Agreement::new(4).expect("4")))
    );
    for part in [
        "partners.backing_public",
        "partners.backing_police",
        "partners.backing_private",
    ] {
        assert_eq!(r.answer(part), None, "{part}");
        assert!(report.asked_again.iter().any(|p| p == part), "{part}");
    }
    assert_eq!(
        r.answer("need.added_value"),
        Some(Answer::Agreement(Agreement::new(3).expect("3")))
    );
    assert_eq!(r.answer("trust.baseline"), Some(Answer::DontKnow));
    assert_eq!(report.dropped, vec!["goals.public_goal_first".to_owned()]);
    assert!(report.content_changed(&c) && report.is_noteworthy(&c));
    assert!(!report.unknown_version);
    assert_eq!(back.label.as_deref(), Some("Gemeente"));
}

#[test]
fn wrong_files_are_refused_with_a_reason() {
    let c = Content::builtin().expect("content parses");
    let v = &c.version;
    let current = |body: &str| -> Vec<u8> {
        format!(r#"{{"kind": "kansrijk-response", "format": 1, "response": {{"content_version": "{v}", {body}}}}}"#)
            .into_bytes()
    };
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"not json".to_vec(), "not_json"),
        (vec![0xff, 0xfe, 0x00], "not_json"),
        (
            br#"{"name": "something else"}"#.to_vec(),
            "not_an_answer_file",
        ),
        (
            br#"{"kind": "kansrijk-response", "format": 99}"#.to_vec(),
            "unsupported_format",
        ),
        (br#"{"kind": "kansrijk-response"}"#.to_vec(), "invalid"),
        (current(r#""answers": {"need.added_value": 9}"#), "invalid"),
        (
            current(r#""classification": {"side": ["martian"]}"#),
            "invalid",
        ),
        (
            current(r#""classification": {"side": ["public", "private"]}"#),
            "invalid",
        ),
        (vec![b' '; MAX_BYTES + 1], "too_large"),
    ];
    for (bytes, expected) in cases {
        let err = from_file(&c, &bytes).expect_err("refused");
        assert_eq!(err.id(), expected, "{err}");
    }
    assert!(matches!(
        from_file(&c, b"{}"),
        Err(FileError::NotAnAnswerFile)
    ));
}

proptest! {
    // As many cases as the answer-code fuzzing: 100,000 by default, more
    // with `KANSRIJK_FUZZ_CASES` (`make fuzz`).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("KANSRIJK_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = from_file(&CONTENT, &bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(json in "\\{\"kind\": ?\"kansrijk-response\", ?\"format\": ?1, ?\"response\": ?\\{.{0,120}\\}\\}") {
        let _ = from_file(&CONTENT, json.as_bytes());
    }
}
