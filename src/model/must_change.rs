//! What must change: the smallest set of changes to answers the respondent
//! knows that lifts the verdict one level, with what each change clears.
//!
//! Computed from the model, never written by hand. It changes only known
//! answers: turning a "don't know" into "agree" is not a change to make but
//! a thing to find out (see `find_out`).

use super::answer::Answer;
use super::content::Content;
use super::evaluation::Evaluation;
use super::frame::{Frame, Reading};
use super::response::Response;
use super::verdict::{Level, Outcome};
use crate::model::order::sort_by;
use serde::Serialize;

/// Something a change clears.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Cleared {
    /// A flag that capped the verdict at `cap` no longer does.
    Flag { flag: String, cap: Level },
    /// A dimension that was below the part floor now reaches it.
    Dimension { dimension: String, threshold: f64 },
}

/// One answer that has to change, and what that clears.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub item: String,
    pub from: Option<Answer>,
    pub to: Answer,
    pub clears: Vec<Cleared>,
}

/// The changes that together lift the verdict from `from` to `to` (at least
/// one level up), most severe first: clearing a knock-out, then a condition,
/// then a weak part.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MustChange {
    pub from: Level,
    pub to: Level,
    pub changes: Vec<Change>,
    /// The overall score the changes lift the whole to, when the whole was
    /// below what the next level needs.
    pub lifts_overall: Option<f64>,
}

/// Sets larger than this are found greedily instead of exhaustively; pairs
/// are cheap to try all of, triples of 80 items are not.
const EXHAUSTIVE_UP_TO: usize = 2;

/// The smallest set of changes to known answers, each to "agree" or "in
/// place", that lifts the verdict one level; `None` when the verdict is
/// "promising" or "too much unknown", or when no change to known answers
/// can lift it (then what is unknown stands in the way).
///
/// Sets of one or two changes are found by trying them all, so those are
/// truly the smallest. Beyond that the search adds the change that brings
/// the verdict closest (every trigger of a capping flag counts, so a flag
/// with two triggers is cleared in two steps), then drops every change it
/// turns out not to need.
pub fn must_change(content: &Content, response: &Response) -> Option<MustChange> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let before = Evaluation::in_frame(&frame, &answers);
    let Outcome::Level(from) = before.verdict.outcome else {
        return None;
    };
    let target = from.next()?;
    let lift_to = content.verdict.lift_to;
    let candidates: Vec<(usize, Answer)> = (0..frame.items.len())
        .filter(|&p| matches!(frame.reading(p, answers[p]), Reading::Score(s) if s < lift_to))
        .map(|p| (p, Answer::best_for(frame.items[p], lift_to)))
        .collect();

    let outcome_with = |changes: &[(usize, Answer)]| -> Evaluation {
        let mut changed = answers.clone();
        for &(p, a) in changes {
            changed[p] = Some(a);
        }
        Evaluation::in_frame(&frame, &changed)
    };
    let reaches = |e: &Evaluation| matches!(e.verdict.outcome, Outcome::Level(l) if l >= target);
    let lifted = |changes: &[(usize, Answer)]| reaches(&outcome_with(changes));

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
        if !lifted(&candidates) {
            return None;
        }
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
    let after = outcome_with(&set);
    let floor = content.verdict.part_floor;
    let mut changes: Vec<(Change, u8)> = set
        .iter()
        .map(|&(p, to)| {
            let item = frame.items[p];
            let mut clears: Vec<Cleared> = before
                .flags
                .iter()
                .filter(|f| f.caps() && f.items.contains(&item.id))
                .filter(|f| after.flag(&f.flag).is_none_or(|a| a.cap > f.cap))
                .map(|f| Cleared::Flag {
                    flag: f.flag.clone(),
                    cap: f.cap,
                })
                .collect();
            let was_below = |e: &Evaluation| {
                e.dimension(&item.dimension)
                    .and_then(|d| d.score)
                    .is_some_and(|s| s < floor)
            };
            if target == Level::Promising && was_below(&before) && !was_below(&after) {
                clears.push(Cleared::Dimension {
                    dimension: item.dimension.clone(),
                    threshold: floor,
                });
            }
            (
                Change {
                    item: item.id.clone(),
                    from: answers[p],
                    to,
                    clears,
                },
                item.weight,
            )
        })
        .collect();
    sort_by(&mut changes, |(a, wa), (b, wb)| {
        severity(a)
            .cmp(&severity(b))
            .then(wb.cmp(wa))
            .then(a.item.cmp(&b.item))
    });
    let needed = threshold(content, target);
    let lifts_overall = (before.overall.unwrap_or(0.0) < needed).then_some(needed);
    let Outcome::Level(to) = after.verdict.outcome else {
        return None;
    };
    Some(MustChange {
        from,
        to,
        changes: changes.into_iter().map(|(c, _)| c).collect(),
        lifts_overall,
    })
}

/// The overall score a level needs.
pub fn threshold(content: &Content, target: Level) -> f64 {
    if target == Level::Promising {
        content.verdict.promising_from
    } else {
        content.verdict.not_yet_below
    }
}

/// Orders changes: a knock-out cleared first, then a condition, then a
/// dimension lifted.
fn severity(change: &Change) -> u8 {
    change
        .clears
        .iter()
        .map(|c| match c {
            Cleared::Flag { cap, .. } if *cap == Level::NotYet => 0,
            Cleared::Flag { .. } => 1,
            Cleared::Dimension { .. } => 2,
        })
        .min()
        .unwrap_or(3)
}

/// How far an evaluation is from reaching `target`; zero once reached.
/// Every trigger of a flag that caps below the target weighs most, because
/// no amount of score makes up for it; then the whole's shortfall, counted
/// for every dimension it is the mean of; then, for "promising", each
/// dimension's shortfall below the part floor.
pub fn distance(content: &Content, evaluation: &Evaluation, target: Level) -> f64 {
    let flags: f64 = evaluation
        .flags
        .iter()
        .filter(|f| f.cap < target)
        .map(|f| 1000.0 * f.items.len() as f64)
        .sum();
    let scored: Vec<_> = evaluation
        .dimensions
        .iter()
        .filter(|d| d.applies() && d.score.is_some())
        .collect();
    let weight: f64 = scored.iter().map(|d| d.weight).sum();
    let whole = (threshold(content, target) - evaluation.overall.unwrap_or(0.0)).max(0.0) * weight;
    let parts: f64 = if target == Level::Promising {
        scored
            .iter()
            .map(|d| (content.verdict.part_floor - d.score.unwrap_or(0.0)).max(0.0) * d.weight)
            .sum()
    } else {
        0.0
    };
    flags + whole + parts
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
