//! A destructive action behind an inline confirmation: one tap opens the
//! question, a second confirms. Escape or "cancel" closes it again.

use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ConfirmAction(
    /// Key of the button text.
    label: &'static str,
    /// Key of the question asked before acting.
    question: &'static str,
    /// Key of the confirming button's text.
    yes: &'static str,
    /// The `data-testid` of the opening button.
    testid: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let widget = use_assessment();
    let open = RwSignal::new(false);
    let opener = NodeRef::<html::Button>::new();
    let cancel = NodeRef::<html::Button>::new();
    let question_id = widget.dom_id(&format!("{testid}-question"));
    let close = move || {
        open.set(false);
        focus_when_drawn(opener);
    };
    let show = move |_| {
        open.set(true);
        // Focus the safe choice: a stray Enter must not destroy anything.
        focus_when_drawn(cancel);
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            close();
        }
    };
    view! {
        <div class="kr-confirm">
            <button
                type="button"
                class="kr-button kr-quiet"
                data-testid=testid
                aria-expanded=move || if open.get() { "true" } else { "false" }
                node_ref=opener
                on:click=show
            >
                {move || widget.t(label)}
            </button>
            <Show when=move || open.get()>
                <div
                    class="kr-confirm-panel"
                    role="group"
                    aria-labelledby=question_id.clone()
                    on:keydown=on_key
                >
                    <p id=question_id.clone()>{move || widget.t(question)}</p>
                    <div class="kr-confirm-buttons">
                        <button
                            type="button"
                            class="kr-button kr-danger"
                            data-testid="confirm-yes"
                            on:click=move |_| {
                                open.set(false);
                                on_yes.run(());
                            }
                        >
                            {move || widget.t(yes)}
                        </button>
                        <button
                            type="button"
                            class="kr-button kr-secondary"
                            data-testid="confirm-cancel"
                            node_ref=cancel
                            on:click=move |_| close()
                        >
                            {move || widget.t(texts::CONFIRM_CANCEL)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// Focuses `button` in the next frame, once it is drawn.
fn focus_when_drawn(button: NodeRef<html::Button>) {
    request_animation_frame(move || {
        // Starting over may have taken the button off the page by then.
        if let Some(b) = button.try_get_untracked().flatten() {
            let _ = b.focus();
        }
    });
}
