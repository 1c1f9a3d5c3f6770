//! Rebalancing what-ifs: move a building's students (with their travel) or one student from
//! one member to another of the same discipline and see both members' figures, and the
//! team's, change before anything is saved; or try the moves the app suggests, which bring
//! every member nearest to their contract week. "Save these moves" writes the moved members'
//! scenarios into the team.

use leptos::prelude::*;

use super::{use_team, TeamState, Tried};
use crate::storage::team_members::pack;
use workload_core::engine::format::count;
use workload_core::engine::rebalance::{apply, movable, suggest, Members, Move};
use workload_core::engine::team::change_words;
use workload_core::engine::team_markup::{list_html, options_html};
use workload_core::model::Workspace;

/// The readable members `wanted` picks, each workspace as the what-if has it now, with
/// their labels. A choice or a tried move takes only its two members: copying all of a
/// large team's caseloads for them took a tenth of its opening and of each what-if.
fn current_members(team: TeamState, wanted: impl Fn(u32) -> bool) -> (Members, Vec<(u32, String)>) {
    let moved = team.moved.get_untracked();
    team.entries.with_untracked(|es| {
        let mut members = Members::new();
        let mut labels = Vec::new();
        for e in es.iter().filter(|e| wanted(e.id)) {
            let Some(Ok((_, w))) = &e.scenario else { continue };
            let now = moved.as_ref().ok().and_then(|list| list.iter().find(|(id, _)| *id == e.id));
            members.push((e.id, now.map_or_else(|| (**w).clone(), |(_, w)| w.clone())));
            labels.push((e.id, e.label.clone()));
        }
        (members, labels)
    })
}

/// The member choices: "Choose a member", then each member but `but` (of the discipline of
/// `same_as`, if given).
fn member_options(team: TeamState, but: u32, same_as: Option<u32>) -> Vec<(String, String)> {
    team.people.with(|people| {
        let wanted = same_as.and_then(|id| people.iter().find(|p| p.0 == id).map(|p| p.2));
        let mut options = vec![("0".to_string(), "Choose a member".to_string())];
        options.extend(
            people
                .iter()
                .filter(|p| p.0 != but && wanted.is_none_or(|d| p.2 == d))
                .map(|p| (p.0.to_string(), p.1.clone())),
        );
        options
    })
}

#[component]
pub fn Rebalance() -> impl IntoView {
    let team = use_team();
    let from = RwSignal::new(0u32);
    let to = RwSignal::new(0u32);
    let what = RwSignal::new(String::new());
    let suggestions = RwSignal::new(Vec::<Tried>::new());
    let choices = Memo::new(move |_| {
        let (id, names) = (from.get(), team.names.get());
        team.moved.track();
        let (members, _) = untrack(|| current_members(team, |m| m == id));
        members.iter().find(|(m, _)| *m == id).map(|(_, w)| movable(w, &names)).unwrap_or_default()
    });
    let label_of = move |id: u32| team.after.with_untracked(|l| l.iter().find(|f| f.id == id).map(|f| f.label.clone()));
    let try_move = move |_| {
        let (f, t) = (from.get_untracked(), to.get_untracked());
        let chosen = choices.with_untracked(|c| c.iter().find(|(k, _, _)| *k == what.get_untracked()).cloned());
        let Some((_, step_what, words)) = chosen else {
            team.said.set("Choose what to move.".into());
            return;
        };
        let step = Move { from: f, to: t, what: step_what };
        let (mut now, _) = current_members(team, |m| m == f || m == t);
        match apply(&mut now, &step, &team.names.get_untracked()) {
            Ok(()) => {
                let what_moves = words.split(" (").next().unwrap_or(&words);
                let words = format!(
                    "Move {what_moves} from {} to {}.",
                    label_of(f).unwrap_or_default(),
                    label_of(t).unwrap_or_default()
                );
                team.said.set(format!("Trying: {words}"));
                team.moves.update(|m| m.push(Tried { step, words }));
                what.set(String::new());
            }
            Err(why) => team.said.set(why.to_string()),
        }
    };
    let suggest_moves = move |_| {
        let (now, labels) = current_members(team, |_| true);
        let found: Vec<Tried> = suggest(&now, &labels, &team.names.get_untracked())
            .into_iter()
            .map(|s| Tried { step: s.step, words: s.words })
            .collect();
        team.said.set(match found.len() {
            0 => "No move brings the team nearer its contract weeks: no one over capacity has a colleague of the same discipline with room.".into(),
            n => format!("{} suggested below.", count(n, "move", "moves")),
        });
        suggestions.set(found);
    };
    let try_suggested = move |_| {
        let found = suggestions.get_untracked();
        team.moves.update(|m| m.extend(found));
        suggestions.set(Vec::new());
        team.said.set("Trying the suggested moves: the figures above show them.".into());
    };
    let save = move |_| {
        let moved = team.moved.get_untracked();
        let Ok(list) = &*moved else { return };
        let named: Vec<(u32, String, Workspace)> = team.entries.with_untracked(|es| {
            list.iter()
                .filter_map(|(id, w)| {
                    let name = es.iter().find(|e| e.id == *id)?.scenario.as_ref()?.as_ref().ok()?.0.clone();
                    Some((*id, name, w.clone()))
                })
                .collect()
        });
        leptos::task::spawn_local(async move {
            let scenarios: Vec<(&str, &Workspace)> = named.iter().map(|(_, n, w)| (n.as_str(), w)).collect();
            let saved = match pack(&scenarios).await {
                Ok(packed) => team
                    .edit(|t| t.replace_scenarios(named.iter().map(|(id, _, _)| *id).collect(), packed.clone()))
                    .map(|()| packed)
                    .map_err(|why| why.to_string()),
                Err(why) => Err(why),
            };
            let packed = match saved {
                Ok(packed) => packed,
                Err(why) => {
                    team.said.set(format!("The moves were not saved: {why}"));
                    return;
                }
            };
            let changed = named.len();
            team.known(&packed, named.into_iter().map(|(id, n, w)| (id, n, std::sync::Arc::new(w))));
            team.moves.set(Vec::new());
            team.said.set(format!(
                "Saved the moves: {} changed.",
                count(changed, "member's caseload", "members' caseloads")
            ));
        });
    };
    let tried = move || team.moves.with(|m| list_html(&m.iter().map(|t| t.words.clone()).collect::<Vec<_>>()));
    let change =
        move || team.saved_report.with(|before| team.report.with(|after| list_html(&change_words(before, after))));
    let failed = move || {
        team.moved.with(|m| {
            m.as_ref().err().map(|(i, why)| {
                format!(
                    "Move {} can no longer be made ({why}): the team changed. Clear the moves and try again.",
                    i + 1
                )
            })
        })
    };
    let what_options = move || {
        let mut options = vec![(String::new(), "Choose".to_string())];
        choices.with(|c| options.extend(c.iter().map(|(k, _, words)| (k.clone(), words.clone()))));
        options_html(&options, &what.get())
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
                    <select id="move-from" on:change=move |ev| { from.set(event_target_value(&ev).parse().unwrap_or(0)); what.set(String::new()); }
                        inner_html=move || options_html(&member_options(team, 0, None), &from.get().to_string())></select>
                </div>
                <div class="field">
                    <label for="move-what">"What"</label>
                    <select id="move-what" on:change=move |ev| what.set(event_target_value(&ev)) inner_html=what_options></select>
                </div>
                <div class="field">
                    <label for="move-to">"To"</label>
                    <select id="move-to" on:change=move |ev| to.set(event_target_value(&ev).parse().unwrap_or(0))
                        inner_html=move || {
                            let f = from.get();
                            options_html(&member_options(team, f, (f != 0).then_some(f)), &to.get().to_string())
                        }></select>
                </div>
                <button type="button" id="try-move" on:click=try_move>"Try this move"</button>
                " "
                <button type="button" class="secondary" id="suggest-moves" on:click=suggest_moves>"Suggest moves"</button>
            </div>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <div class="notice no-print" id="suggestions">
                    <p>"Moves that bring everyone nearer their contract week, in order:"</p>
                    <ol inner_html=move || suggestions.with(|s| list_html(&s.iter().map(|t| t.words.clone()).collect::<Vec<_>>()))></ol>
                    <button type="button" id="try-suggested" on:click=try_suggested>"Try these moves"</button>
                </div>
            </Show>
            {move || failed().map(|m| view! { <p class="notice warning" role="alert">{m}</p> })}
            <Show when=move || team.trying()>
                <div class="moves" id="moves-tried">
                    <h3>"Moves being tried"</h3>
                    <ol inner_html=tried></ol>
                    <ul class="what-changes" inner_html=change></ul>
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
