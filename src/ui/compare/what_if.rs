//! Live what-ifs, one panel per compared scenario: students, average minutes, buildings,
//! 3:1 and FTE. They change the comparison at once and never the saved scenario, unless
//! the user saves the result as a new scenario.

use leptos::prelude::*;

use super::{use_compare, Column};
use crate::ui::fields::{BoundNumber, CheckboxInput, NumberInput};
use crate::ui::state::use_state;
use workload_core::engine::format;
use workload_core::engine::what_if::{apply, baseline, WhatIf};
use workload_core::model::rules::{self, NumberRule};
use workload_core::model::Scenarios;

#[component]
pub fn WhatIfPanels() -> impl IntoView {
    let compare = use_compare();
    view! {
        <section class="what-ifs" aria-labelledby="what-if-title">
            <h3 id="what-if-title">"What if…"</h3>
            <p class="help">"Change a scenario here and every figure, chart and sentence updates at once. Your saved scenarios stay as they are."</p>
            <div class="what-if-grid">
                <For each=move || compare.columns.get() key=|c| c.key children=|c| view! { <Panel column=c /> } />
            </div>
        </section>
    }
}

#[component]
fn Panel(column: Column) -> impl IntoView {
    let state = use_state();
    let what_if = column.what_if;
    let base = column.base.clone();
    let start = baseline(&base);
    // Each field shows the what-if's value, or the scenario's own where the what-if
    // leaves it as it is.
    let field = move |rule: NumberRule, read: fn(&WhatIf) -> Option<f64>, start: f64, write: fn(&mut WhatIf, f64)| {
        BoundNumber {
            rule,
            value: Signal::derive(move || Some(what_if.with(read).unwrap_or(start))),
            on_valid: Callback::new(move |v| what_if.update(|w| write(w, v))),
        }
    };
    let saved = RwSignal::new(String::new());
    let name = column.name.clone();
    let save = {
        let base = base.clone();
        let name = name.clone();
        move |_| {
            let changed = what_if.with_untracked(|w| apply(&base, w));
            let mut added = None;
            state.scenarios.update(|s| added = s.add(&format!("What if: {name}"), changed));
            saved.set(match added {
                Some(id) => format!(
                    "Saved as \"{}\".",
                    state.scenarios.with_untracked(|s| s.get(id).map(|x| x.name.clone()).unwrap_or_default())
                ),
                None => Scenarios::full_message(),
            });
        }
    };
    view! {
        <fieldset class="what-if">
            <legend>{name}</legend>
            <NumberInput label="Students" bound=field(rules::WHAT_IF_STUDENTS, |w| w.students.map(f64::from),
                start.students as f64, |w, v| w.students = Some(v.round() as u32)) />
            <NumberInput label="Service minutes a week per student, as the plans state them" unit="min"
                bound=field(rules::WHAT_IF_AVERAGE_MINUTES, |w| w.average_minutes,
                    start.average_minutes, |w, v| w.average_minutes = Some(v)) />
            <NumberInput label="Buildings" help="An added building brings an hour of travel a week."
                bound=field(rules::WHAT_IF_BUILDINGS, |w| w.buildings.map(f64::from),
                    start.buildings as f64, |w, v| w.buildings = Some(v.round() as u32)) />
            <NumberInput label="FTE serving this caseload"
                bound=field(rules::FTE, |w| w.fte, start.fte, |w, v| w.fte = Some(v)) />
            <CheckboxInput label="3:1 model"
                checked=Signal::derive(move || what_if.with(|w| w.three_to_one.unwrap_or(start.three_to_one)))
                on_change=move |on: bool| what_if.update(|w| w.three_to_one = Some(on)) />
            <p class="help what-if-state">
                {move || if what_if.with(WhatIf::is_empty) {
                    "As saved.".to_string()
                } else {
                    format!("Changed from {} students at {} minutes.", start.students, format::number(start.average_minutes, 0))
                }}
            </p>
            <span class="what-if-actions">
                <button type="button" class="secondary" disabled=move || what_if.with(WhatIf::is_empty)
                    on:click=move |_| { what_if.set(WhatIf::default()); saved.set(String::new()); }>
                    "Reset"
                </button>
                <button type="button" class="secondary" disabled=move || what_if.with(WhatIf::is_empty) on:click=save>
                    "Save as a new scenario"
                </button>
            </span>
            <p role="status" class="what-if-saved">{move || saved.get()}</p>
        </fieldset>
    }
}
