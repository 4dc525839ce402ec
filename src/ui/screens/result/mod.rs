//! The own result: the verdict and its reasons, then the panels a reader
//! opens on demand (what must change, what to find out, what to settle,
//! scores, advice, model fit, every answer, sources), sharing, and
//! measurements over time. The shared result shows the same panels.

pub mod answers;
pub mod chart;
pub mod find_out;
pub mod flags;
pub mod measurements;
pub mod model_fit;
pub mod must_change;
pub mod reasons;
pub mod recommendations;
pub mod screen;
pub mod settle;
pub mod share;
pub mod shown;
pub mod sources;
pub mod verdict;
