//! The case library: partnerships the five reports describe, each coded as
//! answers (`content/cases/<id>/answers.toml`, every answer with its quote
//! or reason, silence coded "don't know") and judged beforehand from the
//! report's own conclusions (`expected.toml`). For every case whose report
//! lets the coders answer enough of the core statements, the model must
//! reach the expected verdict and raise exactly the expected flags, in the
//! full check and in the quick scan, and order the cases as the reports do.
//! A case too thin to answer the check (see [`answers_the_check`]) must get
//! "too much unknown": the check may not guess where the report is silent.
//!
//! `docs/methodology.md` carries the case table this file generates; run
//! with `KANSRIJK_WRITE_DOCS=1` to rewrite it after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::Answer;
use kansrijk::model::content::Content;
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::verdict::{Level, Outcome};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answers {
    id: String,
    name: String,
    report: String,
    sections: Vec<String>,
    summary: String,
    classification: Vec<ClassificationAnswer>,
    answer: Vec<ItemAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassificationAnswer {
    question: String,
    choices: Vec<String>,
    because: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemAnswer {
    item: String,
    value: Answer,
    because: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    id: String,
    verdict: String,
    quote: String,
    because: String,
    #[serde(default)]
    raised: Vec<ExpectedFlag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFlag {
    flag: String,
    quote: String,
    because: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ranking {
    order: Vec<Order>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Order {
    cases: [String; 2],
    strict: bool,
    quote: String,
}

struct Case {
    answers: Answers,
    expected: Expected,
}

fn content() -> Content {
    Content::builtin().expect("content parses")
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases")
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every case, in id order, checked for completeness and coding discipline.
fn cases(c: &Content) -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("content/cases exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let answers: Answers = read(&dir.join("answers.toml"));
            let expected: Expected = read(&dir.join("expected.toml"));
            let id = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            assert_eq!(answers.id, id, "answers.toml id");
            assert_eq!(expected.id, id, "expected.toml id");
            check_coding(c, &answers);
            check_expectation(c, &expected);
            Case { answers, expected }
        })
        .collect()
}

/// One rule for every case: every question and item answered once, every
/// answer of a kind its item takes, every answer with its quote or reason.
fn check_coding(c: &Content, a: &Answers) {
    let id = &a.id;
    assert!(
        !a.name.trim().is_empty() && !a.summary.trim().is_empty(),
        "{id}: name and summary"
    );
    assert!(
        c.source(&a.report).is_some(),
        "{id}: unknown report {}",
        a.report
    );
    assert!(!a.sections.is_empty(), "{id}: no sections");
    let asked: Vec<&str> = a
        .classification
        .iter()
        .map(|q| q.question.as_str())
        .collect();
    let all: Vec<&str> = c.classification.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(asked, all, "{id}: every situation question, once, in order");
    for q in &a.classification {
        let question = c.question(&q.question).expect("known question");
        assert!(!q.choices.is_empty(), "{id}: {} has no choice", q.question);
        assert!(
            q.choices.len() == 1 || question.multiple,
            "{id}: {} takes one choice",
            q.question
        );
        for choice in &q.choices {
            assert!(
                question.choices.iter().any(|ch| &ch.id == choice),
                "{id}: unknown choice {choice} for {}",
                q.question
            );
        }
        assert!(
            q.because.trim().len() > 10,
            "{id}: {} has no reason",
            q.question
        );
    }
    let answered: Vec<&str> = a.answer.iter().map(|x| x.item.as_str()).collect();
    let items: Vec<&str> = c.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(answered, items, "{id}: every item, once, in content order");
    for x in &a.answer {
        let item = c.item(&x.item).expect("known item");
        assert!(
            x.value.fits(item),
            "{id}: {:?} does not fit {}",
            x.value,
            x.item
        );
        assert!(
            x.because.trim().len() > 10,
            "{id}: {} has no quote or reason",
            x.item
        );
    }
}

fn check_expectation(c: &Content, e: &Expected) {
    let id = &e.id;
    assert!(
        ["promising", "conditional", "not_yet", "too_uncertain"].contains(&e.verdict.as_str()),
        "{id}: verdict {}",
        e.verdict
    );
    assert!(
        e.quote.trim().len() > 20 && e.because.trim().len() > 20,
        "{id}: quote and reason"
    );
    for f in &e.raised {
        assert!(c.flag(&f.flag).is_some(), "{id}: unknown flag {}", f.flag);
        assert!(
            f.quote.trim().len() > 10 && f.because.trim().len() > 10,
            "{id}: {} unquoted",
            f.flag
        );
    }
}

fn response(c: &Content, a: &Answers, mode: Mode) -> Response {
    let mut r = Response::new(c, mode);
    for q in &a.classification {
        r.classification
            .insert(q.question.clone(), q.choices.clone());
    }
    for x in &a.answer {
        r.set(&x.item, x.value);
    }
    r
}

fn raised(e: &Evaluation) -> BTreeSet<String> {
    e.raised().map(|f| f.flag.clone()).collect()
}

fn expected_flags(case: &Case) -> BTreeSet<String> {
    case.expected
        .raised
        .iter()
        .map(|f| f.flag.clone())
        .collect()
}

/// How many core statements (the quick scan's) the coders could answer
/// from the report, whatever the situation switches on or off.
fn core_answered(c: &Content, a: &Answers) -> usize {
    a.answer
        .iter()
        .filter(|x| c.item(&x.item).is_some_and(|i| i.quick) && x.value != Answer::DontKnow)
        .count()
}

/// The fewest core statements a case's coding must answer to test a
/// verdict: the share of the core the verdict itself needs
/// (`certainty_from`), counted in statements. It is read off the coding,
/// not off the model's output, so no case leaves the verdict tests because
/// the model disagrees with it.
fn min_core_answered(c: &Content) -> usize {
    let core = c.items.iter().filter(|i| i.quick).count();
    (c.verdict.certainty_from * core as f64).ceil() as usize
}

/// Whether the report describes the case concretely enough to answer the
/// check.
fn answers_the_check(c: &Content, a: &Answers) -> bool {
    core_answered(c, a) >= min_core_answered(c)
}

/// What went wrong with one case in one mode, if anything.
fn mismatch(c: &Content, case: &Case, mode: Mode) -> Option<String> {
    let e = Evaluation::of(c, &response(c, &case.answers, mode));
    let verdict = e.verdict.outcome.id();
    if !answers_the_check(c, &case.answers) {
        return (e.verdict.outcome != Outcome::TooUncertain).then(|| {
            format!(
                "{} ({mode:?}) answers only {} core statements but gets {verdict}",
                case.answers.id,
                core_answered(c, &case.answers)
            )
        });
    }
    let flags = raised(&e);
    let want = expected_flags(case);
    (verdict != case.expected.verdict || flags != want).then(|| {
        format!(
            "{} ({mode:?}): verdict {verdict} (expected {}), raised {flags:?} (expected {want:?}), certainty {:.2}, reasons {:?}",
            case.answers.id, case.expected.verdict, e.verdict.certainty, e.verdict.reasons
        )
    })
}

#[test]
fn there_are_at_least_ten_cases_from_every_report() {
    let c = content();
    let cases = cases(&c);
    assert!(cases.len() >= 10, "{} cases", cases.len());
    // The verdict tests need cases that answer the check; the soft-targets
    // study and the CCV report describe theirs concretely enough.
    let concrete = cases
        .iter()
        .filter(|k| answers_the_check(&c, &k.answers))
        .count();
    assert!(concrete >= 5, "{concrete} cases answer the check");
    for s in &c.sources {
        assert!(
            cases.iter().any(|k| k.answers.report == s.id),
            "no case from {}",
            s.id
        );
    }
}

#[test]
fn every_concrete_case_reaches_its_expected_verdict_and_flags_in_the_full_check() {
    let c = content();
    let failures: Vec<String> = cases(&c)
        .iter()
        .filter_map(|case| mismatch(&c, case, Mode::Full))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_concrete_case_reaches_its_expected_verdict_and_flags_in_the_quick_scan() {
    let c = content();
    let failures: Vec<String> = cases(&c)
        .iter()
        .filter_map(|case| mismatch(&c, case, Mode::Quick))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A verdict's place in the order of the reports' rankings.
fn rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::TooUncertain => 0,
        Outcome::Level(Level::NotYet) => 1,
        Outcome::Level(Level::Conditional) => 2,
        Outcome::Level(Level::Promising) => 3,
    }
}

#[test]
fn cases_are_ordered_as_the_reports_rank_them() {
    let c = content();
    let cases = cases(&c);
    let ranking: Ranking = read(&cases_dir().join("ranking.toml"));
    assert!(!ranking.order.is_empty());
    for mode in [Mode::Full, Mode::Quick] {
        let outcome = |id: &str| {
            let case = cases
                .iter()
                .find(|k| k.answers.id == id)
                .unwrap_or_else(|| panic!("ranking names unknown case {id}"));
            Evaluation::of(&c, &response(&c, &case.answers, mode))
                .verdict
                .outcome
        };
        for o in &ranking.order {
            assert!(o.quote.len() > 20);
            let (a, b) = (outcome(&o.cases[0]), outcome(&o.cases[1]));
            if o.strict {
                assert!(
                    rank(a) > rank(b),
                    "{mode:?}: {} {a:?} not above {} {b:?}",
                    o.cases[0],
                    o.cases[1]
                );
            } else {
                assert!(
                    rank(a) >= rank(b),
                    "{mode:?}: {} {a:?} below {} {b:?}",
                    o.cases[0],
                    o.cases[1]
                );
            }
        }
    }
}

/// The case table of `docs/methodology.md`, generated from the case files
/// and the model.
fn case_table(c: &Content) -> String {
    let mut out = String::from(
        "| case | source | core statements answered | expected (from the report) | full check | quick scan | flags raised (full check) |\n|---|---|---|---|---|---|---|\n",
    );
    for case in cases(c) {
        let a = &case.answers;
        let short = c
            .source(&a.report)
            .map_or(a.report.as_str(), |s| s.short.as_str());
        let full = Evaluation::of(c, &response(c, a, Mode::Full));
        let quick = Evaluation::of(c, &response(c, a, Mode::Quick));
        let flags: Vec<String> = raised(&full)
            .into_iter()
            .map(|f| format!("`{f}`"))
            .collect();
        let answered = core_answered(c, a);
        let thin = if answers_the_check(c, a) {
            ""
        } else {
            " (too thin to answer the check)"
        };
        out.push_str(&format!(
            "| {} | {}, {} | {answered} of {}{thin} | {} | {} | {} | {} |\n",
            a.name,
            short,
            a.sections.join("; "),
            c.items.iter().filter(|i| i.quick).count(),
            case.expected.verdict,
            full.verdict.outcome.id(),
            quick.verdict.outcome.id(),
            if flags.is_empty() {
                "none".to_owned()
            } else {
                flags.join(", ")
            }
        ));
    }
    out
}

const START: &str = "<!-- case table: generated by tests/validation_cases.rs -->\n";
const END: &str = "<!-- end of case table -->";

#[test]
fn the_methodology_carries_the_current_case_table() {
    let c = content();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/methodology.md");
    let doc = std::fs::read_to_string(&path).expect("docs/methodology.md");
    let table = case_table(&c);
    let (Some(start), Some(end)) = (doc.find(START), doc.find(END)) else {
        panic!("docs/methodology.md has no case table markers");
    };
    let current = &doc[start + START.len()..end];
    if current != table {
        if std::env::var_os("KANSRIJK_WRITE_DOCS").is_some() {
            let updated = format!("{}{START}{table}{}", &doc[..start], &doc[end..]);
            std::fs::write(&path, updated).expect("write docs/methodology.md");
        } else {
            panic!(
                "the case table in docs/methodology.md is out of date; rerun with KANSRIJK_WRITE_DOCS=1\n{table}"
            );
        }
    }
}
