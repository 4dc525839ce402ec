//! Everything the group's answers show together: the verdicts, where
//! views differ most, the scores per part and the gap between the sides.

use super::dot_plot::dot_plot;
use crate::model::group::{
    DimensionSpread, Disagreement, GroupFlag, GroupSummary, GroupVerdict, SideGap,
};
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts as k;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::Assessment;
use crate::ui::widgets::table::{table, Row};
use leptos::prelude::*;

/// Statements shown where views differ most.
const DISAGREEMENTS: usize = 6;

/// Everything the group's answers show together. Drawn from plain values
/// inside the view that tracks them (the language, the labels, the screen
/// width), which rebuilds it when one changes; that keeps this large view
/// free of per-text reactive code. The table of scores has a column for
/// each of the first `shown` respondents.
pub fn summary_view(s: Assessment, summary: GroupSummary, shown: usize) -> AnyView {
    let labels: Vec<String> = s
        .work
        .members
        .with(|m| m.iter().map(|m| m.label.clone()).collect());
    let GroupSummary {
        dimensions,
        disagreements,
        side_gaps,
        flags,
        verdict,
        ..
    } = summary;
    view! {
        {verdict_section(s, &verdict, &labels)}
        {scores_section(s, dimensions, &labels, shown)}
        {gap_section(s, &side_gaps)}
        {disagreement_section(s, &disagreements)}
        {flags_section(s, &flags, &labels)}
    }
    .into_any()
}

fn part(s: Assessment, id: &str) -> String {
    s.part_title(&Part::Dimension(id.to_owned()))
}

fn cell(v: Option<f64>) -> String {
    v.map(whole).unwrap_or_else(|| "–".to_owned())
}

/// The group's verdict, how the members' verdicts spread, and each one's.
fn verdict_section(s: Assessment, verdict: &GroupVerdict, labels: &[String]) -> AnyView {
    let verdict_id = s.dom_id("group-verdict");
    let outcome = verdict.outcome;
    let member_verdicts = verdict
        .members
        .iter()
        .zip(labels)
        .map(|(o, label)| view! { <li>{format!("{label}: {}", s.t(outcome_key(*o)))}</li> })
        .collect_view();
    let contested = (!verdict.contested.is_empty()).then(|| {
        let titles = verdict
            .contested
            .iter()
            .map(|id| s.content.flag(id).map_or(id.as_str(), |f| s.tr(&f.title)))
            .collect::<Vec<_>>()
            .join("; ");
        view! { <p data-testid="group-contested">{s.fill(k::GROUP_CONTESTED, &[("flags", &titles)])}</p> }
    });
    view! {
        <section
            class=format!("kr-verdict kr-verdict-{}", outcome.id())
            aria-labelledby=verdict_id.clone()
        >
            <h2 id=verdict_id.clone() class="kr-verdict-heading">
                {s.t(k::GROUP_VERDICT_HEADING)}
            </h2>
            <p class="kr-verdict-level" data-testid="group-verdict" data-outcome=outcome.id()>
                {s.t(outcome_key(outcome))}
            </p>
            <p>{s.fill(k::GROUP_TYPICAL, &[("verdict", s.t(outcome_key(verdict.typical)))])}</p>
            {contested}
            <p class="kr-label">{s.t(k::GROUP_MEMBER_VERDICTS)}</p>
            <ul>{member_verdicts}</ul>
        </section>
    }
    .into_any()
}

/// The scores per part: the dot plot, and as its text alternative each
/// part's mean, spread and every respondent's score (of the first `shown`,
/// until all are shown).
fn scores_section(
    s: Assessment,
    dimensions: Vec<DimensionSpread>,
    labels: &[String],
    shown: usize,
) -> AnyView {
    let mut head = vec![
        s.t(k::CHART_COL_PART).to_owned(),
        s.t(k::GROUP_COL_MEAN).to_owned(),
        s.t(k::GROUP_COL_SPREAD).to_owned(),
    ];
    head.extend(labels.iter().take(shown).cloned());
    let first = (shown < labels.len()).then(|| {
        let text = s.fill(
            k::GROUP_SPREAD_FIRST,
            &[
                ("shown", &shown.to_string()),
                ("count", &labels.len().to_string()),
            ],
        );
        view! {
            <p class="kr-hint" data-testid="group-spread-first">
                {text}
            </p>
        }
    });
    let rows = dimensions
        .iter()
        .filter(|d| d.mean.is_some())
        .map(|d| {
            let mut cells = vec![part(s, &d.dimension), cell(d.mean), cell(d.spread)];
            cells.extend(d.positions.iter().take(shown).map(|p| cell(*p)));
            Row {
                id: format!("spread-{}", d.dimension),
                cells,
            }
        })
        .collect();
    section(
        s,
        k::CHART_HEADING,
        view! {
            {dot_plot(s, dimensions)}
            {table(s, "group-spread", s.t(k::CHART_HEADING), head, rows)}
            {first}
        },
    )
}

/// The gap between the public and the private side, per part.
fn gap_section(s: Assessment, side_gaps: &[SideGap]) -> AnyView {
    let head = [
        k::CHART_COL_PART,
        k::GROUP_COL_PUBLIC,
        k::GROUP_COL_PRIVATE,
        k::GROUP_COL_GAP,
    ]
    .map(|key| s.t(key).to_owned())
    .to_vec();
    let rows = side_gaps
        .iter()
        .filter(|g| g.public.is_some() || g.private.is_some())
        .map(|g| Row {
            id: format!("gap-{}", g.dimension),
            cells: vec![
                part(s, &g.dimension),
                cell(g.public),
                cell(g.private),
                cell(g.gap),
            ],
        })
        .collect();
    section(
        s,
        k::GROUP_GAP_HEADING,
        view! {
            <p class="kr-hint">{s.t(k::GROUP_GAP_INTRO)}</p>
            {table(s, "group-gap", s.t(k::GROUP_GAP_HEADING), head, rows)}
        },
    )
}

/// The statements on which views differ most.
fn disagreement_section(s: Assessment, disagreements: &[Disagreement]) -> AnyView {
    let id = s.dom_id("group-disagree");
    let list = disagreements
        .iter()
        .take(DISAGREEMENTS)
        .filter_map(|d| {
            let item = s.content.item(&d.item)?;
            let range = s.fill(
                k::GROUP_DISAGREE_RANGE,
                &[
                    ("lowest", &whole(d.lowest)),
                    ("highest", &whole(d.highest)),
                    ("spread", &whole(d.spread)),
                    ("answered", &d.answered.to_string()),
                ],
            );
            Some(view! {
                <li class="kr-answered">
                    <p class="kr-answered-text">{s.tr(&item.text)}</p>
                    <p class="kr-answered-answer">{range}</p>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let none = list.is_empty().then(|| s.t(k::GROUP_DISAGREE_NONE));
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{s.t(k::GROUP_DISAGREE_HEADING)}</h2>
            <p>{none}</p>
            <ol class="kr-answered-list" data-testid="group-disagreements">
                {list}
            </ol>
        </section>
    }
    .into_any()
}

/// The knock-outs and conditions, with who raised each and for whom it is
/// still open.
fn flags_section(s: Assessment, flags: &[GroupFlag], labels: &[String]) -> AnyView {
    let id = s.dom_id("group-flags");
    let names = |who: &[usize]| {
        who.iter()
            .filter_map(|&i| labels.get(i).map(String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let list = flags
        .iter()
        .filter_map(|g| {
            let flag = s.content.flag(&g.flag)?;
            let raised = (!g.raised_by.is_empty())
                .then(|| s.fill(k::GROUP_RAISED_BY, &[("names", &names(&g.raised_by))]));
            let open = (!g.open_for.is_empty())
                .then(|| s.fill(k::GROUP_OPEN_FOR, &[("names", &names(&g.open_for))]));
            Some(view! {
                <li
                    class="kr-flag"
                    class:kr-flag-open=g.raised_by.is_empty()
                    data-testid=format!("group-flag-{}", g.flag)
                >
                    <h3 class="kr-flag-title">{s.tr(&flag.title)}</h3>
                    <p>
                        <strong>{raised}</strong>
                    </p>
                    <p>{open}</p>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let none = list.is_empty().then(|| s.t(k::FLAGS_NONE));
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{s.t(k::FLAGS_HEADING)}</h2>
            <p>{none}</p>
            <ul class="kr-flags">{list}</ul>
        </section>
    }
    .into_any()
}

/// A section with a heading (`heading`, a text key) around `body`.
fn section(s: Assessment, heading: &'static str, body: impl IntoView + 'static) -> AnyView {
    let id = s.dom_id(heading);
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{s.t(heading)}</h2>
            {body}
        </section>
    }
    .into_any()
}
