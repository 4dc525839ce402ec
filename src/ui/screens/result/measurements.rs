//! Monitoring over time: the result saved as a dated, named measurement,
//! the list of measurements, and per part what changed between any two
//! (`measurement_compare`). The body of the result's section on it, in the
//! full build.

use crate::model::evaluation::Evaluation;
use crate::model::measurement::{Comparison, Measurement};
use crate::session::file_name::file_name;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::spreadsheet::measurements_csv;
use crate::session::texts;
use crate::ui::device;
use crate::ui::screens::result::measurement_compare::ComparePair;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::use_assessment;
use crate::ui::state::Assessment;
use crate::ui::widgets::download_button::DownloadButton;
use crate::ui::widgets::table::{table, Row};
use crate::ui::widgets::text_field::TextField;
use leptos::prelude::*;

#[component]
pub fn Measurements() -> impl IntoView {
    let widget = use_assessment();
    let list = widget.work.measurements;
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
                response: widget.response.get_untracked(),
            })
        });
        name.set(String::new());
        saved.set(Some(label));
    };
    let export = Callback::new(move |()| {
        let text = widget.lang.with_untracked(|lang| {
            list.with_untracked(|l| measurements_csv(widget.content, l, lang))
        });
        (
            file_name("measurements", "", &device::now_stamp(), "csv"),
            text,
        )
    });
    // The list and the comparisons, drawn from plain values and redrawn
    // when the list or the language (read in here) changes.
    let listed = move || list.with(|l| measurement_list(widget, list, l));
    view! {
        <p class="kr-hint">{widget.text(texts::MEASURE_INTRO)}</p>
        <TextField
            name="measure-name"
            label=texts::MEASURE_NAME
            hint=texts::MEASURE_NAME_HINT
            testid="measurement-name"
            value=name
            on_input=Callback::new(move |typed| name.set(typed))
        />
        <div class="kr-actions">
            <button
                type="button"
                class="kr-button kr-secondary"
                data-testid="measurement-save"
                on:click=save
            >
                {widget.text(texts::MEASURE_SAVE)}
            </button>
            <span class="kr-hint" role="status">
                {move || {
                    saved.get().map(|n| widget.fill(texts::MEASURE_SAVED, &[("name", &n)]))
                }}
            </span>
        </div>
        {listed}
        <Show when=move || list.with(|l| !l.is_empty())>
            <div class="kr-actions">
                <DownloadButton
                    label=texts::MEASURE_EXPORT
                    testid="measurements-csv"
                    mime="text/csv"
                    file=export
                />
            </div>
        </Show>
        <ComparePair />
    }
}

/// Every measurement with a way to delete it.
fn measurement_list(
    widget: Assessment,
    list: RwSignal<Vec<Measurement>>,
    l: &[Measurement],
) -> AnyView {
    let entries = l
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let outcome = Evaluation::of(widget.content, &m.response).verdict.outcome;
            let entry = widget.fill(
                texts::MEASURE_ENTRY,
                &[
                    ("date", &m.date),
                    ("name", &m.label),
                    ("verdict", widget.t(outcome_key(outcome))),
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
                        {widget.fill(texts::MEASURE_DELETE, &[("name", &m.label)])}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="kr-measurements">{entries}</ul> }.into_any()
}

/// What changed per part from one measurement to another.
pub fn change_table(widget: Assessment, step: String, comparison: Comparison) -> AnyView {
    let score = |v: Option<f64>| v.map(whole).unwrap_or_else(|| "–".to_owned());
    let head = [
        texts::CHART_COL_PART,
        texts::MEASURE_COL_BEFORE,
        texts::MEASURE_COL_AFTER,
        texts::MEASURE_COL_CHANGE,
    ]
    .map(|key| widget.t(key).to_owned())
    .to_vec();
    let rows = comparison
        .dimensions
        .into_iter()
        .filter(|d| d.before.is_some() || d.after.is_some())
        .map(|d| Row {
            cells: vec![
                widget.part_title(&Part::Dimension(d.dimension.clone())),
                score(d.before),
                score(d.after),
                d.change.map_or_else(|| "–".to_owned(), signed),
            ],
            id: format!("change-{}", d.dimension),
        })
        .collect();
    table(widget, "measurement-change", step, head, rows)
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
