//! The 3:1 planner: the school year, its calendar, minutes under 3:1, the comparison with a
//! traditional schedule, and the indirect-week checklist.

mod calendar;
mod checklist;
mod conversions;
mod year_form;

use leptos::prelude::*;

use super::profile::ServiceModelField;
use super::state::use_state;
use workload_core::engine::school_year::{plan_year, YearPlan};

pub type Plan = Memo<Result<YearPlan, Vec<String>>>;

/// The planner page.
#[component]
pub fn Planner() -> impl IntoView {
    let notices = super::shell::start();
    super::starting::provide_new_caseload();
    view! {
        <super::shell::PageFrame notices undo=true results_at="../#results">
            <super::scenarios::ScenarioBar />
            <super::starting::NewCaseloadForm />
            <main class="planner-page" id="content">
                <PlannerSection />
            </main>
        </super::shell::PageFrame>
    }
}

#[component]
fn PlannerSection() -> impl IntoView {
    let state = use_state();
    let plan: Plan = Memo::new(move |_| {
        state.workspace.with(|w| plan_year(&w.school_year, w.profile.days_per_week, w.profile.service_model))
    });
    view! {
        <section id="planner" class="planner" aria-labelledby="planner-title">
            <h2 id="planner-title" class="visually-hidden">"School year and the 3:1 model"</h2>
            <p class="help">
                "Under the 3:1 model, three weeks of direct service are followed by one indirect week for consultation, \
                 paperwork, evaluations and make-up sessions. Weeks are counted in school weeks, so breaks are skipped."
            </p>
            <div class="planner-top">
                <ServiceModelField />
            </div>
            <year_form::YearForm />
            <calendar::YearCalendar plan />
            <div class="planner-grid">
                <conversions::Comparison />
                <conversions::Converter />
            </div>
            {super::shell::soon(move || view! {
                <conversions::StudentConversions />
                <checklist::IndirectChecklist plan />
            }.into_any())}
        </section>
    }
}
