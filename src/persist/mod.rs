//! Keeping things on the device: the one list of what is stored under
//! which key ([`keys`]), the one versioned envelope every stored value is
//! wrapped in ([`envelope`]), the problems storage can have ([`problem`]),
//! and the one [`store::Store`] over the browser's storage (wasm only).
//!
//! Adding something to keep is a change here alone: a variant of
//! [`keys::Stored`] with its key, and the shape of what goes in the
//! envelope where that thing is defined. Imports nothing of ours; `session`
//! uses the pure half, `web` the store.

pub mod envelope;
pub mod keys;
pub mod problem;
#[cfg(target_arch = "wasm32")]
pub mod store;
