//! The effects that tie a widget's session to the browser: giving the
//! response its id, saving every change, following another tab's save, opening the code in the address,
//! and following the widget's width.

use super::{Assessment, WIDE_MIN_PX};
use crate::model::code;
use crate::persist::store;
use crate::session::flow::Layout;
use crate::session::navigation::Session;
use crate::session::notice::{tell, Notice};
use crate::session::saved;
use crate::session::texts;
use crate::ui::device;
use crate::ui::workshop::Opened;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

impl Assessment {
    // Effects -------------------------------------------------------------

    pub(super) fn save_every_change(&self) {
        // What is kept changes with an answer, the name, the language or
        // the last question, not with every screen or width.
        let session = self.session;
        let kept = Memo::new(move |_| session.with(Session::saved));
        self.saving
            .follow(self.notices, move || kept.with(saved::encode));
    }

    /// Gives the response an id as soon as it has none: at the start, after
    /// "start over" or "next participant", and for answers saved before
    /// ids existed. The group counts a respondent once by it.
    pub(super) fn give_every_response_an_id(&self) {
        let session = self.session;
        let response = self.response;
        let missing = Memo::new(move |_| response.with(|r| r.id.is_empty()));
        Effect::new(move || {
            if missing.get() {
                session.update(|s| {
                    s.response.ensure_id(device::random_id);
                });
            }
        });
    }

    /// Two tabs on the same assessment: when the other tab saves, this one
    /// reads the saved answers back, so its next save cannot silently undo
    /// the other tab's change. This tab has no unsaved changes to lose,
    /// since every change is saved at once. Its language and the screen it
    /// shows stay; the respondent is told once.
    pub(super) fn follow_other_tabs(&self) {
        let widget = *self;
        store::on_change_elsewhere(&widget.saving.key(), move || {
            // The widget may be gone; the listener outlives it.
            if widget.saving.is_on() != Some(true) {
                return;
            }
            let theirs = match widget
                .saving
                .reload(|raw| saved::decode(widget.content, raw))
            {
                Ok(restored) => restored.map(|r| r.state),
                // Unreadable or from a newer build: the store has kept it
                // aside or left it alone; this tab keeps what it shows.
                Err(problem) => {
                    leptos::logging::warn!(
                        "Kansrijk: the other tab's save is unreadable: {problem:?}"
                    );
                    return;
                }
            };
            // Only a change is saved again, so only a change needs holding
            // back; and only a change concerns the views.
            let changed = widget
                .session
                .try_update_untracked(|session| session.adopt(widget.content, theirs));
            if changed == Some(true) {
                widget.saving.skip_echo();
                widget.session.notify();
            }
            widget.notices.update(|n| tell(n, Notice::OtherTab));
        });
    }

    /// Opens the answer code in the address (`#code=...`) now, and whenever
    /// the fragment changes, as when a second link is pasted into the same
    /// tab. A code that cannot be read is told and changes nothing.
    pub(super) fn follow_fragment(&self) {
        let widget = *self;
        let open_fragment = move || {
            let fragment = device::fragment();
            let Some(text) = crate::session::sharing::code_in_fragment(&fragment) else {
                return;
            };
            match code::decode_with_report(widget.content, text) {
                Ok((shared, report)) => {
                    if let Some(notice) = Notice::of_migration(widget.content, &report) {
                        widget.notices.update(|n| tell(n, notice));
                    }
                    widget.open(Opened {
                        shared,
                        member: None,
                    })
                }
                Err(e) => {
                    leptos::logging::warn!("Kansrijk: the link's code is unreadable: {e}");
                    let notice = Notice::Link {
                        problem: texts::code_error_key(&e),
                    };
                    widget.notices.update(|n| tell(n, notice));
                }
            }
        };
        open_fragment();
        let on_change = Closure::<dyn Fn()>::new(move || {
            // The widget may be gone; the listener outlives it.
            if widget.session.try_get_untracked().is_some() {
                open_fragment();
            }
        });
        let _ = window()
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }

    /// Keeps the layout equal to whether the widget itself is wide enough
    /// for a whole part on one screen. Measured on the widget, not the
    /// window: a widget in a narrow column of a wide page gets the phone
    /// layout. Rotating a tablet or resizing a window regroups the
    /// questions at once. Until the widget is on the page, the window's
    /// width stands in.
    pub(super) fn follow_width(&self) {
        let session = self.session;
        let set = move |wide: bool| {
            let layout = if wide { Layout::Wide } else { Layout::Narrow };
            // Set only when it changes: the widget's height changes with
            // every fold-out opened, and setting the same value would still
            // draw the views that follow the session again (closing that
            // fold-out).
            if session.try_with_untracked(|session| session.layout != layout) == Some(true) {
                session.update(|session| session.layout = layout);
            }
        };
        let query = format!("(min-width: {WIDE_MIN_PX}px)");
        if let Some(query) = web_sys::window().and_then(|w| w.match_media(&query).ok().flatten()) {
            set(query.matches());
        }
        self.root.on_load(move |root| {
            let followed = device::on_resize(&root, move |rect| {
                // A widget taken off the page measures 0; its signal is gone
                // by then.
                let width = rect.width();
                if width > 0.0 {
                    set(width >= f64::from(WIDE_MIN_PX));
                }
            });
            // Without ResizeObserver the window's width is kept.
            if let Err(e) = followed {
                leptos::logging::warn!("Kansrijk: cannot follow its width: {e:?}");
            }
        });
    }
}
