//! Kansrijk: an early-warning self-assessment for public-private
//! partnerships in safety and crime prevention.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
