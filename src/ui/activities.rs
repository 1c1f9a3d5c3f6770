//! Work not tied to a student, grouped by category.

use leptos::prelude::*;

use super::browser::alert;
use super::fields::{bind_choice, bind_text, rate_inputs, SelectInput, TextInput};
use super::list::keyed_rows;
use super::state::use_state;
use workload_core::engine::{activities, format, week};
use workload_core::model::fields::{ACTIVITY_CATEGORY, ACTIVITY_NAME, ACTIVITY_RATE};
use workload_core::model::rules::{Invalid, MAX_ACTIVITIES};
use workload_core::model::Category;

#[component]
pub fn ActivitiesEditor() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="activities-title">
            <h2 id="activities-title">"Other activities"</h2>
            <p class="help">
                "Work that is not tied to one student: meetings, evaluations, team time, duties. \
                 Enter minutes each time and how often, in whatever unit is natural."
            </p>
            {Category::ALL
                .into_iter()
                .filter(|c| *c != Category::Travel)
                .map(|category| view! { <CategoryActivities category /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn CategoryActivities(category: Category) -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.activities.iter().filter(|a| a.category == category).map(|a| a.id).collect::<Vec<_>>())
    });
    let heading_id = format!("activities-{}", category.key());
    let totals = move || state.workspace.with(|w| activities::in_category(w, category));
    let add = move |_| {
        let mut added = None;
        state.edit(|w| added = w.add_activity(category));
        match added {
            Some(id) => state.open_when_shown(id),
            None => alert(&Invalid::TooMany { what: "activities", max: MAX_ACTIVITIES }.to_string()),
        }
    };
    view! {
        // Collapsed to one line with its hours, so nine activities do not take a screen each.
        <details class="category-group">
            <summary>
                <h3 id=heading_id>{category.label()}</h3>
                <span class="category-hours">{move || {
                    let (count, minutes) = totals();
                    format!("{}, {} h a week", format::count(count, "activity", "activities"), format::hours(minutes))
                }}</span>
            </summary>
            <p class="help">"For example: " {category.examples()} "."</p>
            <ul class="rows">
                {keyed_rows(ids, |id| view! { <ActivityRow id /> }.into_any())}
            </ul>
            <button type="button" class="secondary" on:click=add>
                {format!("Add to {}", category.short_label().to_ascii_lowercase())}
            </button>
        </details>
    }
}

#[component]
fn ActivityRow(id: u32) -> impl IntoView {
    let state = use_state();
    let name = Memo::new(move |_| state.workspace.with(|w| (ACTIVITY_NAME.get)(w, id).unwrap_or_default()));
    let weekly = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.activities.iter().find(|a| a.id == id).map_or(0.0, |a| week::minutes_per_week(&a.rate, &w.profile))
        })
    });
    view! {
        <li class="row activity">
            <TextInput label="Activity" bound=bind_text(ACTIVITY_NAME, id) class="wide" focus=state.take_opening(id) />
            {rate_inputs(ACTIVITY_RATE, id, false)}
            <SelectInput label="Category" bound=bind_choice(ACTIVITY_CATEGORY, id) />
            <p class="weekly"><span class="value">{move || format::minutes(weekly.get())}</span>" min a week"</p>
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit_step(|w| w.remove_activity(id))>"Remove"</button>
        </li>
    }
}
