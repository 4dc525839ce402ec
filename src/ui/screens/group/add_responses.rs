//! The fields that add responses to the group: pasted codes or links, and
//! answer files. Reading them and what is told is `session::adding`.

use super::resubmissions::Resubmissions;
use crate::session::adding::{from_files, from_pasted, Adding};
use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Pasting codes or links, and opening answer files. What cannot be read
/// is told line by line or file by file, and changes nothing.
#[component]
pub fn AddResponses() -> impl IntoView {
    let widget = use_assessment();
    let paste_id = widget.dom_id("group-paste");
    let files_id = widget.dom_id("group-files");
    let pasted = RwSignal::new(String::new());
    let told = widget.work.told;
    let add = move |mut adding: Adding| {
        let left = std::mem::take(&mut adding.left);
        widget.add_to_group(adding);
        left
    };
    let add_pasted = move |_| {
        let adding = pasted.with_untracked(|text| from_pasted(widget.content, text));
        pasted.set(add(adding));
    };
    let open_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else {
            return;
        };
        spawn_local(async move {
            add(from_files(widget.content, device::read_files(files).await));
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    view! {
        <div class="kr-add kr-no-print">
            <div class="kr-field">
                <label class="kr-label" for=paste_id.clone()>
                    {widget.text(texts::GROUP_PASTE)}
                </label>
                <textarea
                    id=paste_id
                    class="kr-input kr-code"
                    rows="4"
                    spellcheck="false"
                    data-testid="group-paste"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <div class="kr-actions">
                    <button
                        type="button"
                        class="kr-button kr-primary"
                        data-testid="group-add"
                        on:click=add_pasted
                    >
                        {widget.text(texts::GROUP_ADD)}
                    </button>
                </div>
            </div>
            <div class="kr-field">
                <label class="kr-label" for=files_id.clone()>
                    {widget.text(texts::GROUP_FILES)}
                </label>
                <input
                    id=files_id
                    class="kr-file"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    data-testid="group-files"
                    on:change=open_files
                />
            </div>
            <div class="kr-told" role="status" data-testid="group-messages">
                {move || {
                    widget
                        .lang
                        .with(|lang| {
                            told.get()
                                .iter()
                                .map(|t| {
                                    view! {
                                        <p class:kr-error=t
                                            .is_error()>{t.text(widget.content, lang)}</p>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </div>
            <Resubmissions />
        </div>
    }
}
