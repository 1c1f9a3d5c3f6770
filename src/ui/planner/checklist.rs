//! The indirect-week checklist: reusable tasks, ticked off per cycle; what was left undone
//! in the previous cycle is flagged as carried over.

use leptos::prelude::*;

use crate::ui::list::keyed_rows;

use super::Plan;
use crate::ui::browser::alert;
use crate::ui::fields::{bind_choice, bind_number, bind_text, dom_id, NumberInput, SelectInput, TextInput};
use crate::ui::state::use_state;
use workload_core::engine::school_year::week_dates;
use workload_core::engine::{carried_over, checklist_fit};
use workload_core::model::fields::{TASK_KIND, TASK_MINUTES, TASK_NAME};
use workload_core::model::rules::{Invalid, MAX_TASKS};

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
        let mut added = None;
        state.edit(|w| added = w.add_task());
        match added {
            Some(id) => state.open_when_shown(id),
            None => alert(&Invalid::TooMany { what: "tasks", max: MAX_TASKS }.to_string()),
        }
    };
    let fit = move || state.report.with(|r| state.workspace.with(|w| checklist_fit(&w.checklist, &r.three_to_one)));
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
    let name = Memo::new(move |_| state.workspace.with(|w| (TASK_NAME.get)(w, id).unwrap_or_default()));
    let done = move || state.workspace.with(|w| w.checklist.is_done(cycle.get(), id));
    let carried = move || state.workspace.with(|w| carried_over(&w.checklist, cycle.get()).contains(&id));
    let check_id = dom_id("task-done");
    view! {
        <li class="row task" class:done=done>
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
            <TextInput label="Task" bound=bind_text(TASK_NAME, id) class="wide" focus=state.take_opening(id) />
            <NumberInput label="Minutes" bound=bind_number(TASK_MINUTES, id) class="narrow" />
            <SelectInput label="Kind" bound=bind_choice(TASK_KIND, id) />
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit_step(|w| w.remove_task(id))>"Remove"</button>
        </li>
    }
}
