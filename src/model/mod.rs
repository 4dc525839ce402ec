//! The assessment model: pure Rust, no browser, tested natively. Imports
//! nothing of ours (only the content it reads); `session` and the web
//! shell import it.
//!
//! Data flows one way: [`content::Content`] and a [`response::Response`] go
//! in, an [`evaluation::Evaluation`] with its explanation comes out.

pub mod answer;
pub mod answer_file;
pub mod code;
pub mod condition;
pub mod content;
pub mod evaluation;
pub mod find_out;
pub mod first_steps;
pub mod flag;
pub mod frame;
pub mod group;
pub mod group_file;
pub mod measurement;
pub mod membership;
pub mod migration;
pub mod model_fit;
pub mod must_change;
pub mod order;
pub mod recommendation;
pub mod response;
pub mod score;
pub mod situation;
pub mod text;
pub mod to_settle;
pub mod verdict;
