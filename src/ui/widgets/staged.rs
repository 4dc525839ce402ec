//! Drawing a long screen in stages.
//!
//! A result page has up to a thousand elements, and building them all in
//! the task of the click that opens it keeps the verdict off the screen for
//! a fifth of a second on a slow phone. So the screen draws what answers
//! the respondent's question (the verdict) in that task, and each further
//! part in a task of its own after the previous one has been painted: the
//! verdict shows within a frame, and clicks and scrolling are handled
//! between the parts.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How far a screen drawn in stages has got: a stage number that starts at
/// 0 and rises by one after each painted frame until it reaches the last.
/// A screen shows a part once its stage is reached, and is `aria-busy`
/// until the last one is.
#[derive(Clone, Copy)]
pub struct Stages {
    stage: ReadSignal<u8>,
    last: u8,
}

impl Stages {
    /// Starts counting up to `last`.
    pub fn new(last: u8) -> Stages {
        let (stage, set_stage) = signal(0u8);
        spawn_local(async move {
            for n in 1..=last {
                after_paint().await;
                // The screen may have been left before this frame; its
                // signal is gone then, and so is the reason to go on.
                if set_stage.try_set(n).is_some() {
                    return;
                }
            }
        });
        Stages { stage, last }
    }

    /// Whether stage `n` has been reached (tracked, for a view).
    pub fn reached(self, n: u8) -> bool {
        self.stage.get() >= n
    }

    /// The value of `aria-busy` for the screen: "true" until the last
    /// stage is reached.
    pub fn busy(self) -> &'static str {
        if self.reached(self.last) {
            "false"
        } else {
            "true"
        }
    }
}

/// Resolves in the first task after the next frame has been painted: an
/// animation frame callback runs before the paint, a timeout queued from it
/// runs after.
async fn after_paint() {
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = resolve.call0(&JsValue::UNDEFINED);
                },
                Duration::ZERO,
            );
        });
    });
    // The promise never rejects.
    let _ = JsFuture::from(painted).await;
}
