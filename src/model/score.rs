//! Scores per dimension and the certainty of the whole.

use super::answer::Answer;
use super::content::{Content, Dimension, Scope};
use super::frame::Frame;
use super::response::Response;
use serde::Serialize;

/// How one dimension scored for one respondent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionScore {
    pub dimension: String,
    pub scope: Scope,
    /// Weighted mean of the answered items, 0-100; `None` when nothing that
    /// applies was answered with a point on the scale.
    pub score: Option<f64>,
    /// The dimension's weight in this situation (after weight rules).
    pub weight: f64,
    /// Item weight that was answered on the scale.
    pub answered_weight: f64,
    /// Item weight that applies to this respondent.
    pub applicable_weight: f64,
}

impl DimensionScore {
    /// Share of the applicable weight answered on the scale, 0-1.
    pub fn certainty(&self) -> f64 {
        if self.applicable_weight > 0.0 {
            self.answered_weight / self.applicable_weight
        } else {
            1.0
        }
    }

    /// Whether any item of this dimension is asked of this respondent.
    pub fn applies(&self) -> bool {
        self.applicable_weight > 0.0
    }
}

/// The weight of a dimension in this respondent's situation.
pub fn dimension_weight(content: &Content, response: &Response, dimension: &Dimension) -> f64 {
    dimension
        .weight_rules
        .iter()
        .filter(|r| r.when.holds(content, &response.classification))
        .fold(dimension.weight, |w, r| w * r.factor)
}

/// Scores every dimension, in content order; `answers` holds one answer per
/// applicable item of the frame.
pub fn dimension_scores(frame: &Frame, answers: &[Option<Answer>]) -> Vec<DimensionScore> {
    let n = frame.content.dimensions.len();
    let mut weighted = vec![0.0; n];
    let mut answered = vec![0.0; n];
    let mut applicable = vec![0.0; n];
    for ((item, &d), answer) in frame.items.iter().zip(&frame.item_dimension).zip(answers) {
        if d >= n {
            continue;
        }
        let w = f64::from(item.weight);
        applicable[d] += w;
        if let Some(s) = answer.and_then(|a| a.score(item.reverse)) {
            weighted[d] += w * s;
            answered[d] += w;
        }
    }
    frame
        .content
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| DimensionScore {
            dimension: d.id.clone(),
            scope: d.scope,
            score: (answered[i] > 0.0).then(|| weighted[i] / answered[i]),
            weight: frame.dimension_weights[i],
            answered_weight: answered[i],
            applicable_weight: applicable[i],
        })
        .collect()
}

/// Share of all applicable weight answered on the scale, each dimension
/// counted with its weight; 0-1.
pub fn certainty(scores: &[DimensionScore]) -> f64 {
    let (answered, applicable) = scores.iter().fold((0.0, 0.0), |(a, t), s| {
        (
            a + s.answered_weight * s.weight,
            t + s.applicable_weight * s.weight,
        )
    });
    if applicable > 0.0 {
        answered / applicable
    } else {
        0.0
    }
}

/// Weighted mean of the dimension scores that have one, 0-100.
pub fn overall(scores: &[DimensionScore]) -> Option<f64> {
    let (sum, weight) = scores
        .iter()
        .filter_map(|s| s.score.map(|v| (v, s.weight)))
        .fold((0.0, 0.0), |(sum, w), (v, dw)| (sum + v * dw, w + dw));
    (weight > 0.0).then(|| sum / weight)
}
