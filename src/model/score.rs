//! Scores per dimension and the certainty of the whole.

use super::answer::Answer;
use super::content::{Content, Dimension, Scope};
use super::frame::{Frame, Reading};
use super::response::Response;
use serde::Serialize;

/// How one dimension scored for one respondent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionScore {
    pub dimension: String,
    pub scope: Scope,
    /// Weighted mean of the scored items, 0-100; `None` when nothing that
    /// applies was answered with a score.
    pub score: Option<f64>,
    /// The dimension's weight in this situation (after weight rules).
    pub weight: f64,
    /// Item weight whose answer is known (scored, or "not yet" while the
    /// partnership forms).
    pub answered_weight: f64,
    /// Item weight that applies to this respondent ("not applicable"
    /// answers excluded).
    pub applicable_weight: f64,
    /// Known weight of the core statements (those of the quick scan).
    pub core_answered_weight: f64,
    /// Applicable weight of the core statements.
    pub core_applicable_weight: f64,
}

impl DimensionScore {
    /// Share of the applicable weight that is known, 0-1.
    pub fn certainty(&self) -> f64 {
        if self.applicable_weight > 0.0 {
            self.answered_weight / self.applicable_weight
        } else {
            1.0
        }
    }

    /// Whether any item of this dimension applies to this respondent.
    pub fn applies(&self) -> bool {
        self.applicable_weight > 0.0
    }

    /// Whether some applicable item is "don't know" or unanswered.
    pub fn has_unknowns(&self) -> bool {
        self.answered_weight + 1e-9 < self.applicable_weight
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
    let mut scored = vec![0.0; n];
    let mut answered = vec![0.0; n];
    let mut applicable = vec![0.0; n];
    let mut core_answered = vec![0.0; n];
    let mut core_applicable = vec![0.0; n];
    for (p, (item, &d)) in frame.items.iter().zip(&frame.item_dimension).enumerate() {
        if d >= n {
            continue;
        }
        let w = f64::from(item.weight);
        let reading = frame.reading(p, answers[p]);
        match reading {
            Reading::NotApplicable => continue,
            Reading::Score(s) => {
                weighted[d] += w * s;
                scored[d] += w;
            }
            Reading::Settle | Reading::Unknown => {}
        }
        applicable[d] += w;
        if reading.is_known() {
            answered[d] += w;
        }
        if item.quick {
            core_applicable[d] += w;
            if reading.is_known() {
                core_answered[d] += w;
            }
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
            score: (scored[i] > 0.0).then(|| weighted[i] / scored[i]),
            weight: frame.dimension_weights[i],
            answered_weight: answered[i],
            applicable_weight: applicable[i],
            core_answered_weight: core_answered[i],
            core_applicable_weight: core_applicable[i],
        })
        .collect()
}

/// Share of the applicable weight of the core statements that is known,
/// each dimension counted with its weight; 0-1. The core statements are the
/// quick scan's: the conditions the reports call decisive, every flag's
/// triggers among them. Whether the details of the full check are known
/// does not decide whether a verdict can be given, so both modes judge the
/// same knowledge.
pub fn certainty(scores: &[DimensionScore]) -> f64 {
    let (answered, applicable) = scores.iter().fold((0.0, 0.0), |(a, t), s| {
        (
            a + s.core_answered_weight * s.weight,
            t + s.core_applicable_weight * s.weight,
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
