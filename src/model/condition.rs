//! When an item or flag applies, decided by the classification answers.

use super::content::Content;
use super::response::Classification;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Question id to the choices that satisfy it; every listed question must be
/// satisfied. Written in TOML as `when = { personal_data = ["yes", "unknown"] }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Condition(pub BTreeMap<String, Vec<String>>);

impl Condition {
    /// Whether the classification meets the condition. An unanswered
    /// question counts as its default choice.
    pub fn holds(&self, content: &Content, classification: &Classification) -> bool {
        self.0.iter().all(|(question, allowed)| {
            match classification.get(question).filter(|c| !c.is_empty()) {
                Some(chosen) => chosen.iter().any(|c| allowed.contains(c)),
                None => content
                    .question(question)
                    .is_some_and(|q| allowed.contains(&q.default)),
            }
        })
    }

    /// The question ids the condition reads.
    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The choice ids it accepts for a question.
    pub fn choices(&self, question: &str) -> &[String] {
        self.0.get(question).map(Vec::as_slice).unwrap_or(&[])
    }
}
