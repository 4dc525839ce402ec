//! One respondent's answers: the classification and the statements.

use super::answer::Answer;
use super::content::{Content, Item, QuestionRole};
use super::situation::Situation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Classification answers: question id to the chosen choice ids.
pub type Classification = BTreeMap<String, Vec<String>>;

/// Which set of statements the respondent answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The short set that gives a first verdict in minutes.
    #[default]
    Quick,
    /// Every statement.
    Full,
}

/// Everything one respondent answered, tied to the content version it was
/// answered under.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub content_version: String,
    #[serde(default)]
    pub mode: Mode,
    #[serde(default)]
    pub classification: Classification,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

impl Response {
    /// An empty response to `content`.
    pub fn new(content: &Content, mode: Mode) -> Self {
        Response {
            content_version: content.version.clone(),
            mode,
            ..Response::default()
        }
    }

    /// The choice the respondent made for a single-choice question, or the
    /// question's default.
    pub fn choice<'a>(&'a self, content: &'a Content, question: &str) -> Option<&'a str> {
        self.classification
            .get(question)
            .and_then(|c| c.first())
            .map(String::as_str)
            .or_else(|| content.question(question).map(|q| q.default.as_str()))
    }

    /// The respondent's side (public, private, civil).
    pub fn side<'a>(&'a self, content: &'a Content) -> Option<&'a str> {
        content
            .question_with_role(QuestionRole::Side)
            .and_then(|q| self.choice(content, &q.id))
    }

    /// Whether an item is asked of this respondent: in the chosen mode, with
    /// its condition met and not waived by a judgement rule.
    pub fn applies(&self, content: &Content, item: &Item) -> bool {
        self.in_mode(item)
            && Situation::of(content, &self.classification).item_applies(
                content,
                &self.classification,
                item,
            )
    }

    /// The items this respondent is asked, in content order.
    pub fn applicable_items<'a>(&'a self, content: &'a Content) -> Vec<&'a Item> {
        let situation = Situation::of(content, &self.classification);
        content
            .items
            .iter()
            .filter(|i| self.in_mode(i) && situation.item_applies(content, &self.classification, i))
            .collect()
    }

    /// Whether an item is part of the chosen mode.
    pub fn in_mode(&self, item: &Item) -> bool {
        self.mode == Mode::Full || item.quick
    }

    /// The answer to an item, if any.
    pub fn answer(&self, item: &str) -> Option<Answer> {
        self.answers.get(item).copied()
    }

    /// Records an answer; the last answer to an item wins.
    pub fn set(&mut self, item: &str, answer: Answer) {
        self.answers.insert(item.to_owned(), answer);
    }
}
