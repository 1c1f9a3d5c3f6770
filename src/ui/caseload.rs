//! The caseload table: students with their plan, level, building, weight and services.

use leptos::prelude::*;

use super::browser::focus_soon;
use super::caseload_rows::{RowIndex, RowSummary};
use super::fields::{options, RateFields, SelectField, TextField};
use super::list::keyed_rows;
use super::state::use_state;
use workload_core::engine::format;
use workload_core::model::validation::{self, label_looks_like_a_name, parse_label, parse_number};
use workload_core::model::{Delivery, Level, PlanType, Rate, Service, Student, Workspace};

fn new_service() -> Service {
    Service { delivery: Delivery::PullOut, rate: Rate::weekly(30.0, 1.0), group: None }
}

fn name_advice(text: &str) -> Option<String> {
    label_looks_like_a_name(text)
        .then(|| "This looks like a name: initials or a code keep the student private.".to_string())
}

#[component]
pub fn CaseloadEditor() -> impl IntoView {
    let state = use_state();
    provide_context(RowIndex::new(state));
    let group_names = Memo::new(move |_| state.workspace.with(Workspace::group_names));
    let ids = Memo::new(move |_| state.workspace.with(|w| w.students.iter().map(|s| s.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut new_id = 0;
        state.edit(|w| {
            new_id = w.take_id();
            let label = format!("S{:02}", w.students.len() + 1);
            let building = w.profile.buildings.first().map(|b| b.id);
            w.students.push(Student {
                id: new_id,
                label,
                plan: PlanType::Iep,
                level: Level::Elementary,
                building,
                weight: None,
                services: vec![new_service()],
            });
        });
        state.set_editor_open(new_id, true);
        focus_soon(format!("student-{new_id}-label"));
    };
    // Removing is its own undo step, so this undo brings back exactly the student.
    let undo_remove = move |_| {
        if let Some((id, _)) = state.removed_student.get_untracked() {
            state.undo();
            state.set_editor_open(id, true);
            focus_soon(format!("student-{id}-label"));
        }
    };
    view! {
        <section class="card" aria-labelledby="caseload-title">
            <h2 id="caseload-title">"Caseload"</h2>
            <p class="help">
                "One row per student. Give each a label such as initials or a code. Students with the same group name \
                 are seen together: the session's time counts once for you, and in full on each student's plan."
            </p>
            <p class="count" aria-live="polite">
                {move || format::count(ids.with(Vec::len), "student", "students")}
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
    let Some(s) = state.workspace.with_untracked(|w| w.students.iter().find(|s| s.id == id).cloned()) else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut Student)>| {
        state.edit(|w| {
            if let Some(s) = w.student_mut(id) {
                change(s)
            }
        })
    };
    // Collapsed rows show a one-line summary: a whole caseload of editors would be slow to
    // draw and hard to scan. A student added or duplicated just now opens for editing, and an
    // editor open before an undo or redo is open again after it.
    let expanded = RwSignal::new(state.editor_is_open(id));
    let summary: RwSignal<RowSummary> = use_context::<RowIndex>().map(|index| index.row(id).into()).unwrap_or_default();
    let label = move || summary.with(|s| s.label.clone());
    let editor_id = format!("student-{id}-editor");
    // Bumped when a service is added or removed: the student's few service rows are then
    // rebuilt, so each row's index always matches its place in the list.
    let services_changed = RwSignal::new(0u32);
    let weekly = move || summary.with(|s| s.minutes);

    let duplicate = move |_| {
        let mut new_id = None;
        state.edit(|w| new_id = w.duplicate_student(id));
        if let Some(new_id) = new_id {
            state.set_editor_open(new_id, true);
            focus_soon(format!("student-{new_id}-label"));
        }
    };
    let remove = move |_| {
        let mut removed = None;
        state.edit_step(|w| {
            if let Some(index) = w.students.iter().position(|s| s.id == id) {
                removed = Some((id, w.students.remove(index).label));
            }
        });
        state.removed_student.set(removed);
    };
    let add_service = move |_| {
        edit(Box::new(|s| s.services.push(new_service())));
        services_changed.update(|n| *n += 1);
    };
    let remove_service = move |index: usize| {
        edit(Box::new(move |s| {
            if index < s.services.len() {
                s.services.remove(index);
            }
        }));
        services_changed.update(|n| *n += 1);
    };

    let building_options = move || {
        state.workspace.with(|w| w.profile.buildings.iter().map(|b| (b.id, b.name.clone())).collect::<Vec<_>>())
    };
    let building_id = format!("student-{id}-building");
    let weight_text = s.weight.map(|w| format::number(w, 2)).unwrap_or_default();

    let toggle = move |_| {
        let open = !expanded.get_untracked();
        expanded.set(open);
        state.set_editor_open(id, open);
        if open {
            focus_soon(format!("student-{id}-label"));
        }
    };

    view! {
        <li class="student" class:open=move || expanded.get() data-focus-scope=format!("student-{id}")>
            <div class="student-summary">
                <span class="student-label">{label}</span>
                <span class="student-plan">{move || summary.with(|s| s.plan.clone())}</span>
                <span class="student-services">{move || summary.with(|s| s.services.clone())}</span>
                <span class="student-minutes">
                    <span class="value">{move || format::minutes(weekly())}</span>
                    " min a week"
                </span>
                <span class="row-actions">
                    <button type="button" class="secondary small" on:click=toggle
                        aria-expanded=move || expanded.get().to_string() aria-controls=editor_id.clone()
                        aria-label=move || format!("{} {}", if expanded.get() { "Close" } else { "Edit" }, label())>
                        {move || if expanded.get() { "Close" } else { "Edit" }}
                    </button>
                    <button type="button" class="secondary small" on:click=duplicate
                        aria-label=move || format!("Duplicate {}", label())>"Duplicate"</button>
                    <button type="button" class="secondary small danger" on:click=remove
                        aria-label=move || format!("Remove {}", label())>"Remove"</button>
                </span>
            </div>
            {move || expanded.get().then(|| view! {
                <div class="student-editor" id=editor_id.clone()>
                    <div class="student-head">
                        <TextField
                            label="Student label"
                            id=format!("student-{id}-label")
                            value=s.label.clone()
                            parse=parse_label
                            advise=name_advice
                            class="label-field"
                            on_valid=move |v: String| edit(Box::new(move |s| s.label = v))
                        />
                        <SelectField
                            label="Plan"
                            options=options(&PlanType::ALL, PlanType::key, PlanType::label)
                            selected=s.plan.key()
                            on_change=move |k: String| if let Some(p) = PlanType::from_key(&k) { edit(Box::new(move |s| s.plan = p)) }
                        />
                        <SelectField
                            label="Level"
                            options=options(&Level::ALL, Level::key, Level::label)
                            selected=s.level.key()
                            on_change=move |k: String| if let Some(l) = Level::from_key(&k) { edit(Box::new(move |s| s.level = l)) }
                        />
                        <div class="field">
                            <label for=building_id.clone()>"Building"</label>
                            <select id=building_id.clone() on:change=move |ev| {
                                let value = event_target_value(&ev).parse::<u32>().ok();
                                edit(Box::new(move |s| s.building = value));
                            }>
                                <option value="" selected=s.building.is_none()>"Not set"</option>
                                {move || building_options().into_iter().map(|(bid, name)| {
                                    view! { <option value=bid.to_string() selected=s.building == Some(bid)>{name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <TextField
                            label="Weight"
                            value=weight_text.clone()
                            help="Optional, for the weighted headcount."
                            class="narrow"
                            parse=|t| if t.trim().is_empty() { Ok(String::new()) } else { parse_number(t, validation::WEIGHT).map(|v| v.to_string()) }
                            on_valid=move |v: String| edit(Box::new(move |s| s.weight = v.parse().ok()))
                        />
                    </div>
                    <ul class="services" aria-label=move || format!("Services for {}", label())>
                        {move || {
                            services_changed.track();
                            let count = state.workspace.with_untracked(|w| {
                                w.students.iter().find(|s| s.id == id).map_or(0, |s| s.services.len())
                            });
                            (0..count)
                                .map(|index| view! { <ServiceRow student=id index removable={count > 1} on_remove=remove_service /> })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" class="secondary small" on:click=add_service
                        aria-label=move || format!("Add a service for {}", label())>"Add a service"</button>
                </div>
            })}
        </li>
    }
    .into_any()
}

/// One service line, at `index` in the student's list.
#[component]
fn ServiceRow(student: u32, index: usize, removable: bool, #[prop(into)] on_remove: Callback<usize>) -> impl IntoView {
    let state = use_state();
    let Some(v) = state
        .workspace
        .with_untracked(|w| w.students.iter().find(|s| s.id == student).and_then(|s| s.services.get(index).cloned()))
    else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut Service)>| {
        state.edit(|w| {
            if let Some(service) = w.student_mut(student).and_then(|s| s.services.get_mut(index)) {
                change(service)
            }
        })
    };
    view! {
        <li class="service">
            <SelectField
                label="Delivery"
                options=options(&Delivery::ALL, Delivery::key, Delivery::label)
                selected=v.delivery.key()
                on_change=move |k: String| if let Some(d) = Delivery::from_key(&k) { edit(Box::new(move |s| s.delivery = d)) }
            />
            <RateFields value=v.rate minutes_rule=validation::SESSION_MINUTES
                on_change=move |r: Rate| edit(Box::new(move |s| s.rate = r)) />
            <GroupField value=v.group.clone().unwrap_or_default() on_change={move |g: Option<String>| edit(Box::new(move |s| s.group = g))} />
            {removable.then(|| view! {
                <button type="button" class="secondary small" on:click=move |_| on_remove.run(index)
                    aria-label=format!("Remove service {}", index + 1)>"Remove service"</button>
            })}
        </li>
    }
    .into_any()
}

#[component]
fn GroupField(value: String, #[prop(into)] on_change: Callback<Option<String>>) -> impl IntoView {
    let id = super::fields::dom_id("group");
    view! {
        <div class="field group-field">
            <label for=id.clone()>"Group"</label>
            <input id=id type="text" list="group-names" autocomplete="off" placeholder="alone"
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let trimmed = text.trim();
                    on_change.run((!trimmed.is_empty()).then(|| trimmed.chars().take(40).collect()));
                }
            />
        </div>
    }
}
