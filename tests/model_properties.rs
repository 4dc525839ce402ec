//! Properties the judgement must keep for every possible set of answers,
//! and for coherent respondents generated in bulk.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::content::Scale;
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::find_out::find_out;
use kansrijk::model::first_steps::{first_steps_for, Step, MOST};
use kansrijk::model::flag::FlagState;
use kansrijk::model::must_change::must_change;
use kansrijk::model::recommendation::recommendations;
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::to_settle::{to_settle, Settle};
use kansrijk::model::verdict::{Level, Outcome};
use proptest::prelude::*;
use std::collections::BTreeSet;

mod strategies;
use strategies::{any_response, coherent_response, CONTENT};

/// The next better answer on an item's own scale, if there is one.
fn one_better(item: &kansrijk::model::content::Item, a: Answer) -> Option<Answer> {
    match a {
        Answer::Agreement(x) => {
            let v = if item.reverse {
                x.value().checked_sub(1)?
            } else {
                x.value() + 1
            };
            Agreement::new(v).map(Answer::Agreement)
        }
        Answer::Status(Status::Absent) => Some(Answer::Status(Status::NotYet)),
        Answer::Status(Status::NotYet) => Some(Answer::Status(Status::InPlace)),
        _ => None,
    }
}

fn raised(e: &Evaluation) -> BTreeSet<String> {
    e.raised().map(|f| f.flag.clone()).collect()
}

/// Whether `after` is no worse than `before`: raising an answer leaves the
/// certainty as it was, so an outcome keeps its kind.
fn no_worse(before: Outcome, after: Outcome) -> bool {
    match (before, after) {
        (Outcome::Level(a), Outcome::Level(b)) => b >= a,
        (a, b) => a == b,
    }
}

fn improving_one_answer_never_lowers(
    r: &Response,
    pick: prop::sample::Index,
) -> Result<(), TestCaseError> {
    let c = &*CONTENT;
    let answered: Vec<_> = c
        .items
        .iter()
        .filter_map(|i| Some((i, one_better(i, r.answer(&i.id)?)?)))
        .collect();
    prop_assume!(!answered.is_empty());
    let (item, better) = answered[pick.index(answered.len())];
    let mut improved = r.clone();
    improved.set(&item.id, better);
    let before = Evaluation::of(c, r);
    let after = Evaluation::of(c, &improved);
    for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
        if let (Some(b), Some(a)) = (b.score, a.score) {
            prop_assert!(a >= b - 1e-9, "{} fell", item.id);
        }
    }
    prop_assert!(
        no_worse(before.verdict.outcome, after.verdict.outcome),
        "{}: {:?} -> {:?}",
        item.id,
        before.verdict.outcome,
        after.verdict.outcome
    );
    prop_assert!(
        raised(&after).is_subset(&raised(&before)),
        "{} raised a flag",
        item.id
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_stay_in_bounds(r in any_response()) {
        let e = Evaluation::of(&CONTENT, &r);
        for d in &e.dimensions {
            if let Some(s) = d.score {
                prop_assert!((0.0..=100.0).contains(&s), "{} = {s}", d.dimension);
            }
            prop_assert!((0.0..=1.0).contains(&d.certainty()));
        }
        prop_assert!((0.0..=1.0).contains(&e.verdict.certainty));
        if let Some(o) = e.overall {
            prop_assert!((0.0..=100.0).contains(&o));
        }
    }

    #[test]
    fn raising_any_single_answer_never_lowers_the_verdict(r in any_response(), pick in any::<prop::sample::Index>()) {
        improving_one_answer_never_lowers(&r, pick)?;
    }

    #[test]
    fn raising_an_answer_of_a_coherent_respondent_never_lowers_the_verdict(r in coherent_response(), pick in any::<prop::sample::Index>()) {
        improving_one_answer_never_lowers(&r, pick)?;
    }

    #[test]
    fn dont_know_never_raises_a_flag(r in any_response(), pick in any::<prop::sample::Index>()) {
        let c = &*CONTENT;
        let item = &c.items[pick.index(c.items.len())];
        let mut unknown = r.clone();
        unknown.set(&item.id, Answer::DontKnow);
        let before = Evaluation::of(c, &r);
        let after = Evaluation::of(c, &unknown);
        prop_assert!(raised(&after).is_subset(&raised(&before)),
            "{}: {:?} -> {:?}", item.id, raised(&before), raised(&after));
        for f in after.flags.iter().filter(|f| f.state == FlagState::Open) {
            prop_assert!(!f.caps(), "open flag {} caps", f.flag);
        }
        prop_assert!(after.verdict.certainty <= before.verdict.certainty + 1e-9);
    }

    #[test]
    fn below_the_certainty_threshold_the_outcome_is_too_much_unknown(r in any_response()) {
        let e = Evaluation::of(&CONTENT, &r);
        let below = e.verdict.certainty < CONTENT.verdict.certainty_from;
        prop_assert_eq!(below, e.verdict.outcome == Outcome::TooUncertain);
    }

    #[test]
    fn the_order_of_answering_does_not_matter(r in any_response(), seed in any::<u64>()) {
        let c = &*CONTENT;
        let mut entries: Vec<_> = r.answers.iter().map(|(k, v)| (k.clone(), *v)).collect();
        // A simple deterministic shuffle keyed by the seed.
        entries.sort_by_key(|(k, _)| {
            k.bytes().fold(seed, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
        });
        let mut shuffled = Response { answers: Default::default(), ..r.clone() };
        for (k, v) in entries {
            shuffled.set(&k, v);
        }
        prop_assert_eq!(Evaluation::of(c, &r), Evaluation::of(c, &shuffled));
    }
}

/// Checks the must-change list of `r`: applied, it reaches the next level;
/// without any one change, it does not; and when there is none for a level
/// below "promising", no change to known answers could lift it.
fn must_change_holds(r: &Response) -> Result<(), TestCaseError> {
    let c = &*CONTENT;
    let before = Evaluation::of(c, r).verdict.outcome;
    let apply = |changes: &[(String, Answer)]| {
        let mut changed = r.clone();
        for (item, to) in changes {
            changed.set(item, *to);
        }
        Evaluation::of(c, &changed).verdict.outcome
    };
    match must_change(c, r) {
        Some(plan) => {
            prop_assert_eq!(before, Outcome::Level(plan.from));
            let all: Vec<(String, Answer)> = plan
                .changes
                .iter()
                .map(|ch| (ch.item.clone(), ch.to))
                .collect();
            let after = apply(&all);
            prop_assert!(after.lifts(before), "{:?} -> {:?}", before, after);
            prop_assert_eq!(after, Outcome::Level(plan.to));
            for (i, ch) in plan.changes.iter().enumerate() {
                prop_assert!(
                    ch.from.is_some_and(|a| a.is_known()),
                    "{} changes an unknown",
                    ch.item
                );
                let mut without = all.clone();
                without.remove(i);
                prop_assert!(
                    !apply(&without).lifts(before),
                    "change {} is not needed",
                    ch.item
                );
            }
        }
        None => {
            if let Outcome::Level(level) = before {
                if level != Level::Promising {
                    // Lifting every known answer to the top does not lift it:
                    // only finding out can.
                    let frame_items = r.applicable_items(c);
                    let all: Vec<(String, Answer)> = frame_items
                        .iter()
                        .filter(|i| matches!(r.answer(&i.id), Some(a) if a.is_known() && a != Answer::NotApplicable))
                        .map(|i| (i.id.clone(), match i.scale {
                            Scale::Agreement => Answer::Agreement(if i.reverse { Agreement::STRONGLY_DISAGREE } else { Agreement::STRONGLY_AGREE }),
                            Scale::Status => Answer::Status(Status::InPlace),
                        }))
                        .collect();
                    prop_assert!(
                        !apply(&all).lifts(before),
                        "a lift exists but none was offered"
                    );
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn the_must_change_list_applied_reaches_the_next_level(r in any_response()) {
        must_change_holds(&r)?;
    }

    #[test]
    fn the_must_change_list_of_a_coherent_respondent_reaches_the_next_level(r in coherent_response()) {
        must_change_holds(&r)?;
    }

    #[test]
    fn what_to_find_out_is_every_unknown_and_the_decisive_ones_come_first(r in any_response()) {
        let c = &*CONTENT;
        let e = Evaluation::of(c, &r);
        let list = find_out(c, &r);
        let ids: BTreeSet<String> = list.iter().map(|u| u.item.clone()).collect();
        let open: BTreeSet<String> = e.open_questions.iter().cloned().collect();
        prop_assert_eq!(ids, open);
        let now = e.verdict.outcome;
        let first_plain = list.iter().position(|u| !u.decisive(now)).unwrap_or(list.len());
        prop_assert!(list[first_plain..].iter().all(|u| !u.decisive(now)), "a decisive unknown after a plain one");
    }
}

/// The first steps of `r`: at most three, each item once, each from the
/// list it names; and a change that lifts the verdict leads unless too
/// much is unknown to judge.
fn first_steps_hold(r: &Response) -> Result<(), TestCaseError> {
    let c = &*CONTENT;
    let steps = first_steps_for(c, r);
    prop_assert!(steps.len() <= MOST);
    let items: BTreeSet<&str> = steps.iter().map(Step::item).collect();
    prop_assert_eq!(items.len(), steps.len(), "an item named twice");
    let now = Evaluation::of(c, r).verdict.outcome;
    let plan = must_change(c, r);
    let changes: Vec<String> = plan
        .iter()
        .flat_map(|p| p.changes.iter().map(|ch| ch.item.clone()))
        .collect();
    let unknowns = find_out(c, r);
    let advice = recommendations(c, r);
    let settle = to_settle(c, r);
    for step in &steps {
        let listed = match step {
            Step::Change { item } => changes.contains(item),
            Step::FindOut { item } => unknowns.iter().any(|u| &u.item == item && u.decisive(now)),
            Step::Improve { item } => advice.iter().any(|a| &a.item == item),
            Step::Settle { item } => settle.iter().any(|s| match s {
                Settle::Flag { items, .. } => items.contains(item),
                Settle::Item { item: i } => i == item,
            }),
        };
        prop_assert!(listed, "{:?} is in none of the lists", step);
    }
    if let (Some(first), Outcome::Level(_)) = (changes.first(), now) {
        prop_assert_eq!(steps.first().map(Step::item), Some(first.as_str()));
    }
    let anything = !changes.is_empty()
        || unknowns.iter().any(|u| u.decisive(now))
        || !advice.is_empty()
        || !settle.is_empty();
    prop_assert_eq!(
        steps.is_empty(),
        !anything,
        "steps missing while a list has some"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn the_first_steps_come_from_the_lists_and_lead_with_what_lifts(r in any_response()) {
        first_steps_hold(&r)?;
    }

    #[test]
    fn the_first_steps_of_a_coherent_respondent_come_from_the_lists(r in coherent_response()) {
        first_steps_hold(&r)?;
    }
}

#[test]
fn a_promising_response_has_nothing_to_change() {
    let c = &*CONTENT;
    let mut r = Response::new(c, Mode::Full);
    for i in &c.items {
        let best = match i.scale {
            Scale::Agreement => Answer::Agreement(if i.reverse {
                Agreement::STRONGLY_DISAGREE
            } else {
                Agreement::STRONGLY_AGREE
            }),
            Scale::Status => Answer::Status(Status::InPlace),
        };
        r.set(&i.id, best);
    }
    let e = Evaluation::of(c, &r);
    assert_eq!(e.verdict.outcome, Outcome::Level(Level::Promising));
    assert!(e.flags.is_empty(), "{:?}", e.flags);
    assert!(must_change(c, &r).is_none());
}

#[test]
fn an_empty_response_is_too_uncertain() {
    let c = &*CONTENT;
    let r = Response::new(c, Mode::Quick);
    let e = Evaluation::of(c, &r);
    assert_eq!(e.verdict.outcome, Outcome::TooUncertain);
    assert_eq!(e.open_questions.len(), r.applicable_items(c).len());
}
