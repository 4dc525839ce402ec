//! The facilitator's group view: responses collected by pasted code, link
//! or file, then where the group agrees and differs. The differences
//! between the parties are often the earliest warning of all.

use super::app::{use_assessment, Assessment};
use super::chart::{px, threshold_line};
use super::confirm::ConfirmAction;
use super::device;
use super::result::Stamp;
use super::share::{DownloadButton, PrintButton};
use super::step::BackButton;
use super::verdict::outcome_key;
use super::workshop::Opened;
use crate::model::answer_file::from_file;
use crate::model::code::{self, Shared};
use crate::model::content::{Content, QuestionRole};
use crate::model::group::{summarise, DimensionSpread, GroupSummary, Member};
use crate::model::group_export::{to_csv, to_json};
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::sharing::pasted_codes;
use crate::session::texts as k;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Statements shown where views differ most.
const DISAGREEMENTS: usize = 6;

/// Respondents shown one by one (a row of the member list, a column of the
/// table of scores) until all are asked for: a workshop's group fits whole,
/// and a room's 500 files do not cost 500 rows of controls and 500 columns
/// (seconds of rendering on a slow phone) before the summary shows.
const MEMBERS_SHOWN: usize = 20;

/// What adding responses came to, told in the language shown now.
#[derive(Clone, Debug, PartialEq)]
enum Told {
    Added(usize),
    /// A pasted line (1-based) and the key of what is wrong with it.
    Line(usize, &'static str),
    /// A file's name and the key of what is wrong with it.
    File(String, &'static str),
}

#[component]
pub fn GroupView() -> impl IntoView {
    let s = use_assessment();
    let members = s.work.members;
    let title_id = s.dom_id("group-title");
    let summary = Memo::new(move |_| members.with(|m| summarise(s.content, m)));
    // Whether every respondent is shown one by one, or the first few.
    let all = RwSignal::new(false);
    // A file of the group as `write` puts it, named with today's date.
    let export = move |ext: &'static str, write: fn(&Content, &[Member]) -> String| {
        Callback::new(move |()| {
            let text = members.with_untracked(|m| write(s.content, m));
            (format!("kansrijk-group-{}.{ext}", device::today()), text)
        })
    };
    // "Back" sits in a plain row, not in the sticky step navigation of the
    // question screens: this screen is long, and a bar over it would hide
    // its controls.
    view! {
        <section class="kr-main kr-group" aria-labelledby=title_id.clone() data-testid="group">
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {s.text(k::GROUP_TITLE)}
            </h1>
            <p class="kr-lead kr-no-print">{s.text(k::GROUP_INTRO)}</p>
            <Stamp />
            <AddResponses />
            // The count and what the group's answers show come first: with
            // many respondents, the list of them is long.
            <Show
                when=move || members.with(|m| !m.is_empty())
                fallback=move || view! { <p class="kr-hint">{s.text(k::GROUP_EMPTY)}</p> }
            >
                <p class="kr-group-count" data-testid="group-count">
                    {move || {
                        s.fill(k::GROUP_COUNT, &[("count", &members.with(Vec::len).to_string())])
                    }}
                </p>
            </Show>
            {move || {
                let shown = if all.get() { usize::MAX } else { MEMBERS_SHOWN };
                summary.get().map(|summary| summary_view(s, summary, shown))
            }}
            <MemberList summary all />
            <Show when=move || members.with(|m| !m.is_empty())>
                <div class="kr-actions kr-no-print">
                    <DownloadButton
                        label=k::GROUP_EXPORT_CSV
                        testid="group-csv"
                        mime="text/csv"
                        file=export("csv", to_csv)
                    />
                    <DownloadButton
                        label=k::GROUP_EXPORT_JSON
                        testid="group-json"
                        mime="application/json"
                        file=export("json", to_json)
                    />
                    <PrintButton />
                </div>
                <div class="kr-no-print">
                    <ConfirmAction
                        label=k::GROUP_DELETE
                        question=k::GROUP_DELETE_CONFIRM
                        yes=k::GROUP_DELETE_YES
                        testid="group-delete"
                        on_yes=Callback::new(move |()| {
                            members.set(Vec::new());
                            all.set(false);
                        })
                    />
                </div>
            </Show>
            <div class="kr-actions kr-back-row kr-no-print">
                <BackButton on_back=Callback::new(move |()| s.show_start()) />
            </div>
        </section>
    }
}

/// Pasting codes or links, and opening answer files. What cannot be read
/// is told line by line or file by file, and changes nothing.
#[component]
fn AddResponses() -> impl IntoView {
    let s = use_assessment();
    let paste_id = s.dom_id("group-paste");
    let files_id = s.dom_id("group-files");
    let pasted = RwSignal::new(String::new());
    let told = RwSignal::new(Vec::<Told>::new());
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        let lines = pasted_codes(&text);
        let mut news = Vec::new();
        let mut failed = Vec::new();
        let mut read = Vec::new();
        for (line, code_text) in &lines {
            match code::decode(s.content, code_text) {
                Ok(shared) => read.push(shared),
                Err(e) => {
                    news.push(Told::Line(*line, k::code_error_key(&e)));
                    failed.push(*code_text);
                }
            }
        }
        if lines.is_empty() {
            news.push(Told::Line(1, k::CODE_ERROR_EMPTY));
        }
        if !read.is_empty() {
            news.insert(0, Told::Added(read.len()));
            s.add_to_group(read);
        }
        // Only the lines that failed stay, to be corrected or cleared.
        pasted.set(failed.join("\n"));
        told.set(news);
    };
    let open_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else {
            return;
        };
        spawn_local(async move {
            let mut news = Vec::new();
            let mut read = Vec::new();
            for (name, bytes) in device::read_files(files).await {
                match from_file(s.content, &bytes) {
                    Ok((shared, _)) => read.push(shared),
                    Err(e) => news.push(Told::File(name, k::file_error_key(&e))),
                }
            }
            if !read.is_empty() {
                news.insert(0, Told::Added(read.len()));
                s.add_to_group(read);
            }
            told.set(news);
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    let message = move |t: &Told| match t {
        Told::Added(n) => s.fill(k::GROUP_ADDED, &[("count", &n.to_string())]),
        Told::Line(line, problem) => s.fill(
            k::GROUP_LINE_ERROR,
            &[("line", &line.to_string()), ("problem", s.t(problem))],
        ),
        Told::File(name, problem) => format!("{name}: {}", s.t(problem)),
    };
    view! {
        <div class="kr-add kr-no-print">
            <div class="kr-field">
                <label class="kr-label" for=paste_id.clone()>
                    {s.text(k::GROUP_PASTE)}
                </label>
                <textarea
                    id=paste_id
                    class="kr-input kr-code"
                    rows="4"
                    spellcheck="false"
                    data-testid="group-paste"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <div class="kr-actions">
                    <button
                        type="button"
                        class="kr-button kr-primary"
                        data-testid="group-add"
                        on:click=add_pasted
                    >
                        {s.text(k::GROUP_ADD)}
                    </button>
                </div>
            </div>
            <div class="kr-field">
                <label class="kr-label" for=files_id.clone()>
                    {s.text(k::GROUP_FILES)}
                </label>
                <input
                    id=files_id
                    class="kr-file"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    data-testid="group-files"
                    on:change=open_files
                />
            </div>
            <div class="kr-told" role="status" data-testid="group-messages">
                {move || {
                    told.get()
                        .iter()
                        .map(|t| {
                            let error = !matches!(t, Told::Added(_));
                            view! { <p class:kr-error=error>{message(t)}</p> }
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
}

/// The responses, each with its label (editable), side and verdict, and a
/// way to see the whole result or remove it. A long list shows its first
/// rows and a button that shows every respondent (`all`), here and in the
/// table of scores, and hides them again.
#[component]
fn MemberList(summary: Memo<Option<GroupSummary>>, all: RwSignal<bool>) -> impl IntoView {
    let s = use_assessment();
    let members = s.work.members;
    let heading_id = s.dom_id("group-members-heading");
    // Stored: the list and the button that controls it each read it in a
    // view of its own.
    let list_id = StoredValue::new(s.dom_id("group-members"));
    let count = move || members.with(Vec::len);
    let shown = move || {
        if all.get() {
            count()
        } else {
            count().min(MEMBERS_SHOWN)
        }
    };
    let fill = move |key| {
        let count = count().to_string();
        s.fill(
            key,
            &[("count", &count), ("shown", &MEMBERS_SHOWN.to_string())],
        )
    };
    let toggle = move || {
        fill(if all.get() {
            k::GROUP_SHOW_FIRST
        } else {
            k::GROUP_SHOW_ALL
        })
    };
    view! {
        <Show when=move || { count() > 0 }>
            <section class="kr-section kr-no-print" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{s.text(k::GROUP_MEMBERS_HEADING)}</h2>
                <Show when=move || { shown() < count() }>
                    <p class="kr-hint" data-testid="group-members-first">
                        {move || fill(k::GROUP_MEMBERS_FIRST)}
                    </p>
                </Show>
                <ol id=list_id.get_value() class="kr-members" data-testid="group-members">
                    <For
                        each=move || 0..shown()
                        key=|i| *i
                        children=move |i| view! { <MemberRow i summary /> }
                    />
                </ol>
                <Show when=move || { count() > MEMBERS_SHOWN }>
                    <p class="kr-actions">
                        <button
                            type="button"
                            class="kr-button kr-secondary"
                            data-testid="group-show-all"
                            aria-controls=list_id.get_value()
                            aria-expanded=move || all.get().to_string()
                            on:click=move |_| all.update(|all| *all = !*all)
                        >
                            {toggle}
                        </button>
                    </p>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn MemberRow(i: usize, summary: Memo<Option<GroupSummary>>) -> impl IntoView {
    let s = use_assessment();
    let members = s.work.members;
    let input_id = s.dom_id(&format!("member-{i}"));
    let label = move || members.with(|m| m.get(i).map(|m| m.label.clone()).unwrap_or_default());
    let about = move || {
        let side = members.with(|m| {
            m.get(i)
                .and_then(|m| m.response.side(s.content))
                .map(str::to_owned)
        });
        let verdict = summary.with(|g| {
            g.as_ref()
                .and_then(|g| g.verdict.members.get(i).copied())
                .map(|o| s.t(outcome_key(o)))
        });
        [side.map(|side| side_label(&s, &side)), verdict]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let show = move |_| {
        let opened = members.with_untracked(|m| {
            m.get(i).map(|m| Opened {
                shared: Shared {
                    response: m.response.clone(),
                    label: Some(m.label.clone()),
                },
                member: Some(i),
            })
        });
        if let Some(opened) = opened {
            s.open(opened);
        }
    };
    let remove = move |_| {
        members.update(|m| {
            if i < m.len() {
                m.remove(i);
            }
        })
    };
    view! {
        <li class="kr-member" data-testid="group-member">
            <label class="kr-label" for=input_id.clone()>
                {move || s.fill(k::GROUP_MEMBER_LABEL, &[("n", &(i + 1).to_string())])}
            </label>
            <input
                id=input_id
                class="kr-input"
                type="text"
                autocomplete="off"
                maxlength="60"
                data-testid="member-label"
                prop:value=label
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    members
                        .update(|m| {
                            if let Some(m) = m.get_mut(i) {
                                m.label = value;
                            }
                        });
                }
            />
            <p class="kr-hint">{about}</p>
            <p class="kr-actions kr-no-print">
                <button type="button" class="kr-link" data-testid="member-show" on:click=show>
                    {s.text(k::GROUP_SHOW)}
                    <span class="kr-visually-hidden">": " {label}</span>
                </button>
                <button type="button" class="kr-link" data-testid="member-remove" on:click=remove>
                    {s.text(k::GROUP_REMOVE)}
                    <span class="kr-visually-hidden">": " {label}</span>
                </button>
            </p>
        </li>
    }
}

/// The name of a side, as the side question words it.
fn side_label(s: &Assessment, side: &str) -> &'static str {
    s.content
        .question_with_role(QuestionRole::Side)
        .and_then(|q| q.choices.iter().find(|c| c.id == side))
        .map_or("", |c| s.tr(&c.label))
}

/// Everything the group's answers show together. Drawn from plain values
/// inside the view that tracks them (the language, the labels, the screen
/// width), which rebuilds it when one changes; that keeps this large view
/// free of per-text reactive code. The table of scores has a column for
/// each of the first `shown` respondents.
fn summary_view(s: Assessment, summary: GroupSummary, shown: usize) -> AnyView {
    let verdict_id = s.dom_id("group-verdict");
    let disagree_id = s.dom_id("group-disagree");
    let flags_id = s.dom_id("group-flags");
    let part = |id: &str| s.part_title(&Part::Dimension(id.to_owned()));
    let labels: Vec<String> = s
        .work
        .members
        .with(|m| m.iter().map(|m| m.label.clone()).collect());
    let names = |who: &[usize]| {
        who.iter()
            .filter_map(|&i| labels.get(i).map(String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let cell = |v: Option<f64>| v.map(whole).unwrap_or_else(|| "–".to_owned());
    let GroupSummary {
        dimensions,
        disagreements,
        side_gaps,
        flags,
        verdict,
        ..
    } = summary;

    let outcome = verdict.outcome;
    let member_verdicts = verdict
        .members
        .iter()
        .zip(&labels)
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

    let gaps = side_gaps
        .iter()
        .filter(|g| g.public.is_some() || g.private.is_some())
        .map(|g| Row {
            id: format!("gap-{}", g.dimension),
            cells: vec![
                part(&g.dimension),
                cell(g.public),
                cell(g.private),
                cell(g.gap),
            ],
        })
        .collect();

    let disagreement_list = disagreements
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
    let no_disagreement = disagreement_list
        .is_empty()
        .then(|| s.t(k::GROUP_DISAGREE_NONE));

    let flag_list = flags
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
    let no_flags = flag_list.is_empty().then(|| s.t(k::FLAGS_NONE));

    // The text alternative of the dot plot: each part's mean, spread and
    // every respondent's score (of the first few, until all are shown).
    let mut spread_head = vec![
        s.t(k::CHART_COL_PART).to_owned(),
        s.t(k::GROUP_COL_MEAN).to_owned(),
        s.t(k::GROUP_COL_SPREAD).to_owned(),
    ];
    spread_head.extend(labels.iter().take(shown).cloned());
    let spread_first = (shown < labels.len()).then(|| {
        s.fill(
            k::GROUP_SPREAD_FIRST,
            &[
                ("shown", &shown.to_string()),
                ("count", &labels.len().to_string()),
            ],
        )
    });
    let spread_rows = dimensions
        .iter()
        .filter(|d| d.mean.is_some())
        .map(|d| {
            let mut cells = vec![part(&d.dimension), cell(d.mean), cell(d.spread)];
            cells.extend(d.positions.iter().take(shown).map(|p| cell(*p)));
            Row {
                id: format!("spread-{}", d.dimension),
                cells,
            }
        })
        .collect();
    let gap_head = [
        k::CHART_COL_PART,
        k::GROUP_COL_PUBLIC,
        k::GROUP_COL_PRIVATE,
        k::GROUP_COL_GAP,
    ]
    .map(|key| s.t(key).to_owned())
    .to_vec();

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
        {section(
            s,
            k::CHART_HEADING,
            view! {
                {dot_plot(s, dimensions)}
                {table(s, "group-spread", s.t(k::CHART_HEADING), spread_head, spread_rows)}
                {spread_first
                    .map(|text| {
                        view! {
                            <p class="kr-hint" data-testid="group-spread-first">
                                {text}
                            </p>
                        }
                    })}
            },
        )}
        {section(
            s,
            k::GROUP_GAP_HEADING,
            view! {
                <p class="kr-hint">{s.t(k::GROUP_GAP_INTRO)}</p>
                {table(s, "group-gap", s.t(k::GROUP_GAP_HEADING), gap_head, gaps)}
            },
        )}
        <section class="kr-section" aria-labelledby=disagree_id.clone()>
            <h2 id=disagree_id.clone()>{s.t(k::GROUP_DISAGREE_HEADING)}</h2>
            <p>{no_disagreement}</p>
            <ol class="kr-answered-list" data-testid="group-disagreements">
                {disagreement_list}
            </ol>
        </section>
        <section class="kr-section" aria-labelledby=flags_id.clone()>
            <h2 id=flags_id.clone()>{s.t(k::FLAGS_HEADING)}</h2>
            <p>{no_flags}</p>
            <ul class="kr-flags">{flag_list}</ul>
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

/// One row of a [`Table`]: its test id, then its cells; the first cell
/// heads the row.
pub struct Row {
    pub id: String,
    pub cells: Vec<String>,
}

/// A table of figures that scrolls sideways on its own when it is wider
/// than the screen. Every table of the group view and of the measurements
/// is one of these.
pub fn table(
    s: Assessment,
    testid: &'static str,
    caption: impl Into<String>,
    head: Vec<String>,
    rows: Vec<Row>,
) -> AnyView {
    let caption: String = caption.into();
    let caption_id = s.dom_id(&format!("{testid}-caption"));
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.cells.into_iter();
            let first = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! {
                <tr data-testid=row.id>
                    <th scope="row">{first}</th>
                    {rest}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="kr-table-wrap" role="region" tabindex="0" aria-labelledby=caption_id.clone()>
            <table class="kr-table" data-testid=testid>
                <caption id=caption_id.clone()>{caption}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

const ROW: f64 = 54.0;
const TOP: f64 = 22.0;
/// Room at each end of the scale for a marker's half width.
const PAD: f64 = 7.0;

/// A marker shape per side, so the plot reads in black and white: a filled
/// circle for the public side, an open square for the private side, a
/// triangle for anyone else.
fn marker(side: Option<&str>, x: f64, y: f64) -> (String, &'static str) {
    match side {
        Some("public") => (
            format!("M{} {}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z", px(x - 5.0), px(y)),
            "kr-dot-public",
        ),
        Some("private") => (
            format!("M{} {}h9v9h-9z", px(x - 4.5), px(y - 4.5)),
            "kr-dot-private",
        ),
        _ => (
            format!("M{} {}l6 10h-12z", px(x), px(y - 6.0)),
            "kr-dot-other",
        ),
    }
}

/// Every respondent's score per part on one scale, with the mean as a bar,
/// drawn by the app as inline SVG; the table beside it is the text
/// alternative.
fn dot_plot(s: Assessment, dimensions: Vec<DimensionSpread>) -> AnyView {
    let title_id = s.dom_id("group-plot-title");
    let rows: Vec<DimensionSpread> = dimensions
        .into_iter()
        .filter(|d| d.mean.is_some())
        .collect();
    let sides: Vec<Option<String>> = s.work.members.with(|m| {
        m.iter()
            .map(|m| m.response.side(s.content).map(str::to_owned))
            .collect()
    });
    let width = if s.wide.get() { 640.0 } else { 340.0 };
    let x = move |score: f64| PAD + score / 100.0 * (width - 2.0 * PAD);
    let height = TOP + ROW * rows.len() as f64;
    let threshold = move |value: f64| threshold_line(x(value), height, "1", value);
    let drawn = rows
        .iter()
        .enumerate()
        .map(|(row, d)| {
            let y = TOP + ROW * row as f64;
            let line = y + 34.0;
            let mut seen: Vec<f64> = Vec::new();
            // One path per shape holds every dot of that shape: the same
            // drawing as a path per dot, in a few elements instead of one
            // per respondent.
            let mut shapes: Vec<(&'static str, String)> = Vec::new();
            for (score, side) in d.positions.iter().zip(&sides) {
                let Some(score) = *score else { continue };
                // Equal scores are stacked above and below the line, so
                // none hides another.
                let stack = seen
                    .iter()
                    .filter(|v| (**v - score).abs() < 2.0)
                    .take(2)
                    .count();
                seen.push(score);
                let offset = [0.0, -9.0, 9.0][stack];
                let (d, class) = marker(side.as_deref(), x(score), line + offset);
                match shapes.iter_mut().find(|(c, _)| *c == class) {
                    Some((_, all)) => all.push_str(&d),
                    None => shapes.push((class, d)),
                }
            }
            let dots = shapes
                .into_iter()
                .map(|(class, d)| view! { <path d=d class=class></path> })
                .collect_view();
            let mean = d.mean.map(|m| {
                view! { <rect x=px(x(m) - 2.0) y=px(line - 14.0) width="4" height="28" fill="#0b0c0c"></rect> }
            });
            view! {
                <line
                    x1=px(x(0.0))
                    x2=px(x(100.0))
                    y1=px(line)
                    y2=px(line)
                    stroke="#6f777b"
                    stroke-width="2"
                ></line>
                {mean}
                {dots}
                <text x="0" y=px(y + 12.0) class="kr-chart-label">
                    {s.part_title(&Part::Dimension(d.dimension.clone()))}
                </text>
            }
        })
        .collect_view();

    // The key: the mean's bar, then a shape for each side in the group.
    let mut shown: Vec<Option<&str>> = Vec::new();
    for side in &sides {
        let side = side
            .as_deref()
            .filter(|s| *s == "public" || *s == "private");
        if !shown.contains(&side) {
            shown.push(side);
        }
    }
    let other = s
        .content
        .question_with_role(QuestionRole::Side)
        .and_then(|q| {
            q.choices
                .iter()
                .find(|c| c.id != "public" && c.id != "private")
        });
    let legend = shown
        .into_iter()
        .map(|side| {
            let (d, class) = marker(side, 12.0, 8.0);
            let name = match side {
                Some(side) => side_label(&s, side),
                None => other.map_or("", |c| s.tr(&c.label)),
            };
            view! {
                <li>
                    <svg class="kr-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                        <path d=d class=class></path>
                    </svg>
                    <span>{name}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <figure class="kr-chart">
            <svg
                class="kr-chart-svg"
                role="img"
                aria-labelledby=title_id.clone()
                viewBox=format!("0 0 {} {}", px(width), px(height))
                width="100%"
                preserveAspectRatio="xMinYMin meet"
                data-testid="group-plot"
            >
                <title id=title_id.clone()>{s.t(k::GROUP_PLOT_LABEL)}</title>
                {threshold(s.content.verdict.not_yet_below)}
                {threshold(s.content.verdict.promising_from)}
                {drawn}
            </svg>
            <figcaption>
                <ul class="kr-chart-key">
                    <li>
                        <svg
                            class="kr-swatch"
                            viewBox="0 0 24 16"
                            aria-hidden="true"
                            focusable="false"
                        >
                            <rect x="10" y="1" width="4" height="14" fill="#0b0c0c"></rect>
                        </svg>
                        <span>{s.t(k::GROUP_PLOT_MEAN)}</span>
                    </li>
                    {legend}
                </ul>
            </figcaption>
        </figure>
    }
    .into_any()
}
