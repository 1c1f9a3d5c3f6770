//! The week grid: a column per school day (one at a time on a phone), each the engine's
//! markup of its blocks (`schedule_markup::day_html`), redrawn only when it changes.
//!
//! Moving is one gesture for keys and pointer alike: a block is picked up (a session from the
//! list, a new block from the form, or a placed block by Enter or a press), moved (arrow keys,
//! Page Up and Down, Home and End; or dragged), and placed (Enter, or letting go over a day);
//! Escape puts it back, Delete removes a placed block. Where it would land is drawn, and said.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_schedule_page, SchedulePage};
use crate::ui::browser::print;
use crate::ui::state::{use_state, AppState};
use workload_core::engine::schedule::{block_name, first_free, nudge, start_at};
use workload_core::engine::schedule_markup::{
    day_blocks, day_head_html, day_html, day_lines_html, time_axis_html, Moving,
};
use workload_core::model::{school_days, Block, BlockWeek, Schedule, DAY_NAMES};

/// Where the grid is in the page, for the keyboard to come back to while a block is moved.
const GRID_ID: &str = "week-grid";

fn element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Focuses a block of the grid once the grid has been drawn again (blocks are SVG).
pub fn focus_block(id: u32) {
    request_animation_frame(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&format!("[data-block=\"{id}\"]")).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
        if let Some(e) = found {
            let _ = e.focus();
        }
    });
}

/// Picks up `block` (a new one has id 0): it lands first at its own place, or at the first
/// free time from the day shown on.
pub fn pick_up(state: AppState, page: SchedulePage, block: Block) {
    let moving = state.workspace.with_untracked(|w| {
        let usual = Schedule::default();
        let schedule = w.schedule.as_ref().unwrap_or(&usual);
        let (day, start) = if block.id == 0 {
            first_free(schedule, block.week, page.day.get_untracked(), school_days(w), block.minutes)
        } else {
            (block.day, schedule.fit(block.start, block.minutes))
        };
        let m = Moving { block, day, start };
        page.said.set(format!("Picked up {}. Arrow keys move it, Enter places it, Escape puts it back.", m.words(w)));
        m
    });
    page.day.set(moving.day);
    page.moving.set(Some(moving));
    // At once, not after the next frame: the very next key is for the grid.
    focus_grid();
}

fn focus_grid() {
    let grid = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(GRID_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(grid) = grid {
        // Without scrolling: a drag from the list goes on where the pointer is.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = grid.focus_with_options(&options);
    }
}

/// Places the block being moved where it would land.
fn place(state: AppState, page: SchedulePage) {
    let Some(m) = page.moving.get_untracked() else { return };
    // Let go first: a change to the workspace while a block is held puts it back.
    page.moving.set(None);
    let mut placed = None;
    let mut problem = None;
    state.edit_step(|w| {
        if m.block.id == 0 {
            match w.place_block(Block { day: m.day, start: m.start, ..m.block.clone() }) {
                Ok(id) => placed = Some(id),
                Err(e) => problem = Some(e.to_string()),
            }
        } else if w.move_block(m.block.id, m.day, m.start) {
            placed = Some(m.block.id);
        }
    });
    let Some(id) = placed else {
        page.said.set(problem.unwrap_or_else(|| "That block is no longer in the schedule.".into()));
        return;
    };
    let conflict = page.checks.with_untracked(|c| c.in_conflict(id));
    let words = state.workspace.with_untracked(|w| m.words(w));
    page.said
        .set(format!("Placed {words}.{}", if conflict { " It is in conflict: see the conflicts below." } else { "" }));
    focus_block(id);
}

/// Puts the block being moved back where it came from: a placed block where it was (and the
/// keyboard on it), a new one in the list.
fn put_back(page: SchedulePage) {
    if let Some(m) = page.moving.get_untracked() {
        page.moving.set(None);
        page.said.set("Put back; nothing changed.".into());
        if m.block.id != 0 {
            focus_block(m.block.id);
        } else {
            focus_id("to-place-heading");
        }
    }
}

/// Focuses the element with `id` (a heading with `tabindex="-1"`, where the keyboard goes
/// back to once what it was on is gone).
pub fn focus_id(id: &str) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = found {
        let _ = e.focus();
    }
}

/// Removes the block being moved from the schedule (undo brings it back).
fn remove_held(state: AppState, page: SchedulePage) {
    let Some(m) = page.moving.get_untracked() else { return };
    page.moving.set(None);
    remove(state, page, &m.block);
}

/// Removes a placed block and says so; the keyboard goes to the grid.
fn remove(state: AppState, page: SchedulePage, block: &Block) {
    let name = state.workspace.with_untracked(|w| block_name(block, w));
    state.edit_step(|w| {
        w.remove_block(block.id);
    });
    page.said.set(format!("Removed {name}. Undo brings it back."));
    focus_grid();
}

/// Where a pointer is over the grid: the day, and how far below the day's top, in pixels.
fn over_day(x: i32, y: i32) -> Option<(u32, f64)> {
    let document = web_sys::window()?.document()?;
    let grid = document.element_from_point(x as f32, y as f32)?.closest("svg.day-grid").ok()??;
    let day = grid.get_attribute("data-day")?.parse().ok()?;
    Some((day, f64::from(y) - grid.get_bounding_client_rect().top()))
}

/// The open scenario's schedule (the usual one while it has none), read untracked.
#[derive(Clone, Copy)]
struct ScheduleNow(AppState);

impl ScheduleNow {
    fn with<T>(self, f: impl FnOnce(&Schedule) -> T) -> T {
        self.0.workspace.with_untracked(|w| match &w.schedule {
            Some(s) => f(s),
            None => f(&Schedule::default()),
        })
    }
}

/// A drag in progress: where the pointer went down, how far below the block's top it took
/// hold, and whether it has moved yet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drag {
    pub x: i32,
    pub y: i32,
    pub grab: f64,
    pub moved: bool,
}

#[component]
pub fn WeekGrid() -> impl IntoView {
    let state = use_state();
    let page = use_schedule_page();
    let days = page.days;
    // The schedule as it is now, read without tracking (handlers act on it; the columns track
    // what they draw from).
    let schedule = move || ScheduleNow(state);
    // What every day's column draws from: the day's hours (its lines), each day's blocks.
    let day = Memo::new(move |_| {
        state.workspace.with(|w| w.schedule.as_ref().map_or((0, 0, 0), |s| (s.day_start, s.day_end, s.slot)))
    });
    let axis = Memo::new(move |_| {
        day.track();
        schedule().with(time_axis_html)
    });
    let lines = Memo::new(move |_| {
        day.track();
        schedule().with(day_lines_html)
    });
    let drag = page.drag;

    let move_to = move |day: u32, start: u32| {
        let Some(mut m) = page.moving.get_untracked() else { return };
        if (m.day, m.start) != (day, start) {
            (m.day, m.start) = (day, start);
            page.day.set(day);
            page.said.set(state.workspace.with_untracked(|w| format!("Moving {}.", m.words(w))));
            page.moving.set(Some(m));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // Keys with a modifier are the browser's and the page's (Undo, Alt+Arrow back).
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if let Some(m) = page.moving.get_untracked() {
            match key.as_str() {
                "Enter" | " " => place(state, page),
                "Escape" => put_back(page),
                "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "PageUp" | "PageDown" | "Home" | "End" => {
                    let (day, start) =
                        schedule().with(|s| nudge(s, days.get_untracked(), m.day, m.start, m.block.minutes, &key));
                    move_to(day, start);
                }
                _ => return,
            }
            ev.prevent_default();
            return;
        }
        let id = element(ev.target())
            .and_then(|e| e.closest("[data-block]").ok().flatten())
            .and_then(|e| e.get_attribute("data-block"))
            .and_then(|v| v.parse::<u32>().ok());
        let Some(id) = id else { return };
        let block = schedule().with(|s| s.block(id).cloned());
        let Some(block) = block else { return };
        match key.as_str() {
            "Enter" | " " => pick_up(state, page, block),
            "Delete" | "Backspace" => remove(state, page, &block),
            _ => return,
        }
        ev.prevent_default();
    };
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let target = element(ev.target());
        let (x, y) = (ev.client_x(), ev.client_y());
        if page.moving.with_untracked(Option::is_some) {
            // A press on the grid while a block is picked up: it goes there when let go.
            if let Some((day, at)) = over_day(x, y) {
                let minutes = page.moving.with_untracked(|m| m.as_ref().map_or(30, |m| m.block.minutes));
                move_to(day, schedule().with(|s| start_at(s, at, minutes)));
                drag.set(Some(Drag { x, y, grab: 0.0, moved: true }));
                ev.prevent_default();
            }
            return;
        }
        let Some(held) = target.and_then(|e| e.closest("[data-block]").ok().flatten()) else { return };
        let Some(block) = held
            .get_attribute("data-block")
            .and_then(|v| v.parse::<u32>().ok())
            .and_then(|id| schedule().with(|s| s.block(id).cloned()))
        else {
            return;
        };
        let grab = f64::from(y) - held.get_bounding_client_rect().top();
        pick_up(state, page, block);
        drag.set(Some(Drag { x, y, grab, moved: false }));
        ev.prevent_default();
    };
    // Dragging goes on over the whole window (the pointer may leave the grid and come back).
    let moves = window_event_listener(leptos::ev::pointermove, move |ev| {
        let Some(mut d) = drag.get_untracked() else { return };
        // A drag whose release this page never heard of (outside the window) is over.
        if ev.buttons() == 0 {
            drag.set(None);
            return;
        }
        let (x, y) = (ev.client_x(), ev.client_y());
        if !d.moved && (x - d.x).abs() + (y - d.y).abs() < 5 {
            return;
        }
        d.moved = true;
        drag.set(Some(d));
        if let Some((day, at)) = over_day(x, y) {
            let minutes = page.moving.with_untracked(|m| m.as_ref().map_or(30, |m| m.block.minutes));
            move_to(day, schedule().with(|s| start_at(s, at - d.grab, minutes)));
        }
    });
    let ups = window_event_listener(leptos::ev::pointerup, move |ev| {
        let Some(d) = drag.get_untracked() else { return };
        drag.set(None);
        // A press without a drag leaves the block picked up, for the keys.
        if d.moved && over_day(ev.client_x(), ev.client_y()).is_some() {
            place(state, page);
        }
    });
    let cancels = window_event_listener(leptos::ev::pointercancel, move |_| drag.set(None));
    on_cleanup(move || {
        moves.remove();
        ups.remove();
        cancels.remove();
    });
    // Leaving the week with the keyboard while holding a block puts it back.
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(to, week)| week.contains(Some(&to)));
        if !inside && drag.get_untracked().is_none() && page.moving.with_untracked(Option::is_some) {
            put_back(page);
        }
    };

    // A column is drawn again only when its own blocks, or the block moved over it, change.
    let column = move |d: u32| {
        let head = Memo::new(move |_| state.workspace.with(|w| day_head_html(w, d)));
        let drawn = Memo::new(move |_| {
            page.checks.with(|c| state.workspace.with(|w| day_blocks(w, c, page.shown_week.get(), d)))
        });
        let moving = Memo::new(move |_| {
            page.moving.get().filter(|m| {
                m.day == d || (m.block.id != 0 && m.block.day == d && m.block.week == page.shown_week.get())
            })
        });
        let markup = Memo::new(move |_| {
            day.track();
            drawn.with(|blocks| {
                moving.with(|m| {
                    state.workspace.with_untracked(|w| {
                        day_html(w.schedule.as_ref().unwrap_or(&Schedule::default()), d, blocks, m.as_ref(), w)
                    })
                })
            })
        });
        view! {
            <div class="day" class:shown=move || page.day.get() == d>
                <div inner_html=move || head.get()></div>
                <div class="day-body">
                    <div class="lines" inner_html=move || lines.get()></div>
                    <div class="blocks" inner_html=move || markup.get()></div>
                </div>
            </div>
        }
    };
    let summary = Memo::new(move |_| page.checks.with(|c| c.summary()));
    view! {
        <section class="card week" aria-labelledby="week-heading" on:focusout=on_focus_out>
            <div class="week-head">
                <h2 id="week-heading">{move || {
                    match (page.three_to_one.get(), page.shown_week.get()) {
                        (false, _) => "The week",
                        (true, BlockWeek::Direct) => "The direct week",
                        (true, BlockWeek::Indirect) => "The indirect week",
                    }
                }}</h2>
                <p class="check-summary"><a href="#checks">{move || summary.get()}</a></p>
                <button type="button" class="secondary no-print" on:click=move |_| print()>"Print the week"</button>
            </div>
            <div class="day-tabs no-print" role="group" aria-label="Day shown">
                {move || (0..days.get()).map(|d| view! {
                    <button type="button" class="secondary" aria-pressed=move || (page.day.get() == d).to_string()
                        on:click=move |_| page.day.set(d)>{DAY_NAMES[d as usize]}</button>
                }).collect_view()}
            </div>
            <p class="moving-line" role="status" aria-live="polite">{move || page.said.get()}</p>
            // For a pointer what Escape and Delete do for keys, while a block is held.
            <Show when=move || page.moving.with(Option::is_some)>
                <div class="holding no-print">
                    <button type="button" class="secondary" on:click=move |_| put_back(page)>"Put it back"</button>
                    <Show when=move || page.moving.with(|m| m.as_ref().is_some_and(|m| m.block.id != 0))>
                        <button type="button" class="secondary" on:click=move |_| remove_held(state, page)>"Remove it"</button>
                    </Show>
                </div>
            </Show>
            <p class="hint no-print" id="grid-help">
                "On a block: Enter picks it up, Delete removes it. Holding one: the arrow keys move it a slot or a day, Page Up and Page Down an hour, Enter places it, Escape puts it back."
            </p>
            <div class="week-grid" id=GRID_ID tabindex="-1" role="group" aria-labelledby="week-heading" aria-describedby="grid-help"
                on:keydown=on_key on:pointerdown=on_pointer_down>
                <div class="axis" inner_html=move || axis.get()></div>
                {move || (0..days.get()).map(column).collect_view()}
            </div>
        </section>
    }
}
