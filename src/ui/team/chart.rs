//! Every member's week against their contract, stacked by category, on one scale (the
//! compare page's chart, engine-written SVG). Folded until opened, and drawn only while
//! open: a team of two hundred is a tall chart, and the members table carries the same
//! figures as text.

use leptos::prelude::*;

use super::use_team;
use crate::ui::compare::charts::category_legend;
use crate::ui::folded::Folded;
use workload_core::engine::chart::weeks_html;
use workload_core::engine::Report;

/// The chart's width in SVG units (its viewBox), as on the compare page.
const WIDTH: f64 = 640.0;

#[component]
pub fn Weeks() -> impl IntoView {
    let team = use_team();
    let chart = move || {
        team.after.with(|list| {
            let columns: Vec<(&str, &Report)> = list.iter().map(|f| (f.label.as_str(), &f.report)).collect();
            weeks_html(&columns, WIDTH)
        })
    };
    view! {
        <section class="card team-weeks" aria-labelledby="weeks-title">
            <h2 id="weeks-title">"Each member's week"</h2>
            <Folded title="The chart: each week stacked by category against its contract" class="folded">
                <figure class="chart">
                    <div inner_html=chart></div>
                    <figcaption>{category_legend()}</figcaption>
                </figure>
            </Folded>
        </section>
    }
}
