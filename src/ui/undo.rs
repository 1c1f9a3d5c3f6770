//! Undo and redo, in the sticky status bar beside what they act on, with what the last one
//! did ("Undid: FTE 0.8"). On the pages that edit the open scenario.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_state;

#[component]
pub fn UndoRedo() -> impl IntoView {
    let state = use_state();
    // Ctrl+Z / Cmd+Z undoes, with Shift (or Ctrl+Y) redoes: the input fields apply on each
    // keystroke, so the app's history is the one that matters. The scenario name applies on
    // leaving the field, so there the browser's own text undo stays.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_name =
            ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.id() == "scenario-name");
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || in_name {
            return;
        }
        match (ev.key().to_ascii_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => state.undo(),
            ("z", true) | ("y", false) => state.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    view! {
        <span class="undo-redo">
            <button type="button" class="secondary small" aria-keyshortcuts="Control+Z Meta+Z"
                disabled=move || !state.can_undo.get() on:click=move |_| state.undo()>"Undo"</button>
            <button type="button" class="secondary small" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                disabled=move || !state.can_redo.get() on:click=move |_| state.redo()>"Redo"</button>
            <span class="last-step" role="status">{move || state.last_step.get()}</span>
        </span>
    }
}
