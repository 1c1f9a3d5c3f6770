//! What there is to place: the caseload's sessions (each with how many times a week it is due
//! and how many are placed), and a form for the week's other blocks (indirect work, meetings,
//! lunch, duties, travel) and the school's fixed times. Choosing one picks it up: it is then
//! moved on the grid by keys or by dragging, and placed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::grid::{pick_up, Drag};
use super::use_schedule_page;
use crate::ui::state::use_state;
use workload_core::engine::schedule_markup::sessions_html;
use workload_core::model::{Block, BlockKind, BlockWeek};

/// The lengths offered for a block added by hand, in minutes.
const LENGTHS: [u32; 12] = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 240];

#[component]
pub fn ToPlace() -> impl IntoView {
    let state = use_state();
    let page = use_schedule_page();
    let list = Memo::new(move |_| page.checks.with(sessions_html));
    let left = Memo::new(move |_| page.checks.with(|c| c.to_place_words()));
    // A session's button picks it up: by a click or a key, or by a press that may go on
    // into a drag onto the grid (the grid follows and places it). A press leaves the
    // keyboard on the grid, where the block is moved (the button does not take the focus).
    let session_at = move |target: Option<web_sys::EventTarget>| {
        let button = target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-session]").ok().flatten());
        let index = button.and_then(|b| b.get_attribute("data-session")).and_then(|v| v.parse::<usize>().ok())?;
        let mut block = page.checks.with_untracked(|c| c.sessions.get(index).map(|s| s.block(0, 0)))?;
        block.week = page.shown_week.get_untracked();
        Some(block)
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(block) = session_at(ev.target()) {
            pick_up(state, page, block);
        }
    };
    let on_press = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        if let Some(block) = session_at(ev.target()) {
            pick_up(state, page, block);
            page.drag.set(Some(Drag { x: ev.client_x(), y: ev.client_y(), grab: 8.0, moved: false }));
        }
    };
    let kind = RwSignal::new(BlockKind::Indirect);
    let label = RwSignal::new(String::new());
    let minutes = RwSignal::new(30u32);
    let building = RwSignal::new(None::<u32>);
    let buildings = Memo::new(move |_| {
        state.workspace.with(|w| w.profile.buildings.iter().map(|b| (b.id, b.name.clone())).collect::<Vec<_>>())
    });
    let add = move |_| {
        let block = Block {
            week: page.shown_week.get_untracked(),
            building: building.get_untracked(),
            label: label.get_untracked().trim().to_string(),
            ..Block::new(kind.get_untracked(), 0, 0, minutes.get_untracked())
        };
        pick_up(state, page, block);
    };
    view! {
        <section class="card to-place" aria-labelledby="to-place-heading">
            <h2 id="to-place-heading" tabindex="-1">"To place"</h2>
            <p class="hint">
                {move || left.get()}
                " Choose one, then move it with the arrow keys (or drag it) and press Enter to place it."
            </p>
            <ul class="sessions" on:click=on_click on:pointerdown=on_press
                on:mousedown=|ev: leptos::ev::MouseEvent| ev.prevent_default() inner_html=move || list.get()></ul>
            <fieldset class="add-block">
                <legend>"Other blocks"</legend>
                <div class="field">
                    <label for="block-kind">"Kind"</label>
                    <select id="block-kind" prop:value=move || kind.get().key()
                        on:change=move |ev| if let Some(k) = BlockKind::from_key(&event_target_value(&ev)) { kind.set(k) }>
                        {BlockKind::ADDED.map(|k| view! { <option value=k.key()>{k.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="block-label">"Name (optional)"</label>
                    <input id="block-label" type="text" maxlength="60" placeholder="Lunch, grade 3"
                        prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="block-minutes">"Length"</label>
                    <select id="block-minutes" prop:value=move || minutes.get().to_string()
                        on:change=move |ev| if let Ok(m) = event_target_value(&ev).parse() { minutes.set(m) }>
                        {LENGTHS.map(|m| view! { <option value=m.to_string()>{format!("{m} minutes")}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=move || buildings.with(|b| !b.is_empty())>
                    <div class="field">
                        <label for="block-building">"Building"</label>
                        <select id="block-building"
                            prop:value=move || building.get().map(|b| b.to_string()).unwrap_or_default()
                            on:change=move |ev| building.set(event_target_value(&ev).parse().ok())>
                            <option value="">"Any (not tied to one)"</option>
                            {move || buildings.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
                <button type="button" on:click=add>"Pick up this block"</button>
            </fieldset>
            <Show when=move || page.shown_week.get() == BlockWeek::Indirect>
                <p class="hint">"Blocks are placed in the indirect week while it is shown."</p>
            </Show>
        </section>
    }
}
