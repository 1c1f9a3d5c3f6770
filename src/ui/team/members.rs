//! The members, one row each, with the calculator's figures for each (and, while a what-if
//! is tried, what they were). A row moves up or down, is relabelled or removed (with Undo).
//! The rows are engine-written markup (`engine::team_markup`); the table handles every
//! button and label field in it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{draw_rows, use_team, Entry, Shared};
use workload_core::engine::team::MemberFigures;
use workload_core::engine::team_markup::{member_row_html, MemberRow, MemberState};
use workload_core::model::Removed;

/// Puts the keyboard on the element `id` once the rows are drawn again, or on `fallback`.
fn focus_soon(id: String, fallback: String) {
    set_timeout(
        move || {
            let document = web_sys::window().and_then(|w| w.document());
            let found = document.as_ref().and_then(|d| {
                d.get_element_by_id(&id)
                    .filter(|e| !e.has_attribute("disabled"))
                    .or_else(|| d.get_element_by_id(&fallback))
            });
            if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The `data-act` and `data-id` of the button (or field) an event came from.
fn acted_on(ev: &web_sys::Event) -> Option<(String, u32, web_sys::Element)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-id]").ok()??;
    let id = target.get_attribute("data-id")?.parse().ok()?;
    Some((target.get_attribute("data-act").unwrap_or_default(), id, target))
}

/// A row's place, whether it is the last, and what it shows (by identity).
type Key = (usize, bool, usize, usize, usize);

/// What one row shows.
#[derive(Clone, PartialEq)]
struct Row {
    place: usize,
    last: bool,
    entry: Shared<Entry>,
    now: Option<Shared<MemberFigures>>,
    was: Option<Shared<MemberFigures>>,
}

impl Row {
    /// The same key, the same row: the row's place, and what it shows (by identity).
    fn key(&self) -> Key {
        let at = |f: &Option<Shared<MemberFigures>>| f.as_ref().map_or(0, |f| std::sync::Arc::as_ptr(&f.0) as usize);
        (self.place, self.last, std::sync::Arc::as_ptr(&self.entry.0) as usize, at(&self.now), at(&self.was))
    }

    fn html(&self) -> String {
        let e = &self.entry;
        let state = match (&e.scenario, &self.now) {
            (Some(Err(why)), _) => MemberState::Unreadable(why),
            (Some(Ok(_)), Some(now)) => MemberState::Figures { now, was: self.was.as_deref() },
            _ => MemberState::Reading,
        };
        member_row_html(self.place, self.last, &MemberRow { id: e.id, label: &e.label, source: &e.source, state })
    }
}

#[component]
pub fn MemberTable() -> impl IntoView {
    let team = use_team();
    let removed = RwSignal::new(None::<Removed>);
    // A row per member, keyed by what it shows: a change redraws only the rows it changes
    // (two members for a move tried), not the table.
    let rows = Memo::new(move |_| {
        // While members are being unpacked, one line says so (drawn rows would all be
        // drawn again a moment later).
        if team.reading.get() > 0 {
            return Vec::new();
        }
        team.entries.with(|entries| {
            team.after.with(|after| {
                team.figures.with(|saved| {
                    let last = entries.len().saturating_sub(1);
                    entries
                        .iter()
                        .enumerate()
                        .map(|(i, e)| {
                            let now = after.iter().find(|f| f.id == e.id).cloned();
                            let was = saved.iter().find(|f| f.id == e.id).cloned().filter(|w| Some(w) != now.as_ref());
                            Row { place: i, last: i == last, entry: e.clone(), now, was }
                        })
                        .collect::<Vec<Row>>()
                })
            })
        })
    });
    let body = NodeRef::<leptos::html::Tbody>::new();
    let drawn = StoredValue::new(Vec::<Key>::new());
    Effect::new(move |_| {
        let Some(body) = body.get() else { return };
        rows.with(|rows| drawn.update_value(|drawn| draw_rows(&body, drawn, rows, Row::key, Row::html)));
    });
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let Some((act, id, _)) = acted_on(&ev) else { return };
        match act.as_str() {
            "up" | "down" => {
                team.edit(|t| t.shift(id, if act == "up" { -1 } else { 1 }));
                // At the top or the bottom the button is disabled: the other one takes the keys.
                let other = if act == "up" { "down" } else { "up" };
                focus_soon(format!("{act}-{id}"), format!("{other}-{id}"));
            }
            "remove" => {
                let next = team.entries.with_untracked(|es| {
                    let i = es.iter().position(|e| e.id == id)?;
                    es.get(i + 1).or(i.checked_sub(1).and_then(|j| es.get(j))).map(|e| e.id)
                });
                if let Some(gone) = team.edit(|t| t.remove(id)) {
                    team.moves.update(|m| m.retain(|x| x.step.from != id && x.step.to != id));
                    team.said.set(format!("Removed {}.", gone.member.label));
                    removed.set(Some(gone));
                    focus_soon(next.map_or("undo-remove".into(), |n| format!("remove-{n}")), "undo-remove".into());
                }
            }
            _ => {}
        }
    };
    let relabelled = move |ev: leptos::ev::Event| {
        let Some((_, id, field)) = acted_on(&ev) else { return };
        let Some(typed) = field.dyn_ref::<web_sys::HtmlInputElement>().map(|f| f.value()) else { return };
        match team.edit(|t| t.relabel(id, &typed)) {
            Ok(()) => team.said.set(format!("Relabelled member as {}.", typed.trim())),
            Err(why) => team.said.set(why.to_string()),
        }
    };
    let undo = move |_| {
        if let Some(gone) = removed.get_untracked() {
            let label = gone.member.label.clone();
            match team.edit(|t| t.restore(gone)) {
                Ok(()) => {
                    removed.set(None);
                    team.said.set(format!("{label} is back."));
                }
                Err(why) => team.said.set(format!("{label} could not be put back. {why}")),
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="members-title">
            <h2 id="members-title" tabindex="-1">"Each member"</h2>
            <p class="help">"The calculator's own figures for each member's scenario. While moves are tried below, the figures they change show what they were."</p>
            {move || removed.with(|r| r.as_ref().map(|r| r.member.label.clone())).map(|label| view! {
                <p class="notice">{format!("Removed {label}. ")}<button type="button" id="undo-remove" on:click=undo>"Undo"</button></p>
            })}
            <super::ReadingLine />
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
                    <tbody node_ref=body on:click=clicked on:change=relabelled></tbody>
                </table>
            </div>
        </section>
    }
}
