//! Printing the result, and downloading it as a report: a web page that
//! opens offline and prints with its sources, or Markdown for minutes and
//! e-mail. The body of the result's report section, in the full build.

use crate::session::file_name::file_name;
use crate::session::report::{html, markdown};
use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use crate::ui::widgets::download_button::DownloadButton;
use crate::ui::widgets::print_button::PrintButton;
use leptos::prelude::*;

/// The report as `write` puts it, named after the partnership and the time.
type Write = fn(
    &crate::model::content::Content,
    &crate::model::response::Response,
    &str,
    &str,
    &str,
) -> String;

#[component]
pub fn Report() -> impl IntoView {
    let widget = use_assessment();
    let report = move |ext: &'static str, write: Write| {
        Callback::new(move |()| {
            let date = device::today();
            let name = widget.partnership.get_untracked();
            let text = widget.lang.with_untracked(|lang| {
                widget
                    .response
                    .with_untracked(|r| write(widget.content, r, lang, &date, &name))
            });
            (file_name("report", &name, &device::now_stamp(), ext), text)
        })
    };
    view! {
        <div class="kr-actions">
            <PrintButton />
            <DownloadButton
                label=texts::REPORT_DOWNLOAD_HTML
                testid="report-download-html"
                mime="text/html"
                file=report("html", html)
            />
            <DownloadButton
                label=texts::REPORT_DOWNLOAD
                testid="report-download"
                mime="text/markdown"
                file=report("md", markdown)
            />
        </div>
    }
}
