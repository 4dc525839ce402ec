//! The bars: one per part that applies, its length the score, its fill the
//! band, its number beside it.

use super::band::{patterns, Band};
use crate::model::score::DimensionScore;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::state::Assessment;
use crate::ui::widgets::chart::{drawing, px, threshold_line, width, ROW, TOP};
use leptos::prelude::*;

const BAR: f64 = 20.0;
const SCORE_SPACE: f64 = 40.0;

/// The chart of `rows`, titled by the element `title_id`.
pub fn bars(widget: Assessment, rows: &[DimensionScore], title_id: String) -> impl IntoView {
    let width = width(widget.wide.get());
    let track = width - SCORE_SPACE;
    let x = move |score: f64| score / 100.0 * track;
    let (low, high) = (
        widget.content.verdict.not_yet_below,
        widget.content.verdict.promising_from,
    );
    let height = TOP + ROW * rows.len() as f64;
    let y_of = |i: usize| TOP + ROW * i as f64;
    // Drawn in layers: tracks, then the threshold lines, then the bars
    // over them, then the labels, so no line ever crosses a word.
    let tracks = (0..rows.len())
        .map(|i| track_rect(y_of(i), track))
        .collect_view();
    let drawn = rows
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let y = y_of(i);
            match d.score {
                Some(score) => {
                    let band = Band::of(score, low, high);
                    view! {
                        <rect
                            x="0"
                            y=px(y + 20.0)
                            width=px(x(score).max(2.0))
                            height=px(BAR)
                            fill=format!("url(#{})", band.pattern_id(&widget))
                            stroke="#0b0c0c"
                            stroke-width="1.5"
                        ></rect>
                        <text x=px(width) y=px(y + 35.0) text-anchor="end" class="kr-chart-score">
                            {whole(score)}
                        </text>
                    }
                    .into_any()
                }
                None => view! {
                    <text x="8" y=px(y + 35.0) class="kr-chart-none">
                        {move || widget.t(texts::CHART_NO_SCORE)}
                    </text>
                }
                .into_any(),
            }
        })
        .collect_view();
    let labels = rows
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let label = widget.part_title(&Part::Dimension(d.dimension.clone()));
            view! {
                <text x="0" y=px(y_of(i) + 14.0) class="kr-chart-label">
                    {label}
                </text>
            }
        })
        .collect_view();
    let rows_drawn = rows.len();
    let threshold =
        move |value: f64| threshold_line(x(value), rows_drawn, (19.0, 43.0), "1.5", value);
    let title = move || widget.t(texts::CHART_LABEL);
    let body = view! {
        {patterns(&widget)}
        {tracks}
        {threshold(low)}
        {threshold(high)}
        {drawn}
        {labels}
    };
    drawing(title_id, title, width, height, None, body)
}

/// The grey track a bar lies in, at row height `y`.
fn track_rect(y: f64, length: f64) -> impl IntoView {
    view! {
        <rect
            x="0"
            y=px(y + 20.0)
            width=px(length)
            height=px(BAR)
            fill="#f3f2f1"
            stroke="#6f777b"
            stroke-width="1"
        ></rect>
    }
}
