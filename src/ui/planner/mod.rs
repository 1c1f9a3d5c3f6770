//! The 3:1 planner: the school year, its calendar, minutes under 3:1, the comparison with a
//! traditional schedule, and the indirect-week checklist.

mod calendar;
mod checklist;
mod conversions;
mod year_form;

use leptos::prelude::*;

use super::fields::SelectField;
use super::state::use_state;
use crate::engine::school_year::{plan_year, YearPlan};
use crate::model::{IndirectWeek, ServiceModel};

pub type Plan = Memo<Result<YearPlan, Vec<String>>>;

const MODEL_TRADITIONAL: &str = "traditional";
const MODEL_3_1_FOURTH: &str = "three_to_one_fourth";
const MODEL_3_1_FIRST: &str = "three_to_one_first";

/// The planner page.
#[component]
pub fn Planner() -> impl IntoView {
    let notices = super::shell::start();
    view! {
        <super::shell::PageFrame notices nav=|| view! {
            <nav class="preset-bar" aria-label="Pages">
                <a class="button-link" href="../">"Back to the calculator"</a>
            </nav>
        }>
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
            {move || {
                state.generation.track();
                let model = state.workspace.with_untracked(|w| w.profile.service_model);
                let selected = match model {
                    ServiceModel::Traditional => MODEL_TRADITIONAL,
                    ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth } => MODEL_3_1_FOURTH,
                    ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First } => MODEL_3_1_FIRST,
                };
                view! {
                    <div class="planner-top">
                        <SelectField
                            label="Service delivery model"
                            options=vec![
                                (MODEL_TRADITIONAL.into(), "Traditional: every week alike".into()),
                                (MODEL_3_1_FOURTH.into(), "3:1, indirect week 4th in each cycle".into()),
                                (MODEL_3_1_FIRST.into(), "3:1, indirect week 1st in each cycle".into()),
                            ]
                            selected=selected
                            on_change=move |key: String| {
                                let model = match key.as_str() {
                                    MODEL_3_1_FOURTH => ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
                                    MODEL_3_1_FIRST => ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First },
                                    _ => ServiceModel::Traditional,
                                };
                                state.edit(|w| w.profile.service_model = model);
                            }
                        />
                    </div>
                    <year_form::YearForm />
                }
            }}
            <calendar::YearCalendar plan />
            <div class="planner-grid">
                <conversions::Comparison />
                <conversions::Converter />
            </div>
            <conversions::StudentConversions />
            {move || { state.generation.track(); view! { <checklist::IndirectChecklist plan /> } }}
        </section>
    }
}
