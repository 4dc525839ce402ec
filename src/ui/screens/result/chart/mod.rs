//! The scores per part: a bar chart readable in black and white (each band
//! its own fill pattern, every bar its number), its key, and a table with
//! the same figures as its text alternative.

mod band;
mod bars;
mod table;

use crate::model::evaluation::Evaluation;
use crate::model::score::DimensionScore;
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::state::{use_assessment, Assessment};
use crate::ui::widgets::chart::KeyEntry;
use crate::ui::widgets::fold::Fold;
use band::Band;
use leptos::prelude::*;
use table::ScoreTable;

/// What a band means, with the thresholds filled in.
fn band_text(widget: Assessment, band: Band) -> String {
    let verdict = &widget.content.verdict;
    widget.fill(
        band.key(),
        &[
            ("low", &whole(verdict.not_yet_below)),
            ("high", &whole(verdict.promising_from)),
        ],
    )
}

#[component]
pub fn Chart(evaluation: Memo<Evaluation>) -> impl IntoView {
    let widget = use_assessment();
    let title_id = widget.dom_id("chart-title");
    let rows = Memo::new(move |_| {
        evaluation.with(|e| {
            e.dimensions
                .iter()
                .filter(|d| d.applies())
                .cloned()
                .collect::<Vec<DimensionScore>>()
        })
    });
    let svg = move || rows.with(|rows| bars::bars(widget, rows, title_id.clone()));
    let key = Band::ALL
        .into_iter()
        .map(|band| {
            let swatch = view! {
                <rect
                    x="1"
                    y="1"
                    width="22"
                    height="14"
                    fill=move || format!("url(#{})", band.pattern_id(&widget))
                    stroke="#0b0c0c"
                    stroke-width="1.5"
                ></rect>
            };
            view! { <KeyEntry swatch=swatch.into_any() name=(move || band_text(widget, band)).into_any() /> }
        })
        .collect_view();
    view! {
        <Fold name="chart" title=texts::CHART_HEADING testid="chart">
            <figure class="kr-chart">
                {svg} <figcaption>
                    <ul class="kr-chart-key">{key}</ul>
                </figcaption>
            </figure>
            <ScoreTable rows />
        </Fold>
    }
}
