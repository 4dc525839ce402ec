//! The overall judgement: how promising the partnership looks, and why.

use super::content::VerdictRules;
use super::flag::{FlagState, FlagStatus};
use super::score::DimensionScore;
use serde::{Deserialize, Serialize};

/// A verdict level, ordered from worst to best so that caps are a `min`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    NotYet,
    Conditional,
    Promising,
}

impl Level {
    /// The next level up, if there is one.
    pub fn next(self) -> Option<Level> {
        match self {
            Level::NotYet => Some(Level::Conditional),
            Level::Conditional => Some(Level::Promising),
            Level::Promising => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Level::NotYet => "not_yet",
            Level::Conditional => "conditional",
            Level::Promising => "promising",
        }
    }
}

/// The verdict: a level, or too little known to give one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Level(Level),
    /// Too many "don't know"s (or unanswered items) for a reliable verdict.
    TooUncertain,
}

impl Outcome {
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Level(l) => l.id(),
            Outcome::TooUncertain => "too_uncertain",
        }
    }

    /// Whether `self` is one step or more up from `from`: from "too
    /// uncertain" any level is a step up, since it turns guessing into a
    /// verdict.
    pub fn lifts(self, from: Outcome) -> bool {
        match (from, self) {
            (Outcome::TooUncertain, Outcome::Level(_)) => true,
            (Outcome::Level(a), Outcome::Level(b)) => b > a,
            (_, Outcome::TooUncertain) => false,
        }
    }
}

/// One reason behind the verdict, computed from the answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reason {
    /// A raised flag holds the verdict down, or, below the certainty
    /// threshold, stands beside "too much unknown" as a warning.
    Flag {
        flag: String,
        state: FlagState,
        items: Vec<String>,
        /// Raised because something is not arranged yet.
        not_yet: bool,
        /// Listed beside "too much unknown" as a warning, not as the cause
        /// of a level.
        warning: bool,
    },
    /// The overall score is below the threshold the next level needs.
    OverallBelow { score: f64, threshold: f64 },
    /// A dimension scores below a threshold: below the part floor it keeps
    /// the verdict from "promising"; below the lower threshold it shows
    /// where a "not yet" comes from.
    DimensionBelow {
        dimension: String,
        score: f64,
        threshold: f64,
        items: Vec<String>,
    },
    /// Too little of the core is known for a verdict.
    Uncertain { certainty: f64, needed: f64 },
    /// The whole scores well, no part fails and nothing caps the verdict.
    AllClear { overall: f64, lowest: f64 },
}

/// The outcome with its reasons.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    pub outcome: Outcome,
    /// The level the scores alone would give, before flags cap it.
    pub uncapped: Level,
    /// The level the scores and flags give, whatever the certainty.
    pub level: Level,
    pub certainty: f64,
    pub reasons: Vec<Reason>,
}

/// Judges scores and flags by the content's rules.
///
/// Uncertainty comes first: below the certainty threshold the outcome is
/// "too much unknown", whatever else is raised; a raised flag is then listed
/// as a warning beside it. Otherwise the flags cap, and the scores decide:
/// "not yet" when the whole scores below the lower threshold, "promising"
/// when it reaches the upper one and no part falls below the part floor.
/// The whole, not the weakest of eleven part scores, carries the level,
/// because a part read from two or three answers is too unsteady to decide
/// on its own; the flags are where single conditions are decisive.
///
/// Items behind a `DimensionBelow` reason are supplied by `low_items`, which
/// lists a dimension's scored items under the threshold.
pub fn judge(
    rules: &VerdictRules,
    scores: &[DimensionScore],
    overall: Option<f64>,
    flags: &[FlagStatus],
    certainty: f64,
    low_items: &dyn Fn(&str, f64) -> Vec<String>,
) -> Verdict {
    let applying: Vec<&DimensionScore> = scores.iter().filter(|s| s.applies()).collect();
    let below = |threshold: f64| -> Vec<Reason> {
        applying
            .iter()
            .filter_map(|s| match s.score {
                Some(v) if v < threshold => Some(Reason::DimensionBelow {
                    dimension: s.dimension.clone(),
                    score: v,
                    threshold,
                    items: low_items(&s.dimension, threshold),
                }),
                _ => None,
            })
            .collect()
    };
    let whole = overall.unwrap_or(0.0);
    let failing = below(rules.part_floor);
    let uncapped = if whole < rules.not_yet_below {
        Level::NotYet
    } else if whole >= rules.promising_from && failing.is_empty() {
        Level::Promising
    } else {
        Level::Conditional
    };

    let cap = flags
        .iter()
        .map(|f| f.cap)
        .min()
        .unwrap_or(Level::Promising);
    let level = uncapped.min(cap);
    let uncertain = certainty < rules.certainty_from;

    let mut reasons: Vec<Reason> = Vec::new();
    if uncertain {
        reasons.push(Reason::Uncertain {
            certainty,
            needed: rules.certainty_from,
        });
    }
    reasons.extend(
        flags
            .iter()
            .filter(|f| f.caps() && (!uncertain || f.state == FlagState::Raised))
            .map(|f| Reason::Flag {
                flag: f.flag.clone(),
                state: f.state,
                items: f.items.clone(),
                not_yet: f.not_yet,
                warning: uncertain,
            }),
    );
    if !uncertain {
        match uncapped {
            Level::NotYet => {
                reasons.push(Reason::OverallBelow {
                    score: whole,
                    threshold: rules.not_yet_below,
                });
                reasons.extend(below(rules.not_yet_below));
            }
            Level::Conditional => {
                if whole < rules.promising_from {
                    reasons.push(Reason::OverallBelow {
                        score: whole,
                        threshold: rules.promising_from,
                    });
                }
                reasons.extend(failing);
            }
            Level::Promising => {
                if level == Level::Promising {
                    let lowest = applying
                        .iter()
                        .filter_map(|s| s.score)
                        .fold(100.0, f64::min);
                    reasons.push(Reason::AllClear {
                        overall: whole,
                        lowest,
                    });
                }
            }
        }
    }
    Verdict {
        outcome: if uncertain {
            Outcome::TooUncertain
        } else {
            Outcome::Level(level)
        },
        uncapped,
        level,
        certainty,
        reasons,
    }
}
