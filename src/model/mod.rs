//! The assessment model: pure Rust, no browser, tested natively.
//!
//! Data flows one way: [`content::Content`] and a [`response::Response`] go
//! in, an [`evaluation::Evaluation`] with its explanation comes out.

pub mod answer;
pub mod answer_file;
pub mod code;
pub mod condition;
pub mod content;
pub mod evaluation;
pub mod flag;
pub mod frame;
pub mod group;
pub mod group_export;
pub mod lift;
pub mod measurement;
pub mod migration;
pub mod model_fit;
pub mod recommendation;
pub mod report;
pub mod response;
pub mod score;
pub mod text;
pub mod verdict;
