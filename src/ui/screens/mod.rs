//! One folder per screen the widget shows: the start, the questions, the
//! own result, the facilitator's group view (or, in a participant's build,
//! its place while the full build loads), and someone else's shared
//! result. Each folder's `screen.rs` is the screen itself; the other files
//! are its parts. Screens import the state, the widgets and, where a screen
//! shows another's panels (a shared result shows the result's), that
//! screen's parts; never the other way round.

pub mod group;
pub mod group_loading;
pub mod questions;
pub mod result;
pub mod shared;
pub mod start;
