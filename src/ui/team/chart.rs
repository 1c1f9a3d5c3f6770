//! Every member's week against their contract, stacked by category, on one scale (the
//! compare page's chart; the members table carries the same figures as text).

use leptos::prelude::*;

use super::use_team;
use crate::ui::compare::charts::category_legend;
use workload_core::engine::chart::weeks_html;
use workload_core::engine::Report;

#[component]
pub fn Weeks() -> impl IntoView {
    let team = use_team();
    let chart = move || {
        team.after.with(|list| {
            let columns: Vec<(&str, &Report)> = list.iter().map(|f| (f.label.as_str(), &f.report)).collect();
            weeks_html(&columns, 640.0)
        })
    };
    view! {
        <section class="card team-weeks" aria-labelledby="weeks-title">
            <h2 id="weeks-title">"Each member's week"</h2>
            <figure class="chart">
                <div inner_html=chart></div>
                <figcaption>{category_legend()}</figcaption>
            </figure>
        </section>
    }
}
