//! The expandable "why" of a question: the reason it matters and the report
//! sections it rests on.

use crate::model::content::Citation;
use crate::model::text::Text;
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

/// A `<details>` with an optional explanation and the cited sources.
#[component]
pub fn Why(
    /// The key of the summary text, such as "Why this matters".
    summary: &'static str,
    #[prop(optional)] text: Option<&'static Text>,
    sources: &'static [Citation],
) -> impl IntoView {
    let widget = use_assessment();
    let citations = sources
        .iter()
        .map(|c| {
            let short = widget
                .content
                .source(&c.source)
                .map(|src| src.short.as_str())
                .unwrap_or(&c.source);
            let title = widget.content.source(&c.source).map(|src| &src.title);
            view! {
                <li>
                    <cite title=move || title.map(|t| widget.tr(t))>{short}</cite>
                    ", "
                    {c.section.as_str()}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="kr-why">
            <summary>{move || widget.t(summary)}</summary>
            <div class="kr-why-body">
                {text.map(|t| view! { <p>{move || widget.tr(t)}</p> })}
                <p class="kr-sources-label">{widget.text(texts::SOURCES_LABEL)}</p>
                <ul class="kr-sources">{citations}</ul>
            </div>
        </details>
    }
}

/// Every report the assessment rests on, for the printed result, where the
/// folded "why" of each question is out of reach.
#[component]
pub fn SourceList() -> impl IntoView {
    let widget = use_assessment();
    let list = widget
        .content
        .sources
        .iter()
        .map(|src| {
            view! {
                <li>
                    <cite>{src.short.as_str()}</cite>
                    ": "
                    {move || widget.tr(&src.title)}
                    {move || format!(" ({}, {})", widget.tr(&src.publisher), src.year)}
                </li>
            }
        })
        .collect_view();
    view! {
        <Fold name="sources" title=texts::SOURCES_HEADING testid="source-list">
            <ul class="kr-sources">{list}</ul>
        </Fold>
    }
}
