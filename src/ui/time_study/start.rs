//! Setting up a study: its first day, how many school days, which weekdays, the contract day,
//! the interval and lunch. The form holds a draft until "Start the study" (or, for a study
//! under way, "Change the study") checks it against the rules (`StudySetup::check`) and saves
//! it as one undoable step. A change keeps everything logged at times and dates it still
//! has, and asks first if logged days would go.

use leptos::prelude::*;

use crate::ui::browser::{confirm, today};
use crate::ui::fields::dom_id;
use crate::ui::state::use_state;
use workload_core::format::{count, parse_time_of_day, time_of_day};
use workload_core::model::rules::{Invalid, LUNCH_MINUTES};
use workload_core::model::{monday_of, IsoDate, StudySetup, INTERVALS};

const DAY_NAMES: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
/// A week, two, three or four of them.
const LENGTHS: [(u32, &str); 4] =
    [(5, "5 school days (a week)"), (10, "10 school days"), (15, "15 school days"), (20, "20 school days (a month)")];

#[component]
pub fn StartStudy() -> impl IntoView {
    view! {
        <section class="card start-study" aria-labelledby="start-study-title">
            <h2 id="start-study-title">"Start a time study"</h2>
            <p class="help">
                "For a set number of school days, note what each part of your working day went to. The totals show "
                "where your time really goes, beside the week this scenario plans."
            </p>
            <SetupForm editing=false />
        </section>
    }
}

/// The study's setup, changed (or the study removed), folded away under the grid.
#[component]
pub fn ChangeStudy() -> impl IntoView {
    let state = use_state();
    let remove = move |_| {
        if confirm("Remove this time study and everything logged in it? (Undo brings it back.)") {
            state.edit_step(|w| w.time_study = None);
        }
    };
    view! {
        <details class="card change-study">
            <summary>"Change the study's days and hours"</summary>
            <SetupForm editing=true />
            <button type="button" class="secondary" on:click=remove>"Remove the study"</button>
        </details>
    }
}

#[component]
fn SetupForm(editing: bool) -> impl IntoView {
    let state = use_state();
    let first = today().map(monday_of).unwrap_or_else(|| IsoDate::ymd(2026, 9, 7).expect("a real date"));
    let now = state.workspace.with_untracked(|w| w.time_study.as_ref().map(|s| s.setup.clone()));
    let setup = RwSignal::new(now.filter(|_| editing).unwrap_or_else(|| StudySetup::week_from(first)));
    let problem = RwSignal::new(None::<String>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = setup.get_untracked();
        if let Err(why) = chosen.check() {
            problem.set(Some(why.to_string()));
            return;
        }
        problem.set(None);
        if !editing {
            state.edit_step(|w| w.start_time_study(chosen));
            return;
        }
        let lost = state.workspace.with_untracked(|w| w.time_study.as_ref().map_or(0, |s| s.days_lost_to(&chosen)));
        let question = format!(
            "{} logged would no longer be in the study, and what they hold would go. Change the study? (Undo brings it back.)",
            count(lost, "day", "days")
        );
        if lost == 0 || confirm(&question) {
            state.edit_step(|w| {
                if let Some(s) = w.time_study.as_mut() {
                    s.reshape(chosen)
                }
            });
        }
    };
    let set_lunch_minutes = move |text: String| {
        let minutes = text.trim().parse::<u32>().map_err(|_| LUNCH_MINUTES.not_a_number());
        match minutes.and_then(|m| LUNCH_MINUTES.check(f64::from(m)).map(|_| m)) {
            Ok(minutes) => setup.update(|s| s.lunch_minutes = minutes),
            Err(why) => problem.set(Some(why.to_string())),
        }
    };
    let ids = [dom_id("study-start"), dom_id("study-days"), dom_id("day-start"), dom_id("day-end")];
    let more = [dom_id("interval"), dom_id("lunch-start"), dom_id("lunch-minutes")];
    let time_input =
        move |id: String, label: &'static str, get: fn(&StudySetup) -> u32, put: fn(&mut StudySetup, u32)| {
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input id=id type="time" step="300" required
                        prop:value=move || setup.with(|s| time_of_day(get(s)))
                        on:change=move |ev| match parse_time_of_day(&event_target_value(&ev)) {
                            Some(minutes) => setup.update(|s| put(s, minutes)),
                            None => problem.set(Some(Invalid::NotATime.to_string())),
                        } />
                </div>
            }
        };
    view! {
            <form on:submit=start>
                <div class="study-setup">
                    <div class="field">
                        <label for=ids[0].clone()>"First day"</label>
                        <input id=ids[0].clone() type="date" required
                            prop:value=move || setup.with(|s| s.start.iso())
                            on:change=move |ev| match IsoDate::parse(&event_target_value(&ev)) {
                                Some(date) => setup.update(|s| s.start = date),
                                None => problem.set(Some(Invalid::NotADate.to_string())),
                            } />
                    </div>
                    <div class="field">
                        <label for=ids[1].clone()>"How long"</label>
                        <select id=ids[1].clone() on:change=move |ev| {
                            if let Ok(days) = event_target_value(&ev).parse() { setup.update(|s| s.school_days = days) }
                        }>
                            {LENGTHS.into_iter().map(|(days, text)| view! {
                                <option value=days.to_string() selected=move || setup.with(|s| s.school_days == days)>{text}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    {time_input(ids[2].clone(), "Contract day starts", |s| s.day_start, |s, m| s.day_start = m)}
                    {time_input(ids[3].clone(), "and ends", |s| s.day_end, |s, m| s.day_end = m)}
                    <div class="field">
                        <label for=more[0].clone()>"Each interval"</label>
                        <select id=more[0].clone() on:change=move |ev| {
                            if let Ok(minutes) = event_target_value(&ev).parse() { setup.update(|s| s.interval = minutes) }
                        }>
                            {INTERVALS.into_iter().map(|minutes| view! {
                                <option value=minutes.to_string() selected=move || setup.with(|s| s.interval == minutes)>
                                    {format!("{minutes} minutes")}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    {time_input(more[1].clone(), "Lunch starts", |s| s.lunch_start.unwrap_or(12 * 60), |s, m| s.lunch_start = Some(m))}
                    <div class="field">
                        <label for=more[2].clone()>"Lunch, minutes"</label>
                        <input id=more[2].clone() type="number" min="0" max=LUNCH_MINUTES.max.to_string() step="5" class="narrow"
                            prop:value=move || setup.with(|s| s.lunch_minutes.to_string())
                            on:change=move |ev| set_lunch_minutes(event_target_value(&ev)) />
                    </div>
                </div>
                <fieldset class="weekdays">
                    <legend>"Days you work"</legend>
                    {DAY_NAMES.into_iter().enumerate().map(|(i, name)| view! {
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || setup.with(|s| s.weekdays[i])
                                on:change=move |ev| setup.update(|s| s.weekdays[i] = event_target_checked(&ev)) />
                            {name}
                        </label>
                    }).collect_view()}
                </fieldset>
                <p class="field-error" role="alert">{move || problem.get()}</p>
                <button type="submit">{if editing { "Change the study" } else { "Start the study" }}</button>
            </form>
    }
}
