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
//! `kansrijk:v1:assessment:corrupt` an unreadable value kept aside. The
//! facilitator's group view is kept under `kansrijk:v1:group` and saved
//! measurements under `kansrijk:v1:measurements` ([`Shelf`]), each with its
//! own `:corrupt` backup. Several widgets on one page get their own keys by
//! naming themselves (`data-kansrijk="name"` gives
//! `kansrijk:v1:assessment:name`, `kansrijk:v1:group:name`, ...).
//!
//! ## Why not gloo-storage
//! `gloo_storage::LocalStorage` throws a JavaScript exception out of Rust
//! when storage is blocked (its `raw()` uses `expect_throw`), skipping
//! destructors. `web_sys::Storage` returns every failure as a `Result`.

use crate::kept::Kept;
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
        let key = named(ASSESSMENT_KEY, name);
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

/// A list kept under its own key beside the assessment: the group view
/// (`kansrijk:v1:group`) or the measurements (`kansrijk:v1:measurements`),
/// with the same backup key and the same faults as [`Slot`]. The caller
/// turns the stored text into values (`crate::kept`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shelf {
    key: String,
    backup_key: String,
}

impl Shelf {
    /// The shelf under `base` (a key constant of [`crate::saved`]) of the
    /// widget named `name`, named like its [`Slot`].
    pub fn new(base: &str, name: Option<&str>) -> Shelf {
        let key = named(base, name);
        Shelf {
            backup_key: format!("{key}{CORRUPT_SUFFIX}"),
            key,
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads what is kept, if anything, with `read`; an unreadable value is
    /// moved to the backup key as [`Slot::load`] does.
    pub fn load<T>(&self, read: impl FnOnce(&str) -> Kept<T>) -> Result<Option<T>, StorageProblem> {
        let storage = storage()?;
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Ok(None),
            Err(_) => return Err(StorageProblem::Unavailable),
        };
        match read(&raw) {
            Kept::Read { value, .. } => Ok(Some(value)),
            Kept::Newer { schema } => Err(StorageProblem::FromNewerVersion { schema }),
            Kept::Corrupt(reason) => {
                leptos::logging::warn!(
                    "Kansrijk: {} unreadable ({reason}); kept under {}",
                    self.key,
                    self.backup_key
                );
                let backed_up = storage.set_item(&self.backup_key, &raw).is_ok();
                if backed_up {
                    let _ = storage.remove_item(&self.key);
                }
                Err(StorageProblem::Corrupt { backed_up })
            }
        }
    }

    /// Keeps `raw`, or removes the key when there is nothing to keep.
    pub fn save(&self, raw: Option<&str>) -> Result<(), StorageProblem> {
        let storage = storage()?;
        match raw {
            Some(raw) => storage.set_item(&self.key, raw),
            None => storage.remove_item(&self.key),
        }
        .map_err(|_| StorageProblem::Full)
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

/// The key `base` of the widget named `name`: `base:name`, or `base` itself
/// for an unnamed widget.
fn named(base: &str, name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => format!("{base}:{}", sanitise(name)),
        None => base.to_owned(),
    }
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

/// Calls `changed` whenever another tab or window of this site changes
/// `key` (the browser's `storage` event, which never fires in the tab that
/// wrote). Widgets on one page share their storage but get no event from
/// each other, and need none: each has its own key.
///
/// The listener lives as long as the page; `changed` must cope with its
/// widget having gone.
pub fn on_change_elsewhere(key: &str, changed: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = key.to_owned();
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            // `key` is null when the other tab cleared all of storage.
            let ours = e.key().is_none_or(|k| k == key);
            let local = e
                .storage_area()
                .zip(storage().ok())
                .is_some_and(|(area, local)| area == local);
            if ours && local {
                changed();
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
