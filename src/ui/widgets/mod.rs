//! Pieces every screen may use: the back, download and print buttons, the
//! confirmation step, a section opened on demand, waiting for the full
//! build, drawing a long screen in stages, the language
//! switch, the notices, the date stamp, tables of figures, a text field,
//! the charts' common parts and the tools
//! below the widget. They read the widget's state; no screen is imported
//! here.

pub mod back_button;
pub mod chart;
pub mod confirm;
pub mod download_button;
pub mod fold;
pub mod full_build_status;
pub mod language_switch;
pub mod notices;
pub mod print_button;
pub mod staged;
pub mod stamp;
pub mod table;
pub mod text_field;
pub mod tools;
