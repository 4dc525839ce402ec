//! The facilitator's group view: responses collected by pasted code, link
//! or file, then where the group agrees and differs. The differences
//! between the parties are often the earliest warning of all.

use super::add_responses::AddResponses;
use super::members::MemberList;
use super::paper::PaperVersion;
use super::ringed::RingedChoice;
use super::summary::summary_view;
use crate::model::content::Content;
use crate::model::group::{summarise, Member};
use crate::model::group_file::to_json;
use crate::session::file_name::file_name;
use crate::session::spreadsheet::to_csv;
use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::confirm::ConfirmAction;
use crate::ui::widgets::download_button::DownloadButton;
use crate::ui::widgets::print_button::PrintButton;
use crate::ui::widgets::stamp::Stamp;
use leptos::prelude::*;

/// Respondents shown one by one (a row of the member list, a column of the
/// table of scores) until all are asked for: a workshop's group fits whole,
/// and a room's 500 files do not cost 500 rows of controls and 500 columns
/// (seconds of rendering on a slow phone) before the summary shows.
pub const MEMBERS_SHOWN: usize = 20;

#[component]
pub fn GroupView() -> impl IntoView {
    let widget = use_assessment();
    widget.join_waiting_result();
    let members = widget.work.members;
    let title_id = widget.dom_id("group-title");
    let summary = Memo::new(move |_| members.with(|m| summarise(widget.content, m)));
    // Whether every respondent is shown one by one, or the first few.
    let all = RwSignal::new(false);
    // Names hidden for a room that wants anonymity: not kept, so a screen
    // opened later never hides names unasked.
    let anonymous = RwSignal::new(false);
    let anonymous_id = widget.dom_id("group-anonymous");
    // The respondent ringed in the dot plot, so the room sees who is who.
    let ringed = RwSignal::new(None::<usize>);
    // A file of the group as `write` puts it in the interface's language
    // (the CSV's separator and decimal mark follow it), named with the time.
    let export = move |ext: &'static str, write: fn(&Content, &[Member], &str) -> String| {
        Callback::new(move |()| {
            let text = widget
                .lang
                .with_untracked(|lang| members.with_untracked(|m| write(widget.content, m, lang)));
            (file_name("group", "", &device::now_stamp(), ext), text)
        })
    };
    // "Back" sits in a plain row, not in the sticky step navigation of the
    // question screens: this screen is long, and a bar over it would hide
    // its controls.
    view! {
        <section class="kr-main kr-group" aria-labelledby=title_id.clone() data-testid="group">
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {widget.text(texts::GROUP_TITLE)}
            </h1>
            <p class="kr-lead kr-no-print">{widget.text(texts::GROUP_INTRO)}</p>
            <Stamp />
            <AddResponses />
            // The count and what the group's answers show come first: with
            // many respondents, the list of them is long.
            <Show
                when=move || members.with(|m| !m.is_empty())
                fallback=move || view! { <p class="kr-hint">{widget.text(texts::GROUP_EMPTY)}</p> }
            >
                <p class="kr-group-count" data-testid="group-count">
                    {move || {
                        widget
                            .fill(
                                texts::GROUP_COUNT,
                                &[("count", &members.with(Vec::len).to_string())],
                            )
                    }}
                </p>
            </Show>
            <Show when=move || members.with(|m| m.len() > 1)>
                <div class="kr-field kr-no-print">
                    <label class="kr-check" for=anonymous_id.clone()>
                        <input
                            id=anonymous_id.clone()
                            type="checkbox"
                            data-testid="group-anonymous"
                            prop:checked=move || anonymous.get()
                            on:change=move |ev| anonymous.set(event_target_checked(&ev))
                        />
                        <span>{widget.text(texts::GROUP_ANONYMOUS)}</span>
                    </label>
                    <p class="kr-hint">{widget.text(texts::GROUP_ANONYMOUS_HINT)}</p>
                </div>
                <RingedChoice ringed anonymous />
            </Show>
            {move || {
                let shown = if all.get() { usize::MAX } else { MEMBERS_SHOWN };
                let anonymous = anonymous.get();
                let ringed = ringed.get();
                summary.get().map(|summary| summary_view(widget, summary, shown, anonymous, ringed))
            }}
            <Show when=move || !anonymous.get()>
                <MemberList summary all />
            </Show>
            <Show when=move || members.with(|m| !m.is_empty())>
                <div class="kr-actions kr-no-print">
                    <DownloadButton
                        label=texts::GROUP_EXPORT_CSV
                        testid="group-csv"
                        mime="text/csv"
                        file=export("csv", to_csv)
                    />
                    <DownloadButton
                        label=texts::GROUP_EXPORT_JSON
                        testid="group-json"
                        mime="application/json"
                        file=export("json", |content, members, _| to_json(content, members))
                    />
                    <PrintButton />
                </div>
                <div class="kr-no-print">
                    <ConfirmAction
                        label=texts::GROUP_DELETE
                        question=texts::GROUP_DELETE_CONFIRM
                        yes=texts::GROUP_DELETE_YES
                        testid="group-delete"
                        on_yes=Callback::new(move |()| {
                            members.set(Vec::new());
                            widget.work.waiting.set(Vec::new());
                            widget.work.told.set(Vec::new());
                            all.set(false);
                        })
                    />
                </div>
            </Show>
            <PaperVersion />
            <div class="kr-actions kr-back-row kr-no-print">
                <BackButton on_back=Callback::new(move |()| widget.show_start()) />
            </div>
        </section>
    }
}
