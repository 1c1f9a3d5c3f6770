//! Caseload versus workload, explained in a table.

use leptos::prelude::*;

const ROWS: [(&str, &str, &str); 7] = [
    (
        "What it counts",
        "Students on the provider's list.",
        "Every task the job requires, in minutes, against the hours of the contract.",
    ),
    ("Focus", "How many.", "How much time."),
    ("Key number", "Headcount against a cap.", "Utilization: hours of work over hours available."),
    (
        "Intensity",
        "A student seen daily counts the same as one seen once a month.",
        "Each student brings the time their services and paperwork take.",
    ),
    (
        "Indirect work",
        "Invisible: consultation, paperwork, meetings and travel do not count.",
        "Visible as its own categories.",
    ),
    (
        "Adapts to",
        "Little: one number for every setting.",
        "Part-time contracts, several buildings, 3:1 schedules, group sizes.",
    ),
    (
        "Main limitation",
        "Two equal headcounts can hide very different weeks.",
        "Needs time estimates; defaults help, a time study sharpens them.",
    ),
];

#[component]
pub fn Explainer() -> impl IntoView {
    view! {
        <details class="explainer">
            <summary>"Caseload or workload: what is the difference?"</summary>
            <table>
                <caption class="visually-hidden">"Caseload and workload compared"</caption>
                <thead>
                    <tr><th scope="col">""</th><th scope="col">"Caseload"</th><th scope="col">"Workload"</th></tr>
                </thead>
                <tbody>
                    {ROWS.iter().map(|(aspect, caseload, workload)| view! {
                        <tr><th scope="row">{*aspect}</th><td>{*caseload}</td><td>{*workload}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>
                "This calculator shows both: the headcount your district staffs by, and the hours the assignment really takes."
            </p>
        </details>
    }
}
