//! A section a reader opens on demand: its heading is a button that shows
//! or hides the rest (the disclosure pattern), so a long result reads as a
//! short list of headings below what matters most.

use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// Which sections are open, for the whole widget: leaving the result to
/// change an answer and coming back finds the same sections open, and so
/// does the full build when it takes the widget over.
#[derive(Clone, Copy, Default)]
pub struct OpenFolds {
    open: RwSignal<Vec<String>>,
    /// The section to focus once it is drawn.
    focus: StoredValue<Option<String>>,
}

impl OpenFolds {
    /// `open` open, and `focus` focused when it is drawn.
    pub fn handed(open: Vec<String>, focus: String) -> OpenFolds {
        OpenFolds {
            open: RwSignal::new(open),
            focus: StoredValue::new(Some(focus)),
        }
    }

    pub fn is_open(self, name: &str) -> bool {
        self.open.with(|open| open.iter().any(|n| n == name))
    }

    /// The open sections, by name.
    pub fn names(self) -> Vec<String> {
        self.open.get_untracked()
    }

    pub fn toggle(self, name: &str) {
        self.open
            .update(|open| match open.iter().position(|n| n == name) {
                Some(at) => {
                    open.remove(at);
                }
                None => open.push(name.to_owned()),
            });
    }

    /// Whether `name` is the section to focus; asked once.
    fn take_focus(self, name: &str) -> bool {
        let wanted = self.focus.with_value(|f| f.as_deref() == Some(name));
        if wanted {
            self.focus.set_value(None);
        }
        wanted
    }
}

/// A section titled by the text key `title`, closed until opened. Printing
/// shows every section whole (see the print rules in the style sheet).
#[component]
pub fn Fold(
    /// Names the section: its element ids and its open state.
    name: &'static str,
    /// The text key of its heading.
    title: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let widget = use_assessment();
    let folds = expect_context::<OpenFolds>();
    let heading = widget.dom_id(name);
    let body = widget.dom_id(&format!("{name}-body"));
    let open = move || folds.is_open(name);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Only the section a handover names waits to be focused.
    if folds.take_focus(name) {
        Effect::new(move |_| {
            if let Some(button) = toggle.get() {
                let _ = button.focus();
                crate::ui::frame::show_in_parent(&button);
            }
        });
    }
    view! {
        <section
            class=format!("kr-section kr-fold {class}")
            aria-labelledby=heading.clone()
            data-testid=testid
            data-fold=name
        >
            <h2 id=heading.clone() class="kr-fold-heading">
                // On paper a heading is not a control: the button is left
                // out and this plain copy printed instead.
                <span class="kr-fold-print" aria-hidden="true">
                    {move || widget.t(title)}
                </span>
                <button
                    node_ref=toggle
                    type="button"
                    class="kr-fold-toggle"
                    aria-expanded=move || open().to_string()
                    aria-controls=body.clone()
                    on:click=move |_| folds.toggle(name)
                >
                    <span>{move || widget.t(title)}</span>
                    <svg
                        class="kr-fold-icon"
                        viewBox="0 0 24 24"
                        aria-hidden="true"
                        focusable="false"
                    >
                        <path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z" />
                    </svg>
                </button>
            </h2>
            <div id=body class="kr-fold-body" hidden=move || !open()>
                {children()}
            </div>
        </section>
    }
}
