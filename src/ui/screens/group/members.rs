//! The list of respondents: label, side and verdict of each, with the way
//! to their whole result or out of the group.

use super::screen::MEMBERS_SHOWN;
use crate::model::code::Shared;
use crate::model::content::QuestionRole;
use crate::model::group::GroupSummary;
use crate::session::texts;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::{use_assessment, Assessment};
use crate::ui::workshop::Opened;
use leptos::prelude::*;

/// The responses, each with its label (editable), side and verdict, and a
/// way to see the whole result or remove it. A long list shows its first
/// rows and a button that shows every respondent (`all`), here and in the
/// table of scores, and hides them again.
#[component]
pub fn MemberList(summary: Memo<Option<GroupSummary>>, all: RwSignal<bool>) -> impl IntoView {
    let widget = use_assessment();
    let members = widget.work.members;
    let heading_id = widget.dom_id("group-members-heading");
    // Stored: the list and the button that controls it each read it in a
    // view of its own.
    let list_id = StoredValue::new(widget.dom_id("group-members"));
    let count = move || members.with(Vec::len);
    let shown = move || {
        if all.get() {
            count()
        } else {
            count().min(MEMBERS_SHOWN)
        }
    };
    let fill = move |key| {
        let count = count().to_string();
        widget.fill(
            key,
            &[("count", &count), ("shown", &MEMBERS_SHOWN.to_string())],
        )
    };
    let toggle = move || {
        fill(if all.get() {
            texts::GROUP_SHOW_FIRST
        } else {
            texts::GROUP_SHOW_ALL
        })
    };
    view! {
        <Show when=move || { count() > 0 }>
            <section class="kr-section kr-no-print" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{widget.text(texts::GROUP_MEMBERS_HEADING)}</h2>
                <Show when=move || { shown() < count() }>
                    <p class="kr-hint" data-testid="group-members-first">
                        {move || fill(texts::GROUP_MEMBERS_FIRST)}
                    </p>
                </Show>
                <ol id=list_id.get_value() class="kr-members" data-testid="group-members">
                    <For
                        each=move || 0..shown()
                        key=|i| *i
                        children=move |i| view! { <MemberRow i summary /> }
                    />
                </ol>
                <Show when=move || { count() > MEMBERS_SHOWN }>
                    <p class="kr-actions">
                        <button
                            type="button"
                            class="kr-button kr-secondary"
                            data-testid="group-show-all"
                            aria-controls=list_id.get_value()
                            aria-expanded=move || all.get().to_string()
                            on:click=move |_| all.update(|all| *all = !*all)
                        >
                            {toggle}
                        </button>
                    </p>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn MemberRow(i: usize, summary: Memo<Option<GroupSummary>>) -> impl IntoView {
    let widget = use_assessment();
    let members = widget.work.members;
    let input_id = widget.dom_id(&format!("member-{i}"));
    let label = move || members.with(|m| m.get(i).map(|m| m.label.clone()).unwrap_or_default());
    let about = move || {
        let side = members.with(|m| {
            m.get(i)
                .and_then(|m| m.response.side(widget.content))
                .map(str::to_owned)
        });
        let verdict = summary.with(|g| {
            g.as_ref()
                .and_then(|g| g.verdict.members.get(i).copied())
                .map(|o| widget.t(outcome_key(o)))
        });
        [side.map(|side| side_label(&widget, &side)), verdict]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let show = move |_| {
        let opened = members.with_untracked(|m| {
            m.get(i).map(|m| Opened {
                shared: Shared {
                    response: m.response.clone(),
                    label: Some(m.label.clone()),
                },
                member: Some(i),
            })
        });
        if let Some(opened) = opened {
            widget.open(opened);
        }
    };
    let remove = move |_| widget.work.remove(i);
    view! {
        <li class="kr-member" data-testid="group-member">
            <label class="kr-label" for=input_id.clone()>
                {move || widget.fill(texts::GROUP_MEMBER_LABEL, &[("n", &(i + 1).to_string())])}
            </label>
            <input
                id=input_id
                class="kr-input"
                type="text"
                autocomplete="off"
                maxlength="60"
                data-testid="member-label"
                prop:value=label
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    members
                        .update(|m| {
                            if let Some(m) = m.get_mut(i) {
                                m.label = value;
                            }
                        });
                }
            />
            <p class="kr-hint">{about}</p>
            <p class="kr-actions kr-no-print">
                <button type="button" class="kr-link" data-testid="member-show" on:click=show>
                    {widget.text(texts::GROUP_SHOW)}
                    <span class="kr-visually-hidden">": " {label}</span>
                </button>
                <button type="button" class="kr-link" data-testid="member-remove" on:click=remove>
                    {widget.text(texts::GROUP_REMOVE)}
                    <span class="kr-visually-hidden">": " {label}</span>
                </button>
            </p>
        </li>
    }
}

/// The name of a side, as the side question words it.
pub fn side_label(widget: &Assessment, side: &str) -> &'static str {
    widget
        .content
        .question_with_role(QuestionRole::Side)
        .and_then(|q| q.choices.iter().find(|c| c.id == side))
        .map_or("", |c| widget.tr(&c.label))
}
