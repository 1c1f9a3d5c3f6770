//! The study's tasks: each one's name, where it counts (one of the six categories, or not
//! work) and the key that logs it; add, rename, move to another category, remove (asking
//! first when something is logged to it). Every change is an undoable step.

use leptos::prelude::*;

use crate::ui::browser::confirm;
use crate::ui::fields::dom_id;
use crate::ui::state::use_state;
use workload_core::format::count;
use workload_core::model::rules::{Invalid, MAX_STUDY_TASKS, TASK_NAME};
use workload_core::model::{shortcut, Category, NOT_WORK};

/// The choice for a task that is not work (lunch and breaks).
const NOT_WORK_KEY: &str = "not_work";

#[component]
pub fn StudyTasks() -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        state.workspace.with(|w| w.time_study.iter().flat_map(|s| s.tasks.iter().map(|t| t.id)).collect::<Vec<_>>())
    });
    let problem = RwSignal::new(None::<String>);
    let change = move |f: Box<dyn FnOnce(&mut workload_core::model::TimeStudy)>| {
        state.edit_step(|w| {
            if let Some(s) = w.time_study.as_mut() {
                f(s);
            }
        })
    };
    let task = move |id: u32| {
        let (name_id, category_id) = (dom_id("task-name"), dom_id("task-category"));
        let read = move |f: fn(&workload_core::model::StudyTask) -> String| {
            state.workspace.with(|w| w.time_study.as_ref().and_then(|s| s.task(id)).map(f).unwrap_or_default())
        };
        let key =
            move || ids.with(|ids| ids.iter().position(|t| *t == id).and_then(shortcut).map(|k| format!("Key {k}")));
        let remove = move |_| {
            let (name, uses) = state.workspace.with_untracked(|w| {
                w.time_study.as_ref().map_or((String::new(), 0), |s| {
                    (s.task(id).map(|t| t.name.clone()).unwrap_or_default(), s.uses_of(id))
                })
            });
            let question = format!(
                "\"{name}\" holds {} logged. Remove it and clear them? (Undo brings them back.)",
                count(uses, "interval or entry", "intervals or entries")
            );
            if uses == 0 || confirm(&question) {
                change(Box::new(move |s| s.remove_task(id)));
            }
        };
        view! {
            <li class="study-task">
                <span class="task-key">{key}</span>
                <div class="field">
                    <label for=name_id.clone()>"Task"</label>
                    <input id=name_id type="text" prop:value=move || read(|t| t.name.clone()) on:change=move |ev| {
                        let name = event_target_value(&ev);
                        match TASK_NAME.check(&name) {
                            Ok(()) => {
                                problem.set(None);
                                change(Box::new(move |s| s.rename_task(id, &name)));
                            }
                            Err(why) => problem.set(Some(why.to_string())),
                        }
                    } />
                </div>
                <div class="field">
                    <label for=category_id.clone()>"Counts as"</label>
                    <select id=category_id on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let category = Category::from_key(&key);
                        if category.is_some() || key == NOT_WORK_KEY {
                            change(Box::new(move |s| s.set_task_category(id, category)));
                        }
                    }>
                        {Category::ALL.into_iter().map(|c| view! {
                            <option value=c.key() selected=move || read(|t| t.category.map_or(NOT_WORK_KEY, Category::key).into()) == c.key()>
                                {c.label()}
                            </option>
                        }).collect_view()}
                        <option value=NOT_WORK_KEY selected=move || read(|t| t.category.map_or(NOT_WORK_KEY, Category::key).into()) == NOT_WORK_KEY>
                            {format!("{NOT_WORK} (lunch, breaks)")}
                        </option>
                    </select>
                </div>
                <button type="button" class="secondary small" on:click=remove>"Remove"</button>
            </li>
        }
    };
    let add = move |_| {
        let mut added = None;
        state.edit_step(|w| added = w.add_study_task());
        if added.is_none() {
            problem.set(Some(Invalid::TooMany { what: "tasks", max: MAX_STUDY_TASKS }.to_string()));
        }
    };
    view! {
        <details class="card study-tasks-edit">
            <summary>"Change the tasks"</summary>
            <p class="help">"Name the tasks as your district does, and say where each counts. The key logs the task in the grid."</p>
            <ul class="entry-list">{move || ids.get().into_iter().map(task).collect_view()}</ul>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <button type="button" class="secondary" on:click=add>"Add a task"</button>
        </details>
    }
}
