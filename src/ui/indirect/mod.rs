//! The indirect-services page (indirect/index.html): the work done on students' behalf,
//! logged entry by entry and set against what their plans promise; the IEP's service
//! statements; the letter to families about 3:1; and the paper forms.
//!
//! The log is part of the open scenario (`Workspace::indirect_log`): it saves, undoes and
//! travels in backups like everything else. A page of its own, so that the rest of the app
//! carries none of its code (the planner had too little room under the size budget).

mod coverage;
mod entry_form;
mod forms;
mod letter;
mod student_log;
mod wording;

use leptos::prelude::*;

use super::browser::today;
use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::state::use_state;
use workload_core::engine::indirect_log::{coverage, periods, Coverage};
use workload_core::engine::school_year::{plan_year, YearPlan};
use workload_core::model::{IsoDate, SchoolYear, ServiceModel};

/// What the page prints, from its buttons and the browser's own print command alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printing {
    /// The chosen student's entries over the chosen dates: the filled form.
    Log,
    Blank,
    Letter,
}

impl Printing {
    fn class(self) -> &'static str {
        match self {
            Printing::Log => "prints-log",
            Printing::Blank => "prints-blank",
            Printing::Letter => "prints-letter",
        }
    }
}

/// What the page's parts share.
#[derive(Clone, Copy)]
pub struct LogPage {
    /// The student whose log, wording and form are shown (none before the caseload has one).
    pub student: RwSignal<Option<u32>>,
    pub printing: RwSignal<Printing>,
    /// The entry the form is editing, if any (else it adds new ones).
    pub editing: RwSignal<Option<u32>>,
    /// The scenario's school year laid out by the planner, or none while it has problems.
    pub plan: Memo<Option<YearPlan>>,
    /// What the calendar is made from: the year, the days worked a week, the service model.
    /// A log entry leaves it as it was, so the plan and the letter are not made again.
    pub calendar: Memo<(SchoolYear, f64, ServiceModel)>,
    /// The day whose week, cycle and year the coverage measures.
    pub on: RwSignal<IsoDate>,
    /// Every student's minutes logged against their plan around `on` (one pass over the log).
    pub coverage: Memo<Coverage>,
    /// The caseload's students (id and label), in order: for the form's choice and the log's.
    pub students: Memo<Vec<(u32, String)>>,
}

pub fn use_log_page() -> LogPage {
    expect_context::<LogPage>()
}

#[component]
pub fn IndirectPage() -> impl IntoView {
    let notices = shell::start();
    let state = use_state();
    let calendar = Memo::new(move |_| {
        state.workspace.with(|w| (w.school_year.clone(), w.profile.days_per_week, w.profile.service_model))
    });
    let plan = Memo::new(move |_| calendar.with(|(year, days, model)| plan_year(year, *days, *model).ok()));
    let on = RwSignal::new(today().unwrap_or_else(|| state.workspace.with_untracked(|w| w.school_year.first_day)));
    let around = Memo::new(move |_| plan.with(|plan| periods(plan.as_ref(), on.get())));
    let coverage = Memo::new(move |_| {
        let periods = around.get();
        let weeks = plan.with(|p| p.as_ref().map(|p| p.weeks.len() as u32));
        state.workspace.with(|w| coverage(&w.students, &w.profile, w.indirect_log.as_ref(), periods, weeks))
    });
    let students = Memo::new(move |_| {
        state.workspace.with(|w| w.students.iter().map(|s| (s.id, s.label.clone())).collect::<Vec<_>>())
    });
    let page = LogPage {
        student: RwSignal::new(None),
        printing: RwSignal::new(Printing::Log),
        editing: RwSignal::new(None),
        plan,
        calendar,
        on,
        coverage,
        students,
    };
    provide_context(page);
    // The chosen student: kept while they are on the caseload, else the first.
    Effect::new(move |_| {
        let chosen = page.student.get_untracked();
        let first = students.with(|s| {
            let gone = chosen.is_none_or(|id| id != 0 && !s.iter().any(|(i, _)| *i == id));
            gone.then(|| s.first().map(|(id, _)| *id))
        });
        if let Some(first) = first {
            page.student.set(first);
        }
    });
    view! {
        <PageFrame notices undo=true results_at="../#results">
            <ScenarioBar />
            <main class=move || format!("indirect-page {}", page.printing.get().class()) id="content">
                <entry_form::EntryForm />
                <coverage::CoverageTable />
                {shell::soon(|| view! {
                    <student_log::StudentLog />
                    <wording::IepWording />
                    <letter::ParentLetter />
                    <forms::PaperForms />
                }.into_any())}
            </main>
        </PageFrame>
    }
}
