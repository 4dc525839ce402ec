//! The group view's heading and a status line, while the full build loads;
//! if it cannot load, why, with a way to try again and the way back.

use crate::session::texts;
use crate::ui::full_build::ask_for_full_build;
use crate::ui::state::use_assessment;
use crate::ui::widgets::back_button::BackButton;
use leptos::prelude::*;

#[component]
pub fn GroupLoading() -> impl IntoView {
    let widget = use_assessment();
    let title_id = widget.dom_id("group-title");
    let failed = RwSignal::new(false);
    let ask = move || {
        failed.set(false);
        // The screen may be gone when the answer comes.
        ask_for_full_build(widget, move || {
            let _ = failed.try_set(true);
        });
    };
    // Asked once the screen is on the page: the request goes out from the
    // element the widget sits in.
    Effect::new(move |_| ask());
    view! {
        <section
            class="kr-main kr-group"
            aria-labelledby=title_id.clone()
            aria-busy=move || (!failed.get()).to_string()
            data-testid="group-loading"
        >
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {widget.text(texts::GROUP_TITLE)}
            </h1>
            <Show
                when=move || failed.get()
                fallback=move || {
                    view! { <p role="status">{widget.text(texts::GROUP_LOADING)}</p> }
                }
            >
                <p class="kr-notice" role="alert" data-testid="group-load-failed">
                    {widget.text(texts::GROUP_LOAD_FAILED)}
                </p>
                <div class="kr-actions">
                    <button
                        type="button"
                        class="kr-button"
                        data-testid="group-load-retry"
                        on:click=move |_| ask()
                    >
                        {widget.text(texts::GROUP_LOAD_RETRY)}
                    </button>
                </div>
            </Show>
            <div class="kr-actions kr-back-row">
                <BackButton on_back=Callback::new(move |()| widget.show_start()) />
            </div>
        </section>
    }
}
