//! Whose answers a result shows: the respondent's own, which can be changed
//! from it, or someone else's, opened from a link or the group view, which
//! cannot. The panels read them from here, so one set of panels serves both
//! screens and the widget's own state stays what `use_assessment` returns.

use crate::model::evaluation::Evaluation;
use crate::model::response::Response;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Shown {
    pub response: Signal<Response>,
    pub evaluation: Memo<Evaluation>,
    /// The respondent's own answers: each offers a way back to its question.
    pub own: bool,
}

/// The answers the result this component is in shows.
pub fn use_shown() -> Shown {
    expect_context::<Shown>()
}
