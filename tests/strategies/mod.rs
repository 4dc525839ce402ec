//! Shared generators for the native property tests: the built-in content
//! and any response to it.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer};
use kansrijk::model::content::Content;
use kansrijk::model::response::{Mode, Response};
use proptest::prelude::*;
use std::sync::LazyLock;

pub static CONTENT: LazyLock<Content> =
    LazyLock::new(|| Content::builtin().expect("content parses"));

/// Any classification and any answers, including unanswered items.
pub fn any_response() -> impl Strategy<Value = Response> {
    let c = &*CONTENT;
    let questions: Vec<_> = c
        .classification
        .iter()
        .map(|q| {
            let n = q.choices.len();
            let multiple = q.multiple;
            prop::collection::vec(any::<bool>(), n).prop_map(move |picks| (multiple, picks))
        })
        .collect();
    let answers = prop::collection::vec(prop::option::of(0u8..=5), c.items.len());
    (questions, answers, any::<bool>()).prop_map(|(questions, answers, full)| {
        let c = &*CONTENT;
        let mut r = Response::new(c, if full { Mode::Full } else { Mode::Quick });
        for (q, (multiple, picks)) in c.classification.iter().zip(questions) {
            let mut chosen: Vec<String> = q
                .choices
                .iter()
                .zip(&picks)
                .filter(|(_, p)| **p)
                .map(|(ch, _)| ch.id.clone())
                .collect();
            if !multiple {
                chosen.truncate(1);
            }
            if !chosen.is_empty() {
                r.classification.insert(q.id.clone(), chosen);
            }
        }
        for (item, a) in c.items.iter().zip(answers) {
            match a {
                None => {}
                Some(0) => r.set(&item.id, Answer::DontKnow),
                Some(v) => r.set(&item.id, Answer::Agreement(Agreement::new(v).expect("1-5"))),
            }
        }
        r
    })
}
