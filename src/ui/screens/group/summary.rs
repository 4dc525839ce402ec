//! Everything the group's answers show together: the verdicts, where
//! views differ most, the scores per part and the gap between the sides.

use super::disagreements::disagreement_section;
use super::dot_plot::dot_plot;
use super::members::side_label;
use super::own_readiness::own_section;
use super::situation::situation_section;
use crate::model::group::{DimensionSpread, GroupFlag, GroupSummary, GroupVerdict, SideGap};
use crate::model::response::Response;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::Assessment;
use crate::ui::widgets::table::{table, Row};
use leptos::prelude::*;

/// The label of the respondent at `at` as the room sees it: their own, or
/// "Respondent N" when names are hidden (`anonymous`).
pub fn shown_label(widget: Assessment, at: usize, label: &str, anonymous: bool) -> String {
    if anonymous {
        widget.fill(texts::GROUP_DEFAULT_LABEL, &[("n", &(at + 1).to_string())])
    } else {
        label.to_owned()
    }
}

/// Everything the group's answers show together. Drawn from plain values
/// inside the view that tracks them (the language, the labels, the screen
/// width), which rebuilds it when one changes; that keeps this large view
/// free of per-text reactive code. The table of scores has a column for
/// each of the first `shown` respondents. When `anonymous`, respondents are
/// named by their number only, for a room that wants it so. The respondent
/// at `ringed` is ringed in the dot plot.
pub fn summary_view(
    widget: Assessment,
    summary: GroupSummary,
    shown: usize,
    anonymous: bool,
    ringed: Option<usize>,
) -> AnyView {
    // Each respondent's label, and how the room sees them ("Politie
    // (Overheid)"), worked out once for every section that names them.
    let (labels, names): (Vec<String>, Vec<String>) = widget.work.members.with(|m| {
        m.iter()
            .enumerate()
            .map(|(n, m)| {
                let label = shown_label(widget, n, &m.label, anonymous);
                let name = who(widget, &label, &m.response);
                (label, name)
            })
            .unzip()
    });
    let GroupSummary {
        dimensions,
        disagreements,
        situation,
        side_gaps,
        flags,
        verdict,
        ..
    } = summary;
    let situation = (!situation.is_empty()).then(|| situation_section(widget, &situation, &names));
    let own = own_section(widget, &dimensions, &names, shown);
    view! {
        {verdict_section(widget, &verdict, &labels)}
        {situation}
        {scores_section(widget, dimensions, &labels, shown, ringed)}
        {own}
        {gap_section(widget, &side_gaps)}
        {disagreement_section(widget, &disagreements, &names)}
        {flags_section(widget, &flags, &labels)}
    }
    .into_any()
}

fn part(widget: Assessment, id: &str) -> String {
    widget.part_title(&Part::Dimension(id.to_owned()))
}

fn cell(v: Option<f64>) -> String {
    v.map(whole).unwrap_or_else(|| "–".to_owned())
}

/// The group's verdict, how the members' verdicts spread, and each one's.
fn verdict_section(widget: Assessment, verdict: &GroupVerdict, labels: &[String]) -> AnyView {
    let verdict_id = widget.dom_id("group-verdict");
    let outcome = verdict.outcome;
    let member_verdicts = verdict
        .members
        .iter()
        .zip(labels)
        .map(|(o, label)| view! { <li>{format!("{label}: {}", widget.t(outcome_key(*o)))}</li> })
        .collect_view();
    let contested = (!verdict.contested.is_empty()).then(|| {
        let titles = verdict
            .contested
            .iter()
            .map(|id| {
                widget
                    .content
                    .flag(id)
                    .map_or(id.as_str(), |f| widget.tr(&f.title))
            })
            .collect::<Vec<_>>()
            .join("; ");
        view! {
            <p data-testid="group-contested">
                {widget.fill(texts::GROUP_CONTESTED, &[("flags", &titles)])}
            </p>
        }
    });
    view! {
        <section
            class=format!("kr-verdict kr-verdict-{}", outcome.id())
            aria-labelledby=verdict_id.clone()
        >
            <h2 id=verdict_id.clone() class="kr-verdict-heading">
                {widget.t(texts::GROUP_VERDICT_HEADING)}
            </h2>
            <p class="kr-verdict-level" data-testid="group-verdict" data-outcome=outcome.id()>
                {widget.t(outcome_key(outcome))}
            </p>
            <p>
                {widget
                    .fill(
                        texts::GROUP_TYPICAL,
                        &[("verdict", widget.t(outcome_key(verdict.typical)))],
                    )}
            </p>
            {contested}
            <p class="kr-label">{widget.t(texts::GROUP_MEMBER_VERDICTS)}</p>
            <ul>{member_verdicts}</ul>
        </section>
    }
    .into_any()
}

/// The scores per part: the dot plot, and as its text alternative each
/// part's mean, spread and every respondent's score (of the first `shown`,
/// until all are shown).
fn scores_section(
    widget: Assessment,
    dimensions: Vec<DimensionSpread>,
    labels: &[String],
    shown: usize,
    ringed: Option<usize>,
) -> AnyView {
    let ringed = ringed.and_then(|at| labels.get(at).map(|label| (at, label.clone())));
    let mut head = vec![
        widget.t(texts::CHART_COL_PART).to_owned(),
        widget.t(texts::GROUP_COL_MEAN).to_owned(),
        widget.t(texts::GROUP_COL_SPREAD).to_owned(),
    ];
    head.extend(labels.iter().take(shown).cloned());
    let first = (shown < labels.len()).then(|| {
        let text = widget.fill(
            texts::GROUP_SPREAD_FIRST,
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
            let mut cells = vec![part(widget, &d.dimension), cell(d.mean), cell(d.spread)];
            cells.extend(d.positions.iter().take(shown).map(|p| cell(*p)));
            Row {
                id: format!("spread-{}", d.dimension),
                cells,
            }
        })
        .collect();
    section(
        widget,
        texts::CHART_HEADING,
        view! {
            {dot_plot(widget, dimensions, ringed)}
            {table(widget, "group-spread", widget.t(texts::CHART_HEADING), head, rows)}
            {first}
        },
    )
}

/// The gap between the public and the private side, per part.
fn gap_section(widget: Assessment, side_gaps: &[SideGap]) -> AnyView {
    let head = [
        texts::CHART_COL_PART,
        texts::GROUP_COL_PUBLIC,
        texts::GROUP_COL_PRIVATE,
        texts::GROUP_COL_GAP,
    ]
    .map(|key| widget.t(key).to_owned())
    .to_vec();
    let rows = side_gaps
        .iter()
        .filter(|g| g.public.is_some() || g.private.is_some())
        .map(|g| Row {
            id: format!("gap-{}", g.dimension),
            cells: vec![
                part(widget, &g.dimension),
                cell(g.public),
                cell(g.private),
                cell(g.gap),
            ],
        })
        .collect();
    section(
        widget,
        texts::GROUP_GAP_HEADING,
        view! {
            <p class="kr-hint">{widget.t(texts::GROUP_GAP_INTRO)}</p>
            {table(widget, "group-gap", widget.t(texts::GROUP_GAP_HEADING), head, rows)}
        },
    )
}

/// The knock-outs and conditions, with who raised each and for whom it is
/// still open.
fn flags_section(widget: Assessment, flags: &[GroupFlag], labels: &[String]) -> AnyView {
    let id = widget.dom_id("group-flags");
    let names = |who: &[usize]| {
        who.iter()
            .filter_map(|&i| labels.get(i).map(String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let list = flags
        .iter()
        .filter_map(|g| {
            let flag = widget.content.flag(&g.flag)?;
            let raised = (!g.raised_by.is_empty())
                .then(|| widget.fill(texts::GROUP_RAISED_BY, &[("names", &names(&g.raised_by))]));
            let open = (!g.open_for.is_empty())
                .then(|| widget.fill(texts::GROUP_OPEN_FOR, &[("names", &names(&g.open_for))]));
            Some(view! {
                <li
                    class="kr-flag"
                    class:kr-flag-open=g.raised_by.is_empty()
                    data-testid=format!("group-flag-{}", g.flag)
                >
                    <h3 class="kr-flag-title">{widget.tr(&flag.title)}</h3>
                    <p>
                        <strong>{raised}</strong>
                    </p>
                    <p>{open}</p>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let none = list.is_empty().then(|| widget.t(texts::FLAGS_NONE));
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{widget.t(texts::FLAGS_HEADING)}</h2>
            <p>{none}</p>
            <ul class="kr-flags">{list}</ul>
        </section>
    }
    .into_any()
}

/// A respondent as the room sees them: the label and, when known, the
/// side, such as "Politie (Overheid)".
fn who(widget: Assessment, label: &str, response: &Response) -> String {
    match response
        .side(widget.content)
        .map(|side| side_label(&widget, side))
    {
        Some(side) if !side.is_empty() => format!("{label} ({side})"),
        _ => label.to_owned(),
    }
}

/// A section with a heading (`heading`, a text key) around `body`.
fn section(widget: Assessment, heading: &'static str, body: impl IntoView + 'static) -> AnyView {
    let id = widget.dom_id(heading);
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{widget.t(heading)}</h2>
            {body}
        </section>
    }
    .into_any()
}
