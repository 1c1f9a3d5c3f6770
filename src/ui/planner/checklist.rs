//! The indirect-week checklist: reusable tasks, ticked off per cycle; what was left undone
//! in the previous cycle is flagged as carried over.

use leptos::prelude::*;

use crate::ui::list::keyed_rows;

use super::Plan;
use crate::ui::browser::focus_soon;
use crate::ui::fields::{dom_id, options, NumberField, SelectField, TextField};
use crate::ui::state::use_state;
use workload_core::engine::school_year::week_dates;
use workload_core::engine::{carried_over, checklist_minutes, format};
use workload_core::model::validation::{self, parse_name};
use workload_core::model::{IndirectTask, TaskKind};

#[component]
pub fn IndirectChecklist(plan: Plan) -> impl IntoView {
    let state = use_state();
    // The cycle being ticked: today's, until the user picks another.
    let cycle = RwSignal::new(plan.with_untracked(|p| {
        p.as_ref().ok().zip(crate::ui::browser::today().map(|d| d.0)).map_or(1, |(p, d)| p.cycle_on(d))
    }));
    provide_context(SelectedCycle(cycle));
    let cycle_select_id = dom_id("cycle");
    let ids = Memo::new(move |_| state.workspace.with(|w| w.checklist.tasks.iter().map(|t| t.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut new_id = 0;
        state.edit(|w| {
            new_id = w.take_id();
            w.checklist.tasks.push(IndirectTask {
                id: new_id,
                name: "New task".into(),
                minutes: 60.0,
                kind: TaskKind::Other,
            });
        });
        focus_soon(format!("task-{new_id}-name"));
    };
    let fit = move || {
        state.report.with(|r| {
            let planned = state.workspace.with(|w| checklist_minutes(&w.checklist));
            let room = r.three_to_one.indirect_week_room;
            let verdict = if planned <= room {
                format!("It fits, with {} h to spare.", format::hours(room - planned))
            } else {
                format!("That is {} h more than the week holds.", format::hours(planned - room))
            };
            format!(
                "Planned: {} h. The indirect week has {} h after duties and travel. {verdict}",
                format::hours(planned),
                format::hours(room)
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="checklist-title">
            <h3 id="checklist-title">"Indirect-week checklist"</h3>
            <p class="help">"The same tasks every cycle. Tick what is done; anything left undone shows as carried over in the next cycle."</p>
            <div class="field">
                <label for=cycle_select_id.clone()>"Cycle"</label>
                <select id=cycle_select_id on:change=move |ev| {
                    if let Ok(c) = event_target_value(&ev).parse() { cycle.set(c) }
                }>
                    {move || plan.with(|p| p.as_ref().map(|p| {
                        let chosen = cycle.get_untracked();
                        p.indirect().map(|w| {
                            let text = format!("Cycle {}: indirect week {}", w.cycle, week_dates(w));
                            view! { <option value=w.cycle.to_string() selected=w.cycle == chosen>{text}</option> }
                        }).collect_view()
                    }).ok())}
                </select>
            </div>
            <p id="checklist-fit">{fit}</p>
            <ul class="rows checklist">
                {keyed_rows(ids, |id| view! { <TaskRow id /> }.into_any())}
            </ul>
            <button type="button" class="secondary" on:click=add>"Add a task"</button>
        </section>
    }
}

/// The cycle whose ticks the checklist shows.
#[derive(Clone, Copy)]
struct SelectedCycle(RwSignal<u32>);

#[component]
fn TaskRow(id: u32) -> impl IntoView {
    let state = use_state();
    let SelectedCycle(cycle) = expect_context::<SelectedCycle>();
    let Some(task) = state.workspace.with_untracked(|w| w.checklist.tasks.iter().find(|t| t.id == id).cloned()) else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut IndirectTask)>| {
        state.edit(|w| {
            if let Some(t) = w.checklist.tasks.iter_mut().find(|t| t.id == id) {
                change(t)
            }
        })
    };
    let name = RwSignal::new(task.name.clone());
    let done = move || state.workspace.with(|w| w.checklist.is_done(cycle.get(), id));
    let carried = move || state.workspace.with(|w| carried_over(&w.checklist, cycle.get()).contains(&id));
    let check_id = dom_id("task-done");
    view! {
        <li class="row task" class:done=done data-focus-scope=format!("task-{id}")>
            <div class="field checkbox">
                <input type="checkbox" id=check_id.clone() prop:checked=done
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        state.edit(|w| w.checklist.set_done(cycle.get_untracked(), id, checked));
                    } />
                <label for=check_id>{move || format!("Done: {}", name.get())}</label>
            </div>
            <Show when=carried>
                <span class="badge">{move || format!("Carried over from cycle {}", cycle.get() - 1)}</span>
            </Show>
            <TextField label="Task" id=format!("task-{id}-name") value=task.name.clone() class="wide"
                parse=|t| parse_name(t, "Task")
                on_valid=move |v: String| { name.set(v.clone()); edit(Box::new(move |t| t.name = v)) } />
            <NumberField label="Minutes" value=task.minutes rule=validation::EVENT_MINUTES class="narrow"
                on_valid=move |m: f64| edit(Box::new(move |t| t.minutes = m)) />
            <SelectField label="Kind" options=options(&TaskKind::ALL, TaskKind::key, TaskKind::label) selected=task.kind.key()
                on_change=move |k: String| if let Some(kind) = TaskKind::from_key(&k) { edit(Box::new(move |t| t.kind = kind)) } />
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit(|w| {
                    w.checklist.tasks.retain(|t| t.id != id);
                    w.checklist.done.retain(|&(_, t)| t != id);
                })>"Remove"</button>
        </li>
    }
    .into_any()
}
