//! The dot plot of every respondent's score per part.

use super::members::side_label;
use crate::model::content::QuestionRole;
use crate::model::group::DimensionSpread;
use crate::session::flow::Part;
use crate::session::texts as k;
use crate::ui::screens::result::chart::{px, threshold_line};
use crate::ui::state::Assessment;
use leptos::prelude::*;

const ROW: f64 = 54.0;
const TOP: f64 = 22.0;
/// Room at each end of the scale for a marker's half width.
const PAD: f64 = 7.0;

/// A marker shape per side, so the plot reads in black and white: a filled
/// circle for the public side, an open square for the private side, a
/// triangle for anyone else.
fn marker(side: Option<&str>, x: f64, y: f64) -> (String, &'static str) {
    match side {
        Some("public") => (
            format!("M{} {}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z", px(x - 5.0), px(y)),
            "kr-dot-public",
        ),
        Some("private") => (
            format!("M{} {}h9v9h-9z", px(x - 4.5), px(y - 4.5)),
            "kr-dot-private",
        ),
        _ => (
            format!("M{} {}l6 10h-12z", px(x), px(y - 6.0)),
            "kr-dot-other",
        ),
    }
}

/// Every respondent's score per part on one scale, with the mean as a bar,
/// drawn by the app as inline SVG; the table beside it is the text
/// alternative.
pub fn dot_plot(s: Assessment, dimensions: Vec<DimensionSpread>) -> AnyView {
    let title_id = s.dom_id("group-plot-title");
    let rows: Vec<DimensionSpread> = dimensions
        .into_iter()
        .filter(|d| d.mean.is_some())
        .collect();
    let sides: Vec<Option<String>> = s.work.members.with(|m| {
        m.iter()
            .map(|m| m.response.side(s.content).map(str::to_owned))
            .collect()
    });
    let width = if s.wide.get() { 640.0 } else { 340.0 };
    let x = move |score: f64| PAD + score / 100.0 * (width - 2.0 * PAD);
    let height = TOP + ROW * rows.len() as f64;
    let threshold = move |value: f64| threshold_line(x(value), height, "1", value);
    let drawn = rows
        .iter()
        .enumerate()
        .map(|(row, d)| {
            let y = TOP + ROW * row as f64;
            let line = y + 34.0;
            let mut seen: Vec<f64> = Vec::new();
            // One path per shape holds every dot of that shape: the same
            // drawing as a path per dot, in a few elements instead of one
            // per respondent.
            let mut shapes: Vec<(&'static str, String)> = Vec::new();
            for (score, side) in d.positions.iter().zip(&sides) {
                let Some(score) = *score else { continue };
                // Equal scores are stacked above and below the line, so
                // none hides another.
                let stack = seen
                    .iter()
                    .filter(|v| (**v - score).abs() < 2.0)
                    .take(2)
                    .count();
                seen.push(score);
                let offset = [0.0, -9.0, 9.0][stack];
                let (d, class) = marker(side.as_deref(), x(score), line + offset);
                match shapes.iter_mut().find(|(c, _)| *c == class) {
                    Some((_, all)) => all.push_str(&d),
                    None => shapes.push((class, d)),
                }
            }
            let dots = shapes
                .into_iter()
                .map(|(class, d)| view! { <path d=d class=class></path> })
                .collect_view();
            let mean = d.mean.map(|m| {
                view! { <rect x=px(x(m) - 2.0) y=px(line - 14.0) width="4" height="28" fill="#0b0c0c"></rect> }
            });
            view! {
                <line
                    x1=px(x(0.0))
                    x2=px(x(100.0))
                    y1=px(line)
                    y2=px(line)
                    stroke="#6f777b"
                    stroke-width="2"
                ></line>
                {mean}
                {dots}
                <text x="0" y=px(y + 12.0) class="kr-chart-label">
                    {s.part_title(&Part::Dimension(d.dimension.clone()))}
                </text>
            }
        })
        .collect_view();

    // The key: the mean's bar, then a shape for each side in the group.
    let mut shown: Vec<Option<&str>> = Vec::new();
    for side in &sides {
        let side = side
            .as_deref()
            .filter(|s| *s == "public" || *s == "private");
        if !shown.contains(&side) {
            shown.push(side);
        }
    }
    let other = s
        .content
        .question_with_role(QuestionRole::Side)
        .and_then(|q| {
            q.choices
                .iter()
                .find(|c| c.id != "public" && c.id != "private")
        });
    let legend = shown
        .into_iter()
        .map(|side| {
            let (d, class) = marker(side, 12.0, 8.0);
            let name = match side {
                Some(side) => side_label(&s, side),
                None => other.map_or("", |c| s.tr(&c.label)),
            };
            view! {
                <li>
                    <svg class="kr-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                        <path d=d class=class></path>
                    </svg>
                    <span>{name}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <figure class="kr-chart">
            <svg
                class="kr-chart-svg"
                role="img"
                aria-labelledby=title_id.clone()
                viewBox=format!("0 0 {} {}", px(width), px(height))
                width="100%"
                preserveAspectRatio="xMinYMin meet"
                data-testid="group-plot"
            >
                <title id=title_id.clone()>{s.t(k::GROUP_PLOT_LABEL)}</title>
                {threshold(s.content.verdict.not_yet_below)}
                {threshold(s.content.verdict.promising_from)}
                {drawn}
            </svg>
            <figcaption>
                <ul class="kr-chart-key">
                    <li>
                        <svg
                            class="kr-swatch"
                            viewBox="0 0 24 16"
                            aria-hidden="true"
                            focusable="false"
                        >
                            <rect x="10" y="1" width="4" height="14" fill="#0b0c0c"></rect>
                        </svg>
                        <span>{s.t(k::GROUP_PLOT_MEAN)}</span>
                    </li>
                    {legend}
                </ul>
            </figcaption>
        </figure>
    }
    .into_any()
}
