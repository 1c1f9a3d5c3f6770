//! Per-student time, heaviest first: the heart of the argument.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::chart::student_bars;
use workload_core::engine::{format, students::services_words};

const SHOWN_AT_FIRST: usize = 10;

/// `all` lists every student from the start (the printed report).
#[component]
pub fn StudentTimes(#[prop(optional)] all: bool) -> impl IntoView {
    let state = use_state();
    let show_all = RwSignal::new(all);
    let rows = move || {
        state.report.with(|r| {
            let bars = student_bars(&r.students);
            let limit = if show_all.get() { usize::MAX } else { SHOWN_AT_FIRST };
            r.students
                .iter()
                .zip(bars)
                .take(limit)
                .map(|(s, bar_width)| {
                    let services =
                        state.workspace.with(|w| w.students.get(s.place).map(services_words)).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{s.label.clone()}</th>
                            <td>{format::minutes(s.direct)}</td>
                            <td>{format::minutes(s.indirect)}</td>
                            <td>{format::minutes(s.compliance)}</td>
                            <td class="total">
                                <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                                    <rect width=bar_width height="4" />
                                </svg>
                                {format::minutes(s.total())}
                            </td>
                            <td class="services">{services}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let count = move || state.report.with(|r| r.students.len());
    let has_students = move || count() > 0;
    let has_more = move || count() > SHOWN_AT_FIRST;
    view! {
        <section class="card" aria-labelledby="student-times-title">
            <h3 id="student-times-title">"Time each student takes"</h3>
            <p class="help">
                "Your minutes a week per student, heaviest first. A group session's time is shared among its members. \
                 The last column gives the student's services as the plan states them."
            </p>
            <Show when=has_students fallback=|| view! { <p>"Add students to see their time."</p> }>
                <div class="table-scroll">
                    <table class="numbers" id="student-times">
                        <thead>
                            <tr>
                                <th scope="col">"Student"</th>
                                <th scope="col">"Direct"</th>
                                <th scope="col">"Indirect"</th>
                                <th scope="col">"Paperwork"</th>
                                <th scope="col">"Total min/week"</th>
                                <th scope="col">"Services as planned"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Show when=has_more>
                    <button type="button" class="secondary" aria-expanded=move || show_all.get().to_string()
                        on:click=move |_| show_all.update(|s| *s = !*s)>
                        {move || if show_all.get() { "Show the 10 heaviest".to_string() } else { format!("Show all {}", count()) }}
                    </button>
                </Show>
            </Show>
        </section>
    }
}
