//! Taking answers and results off the device, always by the user's own
//! hand: the share panel (answer code, link, QR code, answer file), on the
//! result and folded into the question screens' parts menu.

use crate::model::answer_file::to_file;
use crate::model::code::{encode, Shared, MAX_LABEL_CHARS};
use crate::session::file_name::file_name;
use crate::session::sharing::{qr_picture, share_link};
use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use crate::ui::widgets::download_button::DownloadButton;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The answer code, link, QR code and file of the answers given so far.
/// Nothing but the answers and the situation goes in, unless the user
/// ticks the box and types a label.
#[component]
pub fn SharePanel() -> impl IntoView {
    let widget = use_assessment();
    let include = widget.work.share_label_included;
    let label = widget.work.share_label;
    let include_id = widget.dom_id("share-include");
    let label_id = widget.dom_id("share-label");
    let shared = move || Shared {
        response: widget.response.get(),
        label: include.get().then(|| label.get()),
    };
    let code = Memo::new(move |_| encode(widget.content, &shared()));
    let link = Memo::new(move |_| {
        device::page_address()
            .map(|address| share_link(&address, &code.get()))
            .unwrap_or_default()
    });
    let file = Callback::new(move |()| {
        let shared = untrack(shared);
        // Without a label, the start of the id tells two files apart.
        let whose = match &shared.label {
            Some(label) => label.clone(),
            None => shared.response.id.chars().take(6).collect(),
        };
        let name = file_name("answers", &whose, &device::now_stamp(), "json");
        (name, to_file(&shared))
    });
    view! {
        <div class="kr-share" data-testid="share-panel">
            <p class="kr-hint">{widget.text(texts::SHARE_INTRO)}</p>
            <div class="kr-field">
                <label class="kr-check" for=include_id.clone()>
                    <input
                        type="checkbox"
                        id=include_id.clone()
                        data-testid="share-include-label"
                        prop:checked=move || include.get()
                        on:change=move |ev| include.set(event_target_checked(&ev))
                    />
                    <span>{widget.text(texts::SHARE_LABEL_INCLUDE)}</span>
                </label>
                <Show when=move || include.get()>
                    <label class="kr-label" for=label_id.clone()>
                        {widget.text(texts::SHARE_LABEL)}
                    </label>
                    <input
                        id=label_id.clone()
                        class="kr-input"
                        type="text"
                        autocomplete="organization"
                        maxlength=MAX_LABEL_CHARS
                        data-testid="share-label"
                        prop:value=move || label.get()
                        on:input=move |ev| label.set(event_target_value(&ev))
                    />
                </Show>
            </div>
            <CopyField label=texts::SHARE_CODE value=code.into() testid="share-code" rows=3 />
            <CopyField label=texts::SHARE_LINK value=link.into() testid="share-link" rows=3 />
            <QrCode text=link.into() />
            <DownloadButton
                label=texts::SHARE_FILE
                testid="share-file"
                mime="application/json"
                file
            />
        </div>
    }
}

/// A read-only text with a button that copies it: through the Clipboard
/// API where the browser allows, else by selecting it for the user to copy.
#[component]
fn CopyField(
    /// Key of the field's label.
    label: &'static str,
    value: Signal<String>,
    testid: &'static str,
    rows: u8,
) -> impl IntoView {
    let widget = use_assessment();
    let id = widget.dom_id(testid);
    let field = NodeRef::<html::Textarea>::new();
    // Which message to show after the last copy, if any.
    let told = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let text = value.get_untracked();
        spawn_local(async move {
            if device::copy(&text).await {
                told.set(Some(texts::SHARE_COPIED));
            } else {
                if let Some(field) = field.get_untracked() {
                    field.select();
                }
                told.set(Some(texts::SHARE_COPY_MANUAL));
            }
        });
    };
    view! {
        <div class="kr-field">
            <label class="kr-label" for=id.clone()>
                {move || widget.t(label)}
            </label>
            <textarea
                id=id.clone()
                class="kr-input kr-code"
                readonly
                rows=rows
                spellcheck="false"
                data-testid=testid
                node_ref=field
                prop:value=move || value.get()
                on:focus=move |_| {
                    if let Some(field) = field.get_untracked() {
                        field.select();
                    }
                }
            ></textarea>
            <div class="kr-actions">
                <button
                    type="button"
                    class="kr-button kr-secondary"
                    data-testid=format!("{testid}-copy")
                    on:click=copy
                >
                    {widget.text(texts::SHARE_COPY)}
                    <span class="kr-visually-hidden">": " {move || widget.t(label)}</span>
                </button>
                <span class="kr-hint" role="status">
                    {move || told.get().map(|key| widget.t(key))}
                </span>
            </div>
        </div>
    }
}

/// The QR code of `text`, drawn as black modules on white with the quiet
/// zone, at four CSS pixels per module so it stays sharp and scannable.
#[component]
fn QrCode(text: Signal<String>) -> impl IntoView {
    let widget = use_assessment();
    let title_id = widget.dom_id("share-qr-title");
    move || {
        let qr = qr_picture(&text.get())?;
        let size = qr.size;
        Some(view! {
            <svg
                class="kr-qr"
                role="img"
                aria-labelledby=title_id.clone()
                viewBox=format!("0 0 {size} {size}")
                width=size * 4
                height=size * 4
                shape-rendering="crispEdges"
                data-testid="share-qr"
                data-modules=size
            >
                <title id=title_id.clone()>{widget.text(texts::SHARE_QR)}</title>
                <rect width=size height=size fill="#ffffff"></rect>
                <path d=qr.path fill="#000000"></path>
            </svg>
        })
    }
}

/// The share panel folded into the parts menu of the question screens, so
/// the answers so far can be passed on before the end; drawn only while
/// open, so answering does not redraw a QR code nobody looks at.
#[component]
pub fn ShareMenu() -> impl IntoView {
    let widget = use_assessment();
    let open = RwSignal::new(false);
    view! {
        <details
            class="kr-share-menu"
            data-testid="share-menu"
            on:toggle=move |ev| {
                open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }
        >
            <summary>{widget.text(texts::SHARE_HEADING)}</summary>
            <Show when=move || open.get()>
                <SharePanel />
            </Show>
        </details>
    }
}
