//! Work not tied to a student, grouped by category.

use leptos::prelude::*;

use super::browser::focus_soon;
use super::fields::{options, RateFields, SelectField, TextField};
use super::list::keyed_rows;
use super::state::use_state;
use workload_core::engine::{format, week};
use workload_core::model::validation::{self, parse_name};
use workload_core::model::{Activity, Category, Rate};

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
    let labelledby = heading_id.clone();
    let add = move |_| {
        let mut new_id = 0;
        state.edit(|w| {
            new_id = w.take_id();
            w.activities.push(Activity {
                id: new_id,
                name: "New activity".into(),
                category,
                rate: Rate::weekly(30.0, 1.0),
            });
        });
        focus_soon(format!("activity-{new_id}-name"));
    };
    view! {
        <div class="category-group" role="group" aria-labelledby=labelledby>
            <h3 id=heading_id>{category.label()}</h3>
            <p class="help">"For example: " {category.examples()} "."</p>
            <ul class="rows">
                {keyed_rows(ids, |id| view! { <ActivityRow id /> }.into_any())}
            </ul>
            <button type="button" class="secondary" on:click=add>
                {format!("Add to {}", category.short_label().to_ascii_lowercase())}
            </button>
        </div>
    }
}

#[component]
fn ActivityRow(id: u32) -> impl IntoView {
    let state = use_state();
    let Some(a) = state.workspace.with_untracked(|w| w.activities.iter().find(|a| a.id == id).cloned()) else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut Activity)>| {
        state.edit(|w| {
            if let Some(a) = w.activity_mut(id) {
                change(a)
            }
        })
    };
    let name = RwSignal::new(a.name.clone());
    let weekly = move || {
        state.workspace.with(|w| {
            w.activities.iter().find(|a| a.id == id).map_or(0.0, |a| week::minutes_per_week(&a.rate, &w.profile))
        })
    };
    view! {
        <li class="row activity" data-focus-scope=format!("activity-{id}")>
            <TextField
                label="Activity"
                id=format!("activity-{id}-name")
                value=a.name.clone()
                class="wide"
                parse=|t| parse_name(t, "Activity")
                on_valid=move |v: String| { name.set(v.clone()); edit(Box::new(move |a| a.name = v)) }
            />
            <RateFields value=a.rate minutes_rule=validation::EVENT_MINUTES
                on_change=move |r: Rate| edit(Box::new(move |a| a.rate = r)) />
            <SelectField
                label="Category"
                options=options(&Category::ALL[..5], Category::key, Category::short_label)
                selected=a.category.key()
                on_change=move |k: String| if let Some(c) = Category::from_key(&k) { edit(Box::new(move |a| a.category = c)) }
            />
            <p class="weekly"><span class="value">{move || format::minutes(weekly())}</span>" min a week"</p>
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit(|w| w.activities.retain(|a| a.id != id))>"Remove"</button>
        </li>
    }
    .into_any()
}
