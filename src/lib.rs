//! Kansrijk: an early-warning self-assessment for public-private
//! partnerships in safety and crime prevention.
//!
//! Four layers, each importing only those above it:
//! - [`model`]: the assessment itself, pure; imports nothing of ours.
//! - [`persist`]: what is stored under which key, in which envelope; its
//!   store over browser storage is wasm only.
//! - [`session`]: the rules of the shell, pure: navigation, texts,
//!   notices, sharing, the saved formats.
//! - `web` (wasm only): Leptos components and the effects that tie the
//!   session to the browser.

pub mod model;
pub mod persist;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod ui;
