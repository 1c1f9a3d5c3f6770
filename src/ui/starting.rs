//! Starting a caseload: the first visit's choice ("Start my own" or explore the example),
//! the "New caseload" form, and opening the example again later.
//!
//! The example is labelled as one wherever it is listed (its name), and is never saved as
//! the user's own until they change it: their first own caseload replaces it
//! (`AppState::open_own`).

use leptos::html;
use leptos::prelude::*;

use super::browser::alert;
use super::state::use_state;
use workload_core::engine::{format, starting::usual_activities};
use workload_core::model::rules::SCENARIO_NAME;
use workload_core::model::{clean_name, new_caseload, typical_slp_workspace, Discipline, Scenarios, EXAMPLE_NAME};

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

/// A first visit's choice, shown while the page holds the untouched example.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_state();
    let creating = use_new_caseload();
    let exploring = RwSignal::new(false);
    view! {
        <Show when=move || state.example.get() && !exploring.get() && !creating.get()>
            <section class="card welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">"Start with your own caseload, or look around first"</h2>
                <p>
                    "What you see below is an example: a full-time school SLP with 48 students and a typical week. "
                    "Nothing is saved until you change something."
                </p>
                <div class="row-actions">
                    <button type="button" id="start-my-own" on:click=move |_| creating.set(true)>"Start my own"</button>
                    <button type="button" class="secondary" id="explore-example" on:click=move |_| exploring.set(true)>
                        "Explore an example"
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Opens the example as a scenario of its own, beside the user's.
#[component]
pub fn ExampleButton() -> impl IntoView {
    let state = use_state();
    // While the example itself is shown, the first visit's choice offers it instead.
    view! {
        <button type="button" class="secondary" hidden=move || state.example.get() on:click=move |_| {
            if !state.add_and_open(EXAMPLE_NAME, typical_slp_workspace()) {
                alert(&Scenarios::full_message());
            }
        }>"Explore an example"</button>
    }
}

/// "New caseload" (one per page): a name, the discipline, and whether to start with its usual activities
/// (listed with their hours) or none.
#[component]
pub fn NewCaseloadForm() -> impl IntoView {
    let state = use_state();
    let open = use_new_caseload();
    let name_input = NodeRef::<html::Input>::new();
    let name = RwSignal::new("My caseload".to_string());
    let discipline = RwSignal::new(state.workspace.with_untracked(|w| w.profile.discipline));
    let usual = RwSignal::new(true);
    Effect::new(move || {
        if open.get() {
            if let Some(input) = name_input.get() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let offer = Memo::new(move |_| usual_activities(discipline.get()));
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = clean_name(&name.get_untracked());
        let chosen = if chosen.is_empty() { "My caseload".to_string() } else { chosen };
        if state.open_own(&chosen, new_caseload(discipline.get_untracked(), usual.get_untracked())) {
            open.set(false);
        } else {
            alert(&Scenarios::full_message());
        }
    };
    view! {
        <Show when=move || open.get()>
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
                    <div class="field">
                        <label for="new-name">"Name"</label>
                        <input id="new-name" type="text" autocomplete="off" node_ref=name_input
                            maxlength=SCENARIO_NAME.max_chars.to_string()
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="new-discipline">"Discipline"</label>
                        <select id="new-discipline" on:change=move |ev| {
                            if let Some(d) = Discipline::from_key(&event_target_value(&ev)) { discipline.set(d) }
                        }>
                            {Discipline::ALL.iter().map(|&d| view! {
                                <option value=d.key() selected=move || discipline.get() == d>{d.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <fieldset class="choice">
                    <legend>"Other activities (meetings, evaluations, duties)"</legend>
                    <div class="field checkbox">
                        <input type="radio" name="new-activities" id="new-usual" prop:checked=move || usual.get()
                            on:change=move |_| usual.set(true) />
                        <label for="new-usual">
                            {move || format!("Start with the usual ones for this discipline: {} h a week", format::hours(offer.with(|o| o.1)))}
                        </label>
                    </div>
                    <ul class="usual-activities">
                        {move || offer.with(|(list, _)| list.iter().map(|(activity, minutes)| view! {
                            <li>{format!("{activity}: {} h", format::hours(*minutes))}</li>
                        }).collect_view())}
                    </ul>
                    <div class="field checkbox">
                        <input type="radio" name="new-activities" id="new-none" prop:checked=move || !usual.get()
                            on:change=move |_| usual.set(false) />
                        <label for="new-none">"Start with none: I will add my own"</label>
                    </div>
                </fieldset>
                <p class="help">"No students yet: add them on the calculator or import a spreadsheet."</p>
                <div class="row-actions">
                    <button type="submit" id="create-caseload">"Create the caseload"</button>
                    <button type="button" class="secondary" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Show>
    }
}
