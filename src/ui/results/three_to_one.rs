//! The 3:1 week: the average week, the peak direct week, and what the indirect week holds.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::format;

#[component]
pub fn ThreeToOne() -> impl IntoView {
    let state = use_state();
    let uses = move || state.report.with(|r| r.uses_three_to_one);
    let rows = move || {
        state.report.with(|r| {
            let w = &r.three_to_one;
            let against = |m: f64, utilization: Option<f64>| match utilization {
                Some(u) => format!("{} h ({}% of capacity)", format::hours(m), format::percent(u)),
                None => format!("{} h", format::hours(m)),
            };
            vec![
                ("Average week", against(w.average_week, w.average_utilization)),
                ("Each direct week", against(w.peak_direct_week, w.peak_direct_utilization)),
                ("Direct service in a direct week", format!("{} h", format::hours(w.direct_in_direct_week))),
                ("Indirect week: room after duties and travel", format!("{} h", format::hours(w.indirect_week_room))),
                (
                    "Indirect, collaboration and paperwork per cycle",
                    format!("{} h", format::hours(w.flexible_per_cycle)),
                ),
                ("Of that, done in the indirect week", format!("{} h", format::hours(w.moved_to_indirect_week))),
                ("Left in the indirect week for make-ups", format!("{} h", format::hours(w.indirect_week_free))),
            ]
            .into_iter()
            .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
            .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="three-title">
            <h3 id="three-title">{move || if uses() { "Your 3:1 cycle" } else { "What a 3:1 model would do" }}</h3>
            <p class="help">
                "Three weeks of direct service, then one indirect week. The total stays the same; direct weeks get \
                 denser and the indirect week gathers consultation, collaboration and paperwork as far as it has room."
            </p>
            <dl id="three-to-one">{rows}</dl>
            <p><a href="planner/">"Lay out the school year and its indirect weeks in the 3:1 planner"</a></p>
        </section>
    }
}
