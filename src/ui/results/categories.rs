//! The category table: hours per week and shares that add up to 100%.

use leptos::prelude::*;

use super::chart::category_class;
use super::{category_figure, figure};
use workload_core::engine::format;
use workload_core::model::Category;

/// The six categories always have a row each, in a fixed order: rows are drawn once and
/// their figures change in place.
#[component]
pub fn CategoryTable() -> impl IntoView {
    let rows = Category::ALL
        .iter()
        .map(|&c| {
            view! {
                <tr>
                    <th scope="row">
                        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" class=category_class(c) /></svg>
                        {c.label()}
                    </th>
                    <td>{category_figure(c, |r, c| format::hours(r.minutes(c)))}</td>
                    <td>{category_figure(c, |r, c| match r.line(c) {
                        Some(l) if r.total > 0.0 => format!("{}%", format::percent_tenths(l.share_tenths)),
                        _ => "—".into(),
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="categories-title">
            <h3 id="categories-title">"Hours by category"</h3>
            <table class="numbers" id="category-table">
                <thead>
                    <tr>
                        <th scope="col">"Category"</th>
                        <th scope="col">"Hours a week"</th>
                        <th scope="col">"Share"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Total"</th>
                        <td id="total-hours">{figure(|r| format::hours(r.total))}</td>
                        <td>{figure(|r| if r.total > 0.0 { "100.0%" } else { "—" }.to_string())}</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}
