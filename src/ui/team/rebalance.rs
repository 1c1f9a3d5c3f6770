//! Rebalancing what-ifs: move a building's students (with their travel) or one student from
//! one member to another of the same discipline and see both members' figures, and the
//! team's, change before anything is saved; or try the moves the app suggests, which bring
//! every member nearest to their contract week. "Save these moves" writes the moved members'
//! scenarios into the team.

use leptos::prelude::*;

use super::add::packed;
use super::{edit_team, use_team, Tried};
use workload_core::engine::format::{count, hours};
use workload_core::engine::rebalance::{apply, suggest, Members, Move, What};
use workload_core::engine::team::{discipline_short, fte, NO_BUILDING};
use workload_core::model::{Discipline, Workspace};

/// Every readable member's workspace as the what-if has it now, with its label.
fn current_members() -> (Members, Vec<(u32, String)>) {
    let team = use_team();
    let moved = team.moved.get_untracked();
    team.entries.with_untracked(|es| {
        let mut members = Members::new();
        let mut labels = Vec::new();
        for e in es.iter() {
            let Ok((_, w)) = &e.scenario else { continue };
            let now = match &*moved {
                Ok(list) => list.iter().find(|(id, _)| *id == e.id).map(|(_, w)| w.clone()),
                Err(_) => None,
            };
            members.push((e.id, now.unwrap_or_else(|| (**w).clone())));
            labels.push((e.id, e.label.clone()));
        }
        (members, labels)
    })
}

/// What can move from a member: each building's students (and travel), then each student.
fn movable(w: &Workspace, names: &workload_core::engine::team::BuildingNames) -> Vec<(String, What, String)> {
    let report = workload_core::engine::compute(w);
    let mut out: Vec<(String, What, String)> = Vec::new();
    let building_of = |id: Option<u32>| id.and_then(|id| w.profile.buildings.iter().find(|b| b.id == id));
    let mut seen: Vec<String> = Vec::new();
    for b in &w.profile.buildings {
        let key = names.key(&b.name);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        let n =
            w.students.iter().filter(|s| building_of(s.building).is_some_and(|x| names.key(&x.name) == key)).count();
        out.push((
            format!("b:{key}"),
            What::Building(key),
            format!("All of {} ({}, with its travel)", b.name, count(n, "student", "students")),
        ));
    }
    if w.students.iter().any(|s| building_of(s.building).is_none()) {
        out.push((
            format!("b:{}", names.key(NO_BUILDING)),
            What::Building(names.key(NO_BUILDING)),
            "All students in no building".into(),
        ));
    }
    for load in &report.students {
        out.push((
            format!("s:{}", load.id),
            What::Students(vec![load.id]),
            format!("{} ({} h a week)", load.label, hours(load.total())),
        ));
    }
    out
}

#[component]
pub fn Rebalance() -> impl IntoView {
    let team = use_team();
    let from = RwSignal::new(0u32);
    let to = RwSignal::new(0u32);
    let what = RwSignal::new(String::new());
    let suggestions = RwSignal::new(None::<Vec<Tried>>);
    let members = move || {
        team.entries
            .with(|es| es.iter().filter(|e| e.scenario.is_ok()).map(|e| (e.id, e.label.clone())).collect::<Vec<_>>())
    };
    let discipline_of = move |id: u32| -> Option<Discipline> {
        team.after.with(|list| list.iter().find(|f| f.id == id).map(|f| f.report.discipline))
    };
    let choices = Memo::new(move |_| {
        let id = from.get();
        let names = team.names.get();
        if id == 0 {
            return Vec::new();
        }
        let _ = team.moved.get();
        let (members, _) = untrack(current_members);
        members.iter().find(|(m, _)| *m == id).map(|(_, w)| movable(w, &names)).unwrap_or_default()
    });
    let label_of = move |id: u32| members().into_iter().find(|(m, _)| *m == id).map(|(_, l)| l).unwrap_or_default();
    let try_move = move |_| {
        let (f, t) = (from.get_untracked(), to.get_untracked());
        let Some((_, step_what, words)) =
            choices.with_untracked(|c| c.iter().find(|(k, _, _)| *k == what.get_untracked()).cloned())
        else {
            team.said.set("Choose what to move.".into());
            return;
        };
        let step = Move { from: f, to: t, what: step_what };
        let (mut now, _) = current_members();
        match apply(&mut now, &step, &team.names.get_untracked()) {
            Ok(()) => {
                let words = format!(
                    "Move {} from {} to {}.",
                    words.split(" (").next().unwrap_or(&words),
                    label_of(f),
                    label_of(t)
                );
                team.said.set(format!("Trying: {words}"));
                team.moves.update(|m| m.push(Tried { step, words }));
                what.set(String::new());
            }
            Err(why) => team.said.set(why.to_string()),
        }
    };
    let suggest_moves = move |_| {
        let (now, labels) = current_members();
        let found: Vec<Tried> = suggest(&now, &labels, &team.names.get_untracked())
            .into_iter()
            .map(|s| Tried { step: s.step, words: s.words })
            .collect();
        team.said.set(match found.len() {
            0 => "No move brings the team nearer its contract weeks: no one over capacity has a colleague of the same discipline with room.".into(),
            n => format!("{} suggested below.", count(n, "move", "moves")),
        });
        suggestions.set(Some(found));
    };
    let try_suggested = move |_| {
        if let Some(found) = suggestions.get_untracked() {
            team.moves.update(|m| m.extend(found));
            suggestions.set(None);
            team.said.set("Trying the suggested moves: the figures above show them.".into());
        }
    };
    let save = move |_| {
        let moved = team.moved.get_untracked();
        let Ok(list) = &*moved else { return };
        let named: Vec<(u32, String, Workspace)> = team.entries.with_untracked(|es| {
            list.iter()
                .filter_map(|(id, w)| {
                    let name = es.iter().find(|e| e.id == *id)?.scenario.as_ref().ok()?.0.clone();
                    Some((*id, name, w.clone()))
                })
                .collect()
        });
        let mut packed_all = Vec::new();
        for (id, name, w) in &named {
            match packed(name, w) {
                Ok(p) => packed_all.push((*id, p)),
                Err(why) => {
                    team.said.set(format!("The moves were not saved: {why}"));
                    return;
                }
            }
        }
        edit_team(|t| {
            for (id, p) in packed_all {
                let _ = t.replace(id, None, p);
            }
        });
        team.moves.set(Vec::new());
        team.said.set(format!(
            "Saved the moves: {} changed.",
            count(named.len(), "member's caseload", "members' caseloads")
        ));
    };
    let change = move || {
        team.saved_report.with(|before| {
            team.report.with(|after| {
                after
                    .disciplines
                    .iter()
                    .filter_map(|d| {
                        let b = before.disciplines.iter().find(|x| x.discipline == d.discipline)?;
                        let (over_b, over_a) = (b.over, d.over);
                        Some(format!(
                            "{}: FTE needed {} → {}; over capacity {} → {}.",
                            discipline_short(d.discipline),
                            fte(b.totals.fte_needed),
                            fte(d.totals.fte_needed),
                            over_b,
                            over_a
                        ))
                    })
                    .map(|l| view! { <li>{l}</li> })
                    .collect_view()
            })
        })
    };
    let failed = move || {
        team.moved.with(|m| match &**m {
            Err((i, why)) => Some(format!(
                "Move {} can no longer be made ({why}): the team changed. Clear the moves and try again.",
                i + 1
            )),
            Ok(_) => None,
        })
    };
    view! {
        <section class="card no-print-when-idle" aria-labelledby="rebalance-title">
            <h2 id="rebalance-title">"Rebalance: what if students moved?"</h2>
            <p class="help">
                "Move a building's students (with its travel) or one student from one member to another of the same \
                 discipline. Both members' figures change above; nothing is saved until you save the moves."
            </p>
            <div class="rebalance-form no-print">
                <div class="field">
                    <label for="move-from">"From"</label>
                    <select id="move-from" on:change=move |ev| { from.set(event_target_value(&ev).parse().unwrap_or(0)); what.set(String::new()); }>
                        <option value="0">"Choose a member"</option>
                        {move || members().into_iter().map(|(id, l)| view! { <option value=id.to_string() selected=move || from.get() == id>{l}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="move-what">"What"</label>
                    <select id="move-what" on:change=move |ev| what.set(event_target_value(&ev)) disabled=move || from.get() == 0>
                        <option value="">"Choose"</option>
                        {move || choices.get().into_iter().map(|(k, _, words)| {
                            let key = k.clone();
                            view! { <option value=k selected=move || what.get() == key>{words}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="move-to">"To"</label>
                    <select id="move-to" on:change=move |ev| to.set(event_target_value(&ev).parse().unwrap_or(0))>
                        <option value="0">"Choose a member"</option>
                        {move || {
                            let d = discipline_of(from.get());
                            members().into_iter().filter(|(id, _)| *id != from.get() && (d.is_none() || discipline_of(*id) == d))
                                .map(|(id, l)| view! { <option value=id.to_string() selected=move || to.get() == id>{l}</option> }).collect_view()
                        }}
                    </select>
                </div>
                <button type="button" id="try-move" on:click=try_move>"Try this move"</button>
                " "
                <button type="button" class="secondary" id="suggest-moves" on:click=suggest_moves>"Suggest moves"</button>
            </div>
            {move || suggestions.get().filter(|s| !s.is_empty()).map(|found| view! {
                <div class="notice no-print" id="suggestions">
                    <p>"Moves that bring everyone nearer their contract week, in order:"</p>
                    <ol>{found.into_iter().map(|t| view! { <li>{t.words}</li> }).collect_view()}</ol>
                    <button type="button" id="try-suggested" on:click=try_suggested>"Try these moves"</button>
                </div>
            })}
            {move || failed().map(|m| view! { <p class="notice warning" role="alert">{m}</p> })}
            <Show when=move || team.trying()>
                <div class="moves" id="moves-tried">
                    <h3>"Moves being tried"</h3>
                    <ol>{move || team.moves.get().into_iter().map(|t| view! { <li>{t.words}</li> }).collect_view()}</ol>
                    <ul class="what-changes">{change}</ul>
                    <div class="no-print">
                        <button type="button" id="save-moves" on:click=save>"Save these moves to the team"</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| { team.moves.update(|m| { m.pop(); }); team.said.set("Took back the last move.".into()); }>"Take back the last move"</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| { team.moves.set(Vec::new()); team.said.set("Cleared the moves: the saved figures are shown.".into()); }>"Clear all moves"</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
