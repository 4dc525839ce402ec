//! Advice on every known answer that falls short, ranked by how much acting
//! on it would bring the verdict closer to "promising".

use super::answer::Answer;
use super::content::{Content, Scope};
use super::evaluation::Evaluation;
use super::frame::{Frame, Reading};
use super::must_change::distance;
use super::response::Response;
use super::verdict::Level;
use crate::model::order::sort_by;
use serde::Serialize;

/// Advice tied to one answer that falls short.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    pub item: String,
    pub dimension: String,
    /// Whose gap it is: the respondent's own organisation or the
    /// partnership as a whole.
    pub scope: Scope,
    /// How much closer to "promising" the outcome gets when this item alone
    /// is lifted to "agree" or "in place" (flags count heavily).
    pub gain: f64,
}

/// Every scored answer below the content's `lift_to` score, best gain
/// first. "Don't know" answers are not here: they are things to find out,
/// and "not yet" while the partnership forms is a point to settle.
pub fn recommendations(content: &Content, response: &Response) -> Vec<Recommendation> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let target = Level::Promising;
    let before = distance(content, &Evaluation::in_frame(&frame, &answers), target);
    let lift_to = content.verdict.lift_to;
    let mut list: Vec<(Recommendation, u8)> = frame
        .items
        .iter()
        .enumerate()
        .filter_map(|(p, item)| {
            match frame.reading(p, answers[p]) {
                Reading::Score(s) if s < lift_to => {}
                _ => return None,
            }
            let mut changed = answers.clone();
            changed[p] = Some(Answer::best_for(item, lift_to));
            let after = distance(content, &Evaluation::in_frame(&frame, &changed), target);
            let scope = content
                .dimension(&item.dimension)
                .map(|d| d.scope)
                .unwrap_or_default();
            Some((
                Recommendation {
                    item: item.id.clone(),
                    dimension: item.dimension.clone(),
                    scope,
                    gain: before - after,
                },
                item.weight,
            ))
        })
        .collect();
    sort_by(&mut list, |(a, wa), (b, wb)| {
        b.gain.total_cmp(&a.gain).then(wb.cmp(wa))
    });
    list.into_iter().map(|(r, _)| r).collect()
}

/// How many statements asked of `scope` are not known yet ("don't know" or
/// unanswered): where this is not zero, no advice does not mean that
/// nothing falls short.
pub fn unknown_in_scope(content: &Content, response: &Response, scope: Scope) -> usize {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    frame
        .items
        .iter()
        .enumerate()
        .filter(|(p, item)| {
            frame.reading(*p, answers[*p]) == Reading::Unknown
                && content.dimension(&item.dimension).map(|d| d.scope) == Some(scope)
        })
        .count()
}
