//! The team page (`team/`): colleagues' scenarios together, for a lead therapist or a
//! director. Each member's figures are the calculator's own (`engine::team`); the team's
//! totals, its buildings and the staffing in words add them up. Rebalancing what-ifs move
//! students between members on copies, shown beside the saved figures until saved.
//!
//! The team is saved with the scenarios (`Scenarios::team`), its members' scenarios packed
//! as a share link is (`interchange::team`). The page unpacks a pack once, when it first
//! sees it; a change packs what it changed, and the page then packs the whole team again as
//! one in the background (`TeamState::tidy`), so that it opens quickly next time.

mod add;
mod chart;
mod members;
mod rebalance;
mod staffing;

use std::sync::Arc;

use leptos::prelude::*;

use super::shell::{self, PageFrame};
use super::state::use_state;
use crate::storage::team_members::{key, pack, unpack};
use workload_core::engine::rebalance::{apply, Members, Move, NotMoved};
use workload_core::engine::team::{member_figures, team_report, BuildingNames, MemberFigures, TeamReport};
use workload_core::model::{Team, Workspace};

/// Values by member id. A list, not a hash map: a team has a few hundred members at most, and
/// a hash map's code for each kind of value would cost the page's size budget.
pub struct ById<T>(Vec<(u32, T)>);

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById(Vec::new())
    }
}

impl<T> ById<T> {
    pub fn get(&self, id: &u32) -> Option<&T> {
        self.0.iter().find(|(i, _)| i == id).map(|(_, v)| v)
    }

    pub fn insert(&mut self, id: u32, value: T) {
        match self.0.iter_mut().find(|(i, _)| *i == id) {
            Some((_, v)) => *v = value,
            None => self.0.push((id, value)),
        }
    }
}

/// Where a member's scenario is: the key of its pack, the pack, and its place there.
type Location = (u64, usize, usize);

/// Each member's id and where its scenario is (`None` where no pack lists the member).
fn located(t: &Team) -> Vec<(u32, Option<Location>)> {
    let keys: Vec<u64> = t.packs.iter().map(|p| key(&p.scenarios)).collect();
    t.members.iter().zip(t.sources()).map(|(m, s)| (m.id, s.map(|(p, at)| (keys[p], p, at)))).collect()
}

/// Why a member listed in no pack has no scenario.
fn missing() -> String {
    workload_core::interchange::team::MemberUnreadable::MISSING.to_string()
}

/// A value shared without copying, equal only to itself: the memos below hold whole
/// workspaces and reports, which are never compared field by field.
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }
}

pub use crate::storage::team_members::Unpacked;

/// A member's figures, with the workspace (by address) and label they were computed for.
type Computed = (usize, String, Shared<MemberFigures>);

/// A member as the page reads it.
pub struct Entry {
    pub id: u32,
    pub label: String,
    pub source: String,
    /// `None` while it is being unpacked.
    pub scenario: Option<Unpacked>,
}

/// A move being tried, with what it moves in words.
#[derive(Clone, PartialEq)]
pub struct Tried {
    pub step: Move,
    pub words: String,
}

/// The what-if's result: the moved members' workspaces, or the move that can no longer be
/// made (the team changed under it) and why.
pub type Moved = Result<Members, (usize, NotMoved)>;

#[derive(Clone, Copy)]
pub struct TeamState {
    /// The app's scenarios, which hold the team.
    scenarios: RwSignal<workload_core::model::Scenarios>,
    /// Each member's scenario as unpacked, with the key of the pack it came from.
    pub unpacked: RwSignal<ById<(u64, Unpacked)>>,
    pub entries: Memo<Vec<Shared<Entry>>>,
    pub names: Memo<Shared<BuildingNames>>,
    /// Each readable member's figures as saved.
    pub figures: Memo<Vec<Shared<MemberFigures>>>,
    /// The rebalancing what-if: moves made in order on copies, not saved.
    pub moves: RwSignal<Vec<Tried>>,
    pub moved: Memo<Shared<Moved>>,
    /// Each readable member's figures with the what-if's moves made.
    pub after: Memo<Vec<Shared<MemberFigures>>>,
    pub report: Memo<Shared<TeamReport>>,
    /// The team's figures as saved, for "before" beside the what-if.
    pub saved_report: Memo<Shared<TeamReport>>,
    /// What the last action did, in words (a status line).
    pub said: RwSignal<String>,
    /// How many members are still being unpacked.
    pub reading: Memo<usize>,

    /// Each readable member: id, label and discipline (what the rebalancing choices list;
    /// unchanged by the moves tried).
    pub people: Memo<Vec<(u32, String, workload_core::model::Discipline)>>,
    /// Whether the team is being packed again.
    tidying: StoredValue<bool>,
}

pub fn use_team() -> TeamState {
    expect_context::<TeamState>()
}

impl TeamState {
    fn new() -> TeamState {
        let state = use_state();
        // Unpacked once per pack (a member is read again only when its scenario is in a new
        // pack), all that are new in one task, then shown together.
        let unpacked: RwSignal<ById<(u64, Unpacked)>> = RwSignal::new(ById::default());
        let reading = StoredValue::new(Vec::<u64>::new());
        let read_new = move || {
            let wanted: Vec<(u64, String)> = state.scenarios.with_untracked(|s| {
                let Some(t) = s.team.as_ref() else { return Vec::new() };
                let mut wanted: Vec<(u64, String)> = Vec::new();
                for (id, source) in located(t) {
                    let Some((k, p, _)) = source else { continue };
                    let known = unpacked.with_untracked(|u| u.get(&id).is_some_and(|(was, _)| *was == k));
                    if !known && !wanted.iter().any(|(w, _)| *w == k) && reading.with_value(|r| !r.contains(&k)) {
                        wanted.push((k, t.packs[p].scenarios.clone()));
                    }
                }
                wanted
            });
            if wanted.is_empty() {
                return;
            }
            reading.update_value(|r| r.extend(wanted.iter().map(|(k, _)| *k)));
            leptos::task::spawn_local(async move {
                let texts: Vec<&str> = wanted.iter().map(|(_, p)| p.as_str()).collect();
                let read = unpack(&texts).await;
                reading.update_value(|r| r.retain(|k| !wanted.iter().any(|(w, _)| w == k)));
                // Each member whose scenario is (still) in a pack just read.
                let found: Vec<(u32, u64, Unpacked)> = state.scenarios.with_untracked(|s| {
                    let Some(t) = s.team.as_ref() else { return Vec::new() };
                    located(t)
                        .into_iter()
                        .filter_map(|(id, source)| {
                            let (k, _, at) = source?;
                            let i = wanted.iter().position(|(w, _)| *w == k)?;
                            let scenario = match &read[i] {
                                Ok(list) => list.get(at).cloned().unwrap_or_else(|| Err(missing())),
                                Err(why) => Err(why.clone()),
                            };
                            Some((id, k, scenario))
                        })
                        .collect()
                });
                unpacked.update(|u| {
                    for (id, k, scenario) in found {
                        u.insert(id, (k, scenario));
                    }
                });
            });
        };
        // At once, so that the browser unpacks while the page is first drawn; then whenever
        // a member is added or replaced.
        read_new();
        Effect::new(move |_| {
            state.scenarios.track();
            read_new();
        });
        let entries = Memo::new(move |_| {
            state.scenarios.with(|s| {
                let Some(t) = s.team.as_ref() else { return Vec::new() };
                unpacked.with(|u| {
                    t.members
                        .iter()
                        .zip(located(t))
                        .map(|(m, (_, source))| {
                            let scenario = match source {
                                Some((k, _, _)) => u.get(&m.id).filter(|(was, _)| *was == k).map(|(_, s)| s.clone()),
                                None => Some(Err(missing())),
                            };
                            Shared::new(Entry { id: m.id, label: m.label.clone(), source: m.source.clone(), scenario })
                        })
                        .collect::<Vec<_>>()
                })
            })
        });
        let names = Memo::new(move |_| {
            state.scenarios.with(|s| Shared::new(BuildingNames::new(s.team.as_ref().map_or(&[][..], |t| &t.merges))))
        });
        // Figures are computed once per member's workspace and label (and again for all
        // when building merges change).
        let computed: StoredValue<ById<Computed>> = StoredValue::new(ById::default());
        let last_names = StoredValue::new(None::<Shared<BuildingNames>>);
        let figures = Memo::new(move |_| {
            let names = names.get();
            if last_names.get_value().as_ref() != Some(&names) {
                computed.update_value(|c| c.0.clear());
                last_names.set_value(Some(names.clone()));
            }
            entries.with(|entries| {
                computed
                    .try_update_value(|cache| {
                        entries
                            .iter()
                            .filter_map(|e| {
                                let (_, w) = e.scenario.as_ref()?.as_ref().ok()?;
                                let key = Arc::as_ptr(w) as usize;
                                match cache.get(&e.id) {
                                    Some((k, label, f)) if *k == key && *label == e.label => Some(f.clone()),
                                    _ => {
                                        let f = Shared::new(member_figures(e.id, &e.label, w, &names));
                                        cache.insert(e.id, (key, e.label.clone(), f.clone()));
                                        Some(f)
                                    }
                                }
                            })
                            .collect::<Vec<Shared<MemberFigures>>>()
                    })
                    .unwrap_or_default()
            })
        });
        let moves = RwSignal::new(Vec::<Tried>::new());
        let moved = Memo::new(move |_| {
            let names = names.get();
            let result = moves.with(|moves| {
                let involved: Vec<u32> = moves.iter().flat_map(|m| [m.step.from, m.step.to]).collect();
                let mut members: Members = entries.with(|es| {
                    es.iter()
                        .filter(|e| involved.contains(&e.id))
                        .filter_map(|e| e.scenario.as_ref()?.as_ref().ok().map(|(_, w)| (e.id, (**w).clone())))
                        .collect()
                });
                for (i, m) in moves.iter().enumerate() {
                    apply(&mut members, &m.step, &names).map_err(|why| (i, why))?;
                }
                Ok(members)
            });
            Shared::new(result)
        });
        let after = Memo::new(move |_| {
            let names = names.get();
            let moved = moved.get();
            figures.with(|figures| match &*moved {
                Ok(members) if !members.is_empty() => figures
                    .iter()
                    .map(|f| match members.iter().find(|(id, _)| *id == f.id) {
                        Some((id, w)) => Shared::new(member_figures(*id, &f.label, w, &names)),
                        None => f.clone(),
                    })
                    .collect(),
                _ => figures.clone(),
            })
        });
        let report_of = move |list: Memo<Vec<Shared<MemberFigures>>>| {
            let names = names.get();
            list.with(|list| {
                let refs: Vec<&MemberFigures> = list.iter().map(|f| &*f.0).collect();
                Shared::new(team_report(&refs, &names))
            })
        };
        let report = Memo::new(move |_| report_of(after));
        // As saved: the same report while no move is tried.
        let saved_report =
            Memo::new(move |_| if moves.with(Vec::is_empty) { report.get() } else { report_of(figures) });
        let team = TeamState {
            scenarios: state.scenarios,
            unpacked,
            entries,
            names,
            figures,
            moves,
            moved,
            after,
            report,
            saved_report,
            reading: Memo::new(move |_| entries.with(|es| es.iter().filter(|e| e.scenario.is_none()).count())),

            people: Memo::new(move |_| {
                figures.with(|list| list.iter().map(|f| (f.id, f.label.clone(), f.report.discipline)).collect())
            }),
            said: RwSignal::new(String::new()),
            tidying: StoredValue::new(false),
        };
        // Packed again as one whenever a change left it otherwise, once every pack is read.
        Effect::new(move |_| {
            team.entries.track();
            team.tidy();
        });
        team
    }

    /// Changes the saved team (made when first needed). Callable from async tasks, which
    /// have no context to look the app's state up in.
    pub fn edit<R>(&self, change: impl FnOnce(&mut Team) -> R) -> R {
        let mut out = None;
        self.scenarios.update(|s| out = Some(change(s.team.get_or_insert_with(Team::default))));
        out.expect("the update ran")
    }

    /// Keeps the scenarios of `members` as packed in `packed`: what the page has just packed
    /// is not unpacked again.
    pub fn known(&self, packed: &str, members: impl IntoIterator<Item = (u32, String, Arc<Workspace>)>) {
        let k = key(packed);
        self.unpacked.update(|u| {
            for (id, name, workspace) in members {
                u.insert(id, (k, Ok((name, workspace))));
            }
        });
    }

    /// Packs the team again as one (`Team::repacking`), in the background, once every pack
    /// has been read: what a change packed alone joins the rest, a removed member's scenario
    /// goes, and a pack that could not be read is kept as it is. If the team changes while
    /// it is being packed, it is planned again from the change.
    fn tidy(self) {
        if self.tidying.get_value() {
            return;
        }
        let plan = self.entries.with_untracked(|es| {
            if es.iter().any(|e| e.scenario.is_none()) {
                return None;
            }
            let readable: Vec<(u32, String, Arc<Workspace>)> = es
                .iter()
                .filter_map(|e| e.scenario.as_ref()?.as_ref().ok().map(|(n, w)| (e.id, n.clone(), w.clone())))
                .collect();
            let (before, (ids, kept)) = self.scenarios.with_untracked(|s| {
                let team = s.team.as_ref()?;
                let plan = team.repacking(|id| readable.iter().any(|r| r.0 == id))?;
                Some((team.clone(), plan))
            })?;
            // `ids` are the readable members in the members' order, as `readable` is.
            Some((before, ids, kept, readable))
        });
        let Some((before, ids, kept, list)) = plan else { return };
        self.tidying.set_value(true);
        leptos::task::spawn_local(async move {
            let scenarios: Vec<(&str, &Workspace)> = list.iter().map(|(_, n, w)| (n.as_str(), &**w)).collect();
            let packed = if ids.is_empty() { Ok(String::new()) } else { pack(&scenarios).await };
            self.tidying.set_value(false);
            // Not packed (the browser could not): the team stays as it is, readable as saved.
            let Ok(packed) = packed else { return };
            let unchanged = self.scenarios.with_untracked(|s| s.team.as_ref() == Some(&before));
            if unchanged {
                self.known(&packed, list);
                self.edit(|t| t.repacked(ids, packed, &kept));
            } else {
                self.tidy();
            }
        });
    }

    /// Member `id`'s label.
    pub fn label(&self, id: u32) -> String {
        self.scenarios
            .with_untracked(|s| s.team.as_ref().and_then(|t| t.member(id)).map(|m| m.label.clone()))
            .unwrap_or_default()
    }

    /// The building merges: (spelling, read as).
    pub fn merges(&self) -> Vec<(String, String)> {
        self.scenarios.with(|s| {
            s.team.as_ref().map_or(Vec::new(), |t| t.merges.iter().map(|m| (m.from.clone(), m.into.clone())).collect())
        })
    }

    /// Whether a what-if is being tried.
    pub fn trying(&self) -> bool {
        self.moves.with(|m| !m.is_empty())
    }
}

/// Keeps a table body's rows in step with `rows`, each known by its key and drawn by `html`:
/// a row is written again only when its key changes, the whole body only when the number
/// of rows does. Drawn by hand because a keyed list's code would not fit the page's size
/// budget, and a body written whole for a change to two rows is what made a what-if slow.
pub fn draw_rows<R, K: PartialEq>(
    body: &web_sys::HtmlElement,
    drawn: &mut Vec<K>,
    rows: &[R],
    key: impl Fn(&R) -> K,
    html: impl Fn(&R) -> String,
) {
    if drawn.len() != rows.len() {
        body.set_inner_html(&rows.iter().map(|r| format!("<tr>{}</tr>", html(r))).collect::<String>());
        *drawn = rows.iter().map(&key).collect();
        return;
    }
    let children = body.children();
    for (i, (row, was)) in rows.iter().zip(drawn.iter_mut()).enumerate() {
        let now = key(row);
        if *was != now {
            if let Some(tr) = children.item(i as u32) {
                tr.set_inner_html(&html(row));
            }
            *was = now;
        }
    }
}

/// How many members' scenarios are still being read, while any are.
#[component]
fn ReadingLine() -> impl IntoView {
    let team = use_team();
    let line = move || {
        let reading = team.reading.get();
        let what = workload_core::engine::format::count(reading, "member's scenario", "members' scenarios");
        (reading > 0).then(|| view! { <p id="members-reading">{format!("Reading {what} …")}</p> })
    };
    line
}

/// The page.
#[component]
pub fn TeamPage() -> impl IntoView {
    let notices = shell::start_with(crate::storage::small_json::decode);
    let team = TeamState::new();
    provide_context(team);
    let empty = Memo::new(move |_| team.entries.with(Vec::is_empty));
    let print = move || {
        view! {
            <button type="button" class="secondary" on:click=move |_| super::browser::print()>"Print the staffing report"</button>
        }
    };
    // The team's figures appear once its scenarios are first read: the page is laid out
    // once with them, not first with empty tables (a layout that holds the reading up).
    let first_read = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || team.reading.get() == 0);
    view! {
        <PageFrame notices no_status=true actions=print>
            <main class="team-page" id="content">
                <super::results::PatternDefs />
                <p role="status" class="team-said" id="team-said">{move || team.said.get()}</p>
                <Show when=move || !first_read.get()>
                    <ReadingLine />
                </Show>
                <Show when=move || !empty.get() && first_read.get()>
                    <staffing::Staffing />
                    <members::MemberTable />
                    <staffing::Buildings />
                    <chart::Weeks />
                    <rebalance::Rebalance />
                </Show>
                <add::AddMembers />
                <Show when=move || !empty.get()>
                    <staffing::Downloads />
                </Show>
            </main>

        </PageFrame>
    }
}
