//! When an item, flag or rule applies, decided by the classification
//! answers.

use super::content::Content;
use super::model_fit::{ModelFit, UNDECIDED};
use super::response::Classification;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The key a condition uses for the partnership form that applies (see
/// [`ModelFit::applied`]), next to the ids of classification questions.
pub const MODEL: &str = "model";

/// Question id to the choices that satisfy it; every listed question must be
/// satisfied. Written in TOML as `when = { personal_data = ["yes", "unknown"] }`.
/// The key `model` reads the form that applies, or "undecided".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Condition(pub BTreeMap<String, Vec<String>>);

impl Condition {
    /// Whether the classification meets the condition. An unanswered
    /// question counts as its default choice.
    pub fn holds(&self, content: &Content, classification: &Classification) -> bool {
        if self.0.contains_key(MODEL) {
            self.holds_with(
                content,
                classification,
                &ModelFit::of(content, classification),
            )
        } else {
            self.holds_with_form(content, classification, None)
        }
    }

    /// [`Condition::holds`] with the model fit already computed.
    pub fn holds_with(
        &self,
        content: &Content,
        classification: &Classification,
        fit: &ModelFit,
    ) -> bool {
        self.holds_with_form(
            content,
            classification,
            Some(fit.applied().unwrap_or(UNDECIDED)),
        )
    }

    fn holds_with_form(
        &self,
        content: &Content,
        classification: &Classification,
        form: Option<&str>,
    ) -> bool {
        self.0.iter().all(|(question, allowed)| {
            if question == MODEL {
                return form.is_some_and(|f| allowed.iter().any(|a| a == f));
            }
            match classification.get(question).filter(|c| !c.is_empty()) {
                Some(chosen) => chosen.iter().any(|c| allowed.contains(c)),
                None => content
                    .question(question)
                    .is_some_and(|q| allowed.contains(&q.default)),
            }
        })
    }

    /// The question ids the condition reads (`model` included).
    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The choice ids it accepts for a question.
    pub fn choices(&self, question: &str) -> &[String] {
        self.0.get(question).map(Vec::as_slice).unwrap_or(&[])
    }
}
