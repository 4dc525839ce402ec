//! Everything the model concludes from one response.

use super::answer::Answer;
use super::content::Content;
use super::flag::{flag_statuses, FlagState, FlagStatus};
use super::frame::{Frame, Reading};
use super::response::Response;
use super::score::{certainty, dimension_scores, overall, DimensionScore};
use super::verdict::{judge, Verdict};
use crate::model::order::sort_by;
use serde::Serialize;

/// Scores, flags and verdict for one response.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub dimensions: Vec<DimensionScore>,
    pub overall: Option<f64>,
    pub flags: Vec<FlagStatus>,
    pub verdict: Verdict,
    /// Applicable items answered "don't know" or not yet answered, those
    /// behind an open flag first.
    pub open_questions: Vec<String>,
}

impl Evaluation {
    /// Evaluates `response` against `content`.
    pub fn of(content: &Content, response: &Response) -> Evaluation {
        let frame = Frame::new(content, response);
        Evaluation::in_frame(&frame, &frame.answers(response))
    }

    /// Evaluates answers given per applicable item of `frame`.
    pub fn in_frame(frame: &Frame, answers: &[Option<Answer>]) -> Evaluation {
        let readings: Vec<Reading> = (0..frame.items.len())
            .map(|p| frame.reading(p, answers[p]))
            .collect();
        let dimensions = dimension_scores(frame, answers);
        let flags = flag_statuses(frame, answers);
        let certainty = certainty(&dimensions);
        let low_items = |dimension: &str, threshold: f64| -> Vec<String> {
            let mut low: Vec<(f64, u8, &str)> = frame
                .items
                .iter()
                .zip(&readings)
                .filter(|(i, _)| i.dimension == dimension)
                .filter_map(|(i, r)| match r {
                    Reading::Score(s) if *s < threshold => Some((*s, i.weight, i.id.as_str())),
                    _ => None,
                })
                .collect();
            sort_by(&mut low, |a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
            low.into_iter().map(|(_, _, id)| id.to_owned()).collect()
        };
        let overall = overall(&dimensions);
        let verdict = judge(
            &frame.content.verdict,
            &dimensions,
            overall,
            &flags,
            certainty,
            &low_items,
        );

        let behind_open_flag = |id: &str| {
            flags
                .iter()
                .any(|f| f.state == FlagState::Open && f.items.iter().any(|i| i == id))
        };
        let mut open_questions: Vec<String> = frame
            .items
            .iter()
            .zip(&readings)
            .filter(|(_, r)| **r == Reading::Unknown)
            .map(|(i, _)| i.id.clone())
            .collect();
        sort_by(&mut open_questions, |a, b| {
            (!behind_open_flag(a)).cmp(&!behind_open_flag(b))
        });

        Evaluation {
            overall,
            dimensions,
            flags,
            verdict,
            open_questions,
        }
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }

    pub fn flag(&self, id: &str) -> Option<&FlagStatus> {
        self.flags.iter().find(|f| f.flag == id)
    }

    /// The flags raised now, the shortcomings the result names first.
    pub fn raised(&self) -> impl Iterator<Item = &FlagStatus> {
        self.flags.iter().filter(|f| f.state == FlagState::Raised)
    }
}
