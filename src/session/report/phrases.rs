//! The sentences the report and the result screen share: a reason behind
//! the verdict, a flag's title in the words of its state, citations, what
//! finding out an unknown could do, a point to settle, which form fits,
//! and what one change clears. Each comes from `content/ui.toml` or the
//! content itself, in the language asked for.

use crate::model::content::{Citation, Content, Scope};
use crate::model::find_out::Unknown;
use crate::model::model_fit::ModelFit;
use crate::model::must_change::Cleared;
use crate::model::recommendation::unknown_in_scope;
use crate::model::response::Response;
use crate::model::to_settle::Settle;
use crate::model::verdict::{Level, Outcome, Reason};
use crate::session::language::whole;
use crate::session::texts::{self, fill};

/// The title of a dimension, such as "D6 Leadership and process".
pub fn part_title(content: &Content, lang: &str, dimension: &str) -> String {
    match content.dimension(dimension) {
        Some(d) => format!("{} {}", d.code, d.title.get(lang)),
        None => dimension.to_owned(),
    }
}

/// One reason behind a verdict, as a sentence.
pub fn reason_text(content: &Content, lang: &str, reason: &Reason) -> String {
    let t = |key| content.ui(key, lang);
    let part = |id: &str| part_title(content, lang, id);
    match reason {
        Reason::Flag {
            flag,
            not_yet,
            warning,
            ..
        } => {
            let title = flag_title(content, lang, flag, *not_yet);
            let key = if *warning {
                texts::REASON_FLAG_WARNING
            } else if *not_yet {
                texts::REASON_FLAG_PENDING
            } else {
                texts::REASON_FLAG_RAISED
            };
            fill(t(key), &[("flag", title)])
        }
        Reason::DimensionBelow {
            dimension,
            score,
            threshold,
            ..
        } => fill(
            t(texts::REASON_DIMENSION_BELOW),
            &[
                ("part", &part(dimension)),
                ("score", &whole(*score)),
                ("threshold", &whole(*threshold)),
            ],
        ),
        Reason::OverallBelow { score, threshold } => fill(
            t(texts::REASON_OVERALL_BELOW),
            &[("score", &whole(*score)), ("threshold", &whole(*threshold))],
        ),
        Reason::Uncertain { certainty, needed } => fill(
            t(texts::REASON_UNCERTAIN),
            &[
                ("certainty", &whole(certainty * 100.0)),
                ("needed", &whole(needed * 100.0)),
            ],
        ),
        Reason::AllClear { overall, lowest } => fill(
            t(texts::REASON_ALL_CLEAR),
            &[("overall", &whole(*overall)), ("lowest", &whole(*lowest))],
        ),
    }
}

/// A flag's title in the words of its state: one raised by a "not yet" is
/// named as what is not arranged yet, not as the shortcoming itself.
pub fn flag_title<'a>(content: &'a Content, lang: &str, flag: &'a str, not_yet: bool) -> &'a str {
    let Some(f) = content.flag(flag) else {
        return flag;
    };
    match (&f.pending, not_yet) {
        (Some(p), true) => p.title.get(lang),
        _ => f.title.get(lang),
    }
}

/// Citations as running text: "CCV 2012, 4.4.3 ...; WODC 2019, 2.1".
pub fn citations(content: &Content, sources: &[Citation]) -> String {
    sources
        .iter()
        .map(|c| {
            let short = content
                .source(&c.source)
                .map_or(c.source.as_str(), |s| s.short.as_str());
            format!("{short}, {}", c.section)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What finding out an unknown could do to the verdict, as sentences.
pub fn unknown_lines(
    content: &Content,
    lang: &str,
    unknown: &Unknown,
    now: Outcome,
) -> Vec<String> {
    let t = |key| content.ui(key, lang);
    let mut lines = Vec::new();
    if unknown.if_worst != now {
        lines.push(fill(
            t(texts::FIND_IF_WORST),
            &[("level", t(texts::outcome_key(unknown.if_worst)))],
        ));
    }
    if unknown.if_best != now {
        lines.push(fill(
            t(texts::FIND_IF_BEST),
            &[("level", t(texts::outcome_key(unknown.if_best)))],
        ));
    }
    for (flag, _) in &unknown.could_raise {
        let title = content
            .flag(flag)
            .map_or(flag.as_str(), |f| f.title.get(lang));
        lines.push(fill(t(texts::FIND_COULD_RAISE), &[("flag", title)]));
    }
    lines
}

/// A point to settle: its title and the advice for it, in the words of the
/// rule that made it one where there is such a rule.
pub fn settle_text(content: &Content, lang: &str, point: &Settle) -> (String, String) {
    match point {
        Settle::Flag {
            flag,
            rules,
            not_yet,
            ..
        } => {
            let title = flag_title(content, lang, flag, *not_yet).to_owned();
            let rule_advice = rules
                .iter()
                .filter_map(|id| content.rule(id))
                .find_map(|r| r.advice.as_ref());
            let advice = match (rule_advice, content.flag(flag)) {
                (Some(a), _) => a.get(lang).to_owned(),
                (None, Some(f)) => f
                    .pending
                    .as_ref()
                    .map_or(f.recommendation.get(lang), |p| p.recommendation.get(lang))
                    .to_owned(),
                (None, None) => String::new(),
            };
            (title, advice)
        }
        Settle::Item { item } => match content.item(item) {
            Some(i) => (
                i.text.get(lang).to_owned(),
                i.recommendation.get(lang).to_owned(),
            ),
            None => (item.clone(), String::new()),
        },
    }
}

/// Which form the situation points at, what the initiators intend, and
/// where the two part ways, as sentences.
pub fn fit_lines(content: &Content, response: &Response, lang: &str) -> Vec<String> {
    let t = |key| content.ui(key, lang);
    let fit = ModelFit::of(content, &response.classification);
    let name = |id: &str| -> String {
        content
            .model(id)
            .map_or(id, |m| m.name.get(lang))
            .to_owned()
    };
    let mut lines = Vec::new();
    if fit.fitting.is_empty() {
        lines.push(t(texts::FIT_UNKNOWN).to_owned());
    } else {
        lines.push(t(texts::FIT_POINTS_TO).to_owned());
        for m in fit.fitting.iter().filter_map(|id| content.model(id)) {
            lines.push(format!("{}: {}", m.name.get(lang), m.description.get(lang)));
        }
    }
    if fit.intended.is_empty() {
        lines.push(t(texts::FIT_UNDECIDED).to_owned());
    } else {
        let names: Vec<String> = fit.intended.iter().map(|id| name(id)).collect();
        let mut text = fill(t(texts::FIT_INTENDED), &[("model", &names.join(" + "))]);
        if fit.is_mix() {
            text = format!("{text} {}", t(texts::FIT_MIX));
        }
        if fit.mismatch {
            text = format!("{text} {}", t(texts::FIT_MISMATCH));
            for m in fit.intended.iter().filter_map(|id| content.model(id)) {
                text = format!("{text} {}", m.mismatch.get(lang));
            }
        } else if fit.intended.iter().any(|m| fit.fitting.contains(m)) {
            text = format!("{text} {}", t(texts::FIT_MATCH));
        }
        lines.push(text);
        if !fit.conflicts.is_empty() {
            lines.push(t(texts::FIT_CONFLICTS).to_owned());
            for c in &fit.conflicts {
                let note = content
                    .question(&c.question)
                    .and_then(|q| q.choices.iter().find(|ch| ch.id == c.choice))
                    .and_then(|ch| ch.note.as_ref());
                if let Some(note) = note {
                    lines.push(note.get(lang).to_owned());
                }
            }
        }
    }
    if let Some(applied) = fit.applied() {
        lines.push(fill(t(texts::FIT_APPLIED), &[("model", &name(applied))]));
    }
    lines
}

/// What one change clears, as a sentence.
pub fn cleared_text(content: &Content, lang: &str, cleared: &Cleared) -> String {
    let t = |key| content.ui(key, lang);
    match cleared {
        Cleared::Flag { flag, cap } => {
            let title = content
                .flag(flag)
                .map_or(flag.as_str(), |f| f.title.get(lang));
            let key = if *cap == Level::NotYet {
                texts::MUST_CLEARS_KNOCKOUT
            } else {
                texts::MUST_CLEARS_CONDITION
            };
            fill(t(key), &[("flag", title)])
        }
        Cleared::Dimension {
            dimension,
            threshold,
        } => fill(
            t(texts::MUST_CLEARS_PART),
            &[
                ("part", &part_title(content, lang, dimension)),
                ("threshold", &whole(*threshold)),
            ],
        ),
    }
}

/// Why a scope has no advice: nothing known falls short, or too little is
/// known to say (which must not read as reassurance).
pub fn no_recommendation(
    content: &Content,
    response: &Response,
    lang: &str,
    scope: Scope,
) -> String {
    match unknown_in_scope(content, response, scope) {
        0 => content.ui(texts::RECS_NONE, lang).to_owned(),
        n => fill(
            content.ui(texts::RECS_NONE_UNKNOWN, lang),
            &[("count", &n.to_string())],
        ),
    }
}
