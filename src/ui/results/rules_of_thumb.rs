//! Two published rules of thumb beside the detailed model, labelled as such: on the caseload
//! page, as both are made from the students' service hours.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::format;

#[component]
pub fn RulesOfThumb() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card" aria-labelledby="rules-title">
            <h3 id="rules-title">"Rules of thumb (North Carolina)"</h3>
            <p class="help">"Quick published estimates from your students' service hours, shown for comparison. The calculator's detailed model is the better guide."</p>
            <dl>
                <dt>"IEP hours: every student's service hours a week, 35 to 40 of them per FTE"</dt>
                <dd id="rule-iep-hours">{move || state.report.with(|r| {
                    let rule = &r.iep_hours;
                    format!("{} IEP hours a week, about {} to {} FTE", format::number(rule.hours, 1),
                        format::number(rule.fte_low, 2), format::number(rule.fte_high, 2))
                })}</dd>
                <dt>"Direct × 1.5: your scheduled direct hours (a group counted once) times 1.5"</dt>
                <dd id="rule-direct">{move || state.report.with(|r| {
                    let rule = &r.direct_rule;
                    let fte = rule.fte.map(|f| format!(", {} FTE", format::number(f, 2))).unwrap_or_default();
                    format!("{} direct hours → {} hours of workload{fte}", format::number(rule.direct_hours, 1),
                        format::number(rule.workload_hours, 1))
                })}</dd>
            </dl>
        </section>
    }
}
