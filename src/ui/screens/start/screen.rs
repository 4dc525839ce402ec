//! The start screen: what the check is, how long it takes, that answers stay
//! on the device, and who is answering for which partnership.

use crate::model::content::QuestionRole;
use crate::model::response::Mode;
use crate::session::flow::{self, Unit};
use crate::session::texts as k;
use crate::ui::screens::questions::classification::QuestionField;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn Start() -> impl IntoView {
    let s = use_assessment();
    let title_id = s.dom_id("start-title");
    let about_id = s.dom_id("start-about");
    let name_id = s.dom_id("start-name");
    let name_hint_id = s.dom_id("start-name-hint");
    let progress = Memo::new(move |_| {
        s.response.with(|r| {
            let units: Vec<Unit> = flow::parts(s.content, r)
                .into_iter()
                .flat_map(|(_, u)| u)
                .collect();
            flow::progress(r, &units)
        })
    });
    let resume_detail = move || {
        let p = progress.get();
        let mode = s.t(k::mode_key(s.response.with(|r| r.mode)));
        s.fill(
            k::START_RESUME_DETAIL,
            &[
                ("answered", &p.answered.to_string()),
                ("total", &p.total.to_string()),
                ("mode", mode),
            ],
        )
    };
    let about_questions = [QuestionRole::Side, QuestionRole::Phase]
        .into_iter()
        .filter_map(|role| s.content.question_with_role(role))
        .map(|question| view! { <QuestionField question /> })
        .collect_view();

    view! {
        <section class="kr-start" aria-labelledby=title_id.clone()>
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {move || s.t(k::START_TITLE)}
            </h1>
            <p class="kr-lead">{move || s.t(k::START_INTRO)}</p>
            <div class="kr-start-actions">
                <button
                    type="button"
                    class="kr-button kr-primary kr-start-button"
                    data-testid="start-quick"
                    on:click=move |_| s.start(Mode::Quick)
                >
                    <span class="kr-button-title">{move || s.t(k::START_QUICK)}</span>
                    <span class="kr-button-note">{move || s.t(k::START_QUICK_TIME)}</span>
                </button>
                <button
                    type="button"
                    class="kr-button kr-secondary kr-start-button"
                    data-testid="start-full"
                    on:click=move |_| s.start(Mode::Full)
                >
                    <span class="kr-button-title">{move || s.t(k::START_FULL)}</span>
                    <span class="kr-button-note">{move || s.t(k::START_FULL_TIME)}</span>
                </button>
            </div>
            <p class="kr-privacy">
                <svg class="kr-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 10V7a5 5 0 0 1 10 0v3h1.5A1.5 1.5 0 0 1 20 11.5v9a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 20.5v-9A1.5 1.5 0 0 1 5.5 10zm2 0h6V7a3 3 0 0 0-6 0z" />
                </svg>
                <span>{move || s.t(k::START_PRIVACY)}</span>
            </p>
            {move || {
                s.has_saved_work()
                    .then(|| {
                        view! {
                            <div class="kr-resume">
                                <button
                                    type="button"
                                    class="kr-button kr-secondary"
                                    data-testid="resume"
                                    on:click=move |_| s.resume()
                                >
                                    {move || s.t(k::START_RESUME)}
                                </button>
                                <p class="kr-hint">{resume_detail}</p>
                            </div>
                        }
                    })
            }}
            <div class="kr-group-entry">
                <button
                    type="button"
                    class="kr-button kr-secondary"
                    data-testid="open-group"
                    on:click=move |_| s.show_group()
                >
                    {move || s.t(k::GROUP_OPEN)}
                </button>
                <p class="kr-hint">{move || s.t(k::GROUP_OPEN_HINT)}</p>
            </div>
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
            <p class="kr-hint kr-sources-note">{move || s.t(k::START_SOURCES)}</p>
        </section>
    }
}
