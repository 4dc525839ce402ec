//! Waiting for the full build, which carries a tool this build leaves out:
//! a status line while it loads, and if it cannot load, why, with a way to
//! try again. Asked for as soon as this is on the page.

use crate::session::handover::HandedAt;
use crate::session::texts;
use crate::ui::full_build::ask_for_full_build;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn FullBuildStatus(
    /// The text keys of the status line and of the failure.
    loading: &'static str,
    failed: &'static str,
    /// Prefixes the test ids of the failure and the retry button.
    testid: &'static str,
    /// Where the full build goes on, asked when it has loaded; `None` when
    /// the respondent has left the tool meanwhile.
    at: Callback<(), Option<HandedAt>>,
) -> impl IntoView {
    let widget = use_assessment();
    let refused = RwSignal::new(false);
    let ask = move || {
        refused.set(false);
        // This may be gone when the answer comes.
        ask_for_full_build(
            widget,
            move || at.try_run(()).flatten(),
            move || {
                let _ = refused.try_set(true);
            },
        );
    };
    // Asked once this is on the page: the request goes out from the
    // element the widget sits in.
    Effect::new(move |_| ask());
    view! {
        <div aria-busy=move || (!refused.get()).to_string()>
            <Show
                when=move || refused.get()
                fallback=move || {
                    view! {
                        <p role="status" data-testid=format!("{testid}-status")>
                            {widget.text(loading)}
                        </p>
                    }
                }
            >
                <p class="kr-notice" role="alert" data-testid=format!("{testid}-failed")>
                    {widget.text(failed)}
                </p>
                <div class="kr-actions">
                    <button
                        type="button"
                        class="kr-button"
                        data-testid=format!("{testid}-retry")
                        on:click=move |_| ask()
                    >
                        {widget.text(texts::LOAD_RETRY)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
