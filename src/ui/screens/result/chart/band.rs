//! Where a score falls against the verdict's thresholds, and its fill: a
//! pattern of its own per band, so the chart reads in black and white.

use crate::session::texts;
use crate::ui::state::Assessment;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Low,
    Mid,
    High,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::Low, Band::Mid, Band::High];

    pub fn of(score: f64, low: f64, high: f64) -> Band {
        if score < low {
            Band::Low
        } else if score < high {
            Band::Mid
        } else {
            Band::High
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Band::Low => texts::CHART_BAND_LOW,
            Band::Mid => texts::CHART_BAND_MID,
            Band::High => texts::CHART_BAND_HIGH,
        }
    }

    /// The id of the band's fill pattern in this widget.
    pub fn pattern_id(self, widget: &Assessment) -> String {
        let name = match self {
            Band::Low => "low",
            Band::Mid => "mid",
            Band::High => "high",
        };
        widget.dom_id(&format!("pattern-{name}"))
    }
}

/// The three fill patterns: stripes for low, dots for the middle, solid
/// for high.
pub fn patterns(widget: &Assessment) -> impl IntoView {
    view! {
        <defs>
            <pattern
                id=Band::Low.pattern_id(widget)
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
            >
                <rect width="8" height="8" fill="#ffffff"></rect>
                <line x1="0" y1="0" x2="0" y2="8" stroke="#0b0c0c" stroke-width="3"></line>
            </pattern>
            <pattern
                id=Band::Mid.pattern_id(widget)
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
            >
                <rect width="6" height="6" fill="#ffffff"></rect>
                <circle cx="3" cy="3" r="1.6" fill="#0b0c0c"></circle>
            </pattern>
            <pattern
                id=Band::High.pattern_id(widget)
                width="4"
                height="4"
                patternUnits="userSpaceOnUse"
            >
                <rect width="4" height="4" class="kr-chart-solid"></rect>
            </pattern>
        </defs>
    }
}
