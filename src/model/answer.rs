//! An answer to one statement or status question.

use super::content::{Item, Scale};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// An answer to an item: a point on the agreement scale, a status, "not
/// applicable", or an explicit "don't know".
///
/// "Don't know" is a signal in its own right at the planning stage: it is
/// never scored, but lowers the certainty of the verdict and becomes a thing
/// to find out in the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Agreement(Agreement),
    Status(Status),
    /// The item does not apply to this partnership (only where the item
    /// offers it): out of the score and out of the certainty.
    NotApplicable,
    DontKnow,
}

/// A point on the agreement scale; always between 1 and 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Agreement(u8);

/// Where a prerequisite stands, ordered from worst to best.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Checked, asked or decided, and it is not there (and not coming).
    Absent,
    /// Not checked, asked or arranged yet.
    NotYet,
    /// Arranged, checked and in order.
    InPlace,
}

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

impl Status {
    pub const ALL: [Status; 3] = [Status::InPlace, Status::NotYet, Status::Absent];

    pub fn id(self) -> &'static str {
        match self {
            Status::InPlace => IN_PLACE,
            Status::NotYet => NOT_YET,
            Status::Absent => ABSENT,
        }
    }
}

impl Answer {
    /// Whether this kind of answer can be given to `item`.
    pub fn fits(self, item: &Item) -> bool {
        match self {
            Answer::Agreement(_) => item.scale == Scale::Agreement,
            Answer::Status(_) => item.scale == Scale::Status,
            Answer::NotApplicable => item.not_applicable.is_some(),
            Answer::DontKnow => true,
        }
    }

    /// Whether the respondent knows the answer (anything but "don't know").
    pub fn is_known(self) -> bool {
        !matches!(self, Answer::DontKnow)
    }

    /// The best answer `item` can get: what a change "to in place" or "to
    /// agree" aims at when the model looks for what must change.
    pub fn best_for(item: &Item, lift_to: f64) -> Answer {
        match item.scale {
            Scale::Agreement => Answer::Agreement(Agreement::reaching(lift_to, item.reverse)),
            Scale::Status => Answer::Status(Status::InPlace),
        }
    }

    /// The worst answer `item` can get.
    pub fn worst_for(item: &Item) -> Answer {
        match item.scale {
            Scale::Agreement => Answer::Agreement(if item.reverse {
                Agreement::STRONGLY_AGREE
            } else {
                Agreement::STRONGLY_DISAGREE
            }),
            Scale::Status => Answer::Status(Status::Absent),
        }
    }

    /// The answers `item` offers, from best to worst, then "not applicable"
    /// where offered; "don't know" is not among them.
    pub fn options(item: &Item) -> Vec<Answer> {
        let mut options: Vec<Answer> = match item.scale {
            Scale::Agreement => Agreement::all().rev().map(Answer::Agreement).collect(),
            Scale::Status => Status::ALL.into_iter().map(Answer::Status).collect(),
        };
        if item.not_applicable.is_some() {
            options.push(Answer::NotApplicable);
        }
        options
    }

    /// The stable word or number this answer is saved and shared as.
    pub fn token(self) -> String {
        match self {
            Answer::Agreement(a) => a.0.to_string(),
            Answer::Status(s) => s.id().to_owned(),
            Answer::NotApplicable => NOT_APPLICABLE.to_owned(),
            Answer::DontKnow => DONT_KNOW.to_owned(),
        }
    }
}

const DONT_KNOW: &str = "dont_know";
const NOT_APPLICABLE: &str = "not_applicable";
const IN_PLACE: &str = "in_place";
const NOT_YET: &str = "not_yet";
const ABSENT: &str = "absent";

// Saved and shared as the number 1-5 or a word ("dont_know", "in_place",
// ...), which keeps exported files readable for people who open them.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Agreement(a) => serializer.serialize_u8(a.0),
            other => serializer.serialize_str(&other.token()),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    r#"a number from 1 to 5, "dont_know", "not_applicable", "in_place", "not_yet" or "absent""#,
                )
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
                match v {
                    DONT_KNOW => Ok(Answer::DontKnow),
                    NOT_APPLICABLE => Ok(Answer::NotApplicable),
                    IN_PLACE => Ok(Answer::Status(Status::InPlace)),
                    NOT_YET => Ok(Answer::Status(Status::NotYet)),
                    ABSENT => Ok(Answer::Status(Status::Absent)),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
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
    fn answers_round_trip_as_numbers_and_words() {
        let all = [
            Answer::Agreement(Agreement(3)),
            Answer::DontKnow,
            Answer::NotApplicable,
            Answer::Status(Status::InPlace),
            Answer::Status(Status::NotYet),
            Answer::Status(Status::Absent),
        ];
        let json = serde_json::to_string(&all).unwrap();
        assert_eq!(
            json,
            r#"[3,"dont_know","not_applicable","in_place","not_yet","absent"]"#
        );
        let back: Vec<Answer> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, all);
    }

    #[test]
    fn out_of_scale_answers_are_rejected() {
        for bad in ["0", "6", "-1", "\"yes\"", "2.5", "null", "\"In_place\""] {
            assert!(
                serde_json::from_str::<Answer>(bad).is_err(),
                "{bad} accepted"
            );
        }
    }

    #[test]
    fn statuses_order_from_absent_to_in_place() {
        assert!(Status::Absent < Status::NotYet && Status::NotYet < Status::InPlace);
    }
}
