//! The two lenses side by side: caseload (headcount) and workload (time).

use leptos::prelude::*;

use super::figure;
use workload_core::engine::{format, Report};

fn cap_text(r: &Report) -> String {
    let lens = &r.caseload;
    match (&lens.cap, lens.cap_status) {
        (Some(cap), Some(status)) => {
            format!("{} of {}: {}", lens.headcount, format::number(cap.max, 1), status.label())
        }
        _ => "No numeric cap chosen".to_string(),
    }
}

fn sustainable_text(r: &Report) -> String {
    match r.sustainable_caseload {
        Some(n) => format::count(n as usize, "student", "students"),
        None => "Add students to estimate".to_string(),
    }
}

#[component]
pub fn Lenses() -> impl IntoView {
    view! {
        <div class="lenses">
            <section class="card lens" aria-labelledby="caseload-lens-title">
                <h3 id="caseload-lens-title">"Caseload lens"</h3>
                <p class="lens-question">"How many students?"</p>
                <dl>
                    <dt>"Headcount"</dt><dd id="headcount">{figure(|r| r.caseload.headcount.to_string())}</dd>
                    <dt>"Students per FTE"</dt>
                    <dd>{figure(|r| r.caseload.students_per_fte.map(|x| format::number(x, 1)).unwrap_or_else(|| "—".into()))}</dd>
                    <dt>"Against the cap"</dt><dd id="cap-status">{figure(cap_text)}</dd>
                    <dt>"Weighted headcount"</dt><dd>{figure(|r| format::number(r.caseload.weighted_headcount, 1))}</dd>
                </dl>
            </section>
            <section class="card lens" aria-labelledby="workload-lens-title">
                <h3 id="workload-lens-title">"Workload lens"</h3>
                <p class="lens-question">"How much time?"</p>
                <dl>
                    <dt>"Hours of work a week"</dt><dd>{figure(|r| format::hours(r.total))}</dd>
                    <dt>"Utilization"</dt>
                    <dd>{figure(|r| r.utilization
                        .map(|u| format!("{}% ({})", format::percent(u), r.status.label().to_ascii_lowercase()))
                        .unwrap_or_else(|| "—".into()))}</dd>
                    <dt>"FTE needed"</dt><dd>{figure(|r| r.fte_needed.map(|f| format::number(f, 2)).unwrap_or_else(|| "—".into()))}</dd>
                    <dt>"Sustainable caseload"</dt><dd id="sustainable">{figure(sustainable_text)}</dd>
                </dl>
            </section>
        </div>
    }
}
