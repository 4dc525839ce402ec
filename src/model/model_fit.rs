//! Which partnership model fits the situation, after the CCV report's
//! model-choice table.

use super::content::{Content, QuestionRole};
use super::response::Response;
use serde::Serialize;

/// The models the situation points at, and whether the intended form fits.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ModelFit {
    /// Per model id, how many situation features point at it, in content
    /// order.
    pub votes: Vec<(String, usize)>,
    /// The model(s) with the most votes; empty when no feature is known.
    pub fitting: Vec<String>,
    /// The model the initiators intend, if they chose one.
    pub intended: Option<String>,
    /// The intended model is not among the fitting ones, on at least two
    /// known features.
    pub mismatch: bool,
}

/// Reads the situation features of `response`; features answered "unknown"
/// (a choice without a model) do not vote.
pub fn model_fit(content: &Content, response: &Response) -> ModelFit {
    let chosen_model = |question: &str| -> Option<String> {
        let choice = response.classification.get(question)?.first()?;
        content
            .question(question)?
            .choices
            .iter()
            .find(|c| &c.id == choice)?
            .model
            .clone()
    };
    let mut votes: Vec<(String, usize)> =
        content.models.iter().map(|m| (m.id.clone(), 0)).collect();
    let mut known = 0;
    for q in content
        .classification
        .iter()
        .filter(|q| q.role == QuestionRole::Situation)
    {
        if let Some(model) = chosen_model(&q.id) {
            known += 1;
            if let Some(v) = votes.iter_mut().find(|(id, _)| *id == model) {
                v.1 += 1;
            }
        }
    }
    let most = votes.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let fitting: Vec<String> = if most == 0 {
        Vec::new()
    } else {
        votes
            .iter()
            .filter(|(_, n)| *n == most)
            .map(|(id, _)| id.clone())
            .collect()
    };
    let intended = content
        .question_with_role(QuestionRole::IntendedModel)
        .and_then(|q| chosen_model(&q.id));
    let mismatch = known >= 2 && intended.as_ref().is_some_and(|m| !fitting.contains(m));
    ModelFit {
        votes,
        fitting,
        intended,
        mismatch,
    }
}
