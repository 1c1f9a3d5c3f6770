//! One student's log over chosen dates: each entry a row with its week in the planner's
//! calendar, to edit (in the form above), duplicate or remove, and the total. Printed, it is
//! the filled form. The rows are the engine's markup (`engine::indirect_markup`); one click
//! handler on the table serves every row's buttons.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_log_page, Printing};
use crate::ui::browser::print;
use crate::ui::fields::{dom_id, DateBox};
use crate::ui::state::use_state;
use workload_core::engine::indirect_log::{entries_between, entry_week, total_minutes, EntryWeek};
use workload_core::engine::indirect_markup::entry_row_html;
use workload_core::format::count;
use workload_core::model::{IsoDate, LogEntry};

/// The choice's value for the entries of students no longer on the caseload.
const GONE: u32 = 0;

#[component]
pub fn StudentLog() -> impl IntoView {
    let state = use_state();
    let page = use_log_page();
    let (first_day, last_day) = state.workspace.with_untracked(|w| (w.school_year.first_day, w.school_year.last_day));
    let from = RwSignal::new(first_day);
    let to = RwSignal::new(last_day);
    let removed = RwSignal::new(None::<String>);
    let students = page.students;
    let has_gone = Memo::new(move |_| page.coverage.with(|c| c.unlinked.entries > 0));
    // The rows shown: each entry's id and markup, and the total.
    let shown = Memo::new(move |_| {
        let (who, first, last) = (page.student.get(), from.get(), to.get());
        page.plan.with(|plan| {
            state.workspace.with(|w| {
                let is_for = |s: u32| match who {
                    Some(GONE) => w.student(s).is_none(),
                    Some(id) => s == id,
                    None => false,
                };
                let found = entries_between(w.indirect_log.as_ref(), is_for, first, last);
                let rows: Vec<(LogEntry, EntryWeek)> =
                    found.iter().map(|&e| (e.clone(), entry_week(plan.as_ref(), &w.school_year, e.date))).collect();
                (rows, total_minutes(&found))
            })
        })
    });
    let ids = Memo::new(move |_| shown.with(|(rows, _)| rows.iter().map(|(e, _)| e.id).collect::<Vec<_>>()));
    let who_words = move || match page.student.get() {
        Some(GONE) => "Students no longer on the caseload".to_string(),
        Some(id) => {
            students.with(|s| s.iter().find(|(i, _)| *i == id).map(|(_, l)| format!("Student {l}")).unwrap_or_default())
        }
        None => String::new(),
    };
    let select_id = dom_id("log-student");
    let print_log = move |_| {
        page.printing.set(Printing::Log);
        print();
    };
    // Every row's buttons: which entry (`data-entry`) and what to do (`data-act`).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-act]").ok().flatten());
        let Some(button) = button else { return };
        let Some(id) = button.get_attribute("data-entry").and_then(|v| v.parse::<u32>().ok()) else { return };
        match button.get_attribute("data-act").as_deref() {
            Some("edit") => {
                page.editing.set(Some(id));
                focus_form();
            }
            Some("copy") => {
                let mut copy = None;
                state.edit_step(|w| copy = w.duplicate_entry(id));
                removed.set(Some(if copy.is_some() {
                    "Duplicated the entry.".into()
                } else {
                    "The log is full: nothing was copied.".into()
                }));
            }
            Some("remove") => {
                let mut gone = None;
                state.edit_step(|w| gone = w.remove_entry(id));
                if let Some(e) = gone {
                    removed.set(Some(format!(
                        "Removed the entry of {} ({}, {} minutes).",
                        e.date.readable(),
                        e.service.label(),
                        e.minutes
                    )));
                }
            }
            _ => {}
        }
    };
    view! {
        <section class="card student-log" aria-labelledby="student-log-heading">
            <h2 id="student-log-heading">"A student's log"</h2>
            <div class="print-title">
                <p class="form-name">"Indirect services log"</p>
                <p>{who_words} " · " {move || format!("{} to {}", from.get().readable(), to.get().readable())}</p>
            </div>
            <div class="field-row log-choice">
                <div class="field">
                    <label for=select_id.clone()>"Student"</label>
                    <select id=select_id
                        prop:value=move || page.student.get().map(|id| id.to_string()).unwrap_or_default()
                        on:change=move |ev| page.student.set(event_target_value(&ev).parse().ok())>
                        {move || students.get().into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                        {move || has_gone.get().then(|| view! { <option value=GONE.to_string()>"Students no longer on the caseload"</option> })}
                    </select>
                </div>
                <DateBox label="From" value=Signal::derive(move || Some(from.get())) on_valid=Callback::new(move |d: IsoDate| from.set(d)) />
                <DateBox label="To" value=Signal::derive(move || Some(to.get())) on_valid=Callback::new(move |d: IsoDate| to.set(d)) />
                <button type="button" on:click=print_log>"Print this log"</button>
            </div>
            <p role="status" class="removed-line">
                {move || removed.get().map(|words| view! {
                    {words} " "
                    <button type="button" class="small" on:click=move |_| { state.undo(); removed.set(None); }>"Undo"</button>
                })}
            </p>
            // Scrolled sideways on a phone: reachable and scrollable by keyboard.
            <div class="table-scroll" tabindex="0" role="region" aria-label="The student's entries">
                <table id="log-table" class="log-table" on:click=on_click>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Type of service"</th>
                            <th scope="col">"With whom"</th>
                            <th scope="col">"Minutes"</th>
                            <th scope="col">"Note"</th>
                            <th scope="col">"Week"</th>
                            <th scope="col" class="row-actions"><span class="visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        // Each row's entry is compared before its markup is made and written: a
                        // new entry adds one row and rewrites none.
                        <For each=move || ids.get() key=|id| *id let:id>
                            {
                                let row = Memo::new(move |_| shown.with(|(rows, _)| rows.iter().find(|(e, _)| e.id == id).cloned()));
                                view! { <tr inner_html=Memo::new(move |_| row.with(|r| r.as_ref().map(|(e, week)| entry_row_html(e, week)).unwrap_or_default()))></tr> }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="log-total" id="log-total">
                {move || shown.with(|(rows, total)| if rows.is_empty() {
                    "Nothing logged for this student in these dates.".to_string()
                } else {
                    format!("{}, {} minutes in all.", count(rows.len(), "entry", "entries"), total)
                })}
            </p>
            <p class="signature print-only">"Provider: ______________________   Date: __________"</p>
        </section>
    }
}

/// Takes the keyboard to the form, now holding the entry to edit.
fn focus_form() {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".entry-form input[type=date]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}
