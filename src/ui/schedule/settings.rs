//! The schedule's settings: the day's hours and the grid's step, the largest group allowed,
//! which week is shown under 3:1, and which days the therapist is at each building.

use leptos::prelude::*;

use super::use_schedule_page;
use crate::ui::state::use_state;
use workload_core::format::time_of_day;
use workload_core::model::{school_days, BlockWeek, DAY_NAMES, SLOTS};

/// The times offered for the day's start (`start`) or end: every half hour from 05:00 to
/// 22:00 that makes a day of at least an hour with the other end, and the time set now (a
/// file may hold one off the half hour).
fn times_offered(start: bool, (day_start, day_end): (u32, u32)) -> Vec<u32> {
    let fits = |t: u32| if start { t + 60 <= day_end } else { t >= day_start + 60 };
    let now = if start { day_start } else { day_end };
    let mut times: Vec<u32> = (10..=44).map(|h| h * 30).filter(|&t| fits(t) || t == now).collect();
    if !times.contains(&now) {
        times.push(now);
        times.sort_unstable();
    }
    times
}

#[component]
pub fn Settings() -> impl IntoView {
    let state = use_state();
    let page = use_schedule_page();
    let settings = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.schedule.clone().unwrap_or_default();
            (s.day_start, s.day_end, s.slot, s.largest_group)
        })
    });
    let said = RwSignal::new(String::new());
    let set_day = move |start: Option<u32>, end: Option<u32>, slot: Option<u32>| {
        let (s, e, l, _) = settings.get_untracked();
        let mut result = Ok(());
        state.edit_step(|w| result = w.set_schedule_day(start.unwrap_or(s), end.unwrap_or(e), slot.unwrap_or(l)));
        said.set(result.err().map(|e| e.to_string()).unwrap_or_default());
    };
    let time_select = move |label: &'static str,
                            id: &'static str,
                            read: fn(&(u32, u32, u32, u32)) -> u32,
                            start: bool| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id
                    prop:value=move || settings.with(|s| read(s).to_string())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).parse().ok();
                        if start { set_day(t, None, None) } else { set_day(None, t, None) }
                    }>
                    {move || times_offered(start, settings.with(|s| (s.0, s.1)))
                        .into_iter()
                        .map(|t| view! { <option value=t.to_string() selected=move || settings.with(|s| read(s) == t)>{time_of_day(t)}</option> })
                        .collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="card schedule-settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">"Your week"</h2>
            <div class="field-row">
                {time_select("Day starts", "day-start", |s| s.0, true)}
                {time_select("Day ends", "day-end", |s| s.1, false)}
                <div class="field">
                    <label for="slot">"Time slots"</label>
                    <select id="slot" prop:value=move || settings.with(|s| s.2.to_string())
                        on:change=move |ev| set_day(None, None, event_target_value(&ev).parse().ok())>
                        {SLOTS.iter().map(|m| view! { <option value=m.to_string()>{format!("{m} minutes")}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="largest-group">"Largest group"</label>
                    <select id="largest-group" prop:value=move || settings.with(|s| s.3.to_string())
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                                state.edit_step(|w| { let _ = w.set_largest_group(n); });
                            }
                        }>
                        {(1..=20u32).map(|n| view! { <option value=n.to_string()>{format!("{n} students")}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=move || page.three_to_one.get()>
                    <fieldset class="week-choice">
                        <legend>"Week shown (3:1)"</legend>
                        {[(BlockWeek::Direct, "Direct week"), (BlockWeek::Indirect, "Indirect week")].map(|(week, words)| view! {
                            <label class="radio">
                                <input type="radio" name="week" prop:checked=move || page.week.get() == week
                                    on:change=move |_| { page.week.set(week); page.moving.set(None); } />
                                {words}
                            </label>
                        }).collect_view()}
                    </fieldset>
                </Show>
            </div>
            <p role="status" class="field-problem">{move || said.get()}</p>
            <BuildingDays />
        </section>
    }
}

/// Which days the therapist is at each building: a block in a building on a day they are
/// elsewhere is a conflict.
#[component]
fn BuildingDays() -> impl IntoView {
    let state = use_state();
    // The table is made again only when the buildings or the days change; a tick changes its
    // box alone (the keyboard stays on it).
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let buildings: Vec<(u32, String)> = w.profile.buildings.iter().map(|b| (b.id, b.name.clone())).collect();
            (buildings, school_days(w))
        })
    });
    let at = move |building: u32, day: u32| {
        state.workspace.with(|w| w.schedule.as_ref().is_none_or(|s| s.at_building(building, day)))
    };
    view! {
        <Show when=move || rows.with(|(b, _)| !b.is_empty())>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Days at each building">
            <table class="building-days">
                <caption>"Days at each building"</caption>
                <thead><tr><th scope="col">"Building"</th>
                    {move || DAY_NAMES.iter().take(rows.with(|(_, days)| *days as usize)).map(|d| view! { <th scope="col">{*d}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || {
                        let (buildings, days) = rows.get();
                        buildings.into_iter().map(|(id, name)| {
                            let cells = (0..days).map(|d| {
                                let label = format!("At {name} on {}", DAY_NAMES[d as usize]);
                                view! { <td><input type="checkbox" aria-label=label prop:checked=move || at(id, d)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        state.edit_step(|w| w.set_building_day(id, d, on));
                                    } /></td> }
                            }).collect_view();
                            view! { <tr><th scope="row">{name}</th>{cells}</tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            </div>
        </Show>
    }
}
