//! Measurements over time: the same partnership assessed again ("before the
//! start", "after six months"), and what changed since the previous time.

use super::content::Content;
use super::evaluation::Evaluation;
use super::response::Response;
use super::verdict::Outcome;
use crate::model::order::sort_by;
use serde::{Deserialize, Serialize};

/// A response saved under a name and date, to compare with later ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// The user's name for the moment, such as "before the start".
    pub label: String,
    /// The date it was taken, as `YYYY-MM-DD`; the shell supplies it, so
    /// the model stays free of clocks.
    pub date: String,
    pub response: Response,
}

/// How one dimension moved between two measurements.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionChange {
    pub dimension: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// After minus before, when both have a score.
    pub change: Option<f64>,
}

/// What changed from one measurement to the next.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub before: Outcome,
    pub after: Outcome,
    pub dimensions: Vec<DimensionChange>,
}

/// Compares two measurements, dimension by dimension, in content order.
pub fn compare(content: &Content, earlier: &Response, later: &Response) -> Comparison {
    let a = Evaluation::of(content, earlier);
    let b = Evaluation::of(content, later);
    let dimensions = a
        .dimensions
        .iter()
        .zip(&b.dimensions)
        .map(|(x, y)| DimensionChange {
            dimension: x.dimension.clone(),
            before: x.score,
            after: y.score,
            change: x.score.zip(y.score).map(|(p, q)| q - p),
        })
        .collect();
    Comparison {
        before: a.verdict.outcome,
        after: b.verdict.outcome,
        dimensions,
    }
}

/// The measurements' indices, oldest first; saved on the same day, in the
/// order they were saved.
pub fn in_date_order(measurements: &[Measurement]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..measurements.len()).collect();
    sort_by(&mut order, |&i, &j| {
        measurements[i]
            .date
            .cmp(&measurements[j].date)
            .then(i.cmp(&j))
    });
    order
}

/// The pair compared when the user has not chosen one: the last two, in
/// date order.
pub fn latest_pair(measurements: &[Measurement]) -> Option<(usize, usize)> {
    match in_date_order(measurements)[..] {
        [.., before, after] => Some((before, after)),
        _ => None,
    }
}
