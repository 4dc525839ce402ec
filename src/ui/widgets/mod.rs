//! Pieces every screen may use: the confirmation step, drawing a long
//! screen in stages, the language switch, the notices, tables of
//! figures and the tools below the widget. They read the widget's state; no screen is imported here.

pub mod confirm;
pub mod language_switch;
pub mod notices;
pub mod staged;
pub mod table;
pub mod tools;
