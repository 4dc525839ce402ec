//! The paper version for a room without phones: the blank questionnaire and
//! the tally sheet of either set of statements, in the language shown, as
//! pages to print. Written from the same content as the screen.

use crate::model::content::Content;
use crate::model::response::Mode;
use crate::session::file_name::file_name;
use crate::session::paper::{questionnaire, tally_sheet};
use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use crate::ui::widgets::download_button::DownloadButton;
use leptos::prelude::*;

/// One paper document as `write` puts it.
type Write = fn(&Content, Mode, &str) -> String;

#[component]
pub fn PaperVersion() -> impl IntoView {
    let widget = use_assessment();
    let id = widget.dom_id("group-paper");
    let file = move |what: &'static str, mode: Mode, write: Write| {
        Callback::new(move |()| {
            let (text, lang) = widget
                .lang
                .with_untracked(|lang| (write(widget.content, mode, lang), lang.clone()));
            let mode = match mode {
                Mode::Quick => "quick",
                Mode::Full => "full",
            };
            let whose = format!("{mode}-{lang}");
            (file_name(what, &whose, &device::now_stamp(), "html"), text)
        })
    };
    view! {
        <section
            class="kr-section kr-no-print"
            aria-labelledby=id.clone()
            data-testid="group-paper"
        >
            <h2 id=id.clone()>{widget.text(texts::PAPER_HEADING)}</h2>
            <p class="kr-hint">{widget.text(texts::PAPER_INTRO)}</p>
            <div class="kr-actions">
                <DownloadButton
                    label=texts::PAPER_QUICK
                    testid="paper-quick"
                    mime="text/html"
                    file=file("questionnaire", Mode::Quick, questionnaire)
                />
                <DownloadButton
                    label=texts::PAPER_QUICK_TALLY
                    testid="paper-quick-tally"
                    mime="text/html"
                    file=file("tally", Mode::Quick, tally_sheet)
                />
                <DownloadButton
                    label=texts::PAPER_FULL
                    testid="paper-full"
                    mime="text/html"
                    file=file("questionnaire", Mode::Full, questionnaire)
                />
                <DownloadButton
                    label=texts::PAPER_FULL_TALLY
                    testid="paper-full-tally"
                    mime="text/html"
                    file=file("tally", Mode::Full, tally_sheet)
                />
            </div>
        </section>
    }
}
