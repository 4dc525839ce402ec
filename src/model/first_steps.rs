//! What to do first: at most three steps, taken from the judgement's own
//! lists, so the top of a result says where to start without a reader
//! working through every list below it.
//!
//! The lists keep their own order; this only decides which list speaks
//! first. When too much is unknown to judge, finding out comes first; else
//! the changes that lift the verdict, then the unknowns that could move it,
//! then the advice that brings it closest to "promising", then the points
//! to settle. An item is named once.

use super::content::Content;
use super::evaluation::Evaluation;
use super::find_out::{find_out, Unknown};
use super::must_change::{must_change, MustChange};
use super::recommendation::{recommendations, Recommendation};
use super::response::Response;
use super::to_settle::{to_settle, Settle};
use super::verdict::Outcome;
use serde::Serialize;

/// No more than a reader can start on in one go.
pub const MOST: usize = 3;

/// One step, and the list it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Step {
    /// An answer that must change for the verdict to rise.
    Change { item: String },
    /// An unknown whose answer could move the verdict.
    FindOut { item: String },
    /// A shortfall whose repair brings the verdict closest to "promising".
    Improve { item: String },
    /// Something to arrange while the partnership forms.
    Settle { item: String },
}

impl Step {
    pub fn item(&self) -> &str {
        match self {
            Step::Change { item }
            | Step::FindOut { item }
            | Step::Improve { item }
            | Step::Settle { item } => item,
        }
    }
}

/// The judgement's lists for one response, as the result shows them.
pub struct Lists<'a> {
    pub outcome: Outcome,
    pub must_change: Option<&'a MustChange>,
    pub find_out: &'a [Unknown],
    pub recommendations: &'a [Recommendation],
    pub to_settle: &'a [Settle],
}

/// The first steps for `response`, computing the lists.
pub fn first_steps_for(content: &Content, response: &Response) -> Vec<Step> {
    let plan = must_change(content, response);
    let unknowns = find_out(content, response);
    let advice = recommendations(content, response);
    let settle = to_settle(content, response);
    first_steps(&Lists {
        outcome: Evaluation::of(content, response).verdict.outcome,
        must_change: plan.as_ref(),
        find_out: &unknowns,
        recommendations: &advice,
        to_settle: &settle,
    })
}

/// At most [`MOST`] steps from `lists`, each item once.
pub fn first_steps(lists: &Lists) -> Vec<Step> {
    let changes = lists
        .must_change
        .into_iter()
        .flat_map(|plan| &plan.changes)
        .map(|c| Step::Change {
            item: c.item.clone(),
        });
    // An unknown that cannot move the verdict is not where to start.
    let unknowns = lists
        .find_out
        .iter()
        .filter(|u| u.decisive(lists.outcome))
        .map(|u| Step::FindOut {
            item: u.item.clone(),
        });
    let improve = lists.recommendations.iter().map(|r| Step::Improve {
        item: r.item.clone(),
    });
    let settle = lists.to_settle.iter().flat_map(|point| match point {
        Settle::Flag { items, .. } => items.clone(),
        Settle::Item { item } => vec![item.clone()],
    });
    let settle = settle.map(|item| Step::Settle { item });
    let candidates: Vec<Step> = if lists.outcome == Outcome::TooUncertain {
        unknowns
            .chain(changes)
            .chain(improve)
            .chain(settle)
            .collect()
    } else {
        changes
            .chain(unknowns)
            .chain(improve)
            .chain(settle)
            .collect()
    };
    let mut steps: Vec<Step> = Vec::with_capacity(MOST);
    for step in candidates {
        if steps.len() == MOST {
            break;
        }
        if steps.iter().all(|s| s.item() != step.item()) {
            steps.push(step);
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::must_change::Change;
    use crate::model::verdict::Level;

    fn unknown(item: &str, moves: bool) -> Unknown {
        let now = Outcome::Level(Level::Conditional);
        Unknown {
            item: item.into(),
            if_worst: if moves {
                Outcome::Level(Level::NotYet)
            } else {
                now
            },
            if_best: now,
            could_raise: vec![],
        }
    }

    fn plan(items: &[&str]) -> MustChange {
        MustChange {
            from: Level::NotYet,
            to: Level::Conditional,
            changes: items
                .iter()
                .map(|i| Change {
                    item: (*i).into(),
                    from: Agreement::new(2).map(Answer::Agreement),
                    to: Answer::Agreement(Agreement::new(4).expect("on the scale")),
                    clears: vec![],
                })
                .collect(),
            lifts_overall: None,
        }
    }

    fn ids(steps: &[Step]) -> Vec<&str> {
        steps.iter().map(Step::item).collect()
    }

    #[test]
    fn changes_lead_then_unknowns_that_move_the_verdict() {
        let plan = plan(&["a"]);
        let unknowns = [
            unknown("idle", false),
            unknown("b", true),
            unknown("c", true),
        ];
        let steps = first_steps(&Lists {
            outcome: Outcome::Level(Level::Conditional),
            must_change: Some(&plan),
            find_out: &unknowns,
            recommendations: &[],
            to_settle: &[],
        });
        assert_eq!(ids(&steps), ["a", "b", "c"]);
        assert!(matches!(steps[0], Step::Change { .. }));
        assert!(matches!(steps[1], Step::FindOut { .. }));
    }

    #[test]
    fn when_too_much_is_unknown_finding_out_comes_first() {
        let plan = plan(&["a"]);
        let unknowns = [unknown("b", true)];
        let steps = first_steps(&Lists {
            outcome: Outcome::TooUncertain,
            must_change: Some(&plan),
            find_out: &unknowns,
            recommendations: &[],
            to_settle: &[Settle::Item { item: "z".into() }],
        });
        assert_eq!(ids(&steps), ["b", "a", "z"]);
    }

    #[test]
    fn an_item_is_named_once_and_never_more_than_three() {
        let plan = plan(&["a", "b"]);
        let advice: Vec<Recommendation> = ["a", "b", "c", "d"]
            .iter()
            .map(|i| Recommendation {
                item: (*i).into(),
                dimension: "d".into(),
                scope: crate::model::content::Scope::Partnership,
                gain: 1.0,
            })
            .collect();
        let steps = first_steps(&Lists {
            outcome: Outcome::Level(Level::NotYet),
            must_change: Some(&plan),
            find_out: &[],
            recommendations: &advice,
            to_settle: &[],
        });
        assert_eq!(ids(&steps), ["a", "b", "c"]);
        assert!(matches!(steps[2], Step::Improve { .. }));
    }

    #[test]
    fn nothing_to_do_gives_no_steps() {
        let steps = first_steps(&Lists {
            outcome: Outcome::Level(Level::Promising),
            must_change: None,
            find_out: &[],
            recommendations: &[],
            to_settle: &[],
        });
        assert!(steps.is_empty());
    }
}
