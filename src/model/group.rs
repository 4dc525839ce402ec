//! The group view: several respondents' answers side by side, with where
//! they agree, where they don't, and how the public and private sides
//! differ. The differences are often the earliest warning of all.

use super::answer::{Answer, Status};
use super::content::{Content, Item, QuestionRole, Scope};
use super::evaluation::Evaluation;
use super::flag::FlagState;
use super::response::{Mode, Response};
use super::verdict::{Level, Outcome};
use crate::model::order::sort_by;
use serde::Serialize;

/// One respondent in the group, as the facilitator labelled them.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub label: String,
    pub response: Response,
}

/// Mean and spread of one dimension across the group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionSpread {
    pub dimension: String,
    /// Whether it describes each respondent's own organisation: then every
    /// member describes a different one, and there is no mean or spread.
    pub own: bool,
    pub mean: Option<f64>,
    /// Population standard deviation of the members' scores.
    pub spread: Option<f64>,
    /// Each member's score, in member order.
    pub positions: Vec<Option<f64>>,
}

/// An item on which members disagree.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    pub item: String,
    pub answered: usize,
    pub lowest: f64,
    pub highest: f64,
    pub spread: f64,
    /// Each member's answer, in member order: who said what.
    #[serde(skip)]
    pub answers: Vec<Option<Answer>>,
}

/// A situation question the members answered differently: they may be
/// picturing different partnerships, the best opening for a discussion.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SituationSplit {
    pub question: String,
    /// Each member's choices, in member order (the question's default when
    /// they left it open).
    pub choices: Vec<Vec<String>>,
}

/// The gap between the public and the private side on one dimension.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SideGap {
    pub dimension: String,
    pub public: Option<f64>,
    pub private: Option<f64>,
    /// Public minus private, when both sides scored the dimension.
    pub gap: Option<f64>,
}

/// A flag raised or open for at least one member.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupFlag {
    pub flag: String,
    /// Positions of the members who raised it.
    pub raised_by: Vec<usize>,
    /// Positions of the members for whom it is open.
    pub open_for: Vec<usize>,
}

/// The group's verdict and the reasoning behind it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupVerdict {
    pub outcome: Outcome,
    /// The verdict of the typical answers (each item's median).
    pub typical: Outcome,
    /// Knock-outs that some members raise but the typical answers don't:
    /// the group can't be called promising while a partner sees a
    /// knock-out.
    pub contested: Vec<String>,
    /// Each member's own verdict, in member order.
    pub members: Vec<Outcome>,
}

/// Everything the group view shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupSummary {
    pub respondents: usize,
    pub dimensions: Vec<DimensionSpread>,
    /// Items with the widest spread first; only items two or more members
    /// answered on the scale and did not all answer alike, and none about
    /// the respondent's own organisation.
    pub disagreements: Vec<Disagreement>,
    /// The situation questions, the side aside, on which members differ.
    pub situation: Vec<SituationSplit>,
    pub side_gaps: Vec<SideGap>,
    pub flags: Vec<GroupFlag>,
    pub verdict: GroupVerdict,
}

/// Summarises a group; `None` when it has no members.
pub fn summarise(content: &Content, members: &[Member]) -> Option<GroupSummary> {
    if members.is_empty() {
        return None;
    }
    let evaluations: Vec<Evaluation> = members
        .iter()
        .map(|m| Evaluation::of(content, &m.response))
        .collect();

    let dimensions = content
        .dimensions
        .iter()
        .map(|d| {
            let positions: Vec<Option<f64>> = evaluations
                .iter()
                .map(|e| e.dimension(&d.id).and_then(|s| s.score))
                .collect();
            let own = d.scope == Scope::Own;
            let (mean, spread) = if own {
                (None, None)
            } else {
                mean_and_spread(positions.iter().flatten().copied())
            };
            DimensionSpread {
                dimension: d.id.clone(),
                own,
                mean,
                spread,
                positions,
            }
        })
        .collect();

    let own = |dimension: &str| {
        content
            .dimension(dimension)
            .is_some_and(|d| d.scope == Scope::Own)
    };
    let mut disagreements: Vec<Disagreement> = content
        .items
        .iter()
        .filter(|item| !own(&item.dimension))
        .filter_map(|item| {
            let scores: Vec<f64> = members
                .iter()
                .filter_map(|m| position(item, m.response.answer(&item.id)?))
                .collect();
            let (_, spread) = mean_and_spread(scores.iter().copied());
            let spread = spread.filter(|s| scores.len() >= 2 && *s > 0.0)?;
            Some(Disagreement {
                item: item.id.clone(),
                answered: scores.len(),
                lowest: scores.iter().copied().fold(f64::MAX, f64::min),
                highest: scores.iter().copied().fold(f64::MIN, f64::max),
                spread,
                answers: members
                    .iter()
                    .map(|m| m.response.answer(&item.id))
                    .collect(),
            })
        })
        .collect();
    sort_by(&mut disagreements, |a, b| {
        b.spread
            .total_cmp(&a.spread)
            .then(b.answered.cmp(&a.answered))
    });

    let side_mean = |dimension: &str, side: &str| -> Option<f64> {
        mean_and_spread(
            members
                .iter()
                .zip(&evaluations)
                .filter(|(m, _)| m.response.side(content) == Some(side))
                .filter_map(|(_, e)| e.dimension(dimension)?.score),
        )
        .0
    };
    let side_gaps = content
        .dimensions
        .iter()
        .filter(|d| d.scope != Scope::Own)
        .map(|d| {
            let public = side_mean(&d.id, "public");
            let private = side_mean(&d.id, "private");
            SideGap {
                dimension: d.id.clone(),
                public,
                private,
                gap: public.zip(private).map(|(a, b)| a - b),
            }
        })
        .collect();

    let flags: Vec<GroupFlag> = content
        .flags
        .iter()
        .filter_map(|flag| {
            let with_state = |state: FlagState| -> Vec<usize> {
                evaluations
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| {
                        e.flags
                            .iter()
                            .any(|f| f.flag == flag.id && f.state == state)
                    })
                    .map(|(i, _)| i)
                    .collect()
            };
            let raised_by = with_state(FlagState::Raised);
            let open_for = with_state(FlagState::Open);
            (!raised_by.is_empty() || !open_for.is_empty()).then(|| GroupFlag {
                flag: flag.id.clone(),
                raised_by,
                open_for,
            })
        })
        .collect();

    let typical_response = typical(content, members);
    let typical_evaluation = Evaluation::of(content, &typical_response);
    let typical = typical_evaluation.verdict.outcome;
    let contested: Vec<String> = flags
        .iter()
        .filter(|g| {
            !g.raised_by.is_empty()
                && content
                    .flag(&g.flag)
                    .is_some_and(|f| f.cap == Level::NotYet)
                && !typical_evaluation
                    .flags
                    .iter()
                    .any(|f| f.flag == g.flag && f.state == FlagState::Raised)
        })
        .map(|g| g.flag.clone())
        .collect();
    let outcome = match typical {
        Outcome::Level(l) if !contested.is_empty() => Outcome::Level(l.min(Level::Conditional)),
        other => other,
    };

    Some(GroupSummary {
        respondents: members.len(),
        dimensions,
        disagreements,
        situation: situation_splits(content, members),
        side_gaps,
        flags,
        verdict: GroupVerdict {
            outcome,
            typical,
            contested,
            members: evaluations.iter().map(|e| e.verdict.outcome).collect(),
        },
    })
}

/// The situation questions on which members differ, the side aside (the
/// sides are meant to differ).
fn situation_splits(content: &Content, members: &[Member]) -> Vec<SituationSplit> {
    content
        .classification
        .iter()
        .filter(|q| q.role != QuestionRole::Side)
        .filter_map(|q| {
            let choices: Vec<Vec<String>> = members
                .iter()
                .map(|m| {
                    let mut chosen = match m.response.classification.get(&q.id) {
                        Some(c) if !c.is_empty() => c.clone(),
                        _ => vec![q.default.clone()],
                    };
                    chosen.sort();
                    chosen
                })
                .collect();
            let split = choices.iter().any(|c| *c != choices[0]);
            split.then(|| SituationSplit {
                question: q.id.clone(),
                choices,
            })
        })
        .collect()
}

/// The typical answers of a group: per item the median of the members'
/// answers (the more cautious one for an even count, so a split group leans
/// to caution), "don't know" when nobody placed it.
/// Every choice anyone made counts, so an item that applies to any member
/// applies to the group.
pub fn typical(content: &Content, members: &[Member]) -> Response {
    let mut response = Response::new(content, Mode::Quick);
    if members.iter().any(|m| m.response.mode == Mode::Full) {
        response.mode = Mode::Full;
    }
    for m in members {
        for (q, chosen) in &m.response.classification {
            let entry = response.classification.entry(q.clone()).or_default();
            for c in chosen {
                if !entry.contains(c) {
                    entry.push(c.clone());
                }
            }
        }
    }
    for item in &content.items {
        let given: Vec<Answer> = members
            .iter()
            .filter_map(|m| m.response.answer(&item.id))
            .collect();
        if given.is_empty() {
            continue;
        }
        let mut known: Vec<Answer> = given
            .iter()
            .copied()
            .filter(|a| position(item, *a).is_some())
            .collect();
        if known.is_empty() {
            // Nobody placed it: it does not apply if everyone said so,
            // otherwise it is unknown to the group.
            let all_na = given.iter().all(|a| *a == Answer::NotApplicable);
            response.set(
                &item.id,
                if all_na {
                    Answer::NotApplicable
                } else {
                    Answer::DontKnow
                },
            );
            continue;
        }
        // The lower median on the model's own order, so a split group leans
        // to caution (for reversed statements the higher point is the worse).
        sort_by(&mut known, |a, b| {
            position(item, *a)
                .unwrap_or(0.0)
                .total_cmp(&position(item, *b).unwrap_or(0.0))
        });
        response.set(&item.id, known[(known.len() - 1) / 2]);
    }
    response
}

/// Where an answer places an item on the 0-100 scale, for comparing
/// members; `None` for "don't know" and "not applicable". A status "not
/// yet" sits between absent and in place, whatever the phase.
fn position(item: &Item, answer: Answer) -> Option<f64> {
    match answer {
        Answer::Agreement(a) => Some(a.score(item.reverse)),
        Answer::Status(Status::InPlace) => Some(100.0),
        Answer::Status(Status::NotYet) => Some(50.0),
        Answer::Status(Status::Absent) => Some(0.0),
        Answer::NotApplicable | Answer::DontKnow => None,
    }
}

fn mean_and_spread(values: impl Iterator<Item = f64>) -> (Option<f64>, Option<f64>) {
    let values: Vec<f64> = values.collect();
    if values.is_empty() {
        return (None, None);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (Some(mean), Some(variance.sqrt()))
}
