//! Recommendations ranked by how much acting on them would improve the
//! outcome.

use super::answer::{Agreement, Answer};
use super::content::{Content, Scope};
use super::evaluation::Evaluation;
use super::frame::Frame;
use super::lift::distance;
use super::response::Response;
use super::verdict::Level;
use serde::Serialize;

/// Advice tied to one low-scoring item.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    pub item: String,
    pub dimension: String,
    /// Whose gap it is: the respondent's own organisation or the
    /// partnership as a whole.
    pub scope: Scope,
    /// How much closer to "promising" the outcome gets when this item is
    /// lifted to the content's `lift_to` score (flags count heavily).
    pub gain: f64,
}

/// Every item answered below the content's `lift_to` score, best gain
/// first. Items answered "don't know" are not here: they are open
/// questions, and finding out comes before acting.
pub fn recommendations(content: &Content, response: &Response) -> Vec<Recommendation> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let target = Some(Level::Promising);
    let before = distance(content, &Evaluation::in_frame(&frame, &answers), target);
    let lift_to = content.verdict.lift_to;
    let mut list: Vec<(Recommendation, u8)> = frame
        .items
        .iter()
        .enumerate()
        .filter_map(|(p, item)| {
            let score = answers[p]?.score(item.reverse)?;
            if score >= lift_to {
                return None;
            }
            let mut changed = answers.clone();
            changed[p] = Some(Answer::Agreement(Agreement::reaching(
                lift_to,
                item.reverse,
            )));
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
    list.sort_by(|(a, wa), (b, wb)| b.gain.total_cmp(&a.gain).then(wb.cmp(wa)));
    list.into_iter().map(|(r, _)| r).collect()
}
