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
    /// A flag holds the verdict down.
    Flag {
        flag: String,
        state: FlagState,
        items: Vec<String>,
    },
    /// A dimension scores below the threshold that the verdict needs.
    DimensionBelow {
        dimension: String,
        score: f64,
        threshold: f64,
        items: Vec<String>,
    },
    /// A dimension has no answers on the scale, so it can't count as strong.
    DimensionUnknown { dimension: String },
    /// Too little is answered for a verdict.
    Uncertain { certainty: f64, needed: f64 },
    /// Every dimension clears the bar and nothing is flagged.
    AllClear { lowest: f64 },
}

/// The outcome with its reasons.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    pub outcome: Outcome,
    /// The level the scores alone would give, before flags cap it.
    pub uncapped: Level,
    pub certainty: f64,
    pub reasons: Vec<Reason>,
}

/// Judges scores and flags by the content's rules.
///
/// Items behind a `DimensionBelow` reason are supplied by `low_items`, which
/// lists a dimension's answered items scoring under the threshold.
pub fn judge(
    rules: &VerdictRules,
    scores: &[DimensionScore],
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
    let failing = below(rules.not_yet_below);
    let uncapped = if !failing.is_empty() {
        Level::NotYet
    } else if applying
        .iter()
        .all(|s| s.score.is_some_and(|v| v >= rules.promising_from))
    {
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
    let knocked_out = flags
        .iter()
        .any(|f| f.state == FlagState::Raised && f.cap == Level::NotYet);

    let mut reasons: Vec<Reason> = flags
        .iter()
        .filter(|f| f.cap <= uncapped || f.state == FlagState::Raised)
        .map(|f| Reason::Flag {
            flag: f.flag.clone(),
            state: f.state,
            items: f.items.clone(),
        })
        .collect();
    let outcome = if certainty < rules.certainty_from && !knocked_out {
        reasons.insert(
            0,
            Reason::Uncertain {
                certainty,
                needed: rules.certainty_from,
            },
        );
        Outcome::TooUncertain
    } else {
        Outcome::Level(level)
    };
    match uncapped {
        Level::NotYet => reasons.extend(failing),
        Level::Conditional => {
            reasons.extend(below(rules.promising_from));
            reasons.extend(applying.iter().filter(|s| s.score.is_none()).map(|s| {
                Reason::DimensionUnknown {
                    dimension: s.dimension.clone(),
                }
            }));
        }
        Level::Promising => {
            if level == Level::Promising {
                let lowest = applying
                    .iter()
                    .filter_map(|s| s.score)
                    .fold(100.0, f64::min);
                reasons.push(Reason::AllClear { lowest });
            }
        }
    }
    Verdict {
        outcome,
        uncapped,
        certainty,
        reasons,
    }
}
