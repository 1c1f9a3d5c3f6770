//! First and last day of school, breaks and days off.

use leptos::prelude::*;

use crate::ui::list::keyed_rows;

use crate::ui::browser::{confirm, focus_soon};
use crate::ui::fields::{dom_id, NumberField, TextField};
use crate::ui::state::use_state;
use workload_core::model::validation::{self, parse_name};
use workload_core::model::{DaysOff, IsoDate, SchoolYear};

/// A date input; a value reaches the model only when it is a whole, real date.
#[component]
fn DateField(#[prop(into)] label: String, value: IsoDate, #[prop(into)] on_valid: Callback<IsoDate>) -> impl IntoView {
    let id = dom_id("date");
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<String>);
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <input id=id type="date" value=value.iso() aria-describedby=error_id.clone()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                on:input=move |ev| match IsoDate::parse(&event_target_value(&ev)) {
                    Some(date) => { error.set(None); on_valid.run(date); }
                    None => error.set(Some("Enter a whole date.".into())),
                } />
            <p class="error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

#[component]
pub fn YearForm() -> impl IntoView {
    let state = use_state();
    let (year, days_per_week) = state.workspace.with_untracked(|w| (w.school_year.clone(), w.profile.days_per_week));
    let ids =
        Memo::new(move |_| state.workspace.with(|w| w.school_year.days_off.iter().map(|d| d.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut new_id = 0;
        state.edit(|w| {
            new_id = w.take_id();
            let day = w.school_year.first_day;
            w.school_year.days_off.push(DaysOff { id: new_id, label: "Day off".into(), first: day, last: day });
        });
        focus_soon(format!("days-off-{new_id}-label"));
    };
    let use_typical = move |_| {
        if confirm(
            "Replace the school year with the typical US 2026-27 calendar? Your dates and days off will be replaced.",
        ) {
            state.edit(|w| {
                let mut typical = SchoolYear::typical_us_2026();
                for off in &mut typical.days_off {
                    off.id = w.take_id();
                }
                w.school_year = typical;
            });
            state.generation.update(|g| *g += 1);
        }
    };
    view! {
        <div class="year-form">
            <div class="grid">
                <DateField label="First day of school" value=year.first_day
                    on_valid=move |d: IsoDate| state.edit(|w| w.school_year.first_day = d) />
                <DateField label="Last day of school" value=year.last_day
                    on_valid=move |d: IsoDate| state.edit(|w| w.school_year.last_day = d) />
                <NumberField label="School days per week" value=days_per_week rule=validation::DAYS_PER_WEEK
                    help="Counted from Monday: 4 is Monday to Thursday."
                    on_valid=move |v: f64| state.edit(|w| w.profile.days_per_week = v) />
            </div>
            <h3>"Breaks and days off"</h3>
            <p class="help">"A single day off has the same first and last day."</p>
            <ul class="rows">
                {keyed_rows(ids, |id| view! { <DaysOffRow id /> }.into_any())}
            </ul>
            <div class="row-actions">
                <button type="button" class="secondary" on:click=add>"Add a break or day off"</button>
                <button type="button" class="secondary" on:click=use_typical>"Use the typical US 2026-27 calendar"</button>
            </div>
        </div>
    }
}

#[component]
fn DaysOffRow(id: u32) -> impl IntoView {
    let state = use_state();
    let Some(off) = state.workspace.with_untracked(|w| w.school_year.days_off.iter().find(|d| d.id == id).cloned())
    else {
        return ().into_any();
    };
    let edit = move |change: Box<dyn FnOnce(&mut DaysOff)>| {
        state.edit(|w| {
            if let Some(d) = w.school_year.days_off.iter_mut().find(|d| d.id == id) {
                change(d)
            }
        })
    };
    let name = RwSignal::new(off.label.clone());
    view! {
        <li class="row" data-focus-scope=format!("days-off-{id}")>
            <TextField label="Name" id=format!("days-off-{id}-label") value=off.label.clone() class="wide"
                parse=|t| parse_name(t, "Break")
                on_valid=move |v: String| { name.set(v.clone()); edit(Box::new(move |d| d.label = v)) } />
            <DateField label="First day" value=off.first on_valid=move |v: IsoDate| edit(Box::new(move |d| d.first = v)) />
            <DateField label="Last day" value=off.last on_valid=move |v: IsoDate| edit(Box::new(move |d| d.last = v)) />
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit(|w| w.school_year.days_off.retain(|d| d.id != id))>"Remove"</button>
        </li>
    }
    .into_any()
}
