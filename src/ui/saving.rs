//! One stored thing kept in step with the state it is saved from: the
//! assessment, the group or the measurements. Each is written on every
//! change, and a failed write is told the same way for all of them.

use crate::persist::envelope::Read;
use crate::persist::keys::Stored;
use crate::persist::problem::StorageProblem;
use crate::persist::store::Store;
use crate::session::notice::{tell, Notice};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Saving {
    store: StoredValue<Store>,
    /// Off when storage is missing or holds something that must not be
    /// overwritten (from a newer build, or unreadable and not backed up).
    on: RwSignal<bool>,
    /// A full storage is told once: the respondent can go on in memory
    /// without a message on every answer, and a later save may succeed
    /// when space is freed.
    full_told: StoredValue<bool>,
    /// The next change only takes over what is stored already (another
    /// tab's save): writing it back would echo that save, and with this
    /// tab's language start a ping-pong of saves between the two tabs.
    echo: StoredValue<bool>,
}

impl Saving {
    /// Reads what is stored as `stored` for the widget `name` with `read`:
    /// the value if there was one, what to tell if it could not be read,
    /// and the saving that goes on from here (off over anything it must
    /// not overwrite).
    ///
    /// `handed` is what the build this one replaced kept instead (`Some(None)`:
    /// nothing): it is the value then, and storage is read only for whether
    /// saving can go on, and what to tell if not.
    pub fn load<T>(
        stored: Stored,
        name: Option<&str>,
        handed: Option<Option<&str>>,
        read: impl Fn(&str) -> Read<T>,
    ) -> (Option<T>, Option<Notice>, Saving) {
        let store = Store::new(stored, name);
        let (value, notice, on) = match store.load(&read) {
            Ok(value) => (value, None, true),
            Err(problem) => {
                let told = Notice::on_reading(stored, &problem);
                (None, told.notice, told.keep_saving)
            }
        };
        let value = match handed {
            None => value,
            Some(None) => None,
            Some(Some(raw)) => match read(raw) {
                Read::Value(handed) => Some(handed),
                // Written by the same release a moment ago: a bug, and
                // storage's copy is the best there is.
                _ => {
                    leptos::logging::error!("Kansrijk: the handed-over {stored:?} is unreadable");
                    value
                }
            },
        };
        let saving = Saving {
            store: StoredValue::new(store),
            on: RwSignal::new(on),
            full_told: StoredValue::new(false),
            echo: StoredValue::new(false),
        };
        (value, notice, saving)
    }

    /// Reads the stored value again, as another tab left it.
    pub fn reload<T>(
        &self,
        read: impl FnOnce(&str) -> Read<T>,
    ) -> Result<Option<T>, StorageProblem> {
        self.store.with_value(|store| store.load(read))
    }

    /// The storage key, to hear when another tab changes it.
    pub fn key(&self) -> String {
        self.store.with_value(|store| store.key().to_owned())
    }

    /// Whether changes are being saved. `None` once the widget is gone.
    pub fn is_on(&self) -> Option<bool> {
        self.on.try_get_untracked()
    }

    /// Saves again from now on, after storage was cleared.
    pub fn resume(&self) {
        self.on.set(true);
    }

    /// Skips the next write, whose value only takes over what is stored.
    pub fn skip_echo(&self) {
        self.echo.set_value(true);
    }

    /// Saves what `encoded` returns (nothing removes the key) whenever it
    /// changes, telling a failure in `notices`.
    pub fn follow(
        self,
        notices: RwSignal<Vec<Notice>>,
        encoded: impl Fn() -> Option<String> + 'static,
    ) {
        Effect::new(move |_| {
            let raw = encoded();
            if !self.on.get() {
                return;
            }
            if self.echo.get_value() {
                self.echo.set_value(false);
                return;
            }
            if let Err(problem) = self.store.with_value(|store| store.save(raw.as_deref())) {
                self.tell_failure(&problem, notices);
            }
        });
    }

    fn tell_failure(&self, problem: &StorageProblem, notices: RwSignal<Vec<Notice>>) {
        let told = Notice::on_writing(problem);
        if !told.keep_saving {
            self.on.set(false);
        }
        match told.notice {
            Some(Notice::Full) if self.full_told.get_value() => {}
            Some(notice) => {
                if notice == Notice::Full {
                    self.full_told.set_value(true);
                }
                notices.update(|n| tell(n, notice));
            }
            None => {}
        }
    }
}
