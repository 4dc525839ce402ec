//! The chart's figures as a table, its text alternative.

use super::band::Band;
use crate::model::score::DimensionScore;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn ScoreTable(rows: Memo<Vec<DimensionScore>>) -> impl IntoView {
    let widget = use_assessment();
    let caption_id = widget.dom_id("chart-caption");
    let (low, high) = (
        widget.content.verdict.not_yet_below,
        widget.content.verdict.promising_from,
    );
    let body = move || {
        rows.get()
            .into_iter()
            .map(|d| {
                let part = widget.part_title(&Part::Dimension(d.dimension.clone()));
                let score = d
                    .score
                    .map(whole)
                    .unwrap_or_else(|| widget.t(texts::CHART_NO_SCORE).to_owned());
                let band = d
                    .score
                    .map(|v| super::band_text(widget, Band::of(v, low, high)))
                    .unwrap_or_default();
                let answered = format!("{}%", whole(d.certainty() * 100.0));
                view! {
                    <tr>
                        <th scope="row">{part}</th>
                        <td>{score}</td>
                        <td>{band}</td>
                        <td>{answered}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <details class="kr-chart-table">
            <summary>{move || widget.t(texts::CHART_TABLE)}</summary>
            <div
                class="kr-table-wrap"
                role="region"
                tabindex="0"
                aria-labelledby=caption_id.clone()
            >
                <table>
                    <caption id=caption_id.clone() class="kr-visually-hidden">
                        {move || widget.t(texts::CHART_HEADING)}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || widget.t(texts::CHART_COL_PART)}</th>
                            <th scope="col">{move || widget.t(texts::CHART_COL_SCORE)}</th>
                            <th scope="col">{move || widget.t(texts::CHART_COL_BAND)}</th>
                            <th scope="col">{move || widget.t(texts::CHART_COL_ANSWERED)}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </details>
    }
}
