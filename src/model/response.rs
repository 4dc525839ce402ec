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
    /// A random id given when the response is started and carried in its
    /// code, link and file, so a group counts a respondent once however
    /// their answers arrive. Empty for answers saved before ids existed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
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

    /// Gives the response an id made by `make` if it has none; whether it
    /// needed one. A made id that [`clean_id`] refuses is not taken.
    pub fn ensure_id(&mut self, make: impl FnOnce() -> String) -> bool {
        if !self.id.is_empty() {
            return false;
        }
        self.id = clean_id(&make());
        !self.id.is_empty()
    }

    /// The same answers, whatever the id: a re-submission of a response
    /// counts as unchanged when only its id was added.
    pub fn same_answers(&self, other: &Response) -> bool {
        self.content_version == other.content_version
            && self.mode == other.mode
            && self.classification == other.classification
            && self.answers == other.answers
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

/// Longest id kept, in hex digits: 16 random bytes are more than any room
/// needs; a longer text in a file is not an id this app wrote.
pub const MAX_ID_DIGITS: usize = 32;

/// An id as the app writes it (lower-case hex, an even number of digits, at
/// most [`MAX_ID_DIGITS`]), or empty: an id from a file is someone's text,
/// and one that does not fit is dropped rather than trusted.
pub fn clean_id(id: &str) -> String {
    let fits = !id.is_empty()
        && id.len() <= MAX_ID_DIGITS
        && id.len().is_multiple_of(2)
        && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if fits {
        id.to_owned()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ids_the_app_could_have_written_are_kept() {
        assert_eq!(clean_id("0a1b2c3d4e5f6789"), "0a1b2c3d4e5f6789");
        for bad in ["", "abc", "0A1B", "zz", "<script>", &"ab".repeat(17)] {
            assert_eq!(clean_id(bad), "", "{bad}");
        }
    }

    #[test]
    fn an_id_is_given_once() {
        let mut r = Response::default();
        assert!(r.ensure_id(|| "00ff".into()));
        assert!(!r.ensure_id(|| "1111".into()));
        assert_eq!(r.id, "00ff");
        let mut refused = Response::default();
        assert!(!refused.ensure_id(|| "not hex".into()));
        assert!(refused.id.is_empty());
    }

    #[test]
    fn answers_compare_without_the_id() {
        let a = Response {
            id: "00".into(),
            ..Response::default()
        };
        assert!(a.same_answers(&Response::default()));
        assert_ne!(a, Response::default());
    }
}
