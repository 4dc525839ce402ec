//! The dot plot of every respondent's score per part: one row per part on
//! one scale, a marker per respondent shaped by their side, and the mean
//! as a bar; the table beside it is the text alternative. One respondent
//! chosen by the facilitator is ringed in every row, so the room sees who
//! is who without a name beside each dot.

use super::marker::Marker;
use super::members::side_label;
use crate::model::content::QuestionRole;
use crate::model::group::DimensionSpread;
use crate::session::flow::Part;
use crate::session::texts;
use crate::ui::state::Assessment;
use crate::ui::widgets::chart::{drawing, px, threshold_line, width, KeyEntry, ROW, TOP};
use leptos::prelude::*;

/// Room at each end of the scale for a marker's half width.
const PAD: f64 = 7.0;

/// The plot; `ringed` is the respondent ringed in every row, with `label`
/// naming them in the key.
pub fn dot_plot(
    widget: Assessment,
    dimensions: Vec<DimensionSpread>,
    ringed: Option<(usize, String)>,
) -> AnyView {
    let title_id = widget.dom_id("group-plot-title");
    let rows: Vec<DimensionSpread> = dimensions
        .into_iter()
        .filter(|d| d.mean.is_some())
        .collect();
    let sides: Vec<Option<String>> = widget.work.members.with(|m| {
        m.iter()
            .map(|m| m.response.side(widget.content).map(str::to_owned))
            .collect()
    });
    let markers: Vec<Marker> = sides
        .iter()
        .map(|side| Marker::of(widget.content, side.as_deref()))
        .collect();
    let width = width(widget.wide.get());
    let x = move |score: f64| PAD + score / 100.0 * (width - 2.0 * PAD);
    let height = TOP + ROW * rows.len() as f64;
    let rows_drawn = rows.len();
    let threshold =
        move |value: f64| threshold_line(x(value), rows_drawn, (18.0, 50.0), "1", value);
    let drawn = rows
        .iter()
        .enumerate()
        .map(|(row, d)| {
            let y = TOP + ROW * row as f64;
            dot_row(
                widget,
                d,
                &markers,
                y,
                x,
                ringed.as_ref().map(|(at, _)| *at),
            )
        })
        .collect_view();
    let ring_key = ringed.map(|(_, label)| {
        let swatch = view! { <circle cx="12" cy="8" r="7" class="kr-dot-ring"></circle> };
        view! { <KeyEntry swatch=swatch.into_any() name=label.into_any() /> }
    });
    view! {
        <figure class="kr-chart">
            {drawing(
                title_id,
                widget.t(texts::GROUP_PLOT_LABEL),
                width,
                height,
                Some("group-plot"),
                view! {
                    {threshold(widget.content.verdict.not_yet_below)}
                    {threshold(widget.content.verdict.promising_from)}
                    {drawn}
                },
            )} <figcaption>
                <ul class="kr-chart-key">{key(widget, &sides, &markers)} {ring_key}</ul>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// One part's row at height `y`: its line, the mean, every respondent's
/// marker, the ring around the `ringed` respondent's, and the part's name.
fn dot_row(
    widget: Assessment,
    d: &DimensionSpread,
    markers: &[Marker],
    y: f64,
    x: impl Fn(f64) -> f64,
    ringed: Option<usize>,
) -> impl IntoView {
    let line = y + 34.0;
    let mut seen: Vec<f64> = Vec::new();
    // One path per shape holds every marker of that shape: the same drawing
    // as a path per marker, in a few elements instead of one per respondent.
    let mut shapes: Vec<(Marker, String)> = Vec::new();
    let mut ring = None;
    for (at, (score, marker)) in d.positions.iter().zip(markers).enumerate() {
        let Some(score) = *score else { continue };
        // Equal scores are stacked above and below the line, so none hides
        // another.
        let stack = seen
            .iter()
            .filter(|v| (**v - score).abs() < 2.0)
            .take(2)
            .count();
        seen.push(score);
        let centre = (x(score), line + [0.0, -9.0, 9.0][stack]);
        if ringed == Some(at) {
            ring = Some(
                view! { <circle cx=px(centre.0) cy=px(centre.1) r="10" class="kr-dot-ring"></circle> },
            );
        }
        let path = marker.path(centre.0, centre.1);
        match shapes.iter_mut().find(|(m, _)| m == marker) {
            Some((_, all)) => all.push_str(&path),
            None => shapes.push((*marker, path)),
        }
    }
    let dots = shapes
        .into_iter()
        .map(|(marker, d)| view! { <path d=d class=marker.class()></path> })
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
        {ring}
        <text x="0" y=px(y + 12.0) class="kr-chart-label">
            {widget.part_title(&Part::Dimension(d.dimension.clone()))}
        </text>
    }
}

/// The key: the mean's bar, then the marker of each side in the group, in
/// the order the respondents bring them.
fn key(widget: Assessment, sides: &[Option<String>], markers: &[Marker]) -> impl IntoView {
    let mut listed: Vec<(Marker, Option<&str>)> = Vec::new();
    for (side, marker) in sides.iter().zip(markers) {
        if !listed.iter().any(|(m, _)| m == marker) {
            listed.push((*marker, side.as_deref()));
        }
    }
    let mean = view! { <rect x="10" y="1" width="4" height="14" fill="#0b0c0c"></rect> };
    let entries = listed
        .into_iter()
        .map(|(marker, side)| {
            let name = match (marker, side) {
                (Marker::Triangle, _) | (_, None) => later_sides(widget),
                (_, Some(side)) => side_label(&widget, side).to_owned(),
            };
            let swatch = view! { <path d=marker.path(12.0, 8.0) class=marker.class()></path> };
            view! { <KeyEntry swatch=swatch.into_any() name=name.into_any() /> }
        })
        .collect_view();
    view! {
        <KeyEntry swatch=mean.into_any() name=widget.t(texts::GROUP_PLOT_MEAN).into_any() />
        {entries}
    }
}

/// The sides the triangle stands for: every side after the first two.
fn later_sides(widget: Assessment) -> String {
    widget
        .content
        .question_with_role(QuestionRole::Side)
        .map(|q| {
            q.choices
                .iter()
                .skip(2)
                .map(|c| widget.tr(&c.label))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .unwrap_or_default()
}
