//! Someone else's result, opened from a link or the group view, read-only.

pub mod screen;
