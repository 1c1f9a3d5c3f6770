//! The scenario bar: which scenario is open, and creating ("New caseload"), renaming,
//! duplicating ("what if…") and deleting scenarios. On the calculator, the caseload and the
//! planner alike.

use leptos::prelude::*;

use super::browser::{alert, confirm};
use super::starting::NewCaseloadOpen;
use super::state::use_state;
use workload_core::format;
use workload_core::model::rules::SCENARIO_NAME;
use workload_core::model::{clean_name, new_caseload, Scenarios};

#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = use_state();
    let full = move || alert(&Scenarios::full_message());
    let creating = use_context::<NewCaseloadOpen>().map(|o| o.0);
    let duplicate = move |_| {
        let name = format!("What if: {}", state.scenarios.with_untracked(|s| s.active_name().to_string()));
        if !state.add_and_open(&name, state.workspace.get_untracked()) {
            full();
        }
    };
    // The question says exactly what goes and what stays.
    let delete = move |_| {
        let (id, name, count) =
            state.scenarios.with_untracked(|s| (s.active, s.active_name().to_string(), s.list.len()));
        let (students, activities, discipline) = state.workspace.with_untracked(|w| {
            (
                format::count(w.students.len(), "student", "students"),
                format::count(w.activities.len(), "activity", "activities"),
                w.profile.discipline,
            )
        });
        let what = format!("Delete the scenario \"{name}\", with its {students} and {activities}?");
        if count <= 1 {
            if confirm(&format!("{what} It is your only one: an empty caseload named \"My caseload\" takes its place. This cannot be undone.")) {
                state.replace_all(Scenarios::single("My caseload", new_caseload(discipline, false)), false);
            }
        } else {
            let others = match count - 1 {
                1 => "Your other scenario stays as it is.".to_string(),
                n => format!("Your {n} other scenarios stay as they are."),
            };
            if confirm(&format!("{what} {others} This cannot be undone.")) {
                state.remove_scenario(id);
            }
        }
    };
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
                {creating.map(|open| view! {
                    <button type="button" id="new-caseload" aria-expanded=move || open.get().to_string()
                        on:click=move |_| open.update(|o| *o = !*o)>"New caseload"</button>
                })}
                <button type="button" class="secondary" on:click=duplicate>"Duplicate as a what-if"</button>
                <button type="button" class="secondary danger" on:click=delete>"Delete"</button>
            </span>
        </section>
    }
}
