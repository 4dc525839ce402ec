//! An answer to one statement on the five-point agreement scale.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// An answer to a statement: agreement from 1 (strongly disagree) to 5
/// (strongly agree), or an explicit "don't know".
///
/// "Don't know" is a signal in its own right at the planning stage: it is
/// never scored, but lowers the certainty of the verdict and becomes an open
/// question in the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Agreement(Agreement),
    DontKnow,
}

/// A point on the agreement scale; always between 1 and 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Agreement(u8);

impl Agreement {
    pub const STRONGLY_DISAGREE: Agreement = Agreement(1);
    pub const STRONGLY_AGREE: Agreement = Agreement(5);

    /// The point `value` on the scale, if it is one.
    pub fn new(value: u8) -> Option<Self> {
        (1..=5).contains(&value).then_some(Agreement(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// All five points, from strongly disagree to strongly agree.
    pub fn all() -> impl DoubleEndedIterator<Item = Agreement> {
        (1..=5).map(Agreement)
    }

    /// The score on the 0-100 scale; reversed statements score the other way.
    pub fn score(self, reverse: bool) -> f64 {
        let steps = if reverse { 5 - self.0 } else { self.0 - 1 };
        f64::from(steps) * 25.0
    }

    /// The point whose score is closest to `score` from above, so that a
    /// change to it reaches at least that score.
    pub fn reaching(score: f64, reverse: bool) -> Agreement {
        let steps = (score / 25.0).ceil().clamp(0.0, 4.0) as u8;
        Agreement(if reverse { 5 - steps } else { steps + 1 })
    }
}

impl Answer {
    /// The score on the 0-100 scale, or `None` for "don't know".
    pub fn score(self, reverse: bool) -> Option<f64> {
        match self {
            Answer::Agreement(a) => Some(a.score(reverse)),
            Answer::DontKnow => None,
        }
    }
}

const DONT_KNOW: &str = "dont_know";

// Saved and shared as the number 1-5 or the word "dont_know", which keeps
// exported files readable for people who open them.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Agreement(a) => serializer.serialize_u8(a.0),
            Answer::DontKnow => serializer.serialize_str(DONT_KNOW),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number from 1 to 5 or \"dont_know\"")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Agreement::new)
                    .map(Answer::Agreement)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Answer, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                if v == DONT_KNOW {
                    Ok(Answer::DontKnow)
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_run_from_zero_to_hundred_and_reverse() {
        let scores: Vec<f64> = Agreement::all().map(|a| a.score(false)).collect();
        assert_eq!(scores, vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        let reversed: Vec<f64> = Agreement::all().map(|a| a.score(true)).collect();
        assert_eq!(reversed, vec![100.0, 75.0, 50.0, 25.0, 0.0]);
    }

    #[test]
    fn reaching_gives_the_lowest_point_at_or_above_the_score() {
        assert_eq!(Agreement::reaching(75.0, false).value(), 4);
        assert_eq!(Agreement::reaching(75.0, true).value(), 2);
        assert_eq!(Agreement::reaching(60.0, false).value(), 4);
        assert_eq!(Agreement::reaching(0.0, false).value(), 1);
    }

    #[test]
    fn answers_round_trip_as_numbers_and_a_word() {
        let json =
            serde_json::to_string(&[Answer::Agreement(Agreement(3)), Answer::DontKnow]).unwrap();
        assert_eq!(json, r#"[3,"dont_know"]"#);
        let back: Vec<Answer> = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back,
            vec![Answer::Agreement(Agreement(3)), Answer::DontKnow]
        );
    }

    #[test]
    fn out_of_scale_answers_are_rejected() {
        for bad in ["0", "6", "-1", "\"yes\"", "2.5", "null"] {
            assert!(
                serde_json::from_str::<Answer>(bad).is_err(),
                "{bad} accepted"
            );
        }
    }
}
