//! Kansrijk: an early-warning self-assessment for public-private
//! partnerships in safety and crime prevention.

pub mod embedding;
pub mod flow;
pub mod kept;
pub mod locale;
pub mod model;
pub mod saved;
pub mod sharing;
pub mod ui_keys;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
