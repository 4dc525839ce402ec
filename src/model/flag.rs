//! Flags: risks that no good score elsewhere can average away, and
//! prerequisites that are not yet arranged.

use super::answer::{Answer, Status};
use super::frame::Frame;
use super::verdict::Level;
use serde::Serialize;

/// Where a flag stands for this respondent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagState {
    /// The shortcoming is there now: a trigger is answered at or below the
    /// threshold, or "absent", or, once the partnership has started, "not
    /// yet". The flag caps the verdict.
    Raised,
    /// Not yet arranged while the partnership forms, or raised where a
    /// judgement rule makes it a point to settle: caps nothing.
    Settle,
    /// A trigger is "don't know" or unanswered: something to find out; caps
    /// nothing and never raises.
    Open,
}

/// A flag that is not clear for this respondent, with the items that caused
/// its state.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlagStatus {
    pub flag: String,
    pub state: FlagState,
    pub items: Vec<String>,
    /// The triggers are "not yet" rather than absent or disagreed with: the
    /// flag speaks of what is not arranged yet, and caps no harder than the
    /// content's pending cap.
    pub not_yet: bool,
    /// The highest verdict possible while this status holds ("promising"
    /// when it caps nothing).
    pub cap: Level,
    /// The judgement rules that changed what the flag does here.
    pub rules: Vec<String>,
}

impl FlagStatus {
    /// Whether the flag holds the verdict below "promising".
    pub fn caps(&self) -> bool {
        self.cap < Level::Promising
    }
}

/// How one trigger answer bears on its flag.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Raised,
    NotYet,
    Unknown,
    Clear,
}

/// Every flag that is not clear, in content order. A trigger that does not
/// apply to the respondent cannot raise its flag.
pub fn flag_statuses(frame: &Frame, answers: &[Option<Answer>]) -> Vec<FlagStatus> {
    let rules = &frame.content.verdict;
    frame
        .flags
        .iter()
        .filter_map(|f| {
            let triggers: Vec<(usize, Trigger)> = f
                .positions
                .iter()
                .map(|&p| {
                    let item = frame.items[p];
                    let t = match answers[p] {
                        Some(Answer::Agreement(a)) if a.score(item.reverse) <= f.flag.at_most => {
                            Trigger::Raised
                        }
                        Some(Answer::Status(Status::Absent)) => Trigger::Raised,
                        Some(Answer::Status(Status::NotYet)) => Trigger::NotYet,
                        Some(Answer::DontKnow) | None => Trigger::Unknown,
                        Some(_) => Trigger::Clear,
                    };
                    // An answer the item does not take reads as unknown.
                    let t = if answers[p].is_some_and(|a| !a.fits(item)) {
                        Trigger::Unknown
                    } else {
                        t
                    };
                    (p, t)
                })
                .collect();
            let with = |kind: Trigger| -> Vec<String> {
                triggers
                    .iter()
                    .filter(|(_, t)| *t == kind)
                    .map(|(p, _)| frame.items[*p].id.clone())
                    .collect()
            };
            let raised = with(Trigger::Raised);
            let not_yet = with(Trigger::NotYet);
            let unknown = with(Trigger::Unknown);
            let (state, items, not_yet, cap) = if !raised.is_empty() {
                if f.settle {
                    (FlagState::Settle, raised, false, Level::Promising)
                } else {
                    (FlagState::Raised, raised, false, f.cap)
                }
            } else if !not_yet.is_empty() {
                if f.settle || frame.situation.forming {
                    (FlagState::Settle, not_yet, true, Level::Promising)
                } else {
                    (
                        FlagState::Raised,
                        not_yet,
                        true,
                        rules.pending_cap.max(f.cap),
                    )
                }
            } else if !unknown.is_empty() {
                (FlagState::Open, unknown, false, Level::Promising)
            } else {
                return None;
            };
            Some(FlagStatus {
                flag: f.flag.id.clone(),
                state,
                items,
                not_yet,
                cap,
                rules: f.rules.iter().map(|r| r.id.clone()).collect(),
            })
        })
        .collect()
}
