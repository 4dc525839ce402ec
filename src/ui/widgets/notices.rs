//! Messages about saving on this device, a link or another tab; what each
//! says is decided in `session::notice`.

use crate::session::notice::Notice;
use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let widget = use_assessment();
    let text = move |notice: &Notice| widget.lang.with(|lang| notice.text(widget.content, lang));
    view! {
        <div class="kr-notices" role="status">
            <For
                each=move || widget.notices.get()
                key=|notice| format!("{notice:?}")
                children=move |notice| {
                    let shown = notice.clone();
                    view! {
                        <div class="kr-notice" data-testid="storage-notice">
                            <p>{move || text(&shown)}</p>
                            <button
                                type="button"
                                class="kr-link"
                                on:click=move |_| widget.dismiss(&notice)
                            >
                                {move || widget.t(texts::NOTICE_DISMISS)}
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
