//! Everything the model concludes from one response.

use super::answer::Answer;
use super::content::Content;
use super::flag::{flag_statuses, FlagState, FlagStatus};
use super::frame::Frame;
use super::response::Response;
use super::score::{certainty, dimension_scores, overall, DimensionScore};
use super::verdict::{judge, Verdict};
use serde::Serialize;

/// Scores, flags and verdict for one response.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub dimensions: Vec<DimensionScore>,
    pub overall: Option<f64>,
    pub flags: Vec<FlagStatus>,
    pub verdict: Verdict,
    /// Items answered "don't know" or not yet answered: what to find out
    /// before the start. Items behind an open flag come first.
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
        let dimensions = dimension_scores(frame, answers);
        let flags = flag_statuses(frame, answers);
        let certainty = certainty(&dimensions);
        let low_items = |dimension: &str, threshold: f64| -> Vec<String> {
            let mut low: Vec<(f64, u8, &str)> = frame
                .items
                .iter()
                .zip(answers)
                .filter(|(i, _)| i.dimension == dimension)
                .filter_map(|(i, a)| {
                    let s = a.and_then(|a| a.score(i.reverse))?;
                    (s < threshold).then_some((s, i.weight, i.id.as_str()))
                })
                .collect();
            low.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
            low.into_iter().map(|(_, _, id)| id.to_owned()).collect()
        };
        let verdict = judge(
            &frame.content.verdict,
            &dimensions,
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
            .zip(answers)
            .filter(|(_, a)| matches!(a, None | Some(Answer::DontKnow)))
            .map(|(i, _)| i.id.clone())
            .collect();
        open_questions.sort_by_key(|id| !behind_open_flag(id));

        Evaluation {
            overall: overall(&dimensions),
            dimensions,
            flags,
            verdict,
            open_questions,
        }
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }
}
