//! The scenario bar: which scenario is open, undo and redo, and creating, renaming,
//! duplicating ("what if…") and deleting scenarios. On the calculator and the planner alike.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{alert, confirm};
use super::state::use_state;
use workload_core::model::rules::SCENARIO_NAME;
use workload_core::model::{blank_workspace, clean_name, Scenarios};

#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = use_state();
    let full = move || alert(&Scenarios::full_message());
    let new_blank = move |_| {
        let discipline = state.workspace.with_untracked(|w| w.profile.discipline);
        if !state.add_and_open("New scenario", blank_workspace(discipline)) {
            full();
        }
    };
    let duplicate = move |_| {
        let name = format!("What if: {}", state.scenarios.with_untracked(|s| s.active_name().to_string()));
        if !state.add_and_open(&name, state.workspace.get_untracked()) {
            full();
        }
    };
    let delete = move |_| {
        let (id, name, count) =
            state.scenarios.with_untracked(|s| (s.active, s.active_name().to_string(), s.list.len()));
        if count <= 1 {
            alert("This is your only scenario. Use \"Start over\" to clear it instead.");
            return;
        }
        let students = state.workspace.with_untracked(|w| w.students.len());
        if confirm(&format!("Delete the scenario \"{name}\" and its {students} students? This cannot be undone.")) {
            state.remove_scenario(id);
        }
    };
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
    let options = move || {
        state.scenarios.with(|s| {
            s.list
                .iter()
                .map(|x| view! { <option value=x.id.to_string() selected=x.id == s.active>{x.name.clone()}</option> })
                .collect_view()
        })
    };
    view! {
        <section class="scenario-bar" aria-label="Scenarios">
            <div class="field">
                <label for="scenario-select">"Scenario"</label>
                <select id="scenario-select" on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse() { state.switch_to(id) }
                }>{options}</select>
            </div>
            <div class="field">
                <label for="scenario-name">"Name"</label>
                <input
                    id="scenario-name"
                    type="text"
                    autocomplete="off"
                    maxlength=SCENARIO_NAME.max_chars.to_string()
                    prop:value=move || state.scenarios.with(|s| s.active_name().to_string())
                    on:change=move |ev| {
                        let name = clean_name(&event_target_value(&ev));
                        state.scenarios.update(|s| { let id = s.active; s.rename(id, &name) });
                    }
                />
            </div>
            <span class="scenario-actions">
                <button type="button" class="secondary" aria-keyshortcuts="Control+Z Meta+Z"
                    disabled=move || !state.can_undo.get() on:click=move |_| state.undo()>"Undo"</button>
                <button type="button" class="secondary" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                    disabled=move || !state.can_redo.get() on:click=move |_| state.redo()>"Redo"</button>
                <button type="button" on:click=duplicate>"Duplicate as a what-if"</button>
                <button type="button" class="secondary" on:click=new_blank>"New blank scenario"</button>
                <button type="button" class="secondary" on:click=delete>"Delete scenario"</button>
            </span>
        </section>
    }
}
