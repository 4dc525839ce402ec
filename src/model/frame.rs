//! The part of the content that applies to one respondent, indexed once so
//! that scoring and the searches over answer changes stay fast.

use super::answer::{Answer, Status};
use super::content::{Content, Effect, Flag, Item, Rule, Scale};
use super::response::Response;
use super::score::dimension_weight;
use super::situation::Situation;
use super::verdict::Level;

/// What an answer means for the scoring, given its item and the phase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// Scored on the 0-100 scale.
    Score(f64),
    /// Known, but "not yet" while the partnership forms: a point to settle,
    /// not scored.
    Settle,
    /// The item does not apply: out of the score and out of the certainty.
    NotApplicable,
    /// "Don't know", not answered, or an answer the item does not take.
    Unknown,
}

impl Reading {
    /// Whether the respondent knows where the item stands.
    pub fn is_known(self) -> bool {
        matches!(self, Reading::Score(_) | Reading::Settle)
    }
}

/// An applicable flag with what the situation's rules make of it.
pub struct FrameFlag<'c> {
    pub flag: &'c Flag,
    /// Positions of its applicable trigger items.
    pub positions: Vec<usize>,
    /// The cap while it is raised, after any `cap` rule.
    pub cap: Level,
    /// A rule makes it a point to settle instead of a cap.
    pub settle: bool,
    /// The rules that change it here.
    pub rules: Vec<&'c Rule>,
}

/// The items, dimension weights and flags that apply to a respondent, with
/// positions instead of ids.
pub struct Frame<'c> {
    pub content: &'c Content,
    pub situation: Situation<'c>,
    /// Applicable items, in content order.
    pub items: Vec<&'c Item>,
    /// For each applicable item, the position of its dimension.
    pub item_dimension: Vec<usize>,
    /// Each dimension's weight in this situation, in content order.
    pub dimension_weights: Vec<f64>,
    /// Applicable flags, in content order.
    pub flags: Vec<FrameFlag<'c>>,
}

impl<'c> Frame<'c> {
    pub fn new(content: &'c Content, response: &Response) -> Frame<'c> {
        let situation = Situation::of(content, &response.classification);
        let items: Vec<&Item> = content
            .items
            .iter()
            .filter(|i| {
                response.in_mode(i) && situation.item_applies(content, &response.classification, i)
            })
            .collect();
        let item_dimension = items
            .iter()
            .map(|i| {
                content
                    .dimensions
                    .iter()
                    .position(|d| d.id == i.dimension)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let dimension_weights = content
            .dimensions
            .iter()
            .map(|d| dimension_weight(content, response, d))
            .collect();
        let flags = content
            .flags
            .iter()
            .filter(|f| {
                f.when
                    .as_ref()
                    .is_none_or(|c| situation.holds(content, &response.classification, c))
            })
            .filter_map(|f| {
                let rule = situation.rule(&f.id);
                if rule.is_some_and(|r| r.effect == Effect::Waive) {
                    return None;
                }
                let positions = f
                    .items
                    .iter()
                    .filter_map(|id| items.iter().position(|i| &i.id == id))
                    .collect();
                Some(FrameFlag {
                    flag: f,
                    positions,
                    cap: match rule {
                        Some(r) if r.effect == Effect::Cap => r.cap.unwrap_or(f.cap),
                        _ => f.cap,
                    },
                    settle: rule.is_some_and(|r| r.effect == Effect::Settle),
                    rules: rule.map(|r| r.rules.clone()).unwrap_or_default(),
                })
            })
            .collect();
        Frame {
            content,
            situation,
            items,
            item_dimension,
            dimension_weights,
            flags,
        }
    }

    /// The respondent's answers, one per applicable item.
    pub fn answers(&self, response: &Response) -> Vec<Option<Answer>> {
        self.items.iter().map(|i| response.answer(&i.id)).collect()
    }

    pub fn position(&self, item: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == item)
    }

    /// What the answer at `position` means for the scoring.
    pub fn reading(&self, position: usize, answer: Option<Answer>) -> Reading {
        let item = self.items[position];
        match (item.scale, answer) {
            (Scale::Agreement, Some(Answer::Agreement(a))) => Reading::Score(a.score(item.reverse)),
            (Scale::Status, Some(Answer::Status(s))) => match s {
                Status::InPlace => Reading::Score(100.0),
                Status::Absent => Reading::Score(0.0),
                Status::NotYet if self.situation.forming => Reading::Settle,
                Status::NotYet => Reading::Score(self.content.verdict.not_yet_score),
            },
            (_, Some(Answer::NotApplicable)) if item.not_applicable.is_some() => {
                Reading::NotApplicable
            }
            _ => Reading::Unknown,
        }
    }
}
