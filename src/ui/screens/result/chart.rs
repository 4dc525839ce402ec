//! The dimension scores as a bar chart, drawn by the app as inline SVG.
//!
//! Readable in black and white: each score band has its own fill pattern
//! and every bar carries its number. A table with the same figures is the
//! text alternative.

use crate::model::evaluation::Evaluation;
use crate::model::score::DimensionScore;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts as k;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// Where a score falls against the verdict thresholds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Band {
    Low,
    Mid,
    High,
}

impl Band {
    fn of(score: f64, low: f64, high: f64) -> Band {
        if score < low {
            Band::Low
        } else if score < high {
            Band::Mid
        } else {
            Band::High
        }
    }

    fn key(self) -> &'static str {
        match self {
            Band::Low => k::CHART_BAND_LOW,
            Band::Mid => k::CHART_BAND_MID,
            Band::High => k::CHART_BAND_HIGH,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Mid => "mid",
            Band::High => "high",
        }
    }
}

const ROW: f64 = 54.0;
const TOP: f64 = 22.0;
const BAR: f64 = 20.0;
const SCORE_SPACE: f64 = 40.0;

/// A position or length in whole SVG units. The drawings need nothing
/// finer, and an integer is printed without the float formatter, which
/// would add its code to the download and its time to every drawing.
pub fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The dashed line and label that mark a verdict threshold at `x`, shared by
/// the result chart and the group's dot plot.
pub fn threshold_line(
    x: f64,
    bottom: f64,
    stroke_width: &'static str,
    value: f64,
) -> impl IntoView {
    view! {
        <line
            x1=px(x)
            x2=px(x)
            y1=px(TOP - 4.0)
            y2=px(bottom)
            stroke="#0b0c0c"
            stroke-width=stroke_width
            stroke-dasharray="4 3"
        ></line>
        <text x=px(x) y="12" text-anchor="middle" class="kr-chart-axis">
            {whole(value)}
        </text>
    }
}

#[component]
pub fn Chart(evaluation: Memo<Evaluation>) -> impl IntoView {
    let s = use_assessment();
    let heading = s.dom_id("chart");
    let title_id = s.dom_id("chart-title");
    let caption_id = s.dom_id("chart-caption");
    let pattern = move |band: Band| s.dom_id(&format!("pattern-{}", band.name()));
    let low = s.content.verdict.not_yet_below;
    let high = s.content.verdict.promising_from;
    let band_text =
        move |band: Band| s.fill(band.key(), &[("low", &whole(low)), ("high", &whole(high))]);
    let rows = Memo::new(move |_| {
        evaluation.with(|e| {
            e.dimensions
                .iter()
                .filter(|d| d.applies())
                .cloned()
                .collect::<Vec<DimensionScore>>()
        })
    });

    let svg = move || {
        let width = if s.wide.get() { 640.0 } else { 340.0 };
        let track = width - SCORE_SPACE;
        let x = move |score: f64| score / 100.0 * track;
        let rows = rows.get();
        let height = TOP + ROW * rows.len() as f64;
        // Drawn in layers: tracks, then the threshold lines, then the bars
        // over them, then the labels with a white halo, so no line ever
        // crosses a word.
        let y_of = |i: usize| TOP + ROW * i as f64;
        let tracks = (0..rows.len())
            .map(|i| {
                view! {
                    <rect
                        x="0"
                        y=px(y_of(i) + 20.0)
                        width=px(track)
                        height=px(BAR)
                        fill="#f3f2f1"
                        stroke="#6f777b"
                        stroke-width="1"
                    ></rect>
                }
            })
            .collect_view();
        let bars = rows
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
                                fill=format!("url(#{})", pattern(band))
                                stroke="#0b0c0c"
                                stroke-width="1.5"
                            ></rect>
                            <text
                                x=px(width)
                                y=px(y + 35.0)
                                text-anchor="end"
                                class="kr-chart-score"
                            >
                                {whole(score)}
                            </text>
                        }
                        .into_any()
                    }
                    None => view! {
                        <text x="8" y=px(y + 35.0) class="kr-chart-none">
                            {move || s.t(k::CHART_NO_SCORE)}
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
                let label = s.part_title(&Part::Dimension(d.dimension.clone()));
                view! {
                    <text x="0" y=px(y_of(i) + 14.0) class="kr-chart-label">
                        {label}
                    </text>
                }
            })
            .collect_view();
        let threshold = move |value: f64| threshold_line(x(value), height, "1.5", value);
        view! {
            <svg
                class="kr-chart-svg"
                role="img"
                aria-labelledby=title_id.clone()
                viewBox=format!("0 0 {} {}", px(width), px(height))
                width="100%"
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id.clone()>{move || s.t(k::CHART_LABEL)}</title>
                <defs>
                    <pattern
                        id=pattern(Band::Low)
                        width="8"
                        height="8"
                        patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)"
                    >
                        <rect width="8" height="8" fill="#ffffff"></rect>
                        <line x1="0" y1="0" x2="0" y2="8" stroke="#0b0c0c" stroke-width="3"></line>
                    </pattern>
                    <pattern
                        id=pattern(Band::Mid)
                        width="6"
                        height="6"
                        patternUnits="userSpaceOnUse"
                    >
                        <rect width="6" height="6" fill="#ffffff"></rect>
                        <circle cx="3" cy="3" r="1.6" fill="#0b0c0c"></circle>
                    </pattern>
                    <pattern
                        id=pattern(Band::High)
                        width="4"
                        height="4"
                        patternUnits="userSpaceOnUse"
                    >
                        <rect width="4" height="4" class="kr-chart-solid"></rect>
                    </pattern>
                </defs>
                {tracks}
                {threshold(low)}
                {threshold(high)}
                {bars}
                {labels}
            </svg>
        }
    };

    let legend = [Band::Low, Band::Mid, Band::High]
        .into_iter()
        .map(|band| {
            view! {
                <li>
                    <svg class="kr-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                        <rect
                            x="1"
                            y="1"
                            width="22"
                            height="14"
                            fill=move || format!("url(#{})", pattern(band))
                            stroke="#0b0c0c"
                            stroke-width="1.5"
                        ></rect>
                    </svg>
                    <span>{move || band_text(band)}</span>
                </li>
            }
        })
        .collect_view();

    let table_rows = move || {
        rows.get()
            .into_iter()
            .map(|d| {
                let part = s.part_title(&Part::Dimension(d.dimension.clone()));
                let score = d
                    .score
                    .map(whole)
                    .unwrap_or_else(|| s.t(k::CHART_NO_SCORE).to_owned());
                let band = d
                    .score
                    .map(|v| band_text(Band::of(v, low, high)))
                    .unwrap_or_default();
                let answered = format!("{}%", whole(d.certainty() * 100.0));
                view! {
                    <tr>
                        <th scope="row">{part}</th>
                        <td>{score}</td>
                        <td>{band}</td>
                        <td>{answered}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <section class="kr-section" aria-labelledby=heading.clone() data-testid="chart">
            <h2 id=heading.clone()>{move || s.t(k::CHART_HEADING)}</h2>
            <figure class="kr-chart">
                {svg} <figcaption>
                    <ul class="kr-chart-key">{legend}</ul>
                </figcaption>
            </figure>
            <details class="kr-chart-table">
                <summary>{move || s.t(k::CHART_TABLE)}</summary>
                <div
                    class="kr-table-wrap"
                    role="region"
                    tabindex="0"
                    aria-labelledby=caption_id.clone()
                >
                    <table>
                        <caption id=caption_id.clone() class="kr-visually-hidden">
                            {move || s.t(k::CHART_HEADING)}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || s.t(k::CHART_COL_PART)}</th>
                                <th scope="col">{move || s.t(k::CHART_COL_SCORE)}</th>
                                <th scope="col">{move || s.t(k::CHART_COL_BAND)}</th>
                                <th scope="col">{move || s.t(k::CHART_COL_ANSWERED)}</th>
                            </tr>
                        </thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
