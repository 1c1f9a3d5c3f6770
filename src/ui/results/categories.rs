//! The category table: hours per week and shares that add up to 100%.

use leptos::prelude::*;

use super::chart::category_class;
use crate::ui::state::use_state;
use workload_core::engine::format;

#[component]
pub fn CategoryTable() -> impl IntoView {
    let state = use_state();
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
                <tbody>
                    {move || state.report.with(|r| {
                        r.categories.iter().map(|c| {
                            let share = if r.total > 0.0 { format!("{}%", format::percent_tenths(c.share_tenths)) } else { "—".into() };
                            view! {
                                <tr>
                                    <th scope="row">
                                        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" class=category_class(c.category) /></svg>
                                        {c.category.label()}
                                    </th>
                                    <td>{format::hours(c.minutes)}</td>
                                    <td>{share}</td>
                                </tr>
                            }
                        }).collect_view()
                    })}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Total"</th>
                        <td id="total-hours">{move || state.report.with(|r| format::hours(r.total))}</td>
                        <td>{move || state.report.with(|r| if r.total > 0.0 { "100.0%" } else { "—" })}</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}
