//! Every student's indirect minutes against their plan: for a week, its 4-week cycle and the
//! school year so far, each with a plain over or under (`engine::indirect_log::coverage`).

use leptos::prelude::*;

use super::use_log_page;
use crate::ui::fields::DateBox;
use workload_core::engine::indirect_log::{Standing, Tally};
use workload_core::engine::indirect_markup::coverage_row_html;
use workload_core::format::count;
use workload_core::model::IsoDate;

#[component]
pub fn CoverageTable() -> impl IntoView {
    let page = use_log_page();
    let (on, found) = (page.on, page.coverage);
    let heading = move |pick: fn(&workload_core::engine::indirect_log::Periods) -> Option<String>| {
        move || found.with(|c| pick(&c.periods).unwrap_or_default())
    };
    // Students with consult services or entries; the others have nothing to measure.
    let ids = Memo::new(move |_| {
        found.with(|c| c.students.iter().filter(|s| s.has_indirect()).map(|s| s.student).collect::<Vec<_>>())
    });
    let others = move || found.with(|c| c.students.len()) - ids.with(Vec::len);
    let under = Memo::new(move |_| {
        found.with(|c| {
            let short = |t: &Option<Tally>| t.is_some_and(|t| matches!(t.standing(), Standing::Under(_)));
            c.students.iter().filter(|s| short(&s.cycle)).map(|s| s.label.clone()).collect::<Vec<_>>()
        })
    });
    let has_cycle = Memo::new(move |_| found.with(|c| c.periods.cycle.is_some()));
    view! {
        <section class="card coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">"Logged against the plan"</h2>
            <p class="help">
                "Each student's indirect minutes beside what their consult services plan for the same school weeks "
                "(set on the caseload page). A week off plans nothing."
            </p>
            <DateBox label="Show the week of" value=Signal::derive(move || Some(on.get())) on_valid=Callback::new(move |d: IsoDate| on.set(d)) />
            <p class="coverage-summary" id="coverage-summary">
                {move || if !has_cycle.get() {
                    "The school year has problems (see the 3:1 planner), so only the week is measured.".to_string()
                } else {
                    under.with(|u| if u.is_empty() {
                        "No student is under their plan this cycle.".to_string()
                    } else {
                        format!("Under their plan this cycle: {} ({}).", count(u.len(), "student", "students"), u.join(", "))
                    })
                }}
            </p>
            // Scrolled sideways on a phone: reachable and scrollable by keyboard.
            <div class="table-scroll" tabindex="0" role="region" aria-label="Coverage table">
                <table id="coverage-table">
                    <thead>
                        <tr>
                            <th scope="col">"Student"</th>
                            <th scope="col">"Plan a week"</th>
                            <th scope="col">{heading(|p| Some(p.week.words.clone()))}</th>
                            <th scope="col">{heading(|p| p.cycle.as_ref().map(|c| c.words.clone()))}</th>
                            <th scope="col">{heading(|p| p.year.as_ref().map(|y| y.words.clone()))}</th>
                        </tr>
                    </thead>
                    <tbody>
                        // A row's figures are compared before its markup is made and written: a
                        // new entry rewrites one row.
                        <For each=move || ids.get() key=|id| *id let:id>
                            {
                                let row = Memo::new(move |_| found.with(|c| c.students.iter().find(|s| s.student == id).cloned()));
                                view! { <tr inner_html=Memo::new(move |_| row.with(|r| r.as_ref().map(coverage_row_html).unwrap_or_default()))></tr> }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
            {move || (others() > 0).then(|| view! { <p class="help" id="coverage-others">{format!(
                "Not listed: {} with no consult services and nothing logged.", count(others(), "student", "students")
            )}</p> })}
            {move || found.with(|c| (c.unlinked.entries > 0).then(|| format!(
                "{} ({} minutes) are for students no longer on this caseload. They are kept, and listed under the student log's choice \"Students no longer on the caseload\".",
                count(c.unlinked.entries, "entry", "entries"),
                c.unlinked.minutes
            ))).map(|words| view! { <p class="help">{words}</p> })}
        </section>
    }
}
