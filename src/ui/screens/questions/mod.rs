//! The question screens: one question per screen on a phone, one part on a
//! wide screen, with the progress above them and the list of parts beside
//! them (which the result shares).

pub mod classification;
pub mod item_step;
pub mod parts_nav;
pub mod progress;
pub mod screen;
