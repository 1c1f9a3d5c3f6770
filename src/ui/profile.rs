//! The provider's assignment: discipline, contract, calendar, service model, cap, buildings.

use leptos::prelude::*;

use super::browser::{alert, confirm};
use super::fields::{
    bind_choice, bind_number, bind_text, BoundChoice, CheckboxInput, NumberInput, SelectInput, TextInput,
};
use super::list::keyed_rows;
use super::state::use_state;
use workload_core::engine::{format, Report};
use workload_core::model::fields::{self, BUILDING_NAME, BUILDING_TRAVEL, DISCIPLINE, SERVICE_MODEL, WEIGHTING};
use workload_core::model::rules::{Invalid, MAX_BUILDINGS};
use workload_core::model::{CapChoice, CapPreset, Category, Profile, Workspace, CAP_PRESETS};

const CAP_NONE: &str = "none";
const CAP_CUSTOM: &str = "custom";

fn cap_key(cap: &CapChoice) -> String {
    match cap {
        CapChoice::None => CAP_NONE.to_string(),
        CapChoice::Preset { id } => id.clone(),
        CapChoice::Custom { .. } => CAP_CUSTOM.to_string(),
    }
}

#[component]
pub fn ProfileForm() -> impl IntoView {
    let state = use_state();
    let edit = move |change: Box<dyn FnOnce(&mut Profile)>| state.edit(|w| change(&mut w.profile));

    let cap = Memo::new(move |_| state.workspace.with(|w| cap_key(&w.profile.cap)));
    // The last custom cap typed, so that choosing "My own cap" again brings it back.
    let custom_cap = StoredValue::new(60.0);
    let mut cap_options = vec![(CAP_NONE.to_string(), "No numeric cap".to_string())];
    cap_options.extend(CAP_PRESETS.iter().map(|c| (c.id.to_string(), c.label.to_string())));
    cap_options.push((CAP_CUSTOM.to_string(), "My own cap".to_string()));

    let discipline = Memo::new(move |_| state.workspace.with(|w| w.profile.discipline));
    let use_discipline_defaults = move |_| {
        let d = discipline.get_untracked();
        if confirm(&format!(
            "Replace the other activities with the usual ones for a {}? Activities you entered will be removed.",
            d.label().to_ascii_lowercase()
        )) {
            state.edit_step(|w| w.use_default_activities(d));
        }
    };

    view! {
        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">"Your assignment"</h2>
            <div class="grid">
                <SelectInput label="Discipline" bound=bind_choice(DISCIPLINE, ()) />
                <NumberInput
                    label="FTE"
                    bound=bind_number(fields::FTE, ())
                    help="1.0 is the full contract week; 0.6 is three days. More than 1 where several people share this caseload."
                />
                <NumberInput label="Contract hours per week" bound=bind_number(fields::CONTRACT_HOURS, ()) unit="h"
                    help="The full-time contract week." />
                <CheckboxInput
                    label="That figure includes lunch"
                    checked=Signal::derive(move || state.workspace.with(|w| w.profile.contract_includes_lunch))
                    help="Lunch is then taken out of the time available."
                    on_change=move |v: bool| edit(Box::new(move |p| p.contract_includes_lunch = v))
                />
                <NumberInput label="Lunch minutes per day" bound=bind_number(fields::LUNCH_MINUTES, ()) unit="min" />
                <ServiceModelField />
            </div>
            <button type="button" class="secondary" on:click=use_discipline_defaults>
                {move || format!("Use the usual activities for a {}", discipline.get().label().to_ascii_lowercase())}
            </button>

            // The settings changed less often are folded, each to one line that says what it holds.
            <details class="folded">
                {folded_summary("School calendar", |w, _| format!(
                    "{} days a week, {} weeks a year",
                    format::number(w.profile.days_per_week, 1),
                    format::number(w.profile.school_weeks_per_year, 1)
                ))}
                <div class="grid">
                    <NumberInput label="School days per week" bound=bind_number(fields::DAYS_PER_WEEK, ())
                        help="Used for anything entered per day." />
                    <NumberInput label="School weeks per year" bound=bind_number(fields::WEEKS_PER_YEAR, ())
                        help="Yearly tasks are spread over these weeks." />
                    <NumberInput label="Weeks per quarter" bound=bind_number(fields::WEEKS_PER_QUARTER, ()) />
                </div>
            </details>

            <details class="folded">
                {folded_summary("Caseload cap", |w, _| match &w.profile.cap {
                    CapChoice::None => "No numeric cap".to_string(),
                    CapChoice::Preset { id } => CapPreset::find(id).map(|c| c.label.to_string()).unwrap_or_default(),
                    CapChoice::Custom { max } => format!("My own cap, {} students", format::number(*max, 0)),
                })}
                <div class="grid">
                    <SelectInput label="Cap that applies" bound=BoundChoice {
                        options: cap_options.into(),
                        selected: cap.into(),
                        on_change: Callback::new(move |key: String| {
                            let choice = match key.as_str() {
                                CAP_NONE => CapChoice::None,
                                CAP_CUSTOM => CapChoice::Custom { max: custom_cap.get_value() },
                                id => CapChoice::Preset { id: id.to_string() },
                            };
                            edit(Box::new(move |p| p.cap = choice));
                        }),
                    } />
                    {move || (cap.get() == CAP_CUSTOM).then(|| view! {
                        <NumberInput label="Your cap (students)" bound={
                            let bound = bind_number(fields::CUSTOM_CAP, ());
                            let on_valid = bound.on_valid;
                            super::fields::BoundNumber {
                                on_valid: Callback::new(move |v| { custom_cap.set_value(v); on_valid.run(v) }),
                                ..bound
                            }
                        } />
                    })}
                    {move || CapPreset::find(&cap.get()).is_some_and(|c| c.per_assistant > 0.0).then(|| view! {
                        <NumberInput label="Assistants (SLPAs) supervised" bound=bind_number(fields::ASSISTANTS, ()) />
                    })}
                    <SelectInput label="Weighted headcount" bound=bind_choice(WEIGHTING, ())
                        help="A student's own weight, if you give one, always wins." />
                </div>
                <p class="source">
                    {move || match CapPreset::find(&cap.get()) {
                        Some(c) => format!("Source: {} ({}).{}", c.source, c.as_of,
                            if c.is_average { " This cap is an average across providers, not a limit for each one." } else { "" }),
                        None if cap.get() == CAP_NONE => "ASHA recommends no maximum number and a workload analysis instead; Ohio uses a workload process.".to_string(),
                        None => "A cap you entered yourself.".to_string(),
                    }}
                </p>
            </details>

            <details class="folded">
                {folded_summary("Status thresholds", |w, _| format!(
                    "at capacity from {}%, over above {}%",
                    format::number(w.profile.thresholds.at_capacity_from, 1),
                    format::number(w.profile.thresholds.over_capacity_above, 1)
                ))}
                <div class="grid">
                    <NumberInput label="At capacity from" bound=bind_number(fields::AT_CAPACITY_FROM, ()) unit="%"
                        help="Below this, the week has room." />
                    <NumberInput label="Over capacity above" bound=bind_number(fields::OVER_CAPACITY_ABOVE, ()) unit="%" />
                </div>
            </details>
            <BuildingsEditor />
        </section>
    }
}

/// A folded group's one line: its title, and what it holds in words. One function type
/// for every group keeps this to one piece of code in the wasm.
fn folded_summary(title: &'static str, holds: fn(&Workspace, &Report) -> String) -> impl IntoView {
    let state = use_state();
    view! {
        <summary>
            <h3>{title}</h3>
            <span class="category-hours">{move || state.workspace.with(|w| state.report.with(|r| holds(w, r)))}</span>
        </summary>
    }
}

/// The service delivery model: on the calculator and on the planner page.
#[component]
pub fn ServiceModelField() -> impl IntoView {
    view! {
        <SelectInput label="Service delivery model" bound=bind_choice(SERVICE_MODEL, ())
            help="3:1 means three weeks of direct service, then one week for indirect work." />
    }
}

#[component]
fn BuildingsEditor() -> impl IntoView {
    let state = use_state();
    let ids =
        Memo::new(move |_| state.workspace.with(|w| w.profile.buildings.iter().map(|b| b.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut added = None;
        state.edit(|w| added = w.add_building());
        match added {
            Some(id) => state.open_when_shown(id),
            None => alert(&Invalid::TooMany { what: "buildings", max: MAX_BUILDINGS }.to_string()),
        }
    };
    view! {
        <details class="folded">
            {folded_summary("Buildings and travel", |w, r| format!(
                "{}, {} h of travel a week",
                format::count(w.profile.buildings.len(), "building", "buildings"),
                format::hours(r.minutes(Category::Travel))
            ))}
            <p class="help">"Each building you serve, with the driving it adds to your week (to, from and between buildings)."</p>
            <ul class="rows">
                {keyed_rows(ids, |id| view! { <BuildingRow id /> }.into_any())}
            </ul>
            <button type="button" class="secondary" on:click=add>"Add a building"</button>
        </details>
    }
}

#[component]
fn BuildingRow(id: u32) -> impl IntoView {
    let state = use_state();
    let name = Memo::new(move |_| state.workspace.with(|w| (BUILDING_NAME.get)(w, id).unwrap_or_default()));
    view! {
        <li class="row">
            <TextInput label="Building name" bound=bind_text(BUILDING_NAME, id) focus=state.take_opening(id) />
            <NumberInput label="Travel minutes per week" bound=bind_number(BUILDING_TRAVEL, id) unit="min" />
            <button type="button" class="secondary" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit_step(|w| w.remove_building(id))>"Remove"</button>
        </li>
    }
}
