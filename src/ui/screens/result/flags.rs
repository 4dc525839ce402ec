//! What holds the verdict down: each raised flag, what it means, which
//! answers raised it, what to do, and the judgement rule that shaped it.
//! Open flags and points to settle have lists of their own.

use crate::model::evaluation::Evaluation;
use crate::model::flag::FlagStatus;
use crate::model::order::sort_by;
use crate::session::flow::Unit;
use crate::session::report::phrases::flag_title;
use crate::session::texts;
use crate::ui::screens::result::answers::AnsweredUnit;
use crate::ui::screens::result::verdict::level_key;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn Flags(evaluation: Memo<Evaluation>) -> impl IntoView {
    let widget = use_assessment();
    let statuses = Memo::new(move |_| {
        let mut flags: Vec<FlagStatus> =
            evaluation.with(|e| e.flags.iter().filter(|f| f.caps()).cloned().collect());
        // Knock-outs first, then conditions.
        sort_by(&mut flags, |a, b| a.cap.cmp(&b.cap));
        flags
    });
    view! {
        <Fold name="flags" title=texts::FLAGS_HEADING>
            {move || {
                if statuses.with(Vec::is_empty) {
                    view! { <p>{move || widget.t(texts::FLAGS_NONE)}</p> }.into_any()
                } else {
                    view! {
                        <p class="kr-hint">{move || widget.t(texts::FLAGS_INTRO)}</p>
                        <ul class="kr-flags">
                            <For
                                each=move || statuses.get()
                                key=|f| (f.flag.clone(), f.not_yet, f.cap, f.items.clone())
                                children=move |status| view! { <FlagCard status /> }
                            />
                        </ul>
                    }
                        .into_any()
                }
            }}
        </Fold>
    }
}

#[component]
fn FlagCard(status: FlagStatus) -> impl IntoView {
    let widget = use_assessment();
    let Some(flag) = widget.content.flag(&status.flag) else {
        return ().into_any();
    };
    let not_yet = status.not_yet;
    let cap = status.cap;
    let pending = flag.pending.as_ref().filter(|_| not_yet);
    let title = move || {
        widget
            .lang
            .with(|lang| flag_title(widget.content, lang, &flag.id, not_yet))
    };
    let explanation = move || widget.tr(pending.map_or(&flag.explanation, |p| &p.explanation));
    let advice = move || widget.tr(pending.map_or(&flag.recommendation, |p| &p.recommendation));
    let items = status
        .items
        .iter()
        .map(|id| view! { <AnsweredUnit unit=Unit::Item(id.clone()) /> })
        .collect_view();
    let rules = status
        .rules
        .iter()
        .filter_map(|id| widget.content.rule(id))
        .map(|rule| {
            view! {
                <p class="kr-hint">
                    {move || {
                        widget.fill(texts::FLAG_RULE, &[("because", widget.tr(&rule.because))])
                    }}
                </p>
            }
        })
        .collect_view();
    view! {
        <li
            class="kr-flag kr-flag-raised"
            data-testid=format!("flag-{}", flag.id)
            data-state=if not_yet { "not-yet" } else { "raised" }
            data-cap=cap.id()
        >
            <h3 class="kr-flag-title">{title}</h3>
            <p class="kr-flag-state">
                <strong class="kr-tag">
                    {move || {
                        widget.t(if not_yet { texts::FLAG_PENDING } else { texts::FLAG_RAISED })
                    }}
                </strong>
                " "
                {move || widget.fill(texts::FLAG_CAP, &[("level", widget.t(level_key(cap)))])}
            </p>
            <p>{explanation}</p>
            <p class="kr-label">{move || widget.t(texts::FLAG_CAUSED_BY)}</p>
            <ul class="kr-answered-list">{items}</ul>
            <p>
                <strong>{move || widget.t(texts::FLAG_WHAT_TO_DO)}</strong>
                " "
                {advice}
            </p>
            {rules}
        </li>
    }
    .into_any()
}
