//! The provider's assignment: discipline, contract, calendar, service model, cap, buildings.

use leptos::prelude::*;

use super::browser::{confirm, focus_soon};
use super::fields::{options, CheckboxField, NumberField, SelectField, TextField};
use super::list::keyed_rows;
use super::state::use_state;
use workload_core::model::validation::{self, parse_name};
use workload_core::model::{
    default_activities, Activity, Building, CapChoice, CapPreset, Discipline, ServiceModel, Weighting, CAP_PRESETS,
};

const CAP_NONE: &str = "none";
const CAP_CUSTOM: &str = "custom";

#[component]
pub fn ProfileForm() -> impl IntoView {
    let state = use_state();
    let p = state.workspace.with_untracked(|w| w.profile.clone());
    let edit =
        move |change: Box<dyn FnOnce(&mut workload_core::model::Profile)>| state.edit(|w| change(&mut w.profile));

    let cap_key = match &p.cap {
        CapChoice::None => CAP_NONE.to_string(),
        CapChoice::Preset { id } => id.clone(),
        CapChoice::Custom { .. } => CAP_CUSTOM.to_string(),
    };
    let custom_cap = RwSignal::new(match p.cap {
        CapChoice::Custom { max } => max,
        _ => 60.0,
    });
    let cap = RwSignal::new(cap_key.clone());
    let mut cap_options = vec![(CAP_NONE.to_string(), "No numeric cap".to_string())];
    cap_options.extend(CAP_PRESETS.iter().map(|c| (c.id.to_string(), c.label.to_string())));
    cap_options.push((CAP_CUSTOM.to_string(), "My own cap".to_string()));

    let discipline = RwSignal::new(p.discipline);
    let use_discipline_defaults = move |_| {
        let d = discipline.get_untracked();
        if confirm(&format!(
            "Replace the other activities with the usual ones for a {}? Activities you entered will be removed.",
            d.label().to_ascii_lowercase()
        )) {
            state.edit(|w| {
                w.activities.clear();
                for (name, category, rate) in default_activities(d) {
                    let id = w.take_id();
                    w.activities.push(Activity { id, name: name.into(), category, rate });
                }
            });
            state.generation.update(|g| *g += 1);
        }
    };

    view! {
        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">"Your assignment"</h2>
            <div class="grid">
                <SelectField
                    label="Discipline"
                    options=options(&Discipline::ALL, Discipline::key, Discipline::label)
                    selected=p.discipline.key()
                    on_change=move |key: String| {
                        if let Some(d) = Discipline::from_key(&key) {
                            discipline.set(d);
                            edit(Box::new(move |p| p.discipline = d));
                        }
                    }
                />
                <NumberField
                    label="FTE"
                    value=p.fte
                    rule=validation::FTE
                    help="1.0 is the full contract week; 0.6 is three days."
                    on_valid=move |v: f64| edit(Box::new(move |p| p.fte = v))
                />
                <NumberField
                    label="Contract hours per week"
                    value=p.contract_hours_per_week
                    rule=validation::CONTRACT_HOURS
                    unit="h"
                    help="The full-time contract week."
                    on_valid=move |v: f64| edit(Box::new(move |p| p.contract_hours_per_week = v))
                />
                <CheckboxField
                    label="That figure includes lunch"
                    checked=p.contract_includes_lunch
                    help="Lunch is then taken out of the time available."
                    on_change=move |v: bool| edit(Box::new(move |p| p.contract_includes_lunch = v))
                />
                <NumberField
                    label="Lunch minutes per day"
                    value=p.lunch_minutes_per_day
                    rule=validation::LUNCH_MINUTES
                    unit="min"
                    on_valid=move |v: f64| edit(Box::new(move |p| p.lunch_minutes_per_day = v))
                />
                <ServiceModelField />
            </div>
            <button type="button" class="secondary" on:click=use_discipline_defaults>
                {move || format!("Use the usual activities for a {}", discipline.get().label().to_ascii_lowercase())}
            </button>

            <details class="sub">
                <summary>"School calendar"</summary>
                <div class="grid">
                    <NumberField
                        label="School days per week"
                        value=p.days_per_week
                        rule=validation::DAYS_PER_WEEK
                        help="Used for anything entered per day."
                        on_valid=move |v: f64| edit(Box::new(move |p| p.days_per_week = v))
                    />
                    <NumberField
                        label="School weeks per year"
                        value=p.school_weeks_per_year
                        rule=validation::WEEKS_PER_YEAR
                        help="Yearly tasks are spread over these weeks."
                        on_valid=move |v: f64| edit(Box::new(move |p| p.school_weeks_per_year = v))
                    />
                    <NumberField
                        label="Weeks per quarter"
                        value=p.weeks_per_quarter
                        rule=validation::WEEKS_PER_QUARTER
                        on_valid=move |v: f64| edit(Box::new(move |p| p.weeks_per_quarter = v))
                    />
                </div>
            </details>

            <h3>"Caseload cap"</h3>
            <div class="grid">
                <SelectField
                    label="Cap that applies"
                    options=cap_options
                    selected=cap_key
                    on_change=move |key: String| {
                        cap.set(key.clone());
                        let choice = match key.as_str() {
                            CAP_NONE => CapChoice::None,
                            CAP_CUSTOM => CapChoice::Custom { max: custom_cap.get_untracked() },
                            id => CapChoice::Preset { id: id.to_string() },
                        };
                        edit(Box::new(move |p| p.cap = choice));
                    }
                />
                {move || (cap.get() == CAP_CUSTOM).then(|| view! {
                    <NumberField
                        label="Your cap (students)"
                        value=custom_cap.get_untracked()
                        rule=validation::CAP
                        on_valid=move |v: f64| {
                            custom_cap.set(v);
                            edit(Box::new(move |p| p.cap = CapChoice::Custom { max: v }));
                        }
                    />
                })}
                {move || CapPreset::find(&cap.get()).is_some_and(|c| c.per_assistant > 0.0).then(|| view! {
                    <NumberField
                        label="Assistants (SLPAs) supervised"
                        value=p.assistants_supervised
                        rule=validation::ASSISTANTS
                        on_valid=move |v: f64| edit(Box::new(move |p| p.assistants_supervised = v))
                    />
                })}
                <SelectField
                    label="Weighted headcount"
                    options=vec![
                        ("unweighted".into(), "Every student counts 1".into()),
                        ("ohio".into(), "Ohio mixed caseload (preschool 1.6)".into()),
                    ]
                    selected=if p.weighting == Weighting::OhioMixed { "ohio" } else { "unweighted" }
                    help="A student's own weight, if you give one, always wins."
                    on_change=move |key: String| {
                        let weighting = if key == "ohio" { Weighting::OhioMixed } else { Weighting::Unweighted };
                        edit(Box::new(move |p| p.weighting = weighting));
                    }
                />
            </div>
            <p class="source">
                {move || match CapPreset::find(&cap.get()) {
                    Some(c) => format!("Source: {} ({}).{}", c.source, c.as_of,
                        if c.is_average { " This cap is an average across providers, not a limit for each one." } else { "" }),
                    None if cap.get() == CAP_NONE => "ASHA recommends no maximum number and a workload analysis instead; Ohio uses a workload process.".to_string(),
                    None => "A cap you entered yourself.".to_string(),
                }}
            </p>

            <details class="sub">
                <summary>"Status thresholds"</summary>
                <div class="grid">
                    <NumberField
                        label="At capacity from"
                        value=p.thresholds.at_capacity_from
                        rule=validation::PERCENT
                        unit="%"
                        help="Below this, the week has room."
                        on_valid=move |v: f64| edit(Box::new(move |p| p.thresholds.at_capacity_from = v))
                    />
                    <NumberField
                        label="Over capacity above"
                        value=p.thresholds.over_capacity_above
                        rule=validation::PERCENT
                        unit="%"
                        on_valid=move |v: f64| edit(Box::new(move |p| p.thresholds.over_capacity_above = v))
                    />
                </div>
            </details>
            <BuildingsEditor />
        </section>
    }
}

/// The service delivery model: on the calculator and on the planner page.
#[component]
pub fn ServiceModelField() -> impl IntoView {
    let state = use_state();
    let current = state.workspace.with_untracked(|w| w.profile.service_model);
    view! {
        <SelectField
            label="Service delivery model"
            options=options(&ServiceModel::ALL, ServiceModel::key, ServiceModel::label)
            selected=current.key()
            help="3:1 means three weeks of direct service, then one week for indirect work."
            on_change=move |key: String| {
                if let Some(model) = ServiceModel::from_key(&key) {
                    state.edit(|w| w.profile.service_model = model);
                }
            }
        />
    }
}

#[component]
fn BuildingsEditor() -> impl IntoView {
    let state = use_state();
    let ids =
        Memo::new(move |_| state.workspace.with(|w| w.profile.buildings.iter().map(|b| b.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut new_id = 0;
        state.edit(|w| {
            new_id = w.take_id();
            let n = w.profile.buildings.len() + 1;
            w.profile.buildings.push(Building {
                id: new_id,
                name: format!("Building {n}"),
                travel_minutes_per_week: 0.0,
            });
        });
        focus_soon(format!("building-{new_id}-name"));
    };
    view! {
        <h3>"Buildings and travel"</h3>
        <p class="help">"Each building you serve, with the driving it adds to your week (to, from and between buildings)."</p>
        <ul class="rows">
            {keyed_rows(ids, |id| view! { <BuildingRow id /> }.into_any())}
        </ul>
        <button type="button" class="secondary" on:click=add>"Add a building"</button>
    }
}

#[component]
fn BuildingRow(id: u32) -> impl IntoView {
    let state = use_state();
    let Some(b) = state.workspace.with_untracked(|w| w.profile.buildings.iter().find(|b| b.id == id).cloned()) else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut Building)>| {
        state.edit(|w| {
            if let Some(b) = w.profile.buildings.iter_mut().find(|b| b.id == id) {
                change(b)
            }
        })
    };
    let name = RwSignal::new(b.name.clone());
    view! {
        <li class="row" data-focus-scope=format!("building-{id}")>
            <TextField
                label="Building name"
                id=format!("building-{id}-name")
                value=b.name.clone()
                parse=|t| parse_name(t, "Building")
                on_valid=move |v: String| { name.set(v.clone()); edit(Box::new(move |b| b.name = v)) }
            />
            <NumberField
                label="Travel minutes per week"
                value=b.travel_minutes_per_week
                rule=validation::WEEKLY_MINUTES
                unit="min"
                on_valid=move |v: f64| edit(Box::new(move |b| b.travel_minutes_per_week = v))
            />
            <button type="button" class="secondary" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit(|w| {
                    w.profile.buildings.retain(|b| b.id != id);
                    for s in &mut w.students {
                        if s.building == Some(id) { s.building = None; }
                    }
                })>"Remove"</button>
        </li>
    }
    .into_any()
}
