//! Bringing members in: this browser's scenarios, colleagues' backup files (several at
//! once) and share links; replacing a member with a newer file; the demonstration's two
//! SLPs to try the page with. Each scenario is checked as a backup file is before it joins.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{edit_team, use_team};
use crate::storage::browser_json::{encode, import_plain};
use crate::ui::data::ScenarioChoice;
use crate::ui::state::use_state;
use workload_core::engine::team::discipline_short;
use workload_core::interchange::backup::{Imported, Refused, MAX_BYTES};
use workload_core::interchange::share::{unpack, FRAGMENT_KEY};
use workload_core::interchange::team::{for_team, pack};
use workload_core::model::{demonstration, NotAdded, Scenarios, Team, Workspace};

/// The scenario packed for the team, with the browser's own JSON.
pub(super) fn packed(name: &str, workspace: &Workspace) -> Result<String, String> {
    let single = Scenarios::single(name, for_team(workspace));
    encode(&single, &single.list[0].workspace, false).map(|json| pack(&json)).map_err(|why| why.to_string())
}

/// A label for a new member: its discipline and a number ("OT3"), unless one is typed.
fn label_for(team: &Team, typed: &str, workspace: &Workspace) -> String {
    let typed = typed.trim();
    if !typed.is_empty() {
        return typed.to_string();
    }
    let short = discipline_short(workspace.profile.discipline).split(' ').next().unwrap_or("M").to_string();
    let short = if short == "Special" { "SpEd".to_string() } else { short };
    team.unique_label(&format!("{short}{}", team.members.len() + 1))
}

/// Adds a scenario as a member; what happened, in words.
fn add_member(typed_label: &str, source: &str, name: &str, workspace: &Workspace) -> Result<String, String> {
    let scenario = packed(name, workspace)?;
    edit_team(|team| {
        let label = label_for(team, typed_label, workspace);
        team.add(&label, source, scenario).map(|id| team.member(id).map(|m| m.label.clone()).unwrap_or_default())
    })
    .map_err(|why: NotAdded| why.to_string())
}

/// The scenario a colleague's backup had open (the one they work on).
fn open_scenario(imported: Imported) -> Option<(String, Workspace, usize)> {
    let count = imported.scenarios.list.len();
    let s = imported.scenarios;
    let active = s.active;
    s.list.into_iter().find(|x| x.id == active).map(|x| (x.name, x.workspace, count))
}

/// Every file chosen in a file input, read one after another: its name and text, or why
/// not.
fn read_files(ev: &leptos::ev::Event, on_each: impl Fn(String, Result<String, String>) + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(files) = input.files() else { return };
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    input.set_value("");
    leptos::task::spawn_local(async move {
        for file in files {
            let name = file.name();
            if file.size() > MAX_BYTES as f64 {
                on_each(name, Err(Refused::TooLarge.to_string()));
                continue;
            }
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            on_each(
                name,
                text.ok().and_then(|t| t.as_string()).ok_or_else(|| "It could not be read as text.".to_string()),
            );
        }
    });
}

#[component]
pub fn AddMembers() -> impl IntoView {
    let state = use_state();
    let team = use_team();
    let chosen = RwSignal::new(state.scenarios.with_untracked(|s| s.active));
    let label = RwSignal::new(String::new());
    let refusals = RwSignal::new(Vec::<String>::new());
    let link = RwSignal::new(String::new());
    let replace_id = RwSignal::new(0u32);
    let say = move |added: Vec<String>, refused: Vec<String>| {
        if !added.is_empty() {
            team.said.set(added.join(" "));
        }
        refusals.set(refused);
    };
    let from_browser = move |_| {
        let Some((name, workspace)) = crate::ui::data::chosen_scenario(chosen) else { return };
        match add_member(&label.get_untracked(), &format!("this browser: {name}"), &name, &workspace) {
            Ok(l) => {
                label.set(String::new());
                say(vec![format!("Added {l} ({name}).")], vec![]);
            }
            Err(why) => say(vec![], vec![why]),
        }
    };
    let from_files = move |ev: leptos::ev::Event| {
        refusals.set(Vec::new());
        read_files(&ev, move |file, text| {
            let outcome = text.and_then(|t| import_plain(&t).map_err(|why| why.to_string())).and_then(|imported| {
                let (name, workspace, count) = open_scenario(imported).ok_or("It holds no scenario.".to_string())?;
                let added = add_member("", &format!("backup {file}: {name}"), &name, &workspace)?;
                Ok(if count > 1 {
                    format!(
                        "Added {added} from \"{file}\" (\"{name}\", the scenario open there; the file holds {count})."
                    )
                } else {
                    format!("Added {added} from \"{file}\" (\"{name}\").")
                })
            });
            match outcome {
                Ok(words) => team.said.update(|s| {
                    if !s.starts_with("Added") {
                        s.clear();
                    }
                    if !s.is_empty() {
                        s.push(' ');
                    }
                    s.push_str(&words);
                }),
                Err(why) => refusals.update(|r| r.push(format!("\"{file}\" was not added. {why}"))),
            }
        });
        team.said.set(String::new());
    };
    let from_link = move |_| {
        let text = link.get_untracked();
        let payload = text.split_once(FRAGMENT_KEY).map_or(text.trim(), |(_, p)| p.trim()).to_string();
        let outcome = unpack(&payload)
            .and_then(|json| import_plain(&json))
            .map_err(|why| why.to_string())
            .and_then(|imported| open_scenario(imported).ok_or("The link holds no scenario.".to_string()))
            .and_then(|(name, workspace, _)| {
                add_member(&label.get_untracked(), &format!("share link: {name}"), &name, &workspace).map(|l| (l, name))
            });
        match outcome {
            Ok((l, name)) => {
                link.set(String::new());
                label.set(String::new());
                say(vec![format!("Added {l} ({name}) from the link.")], vec![]);
            }
            Err(why) => say(vec![], vec![format!("The link was not added. {why}")]),
        }
    };
    let demonstration_pair = move |_| {
        let mut added = Vec::new();
        let mut refused = Vec::new();
        for (name, workspace) in demonstration() {
            match add_member("", "the built-in demonstration", name, &workspace) {
                Ok(l) => added.push(format!("Added {l} ({name}).")),
                Err(why) => refused.push(why),
            }
        }
        say(added, refused);
    };
    let replace = move |ev: leptos::ev::Event| {
        let id = replace_id.get_untracked();
        refusals.set(Vec::new());
        read_files(&ev, move |file, text| {
            let outcome = text
                .and_then(|t| import_plain(&t).map_err(|why| why.to_string()))
                .and_then(|imported| open_scenario(imported).ok_or("It holds no scenario.".to_string()))
                .and_then(|(name, workspace, _)| {
                    let scenario = packed(&name, &workspace)?;
                    edit_team(|t| {
                        t.replace(id, Some(&format!("backup {file}: {name}")), scenario)?;
                        Ok(t.member(id).map(|m| m.label.clone()).unwrap_or_default())
                    })
                    .map_err(|why: NotAdded| why.to_string())
                });
            match outcome {
                Ok(l) => {
                    team.moves.set(Vec::new());
                    team.said.set(format!("Replaced {l}'s scenario with the one in \"{file}\"."));
                }
                Err(why) => refusals.update(|r| r.push(format!("\"{file}\" did not replace the member. {why}"))),
            }
        });
    };
    let members = move || team.entries.with(|es| es.iter().map(|e| (e.id, e.label.clone())).collect::<Vec<_>>());
    view! {
        <section class="card team-add" aria-labelledby="add-title">
            <h2 id="add-title">"Add members"</h2>
            <p class="help">
                "A member is one therapist's scenario: their discipline, FTE, buildings and caseload. Ask colleagues for a backup \
                 file (on the data page) or a share link. Each member is known by a short label, initials or a role code such as OT1, never a name."
            </p>
            <div class="field">
                <label for="member-label">"Label for the next member (optional)"</label>
                <input id="member-label" maxlength="16" placeholder="OT1" prop:value=move || label.get()
                    on:input=move |ev| label.set(event_target_value(&ev)) />
            </div>
            <div class="team-add-ways">
                <div>
                    <ScenarioChoice label="One of this browser's scenarios" chosen />
                    <button type="button" id="add-scenario" on:click=from_browser>"Add this scenario"</button>
                </div>
                <div class="field">
                    <label for="member-files">"Colleagues' backup files (choose several at once)"</label>
                    <input id="member-files" type="file" multiple accept=".json,application/json" on:change=from_files />
                </div>
                <div>
                    <div class="field">
                        <label for="member-link">"A share link"</label>
                        <input id="member-link" type="url" prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev)) />
                    </div>
                    <button type="button" on:click=from_link>"Add from the link"</button>
                </div>
            </div>
            {move || (!refusals.with(Vec::is_empty)).then(|| {
                let mut lines = refusals.get();
                lines.push("The team is unchanged by these.".into());
                crate::ui::data::message_list(lines)
            })}
            <Show when=move || team.entries.with(Vec::is_empty)>
                <p>
                    "No members yet. "
                    <button type="button" id="add-demonstration" on:click=demonstration_pair>"Try it with the demonstration's two SLPs"</button>
                </p>
            </Show>
            <Show when=move || team.entries.with(|e| !e.is_empty())>
                <div class="team-replace">
                    <div class="field">
                        <label for="replace-member">"Replace a member with a newer backup"</label>
                        <select id="replace-member" on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { replace_id.set(v) }>
                            <option value="0">"Choose a member"</option>
                            {move || members().into_iter().map(|(id, l)| view! {
                                <option value=id.to_string() selected=move || replace_id.get() == id>{l}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="replace-file">"Its newer backup file"</label>
                        <input id="replace-file" type="file" accept=".json,application/json" disabled=move || replace_id.get() == 0 on:change=replace />
                    </div>
                </div>
            </Show>
        </section>
    }
}
