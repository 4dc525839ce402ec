//! Which partnership model fits the situation, after the CCV report's
//! model-choice table, and which form therefore applies to the judgement
//! rules.

use super::content::{Content, Question, QuestionRole};
use super::response::Classification;
use serde::Serialize;

/// A situation feature that points away from every form the initiators
/// intend.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub question: String,
    pub choice: String,
}

/// The models the situation points at, and whether the intended form fits.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ModelFit {
    /// Per model id, the votes of the known situation features, in content
    /// order. A feature that points at several models splits its vote.
    pub votes: Vec<(String, f64)>,
    /// The model(s) with the most votes; empty when no feature is known.
    pub fitting: Vec<String>,
    /// The forms the initiators intend; more than one is a mix.
    pub intended: Vec<String>,
    /// How many situation features are known.
    pub known: usize,
    /// No intended form is among the fitting ones, on at least two known
    /// features.
    pub mismatch: bool,
    /// The known features that point away from every intended form.
    pub conflicts: Vec<Conflict>,
}

/// The models the chosen choices of `question` point at.
fn chosen_models<'q>(classification: &Classification, question: &'q Question) -> Vec<&'q str> {
    classification
        .get(&question.id)
        .map(|ids| {
            question
                .choices
                .iter()
                .filter(|c| ids.contains(&c.id))
                .flat_map(|c| c.points_at())
                .collect()
        })
        .unwrap_or_default()
}

/// The value a condition on `model` reads when no form applies.
pub const UNDECIDED: &str = "undecided";

impl ModelFit {
    /// Reads the situation features of a classification; features answered
    /// "unknown" (a choice without a model) do not vote.
    pub fn of(content: &Content, classification: &Classification) -> ModelFit {
        let chosen = |q| chosen_models(classification, q);
        let mut votes: Vec<(String, f64)> =
            content.models.iter().map(|m| (m.id.clone(), 0.0)).collect();
        let mut known = 0;
        let situation: Vec<&Question> = content
            .classification
            .iter()
            .filter(|q| q.role == QuestionRole::Situation)
            .collect();
        for q in &situation {
            let models = chosen(q);
            if models.is_empty() {
                continue;
            }
            known += 1;
            let share = 1.0 / models.len() as f64;
            for model in models {
                if let Some(v) = votes.iter_mut().find(|(id, _)| id == model) {
                    v.1 += share;
                }
            }
        }
        let most = votes.iter().map(|(_, n)| *n).fold(0.0, f64::max);
        let fitting: Vec<String> = if most <= 0.0 {
            Vec::new()
        } else {
            votes
                .iter()
                .filter(|(_, n)| (most - n).abs() < 1e-9)
                .map(|(id, _)| id.clone())
                .collect()
        };
        let mut intended: Vec<String> = Vec::new();
        if let Some(q) = content.question_with_role(QuestionRole::IntendedModel) {
            for model in chosen(q) {
                if !intended.iter().any(|m| m == model) {
                    intended.push(model.to_owned());
                }
            }
        }
        let conflicts = if intended.is_empty() {
            Vec::new()
        } else {
            situation
                .iter()
                .filter_map(|q| {
                    let choice = classification.get(&q.id)?.first()?;
                    let c = q.choices.iter().find(|c| &c.id == choice)?;
                    let points: Vec<&str> = c.points_at().collect();
                    let away = !points.is_empty()
                        && !points.iter().any(|m| intended.iter().any(|i| i == m));
                    away.then(|| Conflict {
                        question: q.id.clone(),
                        choice: c.id.clone(),
                    })
                })
                .collect()
        };
        let mismatch =
            known >= 2 && !intended.is_empty() && !intended.iter().any(|m| fitting.contains(m));
        ModelFit {
            votes,
            fitting,
            intended,
            known,
            mismatch,
            conflicts,
        }
    }

    /// The form the judgement rules treat the partnership as: the intended
    /// form when at least one known feature supports it (or none is known
    /// yet), since that is the form the partners work in and a mismatch is
    /// warned about on its own; else the single form the situation points
    /// at; `None` when neither decides.
    pub fn applied(&self) -> Option<&str> {
        let supported = |m: &str| self.votes.iter().any(|(id, v)| id == m && *v > 0.0);
        if let Some(m) = self
            .intended
            .iter()
            .find(|m| self.fitting.contains(m))
            .or_else(|| self.intended.iter().find(|m| supported(m)))
        {
            return Some(m);
        }
        match (self.fitting.as_slice(), self.intended.as_slice()) {
            ([], [only]) => Some(only),
            ([only], _) => Some(only),
            _ => None,
        }
    }

    /// Whether the initiators combine several forms.
    pub fn is_mix(&self) -> bool {
        self.intended.len() > 1
    }
}
