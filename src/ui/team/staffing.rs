//! The team's staffing: each discipline's FTE needed against FTE employed in words and in a
//! table, both lenses (students per FTE against caps beside the workload); the buildings,
//! with two spellings of one building merged; and the downloads.

use leptos::prelude::*;

use super::{edit_team, use_team};
use crate::ui::browser::{download_text, today};
use crate::ui::state::use_state;
use workload_core::engine::format::{hours, number};
use workload_core::engine::team::{fte, Totals};
use workload_core::interchange::team_csv::{buildings_csv, members_csv};
use workload_core::model::IsoDate;

/// "short 0.6" / "surplus 0.4" / "even", for a table cell.
fn short_words(short: f64, unit: &str, amount: String) -> String {
    if amount.trim_start_matches('-') == "0" || amount == "0.0" {
        "even".to_string()
    } else if short > 0.0 {
        format!("short {amount}{unit}")
    } else {
        format!("surplus {}{unit}", amount.trim_start_matches('-'))
    }
}

fn totals_cells(t: &Totals) -> impl IntoView {
    let fte_short = short_words(t.fte_short(), "", fte(t.fte_short()));
    let hours_short = short_words(t.minutes_short(), " h", hours(t.minutes_short().abs()));
    view! {
        <td>{t.students}</td>
        <td>{format!("{} h", hours(t.minutes))}</td>
        <td>{number(t.fte_employed, 2)}</td>
        <td>{number(t.fte_needed, 2)}</td>
        <td>{fte_short}</td>
        <td>{hours_short}</td>
    }
}

#[component]
pub fn Staffing() -> impl IntoView {
    let team = use_team();
    let today = today().map(IsoDate::long).unwrap_or_default();
    let rows = move || {
        team.report.with(|r| {
            r.disciplines
                .iter()
                .map(|d| {
                    let per_fte = d.totals.students_per_fte().map_or("none".into(), |x| number(x, 1));
                    let caps = if d.with_cap == 0 {
                        "no cap chosen".to_string()
                    } else {
                        format!("{} of {} over", d.over_cap, d.with_cap)
                    };
                    view! {
                        <tr>
                            <th scope="row">{d.discipline.label()}</th>
                            <td>{d.totals.members}</td>
                            {totals_cells(&d.totals)}
                            <td>{per_fte}</td>
                            <td>{caps}</td>
                            <td>{format!("{} over, {} at, {} with room", d.over, d.at, d.room)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card staffing" aria-labelledby="staffing-title">
            <h2 id="staffing-title">"Staffing"</h2>
            <p class="print-only">{format!("Team staffing report, printed {today}.")}</p>
            <Show when=move || team.trying()>
                <p class="notice">"These figures include the moves being tried below, which are not saved."</p>
            </Show>
            <ul class="team-summary" id="team-summary">
                {move || team.report.with(|r| r.summary.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view())}
            </ul>
            <div class="table-scroll">
                <table class="team-disciplines">
                    <caption>"By discipline: the workload lens (hours and FTE) beside the caseload lens (students per FTE and caps)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Discipline"</th>
                            <th scope="col">"Members"</th>
                            <th scope="col">"Students"</th>
                            <th scope="col">"Work a week"</th>
                            <th scope="col">"FTE employed"</th>
                            <th scope="col">"FTE needed"</th>
                            <th scope="col">"FTE short or surplus"</th>
                            <th scope="col">"Hours short or surplus"</th>
                            <th scope="col">"Students per FTE"</th>
                            <th scope="col">"Over their caseload cap"</th>
                            <th scope="col">"Capacity"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn Buildings() -> impl IntoView {
    let team = use_team();
    let state = use_state();
    let from = RwSignal::new(String::new());
    let into = RwSignal::new(String::new());
    let rows = move || {
        team.report.with(|r| {
            r.buildings
                .iter()
                .map(|b| {
                    let name = if b.spellings.is_empty() {
                        b.name.clone()
                    } else {
                        format!(
                            "{} (also spelled {})",
                            b.name,
                            b.spellings.iter().filter(|s| **s != b.name).cloned().collect::<Vec<_>>().join(", ")
                        )
                    };
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td>{b.discipline.label()}</td>
                            {totals_cells(&b.totals)}
                            <td>{b.members.join(", ")}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // Every spelling in use, for the merge's two choices.
    let spellings = Memo::new(move |_| {
        team.report.with(|r| {
            let mut all: Vec<String> = r
                .buildings
                .iter()
                .flat_map(|b| if b.spellings.is_empty() { vec![b.name.clone()] } else { b.spellings.clone() })
                .collect();
            all.sort_by_key(|s| s.to_lowercase());
            all.dedup();
            all
        })
    });
    let options = move |chosen: RwSignal<String>| {
        move || {
            spellings
                .get()
                .into_iter()
                .map(|s| {
                    let value = s.clone();
                    view! { <option value=value.clone() selected=move || chosen.get() == value>{s}</option> }
                })
                .collect_view()
        }
    };
    let merge = move |_| {
        let (f, i) = (from.get_untracked(), into.get_untracked());
        if f.is_empty() || i.is_empty() || f == i {
            team.said.set("Choose two different spellings to merge.".into());
            return;
        }
        match edit_team(|t| t.merge(&f, &i)) {
            Ok(()) => team.said.set(format!("\"{f}\" is now counted as \"{i}\".")),
            Err(why) => team.said.set(why.to_string()),
        }
    };
    let merges = move || state.scenarios.with(|s| s.team.as_ref().map(|t| t.merges.clone()).unwrap_or_default());
    view! {
        <section class="card" aria-labelledby="buildings-title">
            <h2 id="buildings-title">"Buildings"</h2>
            <p class="help">
                "Each member's week is shared among their buildings: the students there and the travel, and the time \
                 not tied to a student in proportion to the students' time. Their FTE is assigned the same way. \
                 Buildings are matched by name, whatever the capitals and spaces."
            </p>
            <div class="table-scroll">
                <table class="team-buildings">
                    <thead>
                        <tr>
                            <th scope="col">"Building"</th>
                            <th scope="col">"Discipline"</th>
                            <th scope="col">"Students"</th>
                            <th scope="col">"Work a week"</th>
                            <th scope="col">"FTE assigned"</th>
                            <th scope="col">"FTE needed"</th>
                            <th scope="col">"FTE short or surplus"</th>
                            <th scope="col">"Hours short or surplus"</th>
                            <th scope="col">"Members"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <fieldset class="merge no-print">
                <legend>"Two spellings of one building"</legend>
                <div class="field">
                    <label for="merge-from">"Count this spelling"</label>
                    <select id="merge-from" on:change=move |ev| from.set(event_target_value(&ev))>
                        <option value="">"Choose"</option>
                        {options(from)}
                    </select>
                </div>
                <div class="field">
                    <label for="merge-into">"as this building"</label>
                    <select id="merge-into" on:change=move |ev| into.set(event_target_value(&ev))>
                        <option value="">"Choose"</option>
                        {options(into)}
                    </select>
                </div>
                <button type="button" id="merge-buildings" on:click=merge>"Merge"</button>
                <ul class="merges">
                    {move || merges().into_iter().enumerate().map(|(i, m)| view! {
                        <li>
                            {format!("\"{}\" counted as \"{}\" ", m.from, m.into)}
                            <button type="button" class="secondary" on:click=move |_| {
                                edit_team(|t| t.unmerge(i));
                                team.said.set(format!("\"{}\" is counted on its own again.", m.from));
                            }>"Undo this merge"</button>
                        </li>
                    }).collect_view()}
                </ul>
            </fieldset>
        </section>
    }
}

#[component]
pub fn Downloads() -> impl IntoView {
    let team = use_team();
    let stamp = move || today().map(IsoDate::iso).unwrap_or_default();
    let members = move |_| {
        let text = team.after.with(|list| members_csv(&list.iter().map(|f| &*f.0).collect::<Vec<_>>()));
        download_text(&format!("team-members-{}.csv", stamp()), "text/csv", &text);
    };
    let buildings = move |_| {
        let text = team.report.with(|r| buildings_csv(r));
        download_text(&format!("team-buildings-{}.csv", stamp()), "text/csv", &text);
    };
    view! {
        <section class="card no-print" aria-labelledby="downloads-title">
            <h2 id="downloads-title">"Take it elsewhere"</h2>
            <p class="help">"The figures shown (with any moves being tried), as spreadsheets. The browser's Print gives the staffing report."</p>
            <button type="button" id="members-csv" on:click=members>"Members (.csv)"</button>
            " "
            <button type="button" id="buildings-csv" on:click=buildings>"Buildings (.csv)"</button>
        </section>
    }
}
