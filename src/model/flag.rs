//! Knock-out flags: risks that no good score elsewhere can average away.

use super::answer::Answer;
use super::frame::Frame;
use super::verdict::Level;
use serde::Serialize;

/// Whether a flag is raised or still unresolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagState {
    /// A trigger item was answered at or below the flag's threshold.
    Raised,
    /// A trigger item is unanswered or "don't know": the risk can't be ruled
    /// out, so it must be found out before the start.
    Open,
}

/// A flag that is raised or open for this respondent, with the items that
/// caused it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlagStatus {
    pub flag: String,
    pub state: FlagState,
    pub items: Vec<String>,
    /// The highest verdict possible while this status holds.
    pub cap: Level,
}

/// Every flag that is raised or open, in content order. A trigger item that
/// does not apply to the respondent (its condition is not met) cannot raise
/// its flag.
pub fn flag_statuses(frame: &Frame, answers: &[Option<Answer>]) -> Vec<FlagStatus> {
    frame
        .flags
        .iter()
        .filter_map(|(flag, positions)| {
            let mut raised = Vec::new();
            let mut open = Vec::new();
            for &p in positions {
                let item = frame.items[p];
                match answers[p] {
                    Some(Answer::Agreement(a)) if a.score(item.reverse) <= flag.at_most => {
                        raised.push(item.id.clone())
                    }
                    Some(Answer::Agreement(_)) => {}
                    Some(Answer::DontKnow) | None => open.push(item.id.clone()),
                }
            }
            if !raised.is_empty() {
                Some(FlagStatus {
                    flag: flag.id.clone(),
                    state: FlagState::Raised,
                    items: raised,
                    cap: flag.cap,
                })
            } else if !open.is_empty() {
                // Unresolved, it rules out "promising" but does not condemn
                // the plan.
                Some(FlagStatus {
                    flag: flag.id.clone(),
                    state: FlagState::Open,
                    items: open,
                    cap: flag.cap.max(Level::Conditional),
                })
            } else {
                None
            }
        })
        .collect()
}
