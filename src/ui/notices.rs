//! Messages about saving on this device: storage blocked or full, saved
//! answers unreadable, from a newer version, or migrated.

use super::app::{use_assessment, Notice};
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let s = use_assessment();
    let text = move |notice: &Notice| match notice {
        Notice::Unavailable => s.t(k::NOTICE_UNAVAILABLE).to_owned(),
        Notice::Full => s.t(k::NOTICE_FULL).to_owned(),
        Notice::Corrupt { backed_up: true } => s.t(k::NOTICE_CORRUPT).to_owned(),
        Notice::Corrupt { backed_up: false } => s.t(k::NOTICE_CORRUPT_LOST).to_owned(),
        Notice::Newer => s.t(k::NOTICE_NEWER).to_owned(),
        Notice::Migrated {
            from,
            dropped,
            asked,
        } => s.fill(
            k::NOTICE_MIGRATED,
            &[
                ("from", from),
                ("asked", &asked.to_string()),
                ("count", &dropped.to_string()),
            ],
        ),
        Notice::UnknownVersion => s.t(k::NOTICE_UNKNOWN_VERSION).to_owned(),
        Notice::Deleted => s.t(k::NOTICE_DELETED).to_owned(),
        Notice::DeleteFailed => s.t(k::NOTICE_DELETE_FAILED).to_owned(),
        Notice::KeptCorrupt { what, backed_up } => {
            let key = if *backed_up {
                k::NOTICE_KEPT_CORRUPT
            } else {
                k::NOTICE_KEPT_CORRUPT_LOST
            };
            s.fill(key, &[("what", s.t(what))])
        }
        Notice::KeptNewer { what } => s.fill(k::NOTICE_KEPT_NEWER, &[("what", s.t(what))]),
        Notice::Link { problem } => s.fill(k::NOTICE_LINK, &[("problem", s.t(problem))]),
        Notice::OtherTab => s.t(k::NOTICE_OTHER_TAB).to_owned(),
    };
    view! {
        <div class="kr-notices" role="status">
            <For
                each=move || s.notices.get()
                key=|notice| format!("{notice:?}")
                children=move |notice| {
                    let shown = notice.clone();
                    view! {
                        <div class="kr-notice" data-testid="storage-notice">
                            <p>{move || text(&shown)}</p>
                            <button
                                type="button"
                                class="kr-link"
                                on:click=move |_| s.dismiss(&notice)
                            >
                                {move || s.t(k::NOTICE_DISMISS)}
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
