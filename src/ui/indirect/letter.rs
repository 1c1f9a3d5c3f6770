//! The letter to families about 3:1 (`engine::parent_letter`): the app's wording with the
//! school year's indirect weeks, or the therapist's edit of it, which is saved with the
//! scenario. Printed on one page.

use leptos::prelude::*;

use super::{use_log_page, Printing};
use crate::ui::browser::print;
use crate::ui::state::use_state;
use workload_core::engine::parent_letter::{letter_calendar, parent_letter};
use workload_core::model::{rules, Profile, ServiceModel};

#[component]
pub fn ParentLetter() -> impl IntoView {
    let state = use_state();
    let page = use_log_page();
    // Made again only when the calendar or the discipline changes, not with each entry.
    let discipline = Memo::new(move |_| state.workspace.with(|w| w.profile.discipline));
    let generated = Memo::new(move |_| {
        page.calendar.with(|(year, days, model)| {
            let profile = Profile {
                discipline: discipline.get(),
                days_per_week: *days,
                service_model: *model,
                ..Profile::default()
            };
            letter_calendar(year, &profile).map(|plan| parent_letter(&profile, &plan))
        })
    });
    let saved = Memo::new(move |_| state.workspace.with(|w| w.indirect_log.as_ref().and_then(|l| l.letter.clone())));
    let traditional = Memo::new(move |_| page.calendar.with(|(_, _, model)| *model == ServiceModel::Traditional));
    let text = move || saved.get().or_else(|| generated.get()).unwrap_or_default();
    let problem = RwSignal::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let words = event_target_value(&ev);
        match rules::LETTER.check(&words) {
            Ok(()) => {
                problem.set(None);
                state.edit(|w| w.log_mut().letter = Some(words));
            }
            Err(error) => problem.set(Some(error.to_string())),
        }
    };
    let print_letter = move |_| {
        page.printing.set(Printing::Letter);
        print();
    };
    view! {
        <section class="card parent-letter" aria-labelledby="letter-heading">
            <h2 id="letter-heading">"Letter to families about 3:1"</h2>
            {move || generated.with(Option::is_none).then(|| view! {
                <p class="error">"The school year has problems, so its indirect weeks cannot be listed: fix them on the " <a href="../planner/">"3:1 planner"</a> "."</p>
            })}
            {move || traditional.get().then(|| view! {
                <p class="help">"This scenario still uses the traditional model: the dates are the indirect weeks 3:1 would give it, the fourth week of each cycle."</p>
            })}
            {move || saved.with(Option::is_some).then(|| view! {
                <p class="help">"You have edited this letter: it is saved as you wrote it, and no longer follows changes to the school year."</p>
            })}
            <label for="letter-text">"The letter (edit it as you like)"</label>
            <textarea id="letter-text" rows="18" prop:value=text on:input=on_input aria-describedby="letter-problem"></textarea>
            <p class="error" id="letter-problem" aria-live="polite">{move || problem.get()}</p>
            <div class="field-row">
                <button type="button" on:click=print_letter>"Print the letter"</button>
                <button type="button" disabled=move || saved.with(Option::is_none)
                    on:click=move |_| state.edit_step(|w| w.log_mut().letter = None)>
                    "Back to the app's wording"
                </button>
            </div>
            <div class="letter-print print-only">{text}</div>
        </section>
    }
}
