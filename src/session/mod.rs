//! The rules of the shell, as plain Rust: where the respondent is and where
//! each button leads, the one wording of step labels and announcements, the
//! notices and what storage problems become, the interface texts, the
//! language choice, share links, embedding options, the report, the static
//! start screen, and what a widget hands to the build that replaces it.
//!
//! Pure and native, so every rule here is a unit test, not a browser test.
//! Imports [`crate::model`] and the pure half of [`crate::persist`]; only
//! `web` imports this.

pub mod adding;
pub mod announcement;
pub mod embedding;
pub mod file_name;
pub mod flow;
pub mod handover;
pub mod html;
pub mod language;
pub mod navigation;
pub mod notice;
pub mod paper;
pub mod report;
pub mod saved;
pub mod sharing;
pub mod spreadsheet;
pub mod start_page;
pub mod texts;
pub mod workshop;
