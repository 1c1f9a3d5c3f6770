//! Starting a caseload: the first visit's choice ("Start my own" or explore the example)
//! and the "New caseload" form. (The example can be added again later on the data page.)
//!
//! The example is labelled as one wherever it is listed (its name), and is never saved as
//! the user's own until they change it: their first own caseload replaces it
//! (`AppState::open_own`).

use leptos::prelude::*;

use super::browser::{alert, visit_has, visit_note};
use super::fields::{options, BoundChoice, BoundText, CheckboxInput, SelectInput, TextInput};
use super::state::use_state;
use workload_core::engine::{format, starting::usual_activities};
use workload_core::model::rules::SCENARIO_NAME;
use workload_core::model::{new_caseload, Discipline, Scenarios};

/// Whether the "New caseload" form is open; shared by the buttons that open it.
#[derive(Clone, Copy)]
pub struct NewCaseloadOpen(pub RwSignal<bool>);

pub fn provide_new_caseload() -> NewCaseloadOpen {
    let open = NewCaseloadOpen(RwSignal::new(false));
    provide_context(open);
    open
}

fn use_new_caseload() -> RwSignal<bool> {
    use_context::<NewCaseloadOpen>().map(|o| o.0).unwrap_or_else(|| RwSignal::new(false))
}

/// Set once "Explore an example" is chosen: the other pages do not ask again in this visit.
const EXPLORING: &str = "workload-calculator.exploring-example";

/// A first visit's choice, shown while the page holds the untouched example.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_state();
    let creating = use_new_caseload();
    let exploring = RwSignal::new(visit_has(EXPLORING));
    view! {
        <section class="card welcome" aria-labelledby="welcome-title"
            hidden=move || !(state.example.get() && !exploring.get() && !creating.get())>
                <h2 id="welcome-title">"Start with your own caseload, or look around first"</h2>
                <p>
                    "What you see below is an example: a full-time school SLP with 48 students and a typical week. "
                    "Nothing is saved until you change something."
                </p>
                <div class="row-actions">
                    <button type="button" id="start-my-own" on:click=move |_| creating.set(true)>"Start my own"</button>
                    <button type="button" class="secondary" id="explore-example" on:click=move |_| {
                        visit_note(EXPLORING);
                        exploring.set(true);
                    }>
                        "Explore an example"
                    </button>
                </div>
            </section>
    }
}

/// "New caseload" (one per page): a name, the discipline, and whether to start with its
/// usual activities (listed with their hours) or none. Built from the app's own fields.
/// `students_here`: on the page where students are added.
#[component]
pub fn NewCaseloadForm(#[prop(optional)] students_here: bool) -> impl IntoView {
    let state = use_state();
    let open = use_new_caseload();
    let name = RwSignal::new("My caseload".to_string());
    let discipline = RwSignal::new(state.workspace.with_untracked(|w| w.profile.discipline));
    let usual = RwSignal::new(true);
    let offer = move || usual_activities(discipline.get());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.open_own(&name.get_untracked(), new_caseload(discipline.get_untracked(), usual.get_untracked())) {
            open.set(false);
        } else {
            alert(&Scenarios::full_message());
        }
    };
    let name_field = BoundText {
        rule: SCENARIO_NAME,
        value: Signal::derive(move || Some(name.get())),
        on_valid: Callback::new(move |v: String| name.set(v)),
    };
    view! {
        // A closure rather than `<Show>`: the same effect, 0.5 KB less on every page.
        {move || open.get().then(|| view! {
            <form class="card new-caseload" aria-labelledby="new-caseload-title" on:submit=create>
                <h2 id="new-caseload-title">"New caseload"</h2>
                <p class="help">
                    {move || if state.example.get() {
                        "It takes the example's place; the example was never saved."
                    } else {
                        "It opens beside your other scenarios, which stay as they are."
                    }}
                </p>
                <div class="grid">
                    <TextInput label="Name of the new caseload" bound=name_field id="new-name" focus=true />
                    <SelectInput label="Discipline of the new caseload" bound=BoundChoice {
                        options: options(&Discipline::ALL, Discipline::key, Discipline::label).into(),
                        selected: Signal::derive(move || discipline.get().key().to_string()),
                        on_change: Callback::new(move |k: String| if let Some(d) = Discipline::from_key(&k) { discipline.set(d) }),
                    } />
                </div>
                <CheckboxInput label="Start with the discipline's usual activities (meetings, evaluations, duties)"
                    checked=usual on_change=move |v| usual.set(v) />
                <p class="help" id="usual-total">{move || if usual.get() {
                    format!("{} h a week in all:", format::hours(offer().1))
                } else {
                    "None: you add your own.".to_string()
                }}</p>
                <ul class="usual-activities" hidden=move || !usual.get()>
                    {move || offer().0.into_iter().map(|(activity, minutes)| view! {
                        <li>{format!("{activity}: {} h", format::hours(minutes))}</li>
                    }).collect_view()}
                </ul>
                <p class="help">{if students_here {
                    "No students yet: add them below, or import a spreadsheet."
                } else {
                    "No students yet: add them on the Caseload page, or import a spreadsheet."
                }}</p>
                <div class="row-actions">
                    <button type="submit" id="create-caseload">"Create the caseload"</button>
                    <button type="button" class="secondary" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        })}
    }
}
