//! The choice of the respondent ringed in the dot plot: a dot plot of
//! twenty shapes says how the room is spread, and ringing one respondent
//! at a time says where each of them stands, without a name beside every
//! dot.

use super::summary::shown_label;
use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn RingedChoice(ringed: RwSignal<Option<usize>>, anonymous: RwSignal<bool>) -> impl IntoView {
    let widget = use_assessment();
    let id = widget.dom_id("group-ringed");
    let members = widget.work.members;
    let options = move || {
        let anonymous = anonymous.get();
        let chosen = ringed.get();
        let none = view! {
            <option value="" selected=chosen.is_none()>
                {widget.t(texts::GROUP_RING_NONE)}
            </option>
        };
        let each = members.with(|m| {
            m.iter()
                .enumerate()
                .map(|(at, member)| {
                    let label = shown_label(widget, at, &member.label, anonymous);
                    view! {
                        <option value=at.to_string() selected=chosen == Some(at)>
                            {label}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            {none}
            {each}
        }
    };
    view! {
        <div class="kr-field kr-no-print">
            <label class="kr-label" for=id.clone()>
                {widget.text(texts::GROUP_RING)}
            </label>
            <select
                id=id
                class="kr-input"
                data-testid="group-ringed"
                on:change=move |ev| ringed.set(event_target_value(&ev).parse().ok())
            >
                {options}
            </select>
        </div>
    }
}
