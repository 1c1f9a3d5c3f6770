//! The members, one row each, with the calculator's figures for each (and, while a what-if
//! is tried, what they were): label, discipline, FTE, students against the cap, the week,
//! the contract, utilization and status in words, FTE needed. A row moves up or down, is
//! relabelled or removed (with Undo).

use leptos::prelude::*;

use super::{edit_team, use_team, Entry, Shared};
use workload_core::engine::format::{hours, number, percent};
use workload_core::engine::team::MemberFigures;
use workload_core::engine::CapStatus;
use workload_core::model::Member;

/// One row's cells: what the table shows for a member.
fn cells(f: &MemberFigures) -> [String; 7] {
    let r = &f.report;
    let cap = match (&r.caseload.cap, r.caseload.cap_status) {
        (Some(cap), Some(status)) => {
            let words = match status {
                CapStatus::Over => "over",
                CapStatus::At => "at",
                CapStatus::Under => "under",
            };
            format!(" (cap {}: {words})", number(cap.max, 1))
        }
        _ => String::new(),
    };
    [
        number(r.fte, 2),
        format!("{}{cap}", r.caseload.headcount),
        format!("{} h", hours(r.total)),
        format!("{} h", hours(r.capacity)),
        r.utilization.map_or("none".into(), |u| format!("{}%", percent(u))),
        r.status.label().to_string(),
        r.fte_needed.map_or("none".into(), |n| number(n, 2)),
    ]
}

type Row = (usize, Shared<Entry>, Option<Shared<MemberFigures>>, Option<Shared<MemberFigures>>);

#[component]
pub fn MemberTable() -> impl IntoView {
    let team = use_team();
    let removed = RwSignal::new(None::<(usize, Member)>);
    let rows = Memo::new(move |_| {
        team.entries.with(|es| {
            team.after.with(|after| {
                team.figures.with(|saved| {
                    es.iter()
                        .enumerate()
                        .map(|(i, e)| {
                            let now = after.iter().find(|f| f.id == e.id).cloned();
                            let was = saved.iter().find(|f| f.id == e.id).cloned();
                            (i, e.clone(), now, was)
                        })
                        .collect::<Vec<Row>>()
                })
            })
        })
    });
    let count = Memo::new(move |_| rows.with(Vec::len));
    let remove = move |id: u32| {
        let out = edit_team(|t| t.remove(id));
        if let Some((index, member)) = out {
            team.moves.update(|m| m.retain(|x| x.step.from != id && x.step.to != id));
            team.said.set(format!("Removed {}.", member.label));
            removed.set(Some((index, member)));
        }
    };
    let undo = move |_| {
        if let Some((index, member)) = removed.get_untracked() {
            let label = member.label.clone();
            edit_team(|t| t.restore(index, member));
            removed.set(None);
            team.said.set(format!("{label} is back."));
        }
    };
    let row_view = move |(i, e, now, was): Row| {
        let id = e.id;
        let label = e.label.clone();
        let source = e.source.clone();
        let figures = match (&e.scenario, &now) {
            (Ok(_), Some(f)) => {
                let now_cells = cells(f);
                let was_cells = was.as_ref().filter(|w| *w != f).map(|w| cells(w));
                let discipline = f.report.discipline.label();
                let cells = now_cells
                    .into_iter()
                    .enumerate()
                    .map(|(c, text)| {
                        let was = was_cells.as_ref().map(|w| w[c].clone()).filter(|w| *w != text);
                        let class = if c == 5 { format!("status-{}", f.report.status.key()) } else { String::new() };
                        view! {
                            <td class=class>{text}{was.map(|w| view! { <span class="was">{format!(" (was {w})")}</span> })}</td>
                        }
                    })
                    .collect_view();
                view! { <td>{discipline}</td>{cells} }.into_any()
            }
            (Err(why), _) => view! {
                <td colspan="8" class="status-over">{format!("Could not be read: {why}. It is kept as it is; replace it with a newer backup.")}</td>
            }
            .into_any(),
            _ => view! { <td colspan="8"></td> }.into_any(),
        };
        let input_id = format!("member-label-{id}");
        view! {
            <tr>
                <th scope="row">
                    <label class="visually-hidden" for=input_id.clone()>{format!("Label of member {}", i + 1)}</label>
                    <span class="print-only">{e.label.clone()}</span>
                    <input id=input_id class="member-label" maxlength="16" value=label.clone() title=source
                        on:change=move |ev| {
                            let typed = event_target_value(&ev);
                            match edit_team(|t| t.relabel(id, &typed)) {
                                Ok(()) => team.said.set(format!("Relabelled {label}.")),
                                Err(why) => team.said.set(why.to_string()),
                            }
                        } />
                </th>
                {figures}
                <td class="row-actions">
                    <button type="button" class="secondary" aria-label=format!("Move {} up", e.label) disabled=i == 0
                        on:click=move |_| edit_team(|t| t.shift(id, -1))>"↑"</button>
                    <button type="button" class="secondary" aria-label=format!("Move {} down", e.label)
                        disabled={move || i + 1 >= count.get()}
                        on:click=move |_| edit_team(|t| t.shift(id, 1))>"↓"</button>
                    <button type="button" class="secondary" aria-label=format!("Remove {}", e.label)
                        on:click=move |_| remove(id)>"Remove"</button>
                </td>
            </tr>
        }
    };
    view! {
        <section class="card" aria-labelledby="members-title">
            <h2 id="members-title">"Each member"</h2>
            <p class="help">"The calculator's own figures for each member's scenario. While moves are tried below, the figures they change show what they were."</p>
            {move || removed.get().map(|(_, m)| view! {
                <p class="notice">{format!("Removed {}. ", m.label)}<button type="button" on:click=undo>"Undo"</button></p>
            })}
            <div class="table-scroll">
                <table class="team-members">
                    <thead>
                        <tr>
                            <th scope="col">"Member"</th>
                            <th scope="col">"Discipline"</th>
                            <th scope="col">"FTE"</th>
                            <th scope="col">"Students"</th>
                            <th scope="col">"Workload a week"</th>
                            <th scope="col">"Contract time"</th>
                            <th scope="col">"Utilization"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"FTE needed"</th>
                            <th scope="col" class="no-print"><span class="visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || rows.get()
                            key=|(i, e, now, _)| (*i, e.id, e.label.clone(), now.as_ref().map(|f| std::sync::Arc::as_ptr(&f.0) as usize))
                            children=row_view
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}
