//! A one-line text field with its label and a hint read with it.

use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// Names the field's element ids, unique within the widget.
    name: &'static str,
    /// Key of the label.
    label: &'static str,
    /// Key of the hint below the label.
    hint: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let widget = use_assessment();
    let id = widget.dom_id(name);
    let hint_id = widget.dom_id(&format!("{name}-hint"));
    view! {
        <div class="kr-field">
            <label class="kr-label" for=id.clone()>
                {widget.text(label)}
            </label>
            <p class="kr-hint" id=hint_id.clone()>
                {widget.text(hint)}
            </p>
            <input
                id=id
                class="kr-input"
                type="text"
                autocomplete="off"
                maxlength="80"
                aria-describedby=hint_id
                data-testid=testid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}
