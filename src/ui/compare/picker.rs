//! Choosing what to compare: saved scenarios (two to four), or the built-in demonstration.

use std::sync::Arc;

use leptos::prelude::*;

use super::{use_compare, Column, CompareState, MAX_COLUMNS};
use crate::ui::state::use_state;
use workload_core::model::{demonstration, Scenarios, Workspace};

/// Keys of demonstration columns start here, clear of saved scenario ids.
const DEMO_KEY: u32 = u32::MAX - 16;

fn column(scenario: Option<u32>, key: u32, name: String, workspace: Workspace) -> Column {
    Column { scenario, key, name, base: Arc::new(workspace), what_if: RwSignal::new(Default::default()) }
}

fn demo_columns() -> Vec<Column> {
    demonstration()
        .into_iter()
        .enumerate()
        .map(|(i, (name, w))| column(None, DEMO_KEY + i as u32, name.to_string(), w))
        .collect()
}

/// Whether the page was opened as `#demo`.
pub fn opened_as_demo() -> bool {
    web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h == "#demo")
}

/// `#demo` in the address opens the demonstration, so a presenter can bookmark it. Otherwise
/// the open scenario and the one after it, when there are two.
pub fn choose_initial_columns(compare: CompareState) {
    if opened_as_demo() {
        compare.columns.set(demo_columns());
        return;
    }
    let state = use_state();
    let scenarios = state.current_scenarios();
    let active = state.scenarios.with_untracked(|s| s.active);
    let start = scenarios.iter().position(|s| s.id == active).unwrap_or(0);
    if scenarios.len() >= 2 {
        let picked = [start, (start + 1) % scenarios.len()];
        compare.columns.set(
            picked
                .iter()
                .map(|&i| &scenarios[i])
                .map(|s| column(Some(s.id), s.id, s.name.clone(), s.workspace.clone()))
                .collect(),
        );
    }
}

#[component]
pub fn Picker() -> impl IntoView {
    let state = use_state();
    let compare = use_compare();
    let message = RwSignal::new(String::new());
    let is_compared = move |id: u32| compare.columns.with(|c| c.iter().any(|x| x.scenario == Some(id)));
    let toggle = move |id: u32, ev: leptos::ev::Event| {
        let checkbox = event_target::<web_sys::HtmlInputElement>(&ev);
        if !checkbox.checked() {
            compare.columns.update(|c| c.retain(|x| x.scenario != Some(id)));
            return;
        }
        if compare.columns.with_untracked(|c| c.len()) >= MAX_COLUMNS {
            message.set(format!("At most {MAX_COLUMNS} scenarios fit side by side. Clear one first."));
            checkbox.set_checked(false);
            return;
        }
        if let Some(s) = state.current_scenarios().into_iter().find(|s| s.id == id) {
            compare.columns.update(|c| c.push(column(Some(s.id), s.id, s.name, s.workspace)));
            message.set(String::new());
        }
    };
    let save_demo = move |_| {
        let (mut saved, mut left_out) = (Vec::new(), Vec::new());
        compare.columns.update(|cols| {
            for c in cols.iter_mut().filter(|c| c.scenario.is_none()) {
                let mut added = None;
                state.scenarios.update(|s| added = s.add(&c.name, (*c.base).clone()));
                match added {
                    Some(id) => {
                        // The column keeps its key, so its what-if panel stays as it is.
                        c.scenario = Some(id);
                        saved.push(c.name.clone());
                    }
                    None => left_out.push(c.name.clone()),
                }
            }
        });
        let mut said = Vec::new();
        if !saved.is_empty() {
            said.push(format!("Saved to your scenarios: {}.", saved.join(" and ")));
        }
        if !left_out.is_empty() {
            said.push(format!("Not saved: {}. {}", left_out.join(" and "), Scenarios::full_message()));
        }
        message.set(said.join(" "));
    };
    let has_demo = move || compare.columns.with(|c| c.iter().any(|x| x.scenario.is_none()));
    view! {
        <section class="card picker" aria-labelledby="picker-title">
            <h2 id="picker-title">"What to compare"</h2>
            <div class="demo-offer">
                <button type="button" id="open-demo" on:click=move |_| { compare.columns.set(demo_columns()); message.set(String::new()); }>
                    "Open the demonstration: same caseload, different workload"
                </button>
                <p class="help">"Two school SLPs, 48 students each: one school with lighter needs, three schools with intensive needs."</p>
            </div>
            <fieldset>
                <legend>{format!("Your scenarios (choose 2 to {MAX_COLUMNS})")}</legend>
                {move || state.scenarios.with(|s| {
                    s.list.iter().map(|x| {
                        let id = x.id;
                        let dom = format!("pick-{id}");
                        view! {
                            <div class="field checkbox">
                                <input type="checkbox" id=dom.clone() prop:checked=move || is_compared(id)
                                    on:change=move |ev| toggle(id, ev) />
                                <label for=dom>{x.name.clone()}</label>
                            </div>
                        }
                    }).collect_view()
                })}
                <p class="help">
                    {move || if state.scenarios.with(|s| s.list.len()) < 2 {
                        "You have one scenario. On the calculator, \"Duplicate as a what-if\" makes a second one to change and compare."
                    } else {
                        "Each column is a snapshot: what-ifs below change the comparison, not your saved scenarios."
                    }}
                </p>
            </fieldset>
            <Show when=has_demo>
                <button type="button" class="secondary" on:click=save_demo>"Save the demonstration to my scenarios"</button>
            </Show>
            <p class="picker-message" role="status">{move || message.get()}</p>
        </section>
    }
}
