//! Keeping the assessment on the device: the only code that touches browser
//! storage.
//!
//! ## Usage
//! ```ignore
//! let slot = Slot::new(None);
//! match slot.load(content) {
//!     Ok(Some(Restored { state, report })) => { /* continue; tell about `report` */ }
//!     Ok(None) => { /* nothing saved yet */ }
//!     Err(problem) => { /* tell the user; see Errors */ }
//! }
//! slot.save(&state)?; // after every answer
//! ```
//!
//! ## Errors
//! Every failure is a [`StorageProblem`]; nothing here panics or throws, so
//! the widget always keeps working in memory:
//! - [`StorageProblem::Unavailable`]: the browser refuses storage (blocked
//!   cookies and site data, a sandboxed frame). Reading the `localStorage`
//!   property itself throws then, so it is checked before every use.
//! - [`StorageProblem::Full`]: writing failed, in practice because the
//!   quota is used up (or private browsing in old Safari).
//! - [`StorageProblem::Corrupt`]: the saved value could not be read. It is
//!   moved to a backup key first, so nothing is destroyed.
//! - [`StorageProblem::FromNewerVersion`]: a newer build saved it. It is left
//!   untouched; the caller must not save over it.
//!
//! ## Keys
//! Namespaced and versioned, because an embedded widget shares storage with
//! its host page (the names are constants in [`crate::saved`]):
//! `kansrijk:v1:assessment` holds the envelope, and
//! `kansrijk:v1:assessment:corrupt` an unreadable value kept aside. Several
//! widgets on one page get their own keys by naming themselves
//! (`data-kansrijk="name"` gives `kansrijk:v1:assessment:name`).
//!
//! ## Why not gloo-storage
//! `gloo_storage::LocalStorage` throws a JavaScript exception out of Rust
//! when storage is blocked (its `raw()` uses `expect_throw`), skipping
//! destructors. `web_sys::Storage` returns every failure as a `Result`.

use crate::model::content::Content;
use crate::saved::{
    decode, encode, Decoded, Restored, SavedState, ASSESSMENT_KEY, CORRUPT_SUFFIX, KEY_PREFIX,
};

/// Why storage could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser gives no storage to this page.
    Unavailable,
    /// A write was refused, usually because storage is full.
    Full,
    /// The saved value was unreadable; `backed_up` says whether it was kept
    /// under the backup key.
    Corrupt { backed_up: bool },
    /// Saved by a newer version of the widget (this envelope schema).
    FromNewerVersion { schema: u32 },
}

/// Where one widget instance keeps its state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    key: String,
    backup_key: String,
}

impl Slot {
    /// The slot of a widget; `name` separates several widgets on one page.
    pub fn new(name: Option<&str>) -> Slot {
        let key = match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => format!("{ASSESSMENT_KEY}:{}", sanitise(name)),
            None => ASSESSMENT_KEY.to_owned(),
        };
        Slot {
            backup_key: format!("{key}{CORRUPT_SUFFIX}"),
            key,
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn backup_key(&self) -> &str {
        &self.backup_key
    }

    /// Reads the saved state, if any. A corrupt value is moved to the backup
    /// key (and removed from the main key when that worked).
    pub fn load(&self, content: &Content) -> Result<Option<Restored>, StorageProblem> {
        let storage = storage()?;
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Ok(None),
            Err(_) => return Err(StorageProblem::Unavailable),
        };
        match decode(content, &raw) {
            Decoded::Restored(restored) => Ok(Some(*restored)),
            Decoded::Newer { schema } => Err(StorageProblem::FromNewerVersion { schema }),
            Decoded::Corrupt(reason) => {
                leptos::logging::warn!(
                    "Kansrijk: saved answers unreadable ({reason}); kept under {}",
                    self.backup_key
                );
                let backed_up = storage.set_item(&self.backup_key, &raw).is_ok();
                if backed_up {
                    // Removing only after the copy succeeded: an unreadable
                    // value is still someone's answers.
                    let _ = storage.remove_item(&self.key);
                }
                Err(StorageProblem::Corrupt { backed_up })
            }
        }
    }

    /// Saves `state`; a blank state removes the saved value instead, so
    /// "resume" is only offered when there is something to resume.
    pub fn save(&self, state: &SavedState) -> Result<(), StorageProblem> {
        let storage = storage()?;
        if state.is_blank() {
            return storage
                .remove_item(&self.key)
                .map_err(|_| StorageProblem::Full);
        }
        storage
            .set_item(&self.key, &encode(state))
            .map_err(|_| StorageProblem::Full)
    }

    /// Removes everything any Kansrijk widget saved on this device (every
    /// key under [`KEY_PREFIX`], backups included), and nothing else.
    pub fn delete_all(&self) -> Result<(), StorageProblem> {
        let storage = storage()?;
        let count = storage.length().map_err(|_| StorageProblem::Unavailable)?;
        let ours: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(KEY_PREFIX))
            .collect();
        for key in ours {
            storage
                .remove_item(&key)
                .map_err(|_| StorageProblem::Unavailable)?;
        }
        Ok(())
    }
}

/// The page's local storage, checked before use: the `localStorage`
/// property throws when storage is blocked.
fn storage() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .ok_or(StorageProblem::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Unavailable)
}

/// A widget name reduced to characters that read well in a storage key.
fn sanitise(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect()
}
