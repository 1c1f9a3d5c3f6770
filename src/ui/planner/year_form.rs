//! First and last day of school, breaks and days off.

use leptos::prelude::*;

use crate::ui::browser::{alert, confirm};
use crate::ui::fields::{bind_number, bind_text, DateInput, NumberInput, TextInput};
use crate::ui::list::keyed_rows;
use crate::ui::state::use_state;
use workload_core::model::fields::{self, DAY_OFF_FIRST, DAY_OFF_LAST, DAY_OFF_NAME};
use workload_core::model::rules::{Invalid, MAX_DAYS_OFF};

#[component]
pub fn YearForm() -> impl IntoView {
    let state = use_state();
    let ids =
        Memo::new(move |_| state.workspace.with(|w| w.school_year.days_off.iter().map(|d| d.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut added = None;
        state.edit(|w| added = w.add_day_off());
        match added {
            Some(id) => state.open_when_shown(id),
            None => alert(&Invalid::TooMany { what: "breaks and days off", max: MAX_DAYS_OFF }.to_string()),
        }
    };
    let use_typical = move |_| {
        if confirm(
            "Replace the school year with the typical US 2026-27 calendar? Your dates and days off will be replaced.",
        ) {
            state.edit_step(|w| w.use_typical_year());
        }
    };
    view! {
        <div class="year-form">
            <div class="grid">
                <DateInput label="First day of school" field=fields::FIRST_DAY key=() />
                <DateInput label="Last day of school" field=fields::LAST_DAY key=() />
                <NumberInput label="School days per week" bound=bind_number(fields::DAYS_PER_WEEK, ())
                    help="Counted from Monday: 4 is Monday to Thursday." />
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
    let name = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.school_year.days_off.iter().find(|d| d.id == id).map(|d| d.label.clone()).unwrap_or_default())
    });
    view! {
        <li class="row">
            <TextInput label="Name" bound=bind_text(DAY_OFF_NAME, id) class="wide" focus=state.take_opening(id) />
            <DateInput label="First day" field=DAY_OFF_FIRST key=id />
            <DateInput label="Last day" field=DAY_OFF_LAST key=id />
            <button type="button" class="secondary danger" aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.edit_step(|w| w.remove_day_off(id))>"Remove"</button>
        </li>
    }
}
