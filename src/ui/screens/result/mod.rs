//! The own result: the verdict and what to do first, then the sections a
//! reader opens on demand (what holds the verdict, why, what must change,
//! what to find out, what to settle, scores, advice, model fit, every
//! answer, sources, sharing, the report, measurements over time). The
//! shared result shows the same panels. The report and the measurements
//! are facilitator's tools, in the full build only (`tool`).

pub mod answers;
pub mod chart;
pub mod find_out;
pub mod first_steps;
pub mod flags;
pub mod measurement_compare;
pub mod measurements;
pub mod model_fit;
pub mod must_change;
pub mod reasons;
pub mod recommendations;
pub mod report;
pub mod screen;
pub mod settle;
pub mod share;
pub mod shown;
pub mod sources;
pub mod tool;
pub mod verdict;
