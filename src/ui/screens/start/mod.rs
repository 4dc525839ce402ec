//! The start screen: what the check is, the quick scan or the full check,
//! resuming, the partnership's name and the way to the group view.

mod about;
mod resume;
pub mod screen;
