//! The result: the verdict first, then what holds it down, what would lift
//! it, the scores, the advice and what is still unknown. Every answer can be
//! changed from here, and the result follows at once.

use super::answers::Answers;
use super::app::use_assessment;
use super::chart::Chart;
use super::dimension_nav::PartsNav;
use super::flags::Flags;
use super::lift::LiftPanel;
use super::model_fit::ModelFitPanel;
use super::open_questions::OpenQuestions;
use super::reasons::Reasons;
use super::recommendations::Recommendations;
use super::verdict::VerdictPanel;
use crate::model::evaluation::Evaluation;
use crate::model::response::Mode;
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn Result() -> impl IntoView {
    let s = use_assessment();
    let evaluation = Memo::new(move |_| s.response.with(|r| Evaluation::of(s.content, r)));
    let outcome = Memo::new(move |_| evaluation.with(|e| e.verdict.outcome));
    let meta = move || {
        let mode = match s.response.with(|r| r.mode) {
            Mode::Quick => s.t(k::MODE_QUICK),
            Mode::Full => s.t(k::MODE_FULL),
        };
        let name = s.partnership.get();
        let mode = s.fill(k::RESULT_MODE, &[("mode", mode)]);
        if name.trim().is_empty() {
            mode
        } else {
            format!(
                "{} · {mode}",
                s.fill(k::RESULT_FOR, &[("name", name.trim())])
            )
        }
    };
    let partial = move || s.response.with(|r| r.mode == Mode::Quick);
    view! {
        <div class="kr-layout">
            <PartsNav />
            <div class="kr-main kr-result" data-testid="result">
                <h1 id=s.dom_id("result-title") class="kr-title" tabindex="-1" data-kr-focus="">
                    {move || s.t(k::RESULT_TITLE)}
                </h1>
                <p class="kr-result-meta">{meta}</p>
                <VerdictPanel evaluation />
                <Flags evaluation />
                <Reasons evaluation />
                <LiftPanel outcome />
                <Chart evaluation />
                <Recommendations />
                <ModelFitPanel />
                <OpenQuestions evaluation />
                <Answers />
                <Show when=partial>
                    <div class="kr-more">
                        <p>{move || s.t(k::RESULT_PARTIAL)}</p>
                        <button
                            type="button"
                            class="kr-button kr-secondary"
                            data-testid="start-full-from-result"
                            on:click=move |_| s.start(Mode::Full)
                        >
                            {move || s.t(k::START_FULL)}
                        </button>
                    </div>
                </Show>
                <div class="kr-step-nav">
                    <button
                        type="button"
                        class="kr-button kr-secondary kr-back"
                        data-testid="back"
                        on:click=move |_| s.resume()
                    >
                        <span aria-hidden="true">"← "</span>
                        {move || s.t(k::NAV_BACK)}
                    </button>
                </div>
            </div>
        </div>
    }
}
