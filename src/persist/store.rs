//! The only code that touches browser storage: one [`Store`] per stored
//! thing of a widget, each reading, writing and keeping aside its own key.
//!
//! ## Why not gloo-storage
//! `gloo_storage::LocalStorage` throws a JavaScript exception out of Rust
//! when storage is blocked (its `raw()` uses `expect_throw`), skipping
//! destructors. `web_sys::Storage` returns every failure as a `Result`, and
//! the `localStorage` property itself is checked before every use, since
//! reading it throws when storage is blocked.

use super::envelope::Read;
use super::keys::{Stored, KEY_PREFIX};
use super::problem::StorageProblem;

/// Where one thing of one widget is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
    backup_key: String,
}

impl Store {
    /// The store of `stored` for the widget named `widget`.
    pub fn new(stored: Stored, widget: Option<&str>) -> Store {
        let key = stored.key(widget);
        Store {
            backup_key: Stored::backup_key(&key),
            key,
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads what is kept, if anything, with `read`. An unreadable value is
    /// moved to the backup key (and removed from the main key only when the
    /// copy worked: an unreadable value is still someone's answers).
    pub fn load<T>(&self, read: impl FnOnce(&str) -> Read<T>) -> Result<Option<T>, StorageProblem> {
        let storage = storage()?;
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Ok(None),
            Err(_) => return Err(StorageProblem::Unavailable),
        };
        match read(&raw) {
            Read::Value(value) => Ok(Some(value)),
            Read::Newer { schema } => Err(StorageProblem::FromNewerVersion { schema }),
            Read::Corrupt(reason) => {
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

    /// Keeps `raw`, or removes the key when there is nothing to keep, so
    /// "resume" is only offered when there is something to resume.
    pub fn save(&self, raw: Option<&str>) -> Result<(), StorageProblem> {
        let storage = storage()?;
        match raw {
            Some(raw) => storage.set_item(&self.key, raw),
            None => storage.remove_item(&self.key),
        }
        .map_err(|_| StorageProblem::Full)
    }
}

/// Removes everything any Kansrijk widget saved on this device (every key
/// under [`KEY_PREFIX`], backups included), and nothing else.
pub fn delete_all() -> Result<(), StorageProblem> {
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

/// The page's local storage, checked before use.
fn storage() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .ok_or(StorageProblem::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Unavailable)
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
