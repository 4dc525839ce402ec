//! What the result's bar chart and the group's dot plot share: drawn by
//! the app as inline SVG, one row per part on a 0-100 scale, with the
//! verdict's thresholds as dashed lines. Imported by the result and group
//! screens; imports only the widget's state.

use crate::session::language::whole;
use leptos::prelude::*;

/// The height of one part's row, and the room above the first for the
/// thresholds' numbers.
pub const ROW: f64 = 54.0;
pub const TOP: f64 = 22.0;

/// The drawing's width: the phone layout draws narrower, so its text stays
/// readable when the drawing is scaled to the screen.
pub fn width(wide: bool) -> f64 {
    if wide {
        640.0
    } else {
        340.0
    }
}

/// A position or length in whole SVG units. The drawings need nothing
/// finer, and an integer is printed without the float formatter, which
/// would add its code to the download and its time to every drawing.
pub fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The dashed line and number that mark a verdict threshold at `x`: the
/// number above the first row, and the line through each of `rows` rows
/// only between `span` (from the row's top), so it never crosses a part's
/// name, which on a phone may run across the whole width.
pub fn threshold_line(
    x: f64,
    rows: usize,
    span: (f64, f64),
    stroke_width: &'static str,
    value: f64,
) -> impl IntoView {
    let x = px(x);
    let path: String = (0..rows)
        .map(|row| {
            let top = TOP + ROW * row as f64;
            format!("M{x} {}V{}", px(top + span.0), px(top + span.1))
        })
        .collect();
    view! {
        <path
            d=path
            fill="none"
            stroke="#0b0c0c"
            stroke-width=stroke_width
            stroke-dasharray="4 3"
        ></path>
        <text x=x y="12" text-anchor="middle" class="kr-chart-axis">
            {whole(value)}
        </text>
    }
}

/// The drawing itself: an image named by its title, `width` by `height`
/// units, scaled to the width it is given.
pub fn drawing(
    title_id: String,
    title: impl IntoView + 'static,
    width: f64,
    height: f64,
    testid: Option<&'static str>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <svg
            class="kr-chart-svg"
            role="img"
            aria-labelledby=title_id.clone()
            viewBox=format!("0 0 {} {}", px(width), px(height))
            width="100%"
            preserveAspectRatio="xMinYMin meet"
            data-testid=testid
        >
            <title id=title_id.clone()>{title}</title>
            {body}
        </svg>
    }
}

/// One entry of a chart's key: a small drawing and what it stands for.
#[component]
pub fn KeyEntry(swatch: AnyView, name: AnyView) -> impl IntoView {
    view! {
        <li>
            <svg class="kr-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                {swatch}
            </svg>
            <span>{name}</span>
        </li>
    }
}
