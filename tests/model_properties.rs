//! Properties the scoring must keep for every possible set of answers.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer};
use kansrijk::model::evaluation::Evaluation;
use kansrijk::model::lift::smallest_lift;
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::verdict::{Level, Outcome};
use proptest::prelude::*;

mod strategies;
use strategies::{any_response, CONTENT};

/// Whether `after` is no worse than `before`. "Too uncertain" is no level:
/// it may only follow "too uncertain" itself, or a "not yet" that a
/// knock-out gave despite low certainty.
fn no_worse(before: Outcome, after: Outcome) -> bool {
    match (before, after) {
        (Outcome::Level(a), Outcome::Level(b)) => b >= a,
        (Outcome::TooUncertain, _) => true,
        (Outcome::Level(a), Outcome::TooUncertain) => a == Level::NotYet,
    }
}

fn supporting(reverse: bool) -> Answer {
    Answer::Agreement(if reverse {
        Agreement::STRONGLY_DISAGREE
    } else {
        Agreement::STRONGLY_AGREE
    })
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
    fn improving_one_answer_never_lowers_a_score_or_the_verdict(r in any_response(), pick in any::<prop::sample::Index>()) {
        let c = &*CONTENT;
        let answered: Vec<_> = c.items.iter().filter(|i| matches!(r.answer(&i.id), Some(Answer::Agreement(_)))).collect();
        prop_assume!(!answered.is_empty());
        let item = answered[pick.index(answered.len())];
        let Some(Answer::Agreement(a)) = r.answer(&item.id) else { unreachable!() };
        let better = if item.reverse { a.value().checked_sub(1) } else { Some(a.value() + 1) };
        let Some(better) = better.and_then(Agreement::new) else { return Ok(()) };
        let mut improved = r.clone();
        improved.set(&item.id, Answer::Agreement(better));
        let before = Evaluation::of(c, &r);
        let after = Evaluation::of(c, &improved);
        for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(a.score.unwrap_or(0.0) >= b.score.unwrap_or(0.0) - 1e-9, "{} fell", b.dimension);
        }
        prop_assert!(no_worse(before.verdict.outcome, after.verdict.outcome),
            "{:?} -> {:?}", before.verdict.outcome, after.verdict.outcome);
    }

    #[test]
    fn dont_know_never_scores_better_than_support(r in any_response(), pick in any::<prop::sample::Index>()) {
        let c = &*CONTENT;
        let item = &c.items[pick.index(c.items.len())];
        let mut unknown = r.clone();
        unknown.set(&item.id, Answer::DontKnow);
        let mut known = r.clone();
        known.set(&item.id, supporting(item.reverse));
        let u = Evaluation::of(c, &unknown);
        let k = Evaluation::of(c, &known);
        let (du, dk) = (u.dimension(&item.dimension).unwrap(), k.dimension(&item.dimension).unwrap());
        if let Some(su) = du.score {
            prop_assert!(dk.score.is_some_and(|sk| sk >= su - 1e-9));
        }
        prop_assert!(k.verdict.certainty >= u.verdict.certainty - 1e-9);
        prop_assert!(no_worse(u.verdict.outcome, k.verdict.outcome),
            "{:?} -> {:?}", u.verdict.outcome, k.verdict.outcome);
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

    #[test]
    fn the_smallest_lift_lifts_and_holds_nothing_superfluous(r in any_response()) {
        let c = &*CONTENT;
        let before = Evaluation::of(c, &r).verdict.outcome;
        let Some(lift) = smallest_lift(c, &r) else {
            // Lifting every item to the lift score always helps, so only
            // the top level has no lift.
            prop_assert_eq!(before, Outcome::Level(Level::Promising));
            return Ok(());
        };
        prop_assert_eq!(lift.from, before);
        let apply = |skip: Option<usize>| {
            let mut changed = r.clone();
            for (i, ch) in lift.changes.iter().enumerate() {
                if Some(i) != skip {
                    changed.set(&ch.item, ch.to);
                }
            }
            Evaluation::of(c, &changed).verdict.outcome
        };
        prop_assert!(apply(None).lifts(before), "{:?} -> {:?}", before, apply(None));
        prop_assert_eq!(apply(None), lift.to);
        for i in 0..lift.changes.len() {
            prop_assert!(!apply(Some(i)).lifts(before), "change {} is not needed", lift.changes[i].item);
        }
    }
}

#[test]
fn a_promising_response_has_no_lift() {
    let c = &*CONTENT;
    let mut r = Response::new(c, Mode::Full);
    for i in &c.items {
        r.set(&i.id, supporting(i.reverse));
    }
    let e = Evaluation::of(c, &r);
    assert_eq!(e.verdict.outcome, Outcome::Level(Level::Promising));
    assert!(e.flags.is_empty());
    assert!(smallest_lift(c, &r).is_none());
}

#[test]
fn an_empty_response_is_too_uncertain() {
    let c = &*CONTENT;
    let r = Response::new(c, Mode::Quick);
    let e = Evaluation::of(c, &r);
    assert_eq!(e.verdict.outcome, Outcome::TooUncertain);
    assert_eq!(
        e.open_questions.len(),
        c.items.iter().filter(|i| r.applies(c, i)).count()
    );
}
