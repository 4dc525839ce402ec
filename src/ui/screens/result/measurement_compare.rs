//! Comparing two measurements, any two: the latest two unless the user
//! picks others, per part what changed.

use crate::model::measurement::{compare, in_date_order, latest_pair};
use crate::session::texts;
use crate::ui::screens::result::measurements::change_table;
use crate::ui::screens::result::verdict::outcome_key;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn ComparePair() -> impl IntoView {
    let widget = use_assessment();
    let list = widget.work.measurements;
    // The pair picked, as indices into the list; forgotten when either is
    // deleted, so a deletion falls back to the latest two.
    let picked = RwSignal::new(None::<(usize, usize)>);
    let pair = Memo::new(move |_| {
        list.with(|l| {
            picked
                .get()
                .filter(|(a, b)| a != b && *a < l.len() && *b < l.len())
                .or_else(|| latest_pair(l))
        })
    });
    let choose = move |which: usize, value: String| {
        let Ok(index) = value.parse::<usize>() else {
            return;
        };
        if let Some((before, after)) = pair.get_untracked() {
            picked.set(Some(if which == 0 {
                (index, after)
            } else {
                (before, index)
            }));
        }
    };
    let select = move |which: usize, key: &'static str, testid: &'static str| {
        let id = widget.dom_id(testid);
        let options = move || {
            list.with(|l| {
                in_date_order(l)
                    .into_iter()
                    .map(|i| {
                        let chosen =
                            pair.get()
                                .is_some_and(|p| if which == 0 { p.0 == i } else { p.1 == i });
                        let name = format!("{} · {}", l[i].date, l[i].label);
                        view! {
                            <option value=i.to_string() selected=chosen>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()
            })
        };
        view! {
            <div class="kr-field">
                <label class="kr-label" for=id.clone()>
                    {widget.text(key)}
                </label>
                <select
                    id=id
                    class="kr-input"
                    data-testid=testid
                    on:change=move |ev| choose(which, event_target_value(&ev))
                >
                    {options}
                </select>
            </div>
        }
    };
    let table = move || {
        let (before, after) = pair.get()?;
        list.with(|l| {
            let comparison = compare(widget.content, &l[before].response, &l[after].response);
            let step = widget.fill(
                texts::MEASURE_STEP,
                &[
                    ("before", &l[before].label),
                    ("after", &l[after].label),
                    ("from", widget.t(outcome_key(comparison.before))),
                    ("to", widget.t(outcome_key(comparison.after))),
                ],
            );
            Some(change_table(widget, step, comparison))
        })
    };
    // Drawn once while there is a pair, so the selects keep focus when the
    // pair changes; only the table follows it.
    let has_pair = Memo::new(move |_| pair.with(Option::is_some));
    view! {
        <Show when=move || has_pair.get()>
            <h3>{widget.text(texts::MEASURE_COMPARE)}</h3>
            <div class="kr-compare-pick">
                {select(0, texts::MEASURE_FROM, "measurement-from")}
                {select(1, texts::MEASURE_TO, "measurement-to")}
            </div>
            {table}
        </Show>
    }
}
