//! Who is answering for which partnership: its name, and the respondent's
//! side and the partnership's phase, asked before the first question.

use crate::model::content::QuestionRole;
use crate::session::texts;
use crate::ui::screens::questions::classification::QuestionField;
use crate::ui::state::use_assessment;
use crate::ui::widgets::text_field::TextField;
use leptos::prelude::*;

#[component]
pub fn AboutYou() -> impl IntoView {
    let widget = use_assessment();
    let about_id = widget.dom_id("start-about");
    // In the content's order, the order the situation screen asks them in.
    let about_questions = widget
        .content
        .classification
        .iter()
        .filter(|q| matches!(q.role, QuestionRole::Side | QuestionRole::Phase))
        .map(|question| view! { <QuestionField question /> })
        .collect_view();

    view! {
        <section class="kr-about" aria-labelledby=about_id.clone()>
            <h2 id=about_id.clone()>{move || widget.t(texts::START_ABOUT_HEADING)}</h2>
            <p class="kr-hint">{move || widget.t(texts::START_ABOUT_HINT)}</p>
            <TextField
                name="start-name"
                label=texts::START_NAME_LABEL
                hint=texts::START_NAME_HINT
                value=widget.partnership
                on_input=Callback::new(move |name| widget.set_partnership(name))
            />
            {about_questions}
        </section>
    }
}
