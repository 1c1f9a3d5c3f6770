//! Minutes by task outside the grid: a day's work outside contract hours (before or after
//! school, at home), and the month's rare duties. Each entry is a task and its minutes, in
//! whole minutes, checked by the rules of the list (`TimeStudy::set_entry_minutes`).

use leptos::prelude::*;

use crate::ui::fields::dom_id;
use crate::ui::state::use_state;
use workload_core::model::rules::{Invalid, EVENT_MINUTES, MAX_STUDY_TASKS, OVERFLOW_MINUTES};
use workload_core::model::EntryList;

#[component]
pub fn Entries(
    #[prop(into)] list: Signal<EntryList>,
    #[prop(into)] heading: Signal<String>,
    help: &'static str,
    add_label: &'static str,
) -> impl IntoView {
    let state = use_state();
    let entries = Memo::new(move |_| {
        state.workspace.with(|w| w.time_study.as_ref().and_then(|s| s.entries(list.get()).cloned()).unwrap_or_default())
    });
    let work_tasks = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.time_study
                .iter()
                .flat_map(|s| &s.tasks)
                .filter(|t| t.category.is_some())
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let problem = RwSignal::new(None::<String>);
    let edit = move |change: Box<dyn FnOnce(&mut workload_core::model::TimeStudy)>| {
        state.edit(|w| {
            if let Some(s) = w.time_study.as_mut() {
                change(s);
            }
        })
    };
    // Rows by place, made again only when their number changes: each shows its entry's
    // values from the model, so a day switched or an undo updates them in place.
    let count = Memo::new(move |_| entries.with(Vec::len));
    let row = move |index: usize| {
        let (task_id, minutes_id) = (dom_id("entry-task"), dom_id("entry-minutes"));
        let rule = move || match list.get_untracked() {
            EntryList::Overflow(_) => OVERFLOW_MINUTES,
            EntryList::Monthly => EVENT_MINUTES,
        };
        view! {
            <li class="entry">
                <div class="field">
                    <label for=task_id.clone()>"Task"</label>
                    <select id=task_id on:change=move |ev| {
                        if let Ok(task) = event_target_value(&ev).parse::<u32>() {
                            let list = list.get_untracked();
                            edit(Box::new(move |s| s.set_entry_task(list, index, task)));
                        }
                    }>
                        {move || work_tasks.get().into_iter().map(|(id, name)| view! {
                            <option value=id.to_string()
                                selected=move || entries.with(|e| e.get(index).map(|e| e.task)) == Some(id)>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=minutes_id.clone()>"Minutes"</label>
                    <input id=minutes_id class="narrow" type="text" inputmode="decimal"
                        prop:value=move || entries.with(|e| e.get(index).map(|e| workload_core::format::number(e.minutes, 2)))
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            // Read as whole minutes: Rust's float parser would add 15 KB gzip to
                            // this page, which has no other number field.
                            match text.trim().parse::<u32>().map_err(|_| rule().not_a_number()).and_then(|m| rule().check(f64::from(m))) {
                                Ok(minutes) => {
                                    problem.set(None);
                                    let list = list.get_untracked();
                                    edit(Box::new(move |s| s.set_entry_minutes(list, index, minutes)));
                                }
                                Err(why) => problem.set(Some(why.to_string())),
                            }
                        } />
                </div>
                <button type="button" class="secondary small" on:click=move |_| {
                    let list = list.get_untracked();
                    state.edit_step(|w| if let Some(s) = w.time_study.as_mut() { s.remove_entry(list, index) });
                }>"Remove"</button>
            </li>
        }
    };
    let add = move |_| {
        let list = list.get_untracked();
        let mut added = false;
        state.edit_step(|w| added = w.time_study.as_mut().is_some_and(|s| s.add_entry(list)));
        if !added {
            problem.set(Some(Invalid::TooMany { what: "entries", max: MAX_STUDY_TASKS }.to_string()));
        }
    };
    view! {
        <section class="card entries" aria-label=move || heading.get()>
            <h3>{move || heading.get()}</h3>
            <p class="help">{help}</p>
            <ul class="entry-list">
                {move || (0..count.get()).map(row).collect_view()}
            </ul>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <button type="button" class="secondary" on:click=add>{add_label}</button>
        </section>
    }
}
