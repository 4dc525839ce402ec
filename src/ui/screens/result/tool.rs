//! A section of the result whose body is a facilitator's tool: drawn by
//! the full build, and in the participant's build loaded (the full build
//! taking the widget over) when the section is first opened.

use crate::session::flow::Position;
use crate::session::handover::HandedAt;
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::{Fold, OpenFolds};
use crate::ui::widgets::full_build_status::FullBuildStatus;
use leptos::prelude::*;

#[component]
pub fn ToolSection(
    /// Names the section, as [`Fold`] does.
    name: &'static str,
    title: &'static str,
    testid: &'static str,
    /// The tool, where this build has it.
    body: Option<fn() -> AnyView>,
) -> impl IntoView {
    let body = match body {
        Some(body) => body(),
        None => view! { <ToLoad name /> }.into_any(),
    };
    view! {
        <Fold name title testid class="kr-no-print">
            {body}
        </Fold>
    }
}

/// While the section is open, the full build is asked for; it goes on at
/// the result with the same sections open.
#[component]
fn ToLoad(name: &'static str) -> impl IntoView {
    let widget = use_assessment();
    let folds = expect_context::<OpenFolds>();
    let at = Callback::new(move |()| {
        let here =
            widget.position.get_untracked() == Position::Result && untrack(|| folds.is_open(name));
        here.then(|| HandedAt::Result {
            open: folds.names(),
            tool: name.to_owned(),
        })
    });
    view! {
        <Show when=move || folds.is_open(name)>
            <FullBuildStatus
                loading=texts::TOOLS_LOADING
                failed=texts::TOOLS_LOAD_FAILED
                testid="tools-load"
                at
            />
        </Show>
    }
}
