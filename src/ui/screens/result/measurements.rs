//! Monitoring over time: the result saved as a dated, named measurement,
//! the list of measurements, and per part what changed since the one
//! before.

use crate::model::evaluation::Evaluation;
use crate::model::measurement::{timeline, Comparison, Measurement};
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts as k;
use crate::ui::device;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::use_assessment;
use crate::ui::state::Assessment;
use crate::ui::widgets::table::{table, Row};
use leptos::prelude::*;

#[component]
pub fn Measurements() -> impl IntoView {
    let s = use_assessment();
    let list = s.work.measurements;
    let heading = s.dom_id("measure");
    let name_id = s.dom_id("measure-name");
    let hint_id = s.dom_id("measure-hint");
    let name = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<String>);
    let save = move |_| {
        let date = device::today();
        let typed = name.get_untracked().trim().to_owned();
        let label = if typed.is_empty() {
            date.clone()
        } else {
            typed
        };
        list.update(|l| {
            l.push(Measurement {
                label: label.clone(),
                date,
                response: s.response.get_untracked(),
            })
        });
        name.set(String::new());
        saved.set(Some(label));
    };
    // The list and the comparisons, drawn from plain values and redrawn
    // when the list or the language (read in here) changes.
    let listed = move || list.with(|l| measurement_list(s, list, l));
    view! {
        <section
            class="kr-section kr-no-print"
            aria-labelledby=heading.clone()
            data-testid="measurements"
        >
            <h2 id=heading.clone()>{s.text(k::MEASURE_HEADING)}</h2>
            <p class="kr-hint">{s.text(k::MEASURE_INTRO)}</p>
            <div class="kr-field">
                <label class="kr-label" for=name_id.clone()>
                    {s.text(k::MEASURE_NAME)}
                </label>
                <p class="kr-hint" id=hint_id.clone()>
                    {s.text(k::MEASURE_NAME_HINT)}
                </p>
                <input
                    id=name_id
                    class="kr-input"
                    type="text"
                    autocomplete="off"
                    maxlength="80"
                    aria-describedby=hint_id
                    data-testid="measurement-name"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <div class="kr-actions">
                <button
                    type="button"
                    class="kr-button kr-secondary"
                    data-testid="measurement-save"
                    on:click=save
                >
                    {s.text(k::MEASURE_SAVE)}
                </button>
                <span class="kr-hint" role="status">
                    {move || saved.get().map(|n| s.fill(k::MEASURE_SAVED, &[("name", &n)]))}
                </span>
            </div>
            {listed}
        </section>
    }
}

/// Every measurement with a way to delete it, then what changed from each
/// to the next.
fn measurement_list(s: Assessment, list: RwSignal<Vec<Measurement>>, l: &[Measurement]) -> AnyView {
    let entries = l
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let outcome = Evaluation::of(s.content, &m.response).verdict.outcome;
            let entry = s.fill(
                k::MEASURE_ENTRY,
                &[
                    ("date", &m.date),
                    ("name", &m.label),
                    ("verdict", s.t(outcome_key(outcome))),
                ],
            );
            let delete = move |_| {
                list.update(|l| {
                    if i < l.len() {
                        l.remove(i);
                    }
                })
            };
            view! {
                <li class="kr-measurement" data-testid="measurement">
                    <span>{entry}</span>
                    " "
                    <button
                        type="button"
                        class="kr-link"
                        data-testid="measurement-delete"
                        on:click=delete
                    >
                        {s.fill(k::MEASURE_DELETE, &[("name", &m.label)])}
                    </button>
                </li>
            }
        })
        .collect_view();
    let steps = timeline(s.content, l);
    let compare = (!steps.is_empty()).then(|| {
        let tables = steps
            .into_iter()
            .map(|(before, after, comparison)| {
                let step = s.fill(
                    k::MEASURE_STEP,
                    &[
                        ("before", &l[before].label),
                        ("after", &l[after].label),
                        ("from", s.t(outcome_key(comparison.before))),
                        ("to", s.t(outcome_key(comparison.after))),
                    ],
                );
                change_table(s, step, comparison)
            })
            .collect_view();
        view! {
            <h3>{s.t(k::MEASURE_COMPARE)}</h3>
            {tables}
        }
    });
    view! {
        <ul class="kr-measurements">{entries}</ul>
        {compare}
    }
    .into_any()
}

/// What changed per part from one measurement to the next.
fn change_table(s: Assessment, step: String, comparison: Comparison) -> AnyView {
    let score = |v: Option<f64>| v.map(whole).unwrap_or_else(|| "–".to_owned());
    let head = [
        k::CHART_COL_PART,
        k::MEASURE_COL_BEFORE,
        k::MEASURE_COL_AFTER,
        k::MEASURE_COL_CHANGE,
    ]
    .map(|key| s.t(key).to_owned())
    .to_vec();
    let rows = comparison
        .dimensions
        .into_iter()
        .filter(|d| d.before.is_some() || d.after.is_some())
        .map(|d| Row {
            cells: vec![
                s.part_title(&Part::Dimension(d.dimension.clone())),
                score(d.before),
                score(d.after),
                d.change.map_or_else(|| "–".to_owned(), signed),
            ],
            id: format!("change-{}", d.dimension),
        })
        .collect();
    table(s, "measurement-change", step, head, rows)
}

/// A change with its sign, rounded: "+25", "-13", "0".
fn signed(change: f64) -> String {
    let rounded = change.round();
    if rounded > 0.0 {
        format!("+{}", whole(rounded))
    } else if rounded < 0.0 {
        whole(rounded)
    } else {
        "0".to_owned()
    }
}
