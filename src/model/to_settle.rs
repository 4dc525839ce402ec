//! What to settle as the partnership forms: arrangements that are "not yet"
//! while that is normal for the phase, and flags a judgement rule turns into
//! points to settle. None of them holds the verdict down.

use super::content::Content;
use super::evaluation::Evaluation;
use super::flag::FlagState;
use super::frame::{Frame, Reading};
use super::response::Response;
use super::verdict::Level;
use crate::model::order::sort_by;
use serde::Serialize;

/// One point to settle.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Settle {
    /// A flag in its settle state: its trigger items, and the rules that
    /// made it a point to settle (none when only the phase did).
    Flag {
        flag: String,
        items: Vec<String>,
        /// Settled because it is not yet arranged (rather than by a rule on
        /// a raised flag).
        not_yet: bool,
        rules: Vec<String>,
    },
    /// Another item answered "not yet" while the partnership forms.
    Item { item: String },
}

/// Every point to settle: flags first (those that would be knock-outs
/// first), then other items by weight, in content order.
pub fn to_settle(content: &Content, response: &Response) -> Vec<Settle> {
    let frame = Frame::new(content, response);
    let answers = frame.answers(response);
    let evaluation = Evaluation::in_frame(&frame, &answers);
    let mut flags: Vec<(Level, Settle)> = evaluation
        .flags
        .iter()
        .filter(|f| f.state == FlagState::Settle)
        .map(|f| {
            let cap = frame
                .flags
                .iter()
                .find(|ff| ff.flag.id == f.flag)
                .map_or(Level::Conditional, |ff| ff.cap);
            (
                cap,
                Settle::Flag {
                    flag: f.flag.clone(),
                    items: f.items.clone(),
                    not_yet: f.not_yet,
                    rules: f.rules.clone(),
                },
            )
        })
        .collect();
    sort_by(&mut flags, |(a, _), (b, _)| a.cmp(b));
    let in_flags = |id: &str| {
        flags.iter().any(|(_, s)| match s {
            Settle::Flag { items, .. } => items.iter().any(|i| i == id),
            Settle::Item { .. } => false,
        })
    };
    let mut items: Vec<(u8, Settle)> = (0..frame.items.len())
        .filter(|&p| frame.reading(p, answers[p]) == Reading::Settle)
        .filter(|&p| !in_flags(&frame.items[p].id))
        .map(|p| {
            (
                frame.items[p].weight,
                Settle::Item {
                    item: frame.items[p].id.clone(),
                },
            )
        })
        .collect();
    sort_by(&mut items, |(a, _), (b, _)| b.cmp(a));
    flags
        .into_iter()
        .map(|(_, s)| s)
        .chain(items.into_iter().map(|(_, s)| s))
        .collect()
}
