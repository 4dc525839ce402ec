//! Shared generators for the native property tests: the built-in content,
//! any response to it, and coherent respondents whose answers hang together
//! the way a real partnership's do.
#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::content::{Content, Item, Scale};
use kansrijk::model::response::{Mode, Response};
use proptest::prelude::*;
use std::sync::LazyLock;

#[path = "../scale/mod.rs"]
mod scale;
#[allow(unused_imports)]
pub use scale::at;

pub static CONTENT: LazyLock<Content> =
    LazyLock::new(|| Content::builtin().expect("content parses"));

/// Random choices for every classification question.
fn classification() -> impl Strategy<Value = Vec<(bool, Vec<bool>)>> {
    let c = &*CONTENT;
    c.classification
        .iter()
        .map(|q| {
            let n = q.choices.len();
            let multiple = q.multiple;
            prop::collection::vec(any::<bool>(), n).prop_map(move |picks| (multiple, picks))
        })
        .collect::<Vec<_>>()
}

fn classify(r: &mut Response, questions: Vec<(bool, Vec<bool>)>) {
    let c = &*CONTENT;
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
}

/// Every answer `item` can take, "don't know" last.
pub fn options(item: &Item) -> Vec<Answer> {
    let mut all = Answer::options(item);
    all.push(Answer::DontKnow);
    all
}

/// Any classification and any answers of the kind each item takes,
/// including unanswered items: independent, uniform, often incoherent.
pub fn any_response() -> impl Strategy<Value = Response> {
    let c = &*CONTENT;
    let answers = prop::collection::vec(
        prop::option::of(any::<prop::sample::Index>()),
        c.items.len(),
    );
    (classification(), answers, any::<bool>()).prop_map(|(questions, answers, full)| {
        let c = &*CONTENT;
        let mut r = Response::new(c, if full { Mode::Full } else { Mode::Quick });
        classify(&mut r, questions);
        for (item, pick) in c.items.iter().zip(answers) {
            if let Some(pick) = pick {
                let all = options(item);
                r.set(&item.id, all[pick.index(all.len())]);
            }
        }
        r
    })
}

/// A number roughly normal around 0 with spread `sd`, from three uniforms.
fn noise(u: (f64, f64, f64), sd: f64) -> f64 {
    (u.0 + u.1 + u.2 - 1.5) * 2.0 * sd
}

/// The answer a respondent gives to `item` when its true state is `q`
/// (0 worst, 1 best).
fn answer_at(item: &Item, q: f64) -> Answer {
    let q = q.clamp(0.0, 1.0);
    match item.scale {
        Scale::Agreement => {
            let steps = (q * 4.0).round() as u8;
            let point = if item.reverse { 5 - steps } else { 1 + steps };
            Answer::Agreement(Agreement::new(point).expect("1-5"))
        }
        Scale::Status => Answer::Status(if q < 0.25 {
            Status::Absent
        } else if q < 0.6 {
            Status::NotYet
        } else {
            Status::InPlace
        }),
    }
}

/// A coherent respondent, answering the full check: a partnership has an
/// overall quality, each part sits near it, each answer near its part, and
/// the respondent does not know a share of the answers. This is the model
/// behind any multi-item scale: statements about one condition go together.
pub fn coherent_response() -> impl Strategy<Value = Response> {
    let c = &*CONTENT;
    let n = c.items.len();
    let d = c.dimensions.len();
    let u3 = || (0.0..1.0f64, 0.0..1.0f64, 0.0..1.0f64);
    (
        classification(),
        0.0..1.0f64,
        0.0..0.25f64,
        prop::collection::vec(u3(), d),
        prop::collection::vec(u3(), n),
        prop::collection::vec(0.0..1.0f64, n),
    )
        .prop_map(
            move |(questions, overall, dont_know, parts, items, draws)| {
                let c = &*CONTENT;
                let mut r = Response::new(c, Mode::Full);
                classify(&mut r, questions);
                let part: Vec<f64> = parts.iter().map(|u| overall + noise(*u, 0.12)).collect();
                for (i, item) in c.items.iter().enumerate() {
                    let dim = c
                        .dimensions
                        .iter()
                        .position(|x| x.id == item.dimension)
                        .unwrap_or(0);
                    let answer = if draws[i] < dont_know {
                        Answer::DontKnow
                    } else if item.not_applicable.is_some() && draws[i] > 0.97 {
                        Answer::NotApplicable
                    } else {
                        answer_at(item, part[dim] + noise(items[i], 0.12))
                    };
                    r.set(&item.id, answer);
                }
                r
            },
        )
}
