//! Adding responses to the group: pasted codes or links, and answer files.
//! What cannot be read is told line by line or file by file.

use crate::model::answer_file::from_file;
use crate::model::code;
use crate::session::sharing::pasted_codes;
use crate::session::texts as k;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What adding responses came to, told in the language shown now.
#[derive(Clone, Debug, PartialEq)]
enum Told {
    Added(usize),
    /// A pasted line (1-based) and the key of what is wrong with it.
    Line(usize, &'static str),
    /// A file's name and the key of what is wrong with it.
    File(String, &'static str),
}

/// Pasting codes or links, and opening answer files. What cannot be read
/// is told line by line or file by file, and changes nothing.
#[component]
pub fn AddResponses() -> impl IntoView {
    let s = use_assessment();
    let paste_id = s.dom_id("group-paste");
    let files_id = s.dom_id("group-files");
    let pasted = RwSignal::new(String::new());
    let told = RwSignal::new(Vec::<Told>::new());
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        let lines = pasted_codes(&text);
        let mut news = Vec::new();
        let mut failed = Vec::new();
        let mut read = Vec::new();
        for (line, code_text) in &lines {
            match code::decode(s.content, code_text) {
                Ok(shared) => read.push(shared),
                Err(e) => {
                    news.push(Told::Line(*line, k::code_error_key(&e)));
                    failed.push(*code_text);
                }
            }
        }
        if lines.is_empty() {
            news.push(Told::Line(1, k::CODE_ERROR_EMPTY));
        }
        if !read.is_empty() {
            news.insert(0, Told::Added(read.len()));
            s.add_to_group(read);
        }
        // Only the lines that failed stay, to be corrected or cleared.
        pasted.set(failed.join("\n"));
        told.set(news);
    };
    let open_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else {
            return;
        };
        spawn_local(async move {
            let mut news = Vec::new();
            let mut read = Vec::new();
            for (name, bytes) in device::read_files(files).await {
                match from_file(s.content, &bytes) {
                    Ok((shared, _)) => read.push(shared),
                    Err(e) => news.push(Told::File(name, k::file_error_key(&e))),
                }
            }
            if !read.is_empty() {
                news.insert(0, Told::Added(read.len()));
                s.add_to_group(read);
            }
            told.set(news);
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    let message = move |t: &Told| match t {
        Told::Added(n) => s.fill(k::GROUP_ADDED, &[("count", &n.to_string())]),
        Told::Line(line, problem) => s.fill(
            k::GROUP_LINE_ERROR,
            &[("line", &line.to_string()), ("problem", s.t(problem))],
        ),
        Told::File(name, problem) => format!("{name}: {}", s.t(problem)),
    };
    view! {
        <div class="kr-add kr-no-print">
            <div class="kr-field">
                <label class="kr-label" for=paste_id.clone()>
                    {s.text(k::GROUP_PASTE)}
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
                        {s.text(k::GROUP_ADD)}
                    </button>
                </div>
            </div>
            <div class="kr-field">
                <label class="kr-label" for=files_id.clone()>
                    {s.text(k::GROUP_FILES)}
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
                    told.get()
                        .iter()
                        .map(|t| {
                            let error = !matches!(t, Told::Added(_));
                            view! { <p class:kr-error=error>{message(t)}</p> }
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
}
