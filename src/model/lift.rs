//! The smallest set of answer changes that lifts the verdict one level.
//!
//! Computed from the model, never written by hand: it is what makes the
//! verdict actionable ("these three things stand between you and a
//! promising partnership").

use super::answer::{Agreement, Answer};
use super::content::Content;
use super::evaluation::Evaluation;
use super::flag::FlagState;
use super::frame::Frame;
use super::response::Response;
use super::verdict::{Level, Outcome};
use serde::Serialize;

/// One answer that would have to change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub item: String,
    pub from: Option<Answer>,
    pub to: Answer,
}

/// The changes that together lift the verdict from `from` to `to`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lift {
    pub from: Outcome,
    pub to: Outcome,
    pub changes: Vec<Change>,
}

/// Sets larger than this are found greedily instead of exhaustively; pairs
/// are cheap to try all of, triples of 60 items are not.
const EXHAUSTIVE_UP_TO: usize = 2;

/// The smallest set of changes, each lifting one item to the content's
/// `lift_to` score, that moves the verdict up one level; `None` when it is
/// already "promising" or nothing can lift it.
///
/// Sets of one or two changes are found by trying them all, so those are
/// truly the smallest. Beyond that the search adds the change that brings
/// the verdict closest, then drops every change it turns out not to need,
/// so no change in the result is superfluous.
pub fn smallest_lift(content: &Content, response: &Response) -> Option<Lift> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let from = Evaluation::in_frame(&frame, &answers).verdict.outcome;
    let target = match from {
        Outcome::TooUncertain => None,
        Outcome::Level(l) => Some(l.next()?),
    };
    let lift_to = content.verdict.lift_to;
    let candidates: Vec<(usize, Answer)> = frame
        .items
        .iter()
        .zip(&answers)
        .enumerate()
        .filter(|(_, (item, a))| {
            a.and_then(|a| a.score(item.reverse))
                .is_none_or(|s| s < lift_to)
        })
        .map(|(p, (item, _))| {
            (
                p,
                Answer::Agreement(Agreement::reaching(lift_to, item.reverse)),
            )
        })
        .collect();

    let outcome_with = |changes: &[(usize, Answer)]| -> Evaluation {
        let mut changed = answers.clone();
        for &(p, a) in changes {
            changed[p] = Some(a);
        }
        Evaluation::in_frame(&frame, &changed)
    };
    let lifted = |changes: &[(usize, Answer)]| outcome_with(changes).verdict.outcome.lifts(from);

    let mut found: Option<Vec<(usize, Answer)>> = None;
    'sizes: for size in 1..=EXHAUSTIVE_UP_TO.min(candidates.len()) {
        let mut picks: Vec<usize> = (0..size).collect();
        loop {
            let set: Vec<(usize, Answer)> = picks.iter().map(|&i| candidates[i]).collect();
            if lifted(&set) {
                found = Some(set);
                break 'sizes;
            }
            if !next_combination(&mut picks, candidates.len()) {
                break;
            }
        }
    }
    if found.is_none() {
        let mut set: Vec<(usize, Answer)> = Vec::new();
        let mut remaining = candidates.clone();
        while !lifted(&set) {
            let best = remaining
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    let mut trial = set.clone();
                    trial.push(c);
                    (i, distance(content, &outcome_with(&trial), target))
                })
                .min_by(|a, b| a.1.total_cmp(&b.1))?;
            set.push(remaining.remove(best.0));
        }
        let mut i = 0;
        while i < set.len() {
            let mut without = set.clone();
            without.remove(i);
            if lifted(&without) {
                set = without;
            } else {
                i += 1;
            }
        }
        found = Some(set);
    }
    let set = found?;
    let to = outcome_with(&set).verdict.outcome;
    Some(Lift {
        from,
        to,
        changes: set
            .into_iter()
            .map(|(p, a)| Change {
                item: frame.items[p].id.clone(),
                from: answers[p],
                to: a,
            })
            .collect(),
    })
}

/// How far an evaluation is from reaching `target` (a level, or any verdict
/// at all when `None`); zero once reached. Flags weigh most because no
/// amount of score makes up for them.
pub fn distance(content: &Content, evaluation: &Evaluation, target: Option<Level>) -> f64 {
    let rules = &content.verdict;
    let certainty_gap = (rules.certainty_from - evaluation.verdict.certainty).max(0.0) * 1000.0;
    let Some(target) = target else {
        return certainty_gap;
    };
    let flags: f64 = evaluation
        .flags
        .iter()
        .filter(|f| f.cap < target)
        .map(|f| match f.state {
            FlagState::Raised => 1000.0,
            FlagState::Open => 200.0,
        })
        .sum();
    let threshold = if target == Level::Promising {
        rules.promising_from
    } else {
        rules.not_yet_below
    };
    let scores: f64 = evaluation
        .dimensions
        .iter()
        .filter(|d| d.applies())
        .map(|d| match d.score {
            Some(s) => (threshold - s).max(0.0) * d.weight,
            None if target == Level::Promising => threshold * d.weight,
            None => 0.0,
        })
        .sum();
    certainty_gap + flags + scores
}

/// Advances `picks` (sorted positions into `0..n`) to the next combination
/// of the same size; false when there is none.
fn next_combination(picks: &mut [usize], n: usize) -> bool {
    let k = picks.len();
    for i in (0..k).rev() {
        if picks[i] < n - k + i {
            picks[i] += 1;
            for j in i + 1..k {
                picks[j] = picks[j - 1] + 1;
            }
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::next_combination;

    #[test]
    fn combinations_cover_every_pair_once() {
        let mut picks = vec![0, 1];
        let mut seen = vec![picks.clone()];
        while next_combination(&mut picks, 4) {
            seen.push(picks.clone());
        }
        assert_eq!(
            seen,
            vec![
                vec![0, 1],
                vec![0, 2],
                vec![0, 3],
                vec![1, 2],
                vec![1, 3],
                vec![2, 3]
            ]
        );
    }
}
