//! Bringing members in: this browser's scenarios, colleagues' backup files (several at
//! once) and share links; replacing a member with a newer file; the demonstration's two
//! SLPs to try the page with. Each scenario is checked as a backup file is before it joins,
//! and packed with the browser's own compression stream.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::{use_team, TeamState};
use crate::storage::compression::inflate;
use crate::storage::small_json::import;
use crate::storage::team_members::pack;
use crate::ui::data::ScenarioChoice;
use crate::ui::state::use_state;
use workload_core::engine::team::discipline_short;
use workload_core::engine::team_markup::options_html;
use workload_core::interchange::backup::{Imported, Refused, MAX_BYTES};
use workload_core::interchange::share::{from_text, FRAGMENT_KEY, MAX_LINK_CHARS};
use workload_core::model::{demonstration, Team, Workspace};

/// A label for a new member: its discipline and a number ("OT3"), unless one is typed.
fn label_for(team: &Team, typed: &str, workspace: &Workspace) -> String {
    let typed = typed.trim();
    if !typed.is_empty() {
        return typed.to_string();
    }
    let short = match discipline_short(workspace.profile.discipline) {
        "Special education" => "SpEd",
        other => other,
    };
    team.unique_label(&format!("{short}{}", team.members.len() + 1))
}

/// The scenario a colleague's backup had open (the one they work on), and how many it holds.
fn open_scenario(imported: Imported) -> Result<(String, Workspace, usize), String> {
    let count = imported.scenarios.list.len();
    let active = imported.scenarios.active;
    let open = imported.scenarios.list.into_iter().find(|x| x.id == active);
    open.map(|x| (x.name, x.workspace, count)).ok_or_else(|| "It holds no scenario.".to_string())
}

/// Every file chosen in a file input: its name and text, or why not.
fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect()).unwrap_or_default();
    input.set_value("");
    files
}

/// A file's scenario: the one open in the backup, checked as a backup is.
async fn scenario_in(file: &web_sys::File) -> Result<(String, Workspace, usize), String> {
    if file.size() > MAX_BYTES as f64 {
        return Err(Refused::TooLarge.to_string());
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
    let text = text.ok_or_else(|| "It could not be read as text.".to_string())?;
    open_scenario(import(&text).map_err(|why| why.to_string())?)
}

/// A share link's scenario, checked as the data page checks a link.
async fn scenario_in_link(text: &str) -> Result<(String, Workspace, usize), String> {
    let payload = text.split_once(FRAGMENT_KEY).map_or(text.trim(), |(_, p)| p.trim());
    if payload.len() > MAX_LINK_CHARS {
        return Err(Refused::LinkTooLong.to_string());
    }
    let bytes = from_text(payload).map_err(|why| why.to_string())?;
    let json = inflate(&bytes).await.map_err(|_| Refused::LinkDamaged.to_string())?;
    open_scenario(import(&json).map_err(|why| why.to_string())?)
}

/// Where a scenario comes from.
enum Incoming {
    /// One already read: its name, workspace, and where it came from in words.
    Scenario(String, Box<Workspace>, String),
    File(web_sys::File),
    Link(String),
}

/// Brings scenarios in, one after another: each read and checked, packed, and added as a
/// member (labelled `typed`, or by discipline) or, with `replacing`, put in that member's
/// place. What was done and what was refused, in words.
async fn bring_in(
    team: TeamState,
    typed: String,
    incoming: Vec<Incoming>,
    replacing: Option<u32>,
) -> (Vec<String>, Vec<String>) {
    let (mut done, mut refused) = (Vec::new(), Vec::new());
    for item in incoming {
        let (what, read) = match item {
            Incoming::Scenario(name, w, source) => (name.clone(), Ok((name, *w, 1, source))),
            Incoming::File(file) => {
                let file_name = file.name();
                let read =
                    scenario_in(&file).await.map(|(n, w, c)| (n.clone(), w, c, format!("backup {file_name}: {n}")));
                (format!("\"{file_name}\""), read)
            }
            Incoming::Link(text) => {
                let read = scenario_in_link(&text).await.map(|(n, w, c)| (n.clone(), w, c, format!("share link: {n}")));
                ("The link".to_string(), read)
            }
        };
        let outcome = match read {
            Ok((name, workspace, count, source)) => match pack(&[(&name, &workspace)]).await {
                Ok(scenario) => team
                    .edit(|t| match replacing {
                        Some(id) => t.replace(id, &source, scenario.clone()).map(|()| id),
                        None => t.add(&label_for(t, &typed, &workspace), &source, scenario.clone()),
                    })
                    .map(|id| {
                        team.known(&scenario, [(id, name.clone(), std::sync::Arc::new(workspace))]);
                        let label = team.label(id);
                        let open =
                            if count > 1 { format!(", the scenario open there of {count}") } else { String::new() };
                        match replacing {
                            Some(_) => format!("Replaced {label}'s scenario with \"{name}\" from {what}."),
                            None => format!("Added {label}: \"{name}\"{open}."),
                        }
                    })
                    .map_err(|why| why.to_string()),
                Err(why) => Err(why),
            },
            Err(why) => Err(why),
        };
        match outcome {
            Ok(words) => done.push(words),
            Err(why) => refused.push(format!("{what} was not taken. {why}")),
        }
    }
    (done, refused)
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
    let start = move |incoming: Vec<Incoming>, replacing: Option<u32>| {
        let typed = label.get_untracked();
        spawn_local(async move {
            let (done, refused) = bring_in(team, typed, incoming, replacing).await;
            if !done.is_empty() {
                label.set(String::new());
                link.set(String::new());
                if replacing.is_some() {
                    team.moves.set(Vec::new());
                }
                team.said.set(done.join(" "));
            }
            refusals.set(refused);
        });
    };
    let from_browser = move |_| {
        if let Some((name, workspace)) = crate::ui::data::chosen_scenario(chosen) {
            let source = format!("this browser: {name}");
            start(vec![Incoming::Scenario(name, Box::new(workspace), source)], None);
        }
    };
    let from_files =
        move |ev: leptos::ev::Event| start(chosen_files(&ev).into_iter().map(Incoming::File).collect(), None);
    let from_link = move |_| start(vec![Incoming::Link(link.get_untracked())], None);
    let demonstration_pair = move |_| {
        let source = || "the built-in demonstration".to_string();
        start(
            demonstration().into_iter().map(|(n, w)| Incoming::Scenario(n.into(), Box::new(w), source())).collect(),
            None,
        )
    };
    let replace = move |ev: leptos::ev::Event| {
        let file = chosen_files(&ev).into_iter().next();
        start(file.into_iter().map(Incoming::File).collect(), Some(replace_id.get_untracked()));
    };
    let members = move || {
        let mut options = vec![("0".to_string(), "Choose a member".to_string())];
        team.entries.with(|es| options.extend(es.iter().map(|e| (e.id.to_string(), e.label.clone()))));
        options
    };
    view! {
        <section class="card team-add" aria-labelledby="add-title">
            <h2 id="add-title">"Add members"</h2>
            <p class="help">
                "A member is one therapist's scenario: their discipline, FTE, buildings and caseload. Ask colleagues for a backup \
                 file (on the data page) or a share link. Each member is known by a short label, initials or a role code such as OT1, never a name."
            </p>
            <div class="field">
                <label for="member-label">"Label for the next member (optional)"</label>
                <input id="member-label" type="text" maxlength="16" placeholder="OT1" prop:value=move || label.get()
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
                        <input id="member-link" type="text" inputmode="url" prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev)) />
                    </div>
                    <button type="button" on:click=from_link>"Add from the link"</button>
                </div>
            </div>
            {move || (!refusals.with(Vec::is_empty)).then(|| {
                let mut lines = refusals.get();
                lines.push("Nothing else was changed by these.".into());
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
                        <select id="replace-member" on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { replace_id.set(v) }
                            inner_html=move || options_html(&members(), &replace_id.get().to_string())></select>
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
