//! The caseload: students with their plan, level, building, weight and services.

use leptos::prelude::*;

use super::rows::{RowIndex, RowSummary};
use crate::ui::browser::alert;
use crate::ui::fields::{
    bind_choice, bind_number, bind_text, options, rate_inputs, BoundChoice, NumberInput, SelectInput, TextInput,
};
use crate::ui::list::{keyed_rows, rows_of};
use crate::ui::state::use_state;
use workload_core::engine::arrange::{arrange, Order};
use workload_core::engine::format;
use workload_core::model::fields::{
    self as model_fields, SERVICE_DELIVERY, SERVICE_GROUP, SERVICE_RATE, STUDENT_BUILDING, STUDENT_LABEL,
    STUDENT_LEVEL, STUDENT_PLAN, STUDENT_WEIGHT,
};
use workload_core::model::rules::{Invalid, MAX_STUDENTS};
use workload_core::model::validation::label_looks_like_a_name;
use workload_core::model::Workspace;

fn name_advice(text: &str) -> Option<String> {
    label_looks_like_a_name(text)
        .then(|| "This looks like a name: initials or a code keep the student private.".to_string())
}

fn full() {
    alert(&format!("{} Remove a student to make room.", Invalid::TooMany { what: "students", max: MAX_STUDENTS }));
}

#[component]
pub fn CaseloadEditor() -> impl IntoView {
    let state = use_state();
    provide_context(RowIndex::new(state));
    let group_names = Memo::new(move |_| state.workspace.with(Workspace::group_names));
    let total = Memo::new(move |_| state.workspace.with(|w| w.students.len()));
    let order = RwSignal::new(Order::Caseload);
    let building = RwSignal::new(None::<Option<u32>>);
    // Sorted again when the choice or the set of students changes, not on every edit: the
    // row being edited never jumps away from under the cursor. (What the order was made for
    // is kept beside the memo rather than in it: one memo type fewer in the wasm.)
    let arranged_for = StoredValue::new((Order::Caseload, None::<Option<u32>>, Vec::<u32>::new()));
    let ids = Memo::new(move |previous: Option<&Vec<u32>>| {
        let (o, b) = (order.get(), building.get());
        state.workspace.with(|w| {
            state.report.with_untracked(|r| {
                let members = arrange(w, r, Order::Caseload, b);
                let key = (o, b, members);
                match previous {
                    Some(kept) if arranged_for.with_value(|k| *k == key) => kept.clone(),
                    _ => {
                        let shown = if o == Order::Caseload { key.2.clone() } else { arrange(w, r, o, b) };
                        arranged_for.set_value(key);
                        shown
                    }
                }
            })
        })
    });
    let building_options = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut options = vec![(String::new(), "Every building".to_string())];
            options.extend(w.profile.buildings.iter().map(|b| (b.id.to_string(), b.name.clone())));
            options.push(("none".to_string(), "No building given".to_string()));
            options
        })
    });
    let add = move |_| {
        // The new student is in no building yet: show everyone, so it is seen.
        building.set(None);
        let mut added = None;
        state.edit(|w| added = w.add_student());
        match added {
            Some(id) => state.open_when_shown(id),
            None => full(),
        }
    };
    // Removing is its own undo step, so this undo brings back exactly the student.
    let undo_remove = move |_| {
        if let Some((id, _)) = state.removed_student.get_untracked() {
            state.open_when_shown(id);
            state.undo();
        }
    };
    view! {
        <section class="card" aria-labelledby="caseload-title">
            <h2 id="caseload-title">"Students"</h2>
            <p class="help">
                "One row per student. Give each a label such as initials or a code. Students with the same group name \
                 are seen together: the session's time counts once for you, and in full on each student's plan."
            </p>
            <div class="list-controls">
                <SelectInput label="Sort" bound=BoundChoice {
                    options: options(&Order::ALL, Order::key, Order::label).into(),
                    selected: Signal::derive(move || order.get().key().to_string()),
                    on_change: Callback::new(move |k: String| if let Some(o) = Order::from_key(&k) { order.set(o) }),
                } />
                <div hidden=move || state.workspace.with(|w| w.profile.buildings.len() < 2)>
                    <SelectInput label="Building" bound=BoundChoice {
                        options: building_options.into(),
                        selected: Signal::derive(move || match building.get() {
                            None => String::new(),
                            Some(None) => "none".to_string(),
                            Some(Some(id)) => id.to_string(),
                        }),
                        on_change: Callback::new(move |k: String| building.set(match k.as_str() {
                            "" => None,
                            "none" => Some(None),
                            id => id.parse().ok().map(Some),
                        })),
                    } />
                </div>
            </div>
            <p class="count" id="student-count" aria-live="polite">
                {move || {
                    let (shown, all) = (ids.with(Vec::len), total.get());
                    if shown == all {
                        format::count(all, "student", "students")
                    } else {
                        format!("{shown} of {} shown", format::count(all, "student", "students"))
                    }
                }}
            </p>
            {move || state.removed_student.with(|r| r.as_ref().map(|(_, label)| view! {
                <p class="undo" role="status">
                    {format!("Removed {label}.")}
                    " "
                    <button type="button" on:click=undo_remove>"Undo"</button>
                </p>
            }))}
            <datalist id="group-names">
                {move || group_names.get().into_iter().map(|g| view! { <option value=g /> }).collect_view()}
            </datalist>
            <ol class="students">
                {keyed_rows(ids, |id| view! { <StudentRow id /> }.into_any())}
            </ol>
            <button type="button" on:click=add>"Add a student"</button>
        </section>
    }
}

#[component]
fn StudentRow(id: u32) -> impl IntoView {
    let state = use_state();
    // Collapsed rows show a one-line summary: a whole caseload of editors would be slow to
    // draw and hard to scan. A student added or duplicated just now opens for editing.
    let opened_now = state.take_opening(id);
    let expanded = RwSignal::new(opened_now);
    // Only the first opening of a student just added or copied is for naming it.
    let naming = StoredValue::new(opened_now);
    let summary: RwSignal<RowSummary> = use_context::<RowIndex>().map(|index| index.row(id).into()).unwrap_or_default();
    let part = move |read: fn(&RowSummary) -> String| move || summary.with(read);
    let editor_id = format!("student-{id}-editor");
    // The buttons are named after the student by reference (`aria-labelledby`): "Edit S05",
    // "Remove S05", kept up to date by the browser as the label changes.
    let label_id = format!("student-{id}-name");
    let named = {
        let label_id = label_id.clone();
        move |button: &str| format!("{button} {label_id}")
    };
    let (edit_id, copy_id, remove_id) =
        (format!("student-{id}-edit"), format!("student-{id}-copy"), format!("student-{id}-remove"));

    let duplicate = move |_| {
        let mut new_id = None;
        state.edit(|w| new_id = w.duplicate_student(id));
        match new_id {
            Some(new_id) => state.open_when_shown(new_id),
            None => full(),
        }
    };
    let remove = move |_| {
        let mut removed = None;
        state.edit_step(|w| removed = w.remove_student(id).map(|s| (id, s.label)));
        state.removed_student.set(removed);
    };
    let toggle = move |_| expanded.update(|open| *open = !*open);

    view! {
        <li class="student" class:open=move || expanded.get()>
            <div class="student-summary">
                // Drawn once; only the words change (see `results::figure` for why).
                <span class="student-label" id=label_id.clone()>{part(|s| s.label.clone())}</span>
                <span class="student-services">{part(|s| s.words.services.clone())}</span>
                <span class="student-minutes"><span class="value">{part(|s| format::minutes(s.minutes))}</span>" min a week"</span>
                <span class="student-details">
                    <span class="student-plan">{part(|s| s.words.plan.clone())}</span>
                    <span class="breakdown">{part(|s| s.words.breakdown.clone())}</span>
                </span>
                <button type="button" class="secondary small" on:click=toggle id=edit_id.clone()
                    aria-labelledby=named(&edit_id)
                    aria-expanded=move || expanded.get().to_string() aria-controls=editor_id.clone()>
                    {move || if expanded.get() { "Close" } else { "Edit" }}
                </button>
            </div>
            // Duplicate and Remove are in the open row: a collapsed row stays one short line.
            {move || expanded.get().then(|| {
                let new_student = naming.get_value();
                naming.set_value(false);
                view! {
                    <StudentEditor id editor_id=editor_id.clone() label_id=label_id.clone() new_student />
                    <div class="row-actions">
                        <button type="button" class="secondary small" on:click=duplicate id=copy_id.clone()
                            aria-labelledby=named(&copy_id)>"Duplicate"</button>
                        <button type="button" class="secondary small danger" on:click=remove id=remove_id.clone()
                            aria-labelledby=named(&remove_id)>"Remove"</button>
                    </div>
                }
            })}
        </li>
    }
}

/// A student's details and services, while the row is open. Opening it takes the keyboard to
/// what is usually changed: a new student's label, otherwise the first service's minutes.
#[component]
fn StudentEditor(id: u32, editor_id: String, label_id: String, new_student: bool) -> impl IntoView {
    let state = use_state();
    let services = Memo::new(move |_| state.workspace.with(|w| w.student(id).map_or(0, |s| s.services.len())));
    // Service lines are keyed by their place: removing one moves the ones below up in place.
    let places = Memo::new(move |_| (0..services.get() as u32).collect::<Vec<u32>>());
    let add_service = move |_| {
        state.edit(|w| {
            w.add_service(id);
        })
    };
    view! {
        <div class="student-editor" id=editor_id>
            <div class="student-head">
                <TextInput label="Student label" bound=bind_text(STUDENT_LABEL, id) advise=name_advice class="label-field" focus=new_student />
                <SelectInput label="Plan" bound=bind_choice(STUDENT_PLAN, id) />
                <SelectInput label="Level" bound=bind_choice(STUDENT_LEVEL, id) />
                <SelectInput label="Building" bound=bind_choice(STUDENT_BUILDING, id) />
                <NumberInput
                    label="Weight"
                    bound=bind_number(STUDENT_WEIGHT, id)
                    on_empty=move |()| state.edit(|w| model_fields::clear_student_weight(w, id))
                    help="Optional, for the weighted headcount."
                    class="narrow"
                />
            </div>
            <span class="visually-hidden" id=format!("{editor_id}-services")>"Services for"</span>
            <ul class="services" aria-labelledby=format!("{editor_id}-services {label_id}")>
                {rows_of(places, std::sync::Arc::new(move |index| view! {
                    <ServiceRow student=id index=index as usize removable=Signal::derive(move || services.get() > 1)
                        focus_minutes=index == 0 && !new_student />
                }.into_any()))}
            </ul>
            <button type="button" class="secondary small" on:click=add_service
                id=format!("{editor_id}-add") aria-labelledby=format!("{editor_id}-add {label_id}")>
                "Add a service"<span class="visually-hidden">" for"</span></button>
        </div>
    }
}

/// One service line, at `index` in the student's list: it shows whatever service is at that
/// place now, so removing one above moves the ones below up in place.
#[component]
fn ServiceRow(student: u32, index: usize, removable: Signal<bool>, focus_minutes: bool) -> impl IntoView {
    let state = use_state();
    let key = (student, index);
    view! {
        <li class="service">
            <SelectInput label="Delivery" bound=bind_choice(SERVICE_DELIVERY, key) />
            {rate_inputs(SERVICE_RATE, key, focus_minutes)}
            <TextInput label="Group" bound=bind_text(SERVICE_GROUP, key) list="group-names" placeholder="alone" class="group-field" />
            {move || removable.get().then(|| view! {
                <button type="button" class="secondary small" on:click=move |_| state.edit_step(|w| w.remove_service(student, index))
                    aria-label=format!("Remove service {}", index + 1)>"Remove service"</button>
            })}
        </li>
    }
}
