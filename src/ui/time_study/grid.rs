//! The log: a grid of the study's days (columns, a week at a time; one day on a phone) by
//! the contract day's intervals (rows), following the ARIA grid pattern.
//!
//! - Pointer: pick a task in the palette, then click or drag over intervals to log it.
//! - Keyboard: the arrow keys move (one cell is in the tab order), Shift with an arrow
//!   extends a selection, a task's key (1-9, a-z) logs it in the selection or the cell and
//!   moves down, Space or Enter logs the palette's task, Delete or Backspace clears.
//!
//! Every change is one undoable step, except that a drag joins into one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::state::use_state;
use workload_core::engine::time_study::weeks;
use workload_core::format::time_of_day;
use workload_core::model::{shortcut, weekday_short, Category, EntryList, IsoDate, TimeStudy};

/// A cell: (day index in the study, interval index in the day).
type Cell = (usize, usize);

/// A task as the grid shows it.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    id: u32,
    name: String,
    category: Option<Category>,
    key: Option<char>,
}

fn category_class(category: Option<Category>) -> &'static str {
    category.map_or("not-work", Category::key)
}

fn cell_id(cell: Cell) -> String {
    format!("cell-{}-{}", cell.0, cell.1)
}

/// The corners of the selection, lowest first.
fn span(a: Cell, b: Cell) -> (Cell, Cell) {
    ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)))
}

#[component]
pub fn StudyGrid() -> impl IntoView {
    let state = use_state();
    let study = Memo::new(move |_| state.workspace.with(|w| w.time_study.clone()));
    let read = move |f: &dyn Fn(&TimeStudy) -> usize| study.with(|s| s.as_ref().map_or(0, f));
    let tasks = Memo::new(move |_| {
        study.with(|s| {
            s.iter()
                .flat_map(|s| &s.tasks)
                .enumerate()
                .map(|(i, t)| Shown { id: t.id, name: t.name.clone(), category: t.category, key: shortcut(i) })
                .collect::<Vec<_>>()
        })
    });
    let study_weeks = Memo::new(move |_| study.with(|s| s.as_ref().map(weeks).unwrap_or_default()));
    let slots = Memo::new(move |_| read(&|s| s.setup.intervals_per_day()));
    let shown_week = RwSignal::new(0usize);
    let week_days = Memo::new(move |_| {
        study_weeks.with(|w| {
            w.get(shown_week.get().min(w.len().saturating_sub(1))).map(|(_, d)| d.clone()).unwrap_or_default()
        })
    });
    let cursor = RwSignal::new((0usize, 0usize));
    let anchor = RwSignal::new(None::<Cell>);
    // What each cell shows of the cursor and the selection, told only to the cells it
    // changes: moving the cursor touches two cells, not every cell of the week.
    let at_cursor = Selector::new(move || cursor.get());
    let day_in_focus = Selector::new(move || cursor.get().0);
    let selection = Memo::new(move |_| anchor.get().map(|a| span(a, cursor.get())));
    let brush = RwSignal::new(tasks.with_untracked(|t| t.first().map(|t| t.id)));
    let dragging = StoredValue::new(false);

    // The grid's shape (dates, times) as memos of their own: logging an interval changes
    // neither, so the table stays and only its cells update.
    let dates =
        Memo::new(move |_| study.with(|s| s.iter().flat_map(|s| s.days.iter().map(|d| d.date)).collect::<Vec<_>>()));
    let times = Memo::new(move |_| {
        study.with(|s| {
            s.as_ref()
                .map(|s| (0..s.setup.intervals_per_day()).map(|i| time_of_day(s.setup.interval_bounds(i).0)).collect())
                .unwrap_or_else(Vec::<String>::new)
        })
    });
    let date_of = move |day: usize| dates.with(|d| d.get(day).copied());
    let focus = move |cell: Cell| {
        cursor.set(cell);
        if let Some(el) = document().get_element_by_id(&cell_id(cell)) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    // Logs `task` (or clears) over the selection, or the cursor's cell.
    let log = move |task: Option<u32>, join: bool| {
        let here = cursor.get_untracked();
        let ((d0, i0), (d1, i1)) = span(anchor.get_untracked().unwrap_or(here), here);
        let change = move |w: &mut workload_core::model::Workspace| {
            if let Some(s) = w.time_study.as_mut() {
                (d0..=d1).for_each(|d| s.set(d, i0, i1, task));
            }
        };
        if join {
            state.edit(change);
        } else {
            state.edit_step(change);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (day, slot) = cursor.get_untracked();
        let days = week_days.get_untracked();
        let column = days.iter().position(|d| *d == day).unwrap_or(0);
        let last_slot = slots.get_untracked().saturating_sub(1);
        let moved = match ev.key().as_str() {
            "ArrowUp" => Some((day, slot.saturating_sub(1))),
            "ArrowDown" => Some((day, (slot + 1).min(last_slot))),
            "ArrowLeft" => Some((days[column.saturating_sub(1)], slot)),
            "ArrowRight" => Some((days[(column + 1).min(days.len() - 1)], slot)),
            "Home" => Some((day, 0)),
            "End" => Some((day, last_slot)),
            _ => None,
        };
        if let Some(next) = moved {
            ev.prevent_default();
            if ev.shift_key() {
                if anchor.get_untracked().is_none() {
                    anchor.set(Some((day, slot)));
                }
            } else {
                anchor.set(None);
            }
            focus(next);
            return;
        }
        let key = ev.key();
        let task = match key.as_str() {
            "Delete" | "Backspace" => Some(None),
            " " | "Enter" => Some(brush.get_untracked()),
            _ if key.chars().count() == 1 && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() => {
                let c = key.chars().next().unwrap_or(' ');
                study.with_untracked(|s| s.as_ref().and_then(|s| s.task_for_key(c))).map(Some)
            }
            _ => None,
        };
        if let Some(task) = task {
            ev.prevent_default();
            let single = anchor.get_untracked().is_none();
            log(task, false);
            anchor.set(None);
            // A single interval logged: on to the next, as in a spreadsheet.
            if single && task.is_some() {
                focus((day, (slot + 1).min(last_slot)));
            }
        }
    };
    let now = move |_| {
        let Some(today) = crate::ui::browser::today() else { return };
        let clock = js_sys::Date::new_0();
        let (hours, minutes) = (clock.get_hours(), clock.get_minutes());
        let found = study.with_untracked(|s| {
            let s = s.as_ref()?;
            let day = s.days.iter().position(|d| d.date == today)?;
            Some((day, s.setup.interval_at(hours, minutes).unwrap_or(0)))
        });
        match found {
            Some(cell) => {
                if let Some(week) = study_weeks.with_untracked(|w| w.iter().position(|(_, d)| d.contains(&cell.0))) {
                    shown_week.set(week);
                }
                anchor.set(None);
                request_animation_frame(move || focus(cell));
            }
            None => crate::ui::browser::alert("Today is not one of the study's days."),
        }
    };

    let palette = move || {
        tasks
            .get()
            .into_iter()
            .map(|t| {
                let id = t.id;
                let label = match t.key {
                    Some(k) => format!("{k} {}", t.name),
                    None => t.name.clone(),
                };
                view! {
                    <label class=format!("task-choice {}", category_class(t.category))>
                        <input type="radio" name="study-brush" prop:checked=move || brush.get() == Some(id)
                            on:change=move |_| brush.set(Some(id)) />
                        {label}
                    </label>
                }
            })
            .collect_view()
    };
    let week_title = move || {
        let n = study_weeks.with(Vec::len);
        let days = week_days.get();
        let first = days.first().and_then(|d| date_of(*d));
        let last = days.last().and_then(|d| date_of(*d));
        match (first, last) {
            (Some(a), Some(b)) => format!(
                "Week {} of {n}: {} to {}",
                shown_week.get().min(n.saturating_sub(1)) + 1,
                a.readable(),
                b.readable()
            ),
            _ => String::new(),
        }
    };
    // A cell reads its day's intervals: logging in one day leaves the others' cells alone.
    let cell_view = move |cell: Cell, day: Memo<Vec<Option<u32>>>| {
        let entry = Memo::new(move |_| day.with(|d| d.get(cell.1).copied().flatten()));
        let shown = move || entry.get().and_then(|id| tasks.with(|t| t.iter().find(|t| t.id == id).cloned()));
        let selected = move || {
            selection
                .get()
                .is_some_and(|((d0, i0), (d1, i1))| (d0..=d1).contains(&cell.0) && (i0..=i1).contains(&cell.1))
        };
        let (at_cursor, day_in_focus) = (at_cursor.clone(), day_in_focus.clone());
        view! {
            <td role="gridcell" id=cell_id(cell)
                class=move || {
                    // On a phone only the day in focus is shown (time-study.css).
                    let other = if day_in_focus.selected(&cell.0) { "" } else { " other-day" };
                    format!("slot {}{other}", shown().map_or("empty", |t| category_class(t.category)))
                }
                tabindex=move || if at_cursor.selected(&cell) { "0" } else { "-1" }
                aria-selected=move || if selected() { "true" } else { "false" }
                on:focus=move |_| cursor.set(cell)
                on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                    if let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                        // Touch captures the pointer where it went down: let go, so that a
                        // drag across intervals reaches each of them.
                        let _ = target.release_pointer_capture(ev.pointer_id());
                    }
                    ev.prevent_default();
                    dragging.set_value(true);
                    anchor.set(Some(cell));
                    focus(cell);
                    log(brush.get_untracked(), false);
                }
                on:pointerenter=move |_| {
                    if dragging.get_value() {
                        cursor.set(cell);
                        log(brush.get_untracked(), true);
                    }
                }>
                {move || shown().map(|t| view! {
                    <span class="slot-key" aria-hidden="true">{t.key.map(String::from)}</span>
                    <span class="slot-name">{t.name}</span>
                })}
            </td>
        }
    };
    let body = move || {
        let days = week_days.get();
        let times = times.get();
        let head = days.iter().map(|&d| {
            let text = date_of(d).map(|date: IsoDate| {
                let weekday = weekday_short(date);
                format!("{weekday} {}", date.readable())
            });
            view! { <th scope="col" class=move || if cursor.get().0 == d { "day shown-day" } else { "day" }>{text}</th> }
        }).collect_view();
        let logs: Vec<Memo<Vec<Option<u32>>>> = days
            .iter()
            .map(|&d| {
                Memo::new(move |_| {
                    study.with(|s| {
                        s.as_ref().and_then(|s| s.days.get(d)).map(|d| d.intervals.clone()).unwrap_or_default()
                    })
                })
            })
            .collect();
        let rows = times
            .into_iter()
            .enumerate()
            .map(|(i, time)| {
                let cells = days.iter().zip(&logs).map(|(&d, &log)| cell_view((d, i), log)).collect_view();
                view! { <tr><th scope="row" class="time">{time}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <thead><tr><th scope="col" class="time">"Time"</th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        }
    };
    let end_drag = window_event_listener(leptos::ev::pointerup, move |_| {
        if dragging.get_value() {
            dragging.set_value(false);
            anchor.set(None);
        }
    });
    on_cleanup(move || end_drag.remove());
    let weeks_count = move || study_weeks.with(Vec::len);
    let step_week = move |by: isize| {
        let n = weeks_count();
        let next = (shown_week.get_untracked() as isize + by).clamp(0, n.saturating_sub(1) as isize) as usize;
        shown_week.set(next);
        if let Some(day) = week_days.get_untracked().first() {
            cursor.set((*day, cursor.get_untracked().1));
        }
        anchor.set(None);
    };
    let step_day = move |by: isize| {
        let days = week_days.get_untracked();
        let (day, slot) = cursor.get_untracked();
        let column = days.iter().position(|d| *d == day).unwrap_or(0) as isize;
        let next = (column + by).clamp(0, days.len().saturating_sub(1) as isize) as usize;
        if let Some(d) = days.get(next) {
            cursor.set((*d, slot));
        }
    };

    view! {
        <section class="card study-log" aria-labelledby="log-title">
            <h2 id="log-title">"Log your days"</h2>
            <p class="help" id="log-help">
                "Pick a task, then click or drag over the times it took. With the keyboard: arrow keys move, "
                "Shift and an arrow select several, a task's key logs it, Delete clears."
            </p>
            <fieldset class="palette">
                <legend>"Task to log"</legend>
                {palette}
            </fieldset>
            <div class="week-nav">
                <button type="button" class="secondary small" on:click=move |_| step_week(-1)
                    disabled=move || shown_week.get() == 0>"Previous week"</button>
                <p class="week-title" aria-live="polite">{week_title}</p>
                <button type="button" class="secondary small" on:click=move |_| step_week(1)
                    disabled=move || { shown_week.get() + 1 >= weeks_count() }>"Next week"</button>
                <button type="button" class="small" on:click=now>"Now"</button>
            </div>
            // On a phone the grid shows one day: these move between the week's days.
            <div class="day-nav">
                <button type="button" class="secondary small" on:click=move |_| step_day(-1)>"Previous day"</button>
                <button type="button" class="secondary small" on:click=move |_| step_day(1)>"Next day"</button>
            </div>
            <div class="grid-scroll">
                <table role="grid" class="study-grid" aria-labelledby="log-title" aria-describedby="log-help"
                    aria-multiselectable="true" on:keydown=on_key>
                    {body}
                </table>
            </div>
        </section>
        <div class="entries-pair">
            <super::entries::Entries
                list=Signal::derive(move || EntryList::Overflow(cursor.get().0))
                heading=Signal::derive(move || match date_of(cursor.get().0) {
                    Some(date) => format!("Outside contract hours, {}", date.readable()),
                    None => "Outside contract hours".to_string(),
                })
                help="Work done before or after the contract day, or at home, on the day in focus in the grid."
                add_label="Add time outside contract hours" />
            <super::entries::Entries
                list=Signal::derive(|| EntryList::Monthly)
                heading=Signal::derive(|| "Rare duties, minutes a month".to_string())
                help="Duties that come up about once a month (a district meeting, an evaluation at another site): counted as a quarter of their minutes each week."
                add_label="Add a monthly duty" />
        </div>
    }
}
