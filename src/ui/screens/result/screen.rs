//! The result: the verdict and at most three first steps, then a section
//! per list that a reader opens on demand: what holds the verdict down,
//! why, what must change, what to find out, what to settle, the scores, the
//! advice, the form that fits, every answer, the sources; then sharing, the
//! report and measurements over time (tools the full build draws). Every
//! answer can be changed from here, and the result follows at once.

use crate::model::response::Mode;
use crate::session::texts;
use crate::ui::full_build::FacilitatorTools;
use crate::ui::screens::result::answers::Answers;
use crate::ui::screens::result::chart::Chart;
use crate::ui::screens::result::find_out::FindOutPanel;
use crate::ui::screens::result::first_steps::FirstSteps;
use crate::ui::screens::result::flags::Flags;
use crate::ui::screens::result::model_fit::ModelFitPanel;
use crate::ui::screens::result::must_change::MustChangePanel;
use crate::ui::screens::result::reasons::Reasons;
use crate::ui::screens::result::recommendations::Recommendations;
use crate::ui::screens::result::settle::SettlePanel;
use crate::ui::screens::result::share::SharePanel;
use crate::ui::screens::result::shown::Shown;
use crate::ui::screens::result::sources::SourceList;
use crate::ui::screens::result::tool::ToolSection;
use crate::ui::screens::result::verdict::VerdictPanel;
use crate::ui::state::use_assessment;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::fold::Fold;
use crate::ui::widgets::staged::Stages;
use crate::ui::widgets::stamp::Stamp;
use leptos::prelude::*;

#[component]
pub fn Result() -> impl IntoView {
    let widget = use_assessment();
    let tools = use_context::<FacilitatorTools>().unwrap_or_default();
    let meta = move || {
        let mode = widget.t(texts::mode_key(widget.response.with(|r| r.mode)));
        let name = widget.partnership.get();
        let mode = widget.fill(texts::RESULT_MODE, &[("mode", mode)]);
        if name.trim().is_empty() {
            mode
        } else {
            format!(
                "{} · {mode}",
                widget.fill(texts::RESULT_FOR, &[("name", name.trim())])
            )
        }
    };
    let partial = move || widget.response.with(|r| r.mode == Mode::Quick);
    let stages = Stages::new(BODY_STAGES + 1);
    let tail = move || stages.reached(BODY_STAGES + 1);
    view! {
        // Busy until the last part is drawn, so assistive technology
        // reads the page once it is whole.
        <div class="kr-main kr-result" data-testid="result" aria-busy=move || stages.busy()>
            <h1 id=widget.dom_id("result-title") class="kr-title" tabindex="-1" data-kr-focus="">
                {widget.text(texts::RESULT_TITLE)}
            </h1>
            <p class="kr-result-meta">{meta}</p>
            <Stamp />
            <ResultBody
                stages
                shown=Shown {
                    response: widget.response.into(),
                    evaluation: widget.evaluation,
                    own: true,
                }
            />
            <Show when=tail>
                <Show when=partial>
                    <div class="kr-more kr-no-print">
                        <p>{widget.text(texts::RESULT_PARTIAL)}</p>
                        <button
                            type="button"
                            class="kr-button kr-secondary"
                            data-testid="start-full-from-result"
                            on:click=move |_| widget.start(Mode::Full)
                        >
                            {widget.text(texts::START_FULL)}
                        </button>
                    </div>
                </Show>
                <Fold name="share" title=texts::SHARE_HEADING testid="share" class="kr-no-print">
                    <SharePanel />
                </Fold>
                <ToolSection
                    name="report"
                    title=texts::REPORT_HEADING
                    testid="report"
                    body=tools.report
                />
                <ToolSection
                    name="measure"
                    title=texts::MEASURE_HEADING
                    testid="measurements"
                    body=tools.measurements
                />
                <div class="kr-step-nav">
                    <BackButton on_back=Callback::new(move |()| widget.back_to_questions()) />
                </div>
            </Show>
        </div>
    }
}

/// The stages [`ResultBody`] draws its panels in after the verdict; a
/// screen around it counts its own parts from the next one on.
pub const BODY_STAGES: u8 = 4;

/// The panels of every result, one's own or a shared one: the verdict at
/// once, the explanation after it, then the scores and advice, and the list
/// of every answer last (see [`Stages`]).
#[component]
pub fn ResultBody(stages: Stages, shown: Shown) -> impl IntoView {
    provide_context(shown);
    let evaluation = shown.evaluation;
    let outcome = Memo::new(move |_| evaluation.with(|e| e.verdict.outcome));
    let from = move |n: u8| move || stages.reached(n);
    view! {
        <VerdictPanel evaluation />
        <Show when=from(1)>
            <FirstSteps />
            <Flags evaluation />
            <Reasons evaluation />
            <MustChangePanel outcome />
        </Show>
        <Show when=from(2)>
            <FindOutPanel outcome />
            <SettlePanel />
            <Chart evaluation />
        </Show>
        <Show when=from(3)>
            <Recommendations />
            <ModelFitPanel />
        </Show>
        <Show when=from(BODY_STAGES)>
            <Answers />
            <SourceList />
        </Show>
    }
}
