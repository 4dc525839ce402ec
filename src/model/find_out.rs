//! What to find out first: the items answered "don't know" or not at all,
//! with what their answer could do to the verdict, most decisive first.

use super::answer::Answer;
use super::content::Content;
use super::evaluation::Evaluation;
use super::frame::{Frame, Reading};
use super::response::Response;
use super::verdict::{Level, Outcome};
use crate::model::order::sort_by;
use serde::Serialize;

/// One unknown, and what finding it out could do.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unknown {
    pub item: String,
    /// The verdict if the answer turns out worst.
    pub if_worst: Outcome,
    /// The verdict if the answer turns out best.
    pub if_best: Outcome,
    /// Flags this item could raise, with the cap each would set.
    pub could_raise: Vec<(String, Level)>,
}

impl Unknown {
    /// Whether its answer could change the verdict either way.
    pub fn decisive(&self, now: Outcome) -> bool {
        self.if_worst != now || self.if_best != now
    }
}

/// Every unknown applicable item, most decisive first: those whose worst
/// answer would lower the verdict, then those whose best answer would lift
/// it, then triggers of flags (knock-outs first), then by weight.
pub fn find_out(content: &Content, response: &Response) -> Vec<Unknown> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let now = Evaluation::in_frame(&frame, &answers).verdict.outcome;
    let with = |p: usize, a: Answer| -> Outcome {
        let mut changed = answers.clone();
        changed[p] = Some(a);
        Evaluation::in_frame(&frame, &changed).verdict.outcome
    };
    let lift_to = content.verdict.lift_to;
    let mut list: Vec<(Unknown, (u8, u8, f64))> = (0..frame.items.len())
        .filter(|&p| frame.reading(p, answers[p]) == Reading::Unknown)
        .map(|p| {
            let item = frame.items[p];
            let if_worst = with(p, Answer::worst_for(item));
            let if_best = with(p, Answer::best_for(item, lift_to));
            let could_raise: Vec<(String, Level)> = frame
                .flags
                .iter()
                .filter(|f| f.positions.contains(&p) && !f.settle && f.cap < Level::Promising)
                .map(|f| (f.flag.id.clone(), f.cap))
                .collect();
            let lowers = u8::from(!lowers(if_worst, now));
            let lifts = u8::from(!if_best.lifts(now));
            let flag = could_raise
                .iter()
                .map(|(_, cap)| if *cap == Level::NotYet { 0 } else { 1 })
                .min()
                .unwrap_or(2);
            let weight = f64::from(item.weight)
                * frame
                    .dimension_weights
                    .get(frame.item_dimension[p])
                    .copied()
                    .unwrap_or(1.0);
            (
                Unknown {
                    item: item.id.clone(),
                    if_worst,
                    if_best,
                    could_raise,
                },
                (lowers.min(lifts) * 2 + flag.min(1), lowers, -weight),
            )
        })
        .collect();
    sort_by(&mut list, |(a, ka), (b, kb)| {
        ka.0.cmp(&kb.0)
            .then(ka.1.cmp(&kb.1))
            .then(ka.2.total_cmp(&kb.2))
            .then(a.item.cmp(&b.item))
    });
    list.into_iter().map(|(u, _)| u).collect()
}

/// Whether `after` is a lower verdict than `now`.
fn lowers(after: Outcome, now: Outcome) -> bool {
    match (now, after) {
        (Outcome::Level(a), Outcome::Level(b)) => b < a,
        _ => false,
    }
}
