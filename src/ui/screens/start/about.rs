//! Who is answering for which partnership: its name, and the respondent's
//! side and the partnership's phase, asked before the first question.

use crate::model::content::QuestionRole;
use crate::session::texts as k;
use crate::ui::screens::questions::classification::QuestionField;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn AboutYou() -> impl IntoView {
    let s = use_assessment();
    let about_id = s.dom_id("start-about");
    let name_id = s.dom_id("start-name");
    let name_hint_id = s.dom_id("start-name-hint");
    let about_questions = [QuestionRole::Side, QuestionRole::Phase]
        .into_iter()
        .filter_map(|role| s.content.question_with_role(role))
        .map(|question| view! { <QuestionField question /> })
        .collect_view();

    view! {
        <section class="kr-about" aria-labelledby=about_id.clone()>
            <h2 id=about_id.clone()>{move || s.t(k::START_ABOUT_HEADING)}</h2>
            <p class="kr-hint">{move || s.t(k::START_ABOUT_HINT)}</p>
            <div class="kr-field">
                <label class="kr-label" for=name_id.clone()>
                    {move || s.t(k::START_NAME_LABEL)}
                </label>
                <p class="kr-hint" id=name_hint_id.clone()>
                    {move || s.t(k::START_NAME_HINT)}
                </p>
                <input
                    id=name_id
                    class="kr-input"
                    type="text"
                    autocomplete="off"
                    maxlength="80"
                    aria-describedby=name_hint_id
                    prop:value=move || s.partnership.get()
                    on:input=move |ev| s.set_partnership(event_target_value(&ev))
                />
            </div>
            {about_questions}
        </section>
    }
}
