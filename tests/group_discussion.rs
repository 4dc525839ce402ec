//! What the group view puts on the table for the discussion: the situation
//! questions the members answered differently, who said what on the
//! statements they differ on, and each organisation's own readiness kept
//! apart rather than averaged.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::content::{Content, Scope};
use kansrijk::model::group::{summarise, Member};
use kansrijk::model::response::{Mode, Response};

mod strategies;
use strategies::at;

fn member(c: &Content, label: &str, side: &str, form: &str, coercion: &str, value: u8) -> Member {
    let mut r = Response::new(c, Mode::Quick);
    for (q, choice) in [
        ("side", side),
        ("intended_model", form),
        ("private_coercion", coercion),
        ("personal_data", "no"),
    ] {
        r.classification.insert(q.into(), vec![choice.into()]);
    }
    for i in c.items.iter().filter(|i| i.quick) {
        r.set(&i.id, at(i, value));
    }
    Member {
        label: label.into(),
        response: r,
    }
}

fn room(c: &Content) -> Vec<Member> {
    vec![
        member(c, "Gemeente", "public", "concession", "yes", 5),
        member(c, "Politie", "public", "concession", "yes", 4),
        member(c, "Winkeliers", "private", "alliance", "no", 2),
    ]
}

#[test]
fn situation_questions_answered_differently_are_shown_per_member_and_the_side_is_not_one() {
    let c = Content::builtin().expect("content parses");
    let g = summarise(&c, &room(&c)).expect("a group");
    let split: Vec<&str> = g.situation.iter().map(|s| s.question.as_str()).collect();
    assert!(split.contains(&"intended_model"), "{split:?}");
    assert!(split.contains(&"private_coercion"), "{split:?}");
    assert!(!split.contains(&"side"), "the sides are meant to differ");
    assert!(!split.contains(&"personal_data"), "everyone said no");
    let form = g
        .situation
        .iter()
        .find(|s| s.question == "intended_model")
        .expect("the form");
    assert_eq!(
        form.choices,
        vec![vec!["concession"], vec!["concession"], vec!["alliance"]]
    );
}

#[test]
fn a_group_that_agrees_on_the_situation_shows_no_split() {
    let c = Content::builtin().expect("content parses");
    let members = vec![
        member(&c, "a", "public", "alliance", "no", 5),
        member(&c, "b", "private", "alliance", "no", 1),
    ];
    assert!(summarise(&c, &members)
        .expect("a group")
        .situation
        .is_empty());
}

#[test]
fn the_statements_that_divide_say_who_answered_what() {
    let c = Content::builtin().expect("content parses");
    let members = room(&c);
    let g = summarise(&c, &members).expect("a group");
    assert!(!g.disagreements.is_empty());
    for d in &g.disagreements {
        assert_eq!(d.answers.len(), members.len());
        for (m, answer) in members.iter().zip(&d.answers) {
            assert_eq!(
                *answer,
                m.response.answer(&d.item),
                "{} on {}",
                m.label,
                d.item
            );
        }
    }
}

#[test]
fn own_readiness_is_per_organisation_not_averaged_nor_a_disagreement() {
    let c = Content::builtin().expect("content parses");
    let g = summarise(&c, &room(&c)).expect("a group");
    let own: Vec<&str> = c
        .dimensions
        .iter()
        .filter(|d| d.scope == Scope::Own)
        .map(|d| d.id.as_str())
        .collect();
    assert!(!own.is_empty(), "the content has an own-organisation part");
    for d in g
        .dimensions
        .iter()
        .filter(|d| own.contains(&d.dimension.as_str()))
    {
        assert!(d.own);
        assert_eq!(
            (d.mean, d.spread),
            (None, None),
            "no mean across organisations"
        );
        assert_eq!(d.positions.len(), 3);
        assert!(
            d.positions.iter().all(Option::is_some),
            "each organisation's own score"
        );
        assert_ne!(d.positions[0], d.positions[2]);
    }
    for d in &g.disagreements {
        let dimension = c.item(&d.item).map(|i| i.dimension.as_str()).unwrap_or("");
        assert!(
            !own.contains(&dimension),
            "{} is about each one's own organisation",
            d.item
        );
    }
    assert!(g
        .side_gaps
        .iter()
        .all(|s| !own.contains(&s.dimension.as_str())));
    let partnership = g.dimensions.iter().find(|d| !d.own).expect("a shared part");
    assert!(partnership.mean.is_some(), "shared parts keep their mean");
}
