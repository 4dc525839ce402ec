//! The language switch. Switching keeps every answer: only the texts change.

use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let widget = use_assessment();
    let buttons = widget
        .content
        .languages
        .iter()
        .map(|language| {
            let code = language.code.as_str();
            view! {
                <button
                    type="button"
                    class="kr-lang-button"
                    lang=code
                    data-testid=format!("lang-{code}")
                    aria-pressed=move || {
                        if widget.lang.with(|l| l == code) { "true" } else { "false" }
                    }
                    on:click=move |_| widget.set_lang(code)
                >
                    {language.name.as_str()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="kr-lang" role="group" aria-label=move || widget.t(texts::LANGUAGE_LABEL)>
            {buttons}
        </div>
    }
}
