//! Back up everything to a JSON file, and restore one: replace everything, or add its
//! scenarios as new ones. Nothing changes until the file has passed every check and the
//! user has chosen.

use leptos::prelude::*;

use super::{message_list, read_chosen_file};
use crate::storage::browser_json::{encode, import};
use crate::ui::browser::{confirm, download_text, today};
use crate::ui::fields::focus_when_shown;
use crate::ui::state::use_state;
use workload_core::engine::format::count;
use workload_core::interchange::backup::{add_as_new, Imported, Refused, MAX_BYTES};
use workload_core::model::{IsoDate, Scenarios};

#[component]
pub fn Backup() -> impl IntoView {
    let state = use_state();
    let pending = RwSignal::new(None::<(String, Imported)>);
    let refused = RwSignal::new(None::<Vec<String>>);
    let done = RwSignal::new(String::new());
    let refused_export = RwSignal::new(None::<String>);
    let download = move |_| match state
        .scenarios
        .with_untracked(|s| state.workspace.with_untracked(|live| encode(s, live, true, None)))
    {
        Ok(text) => download_text(
            &format!("workload-calculator-backup-{}.json", today().map(IsoDate::iso).unwrap_or_default()),
            "application/json",
            &text,
        ),
        Err(refused) => refused_export.set(Some(format!("No backup was made: {refused}."))),
    };
    let chosen = move |ev: leptos::ev::Event| {
        done.set(String::new());
        read_chosen_file(&ev, MAX_BYTES, Refused::TooLarge.to_string(), move |read| {
            match read.map(|(name, text)| (name, import(&text))) {
                Ok((name, Ok(imported))) => {
                    refused.set(None);
                    pending.set(Some((name, imported)));
                }
                Ok((name, Err(why))) => {
                    pending.set(None);
                    let mut lines = vec![format!("\"{name}\" was not imported. {why}")];
                    lines.extend(why.details());
                    lines.push("Your data here is unchanged.".into());
                    refused.set(Some(lines));
                }
                Err(message) => refused.set(Some(vec![message, "Your data here is unchanged.".into()])),
            }
        });
    };
    let replace = move |_| {
        let Some((_, imported)) = pending.get_untracked() else { return };
        if confirm("Replace all your scenarios in this browser with the ones in the file? Download a backup first if you may want them back.") {
            let restored = imported.scenarios.list.len();
            state.replace_all(imported.scenarios, false);
            pending.set(None);
            done.set(format!("Restored {} from the file.", count(restored, "scenario", "scenarios")));
        }
    };
    let add = move |_| {
        let Some((_, imported)) = pending.get_untracked() else { return };
        let names: Vec<String> = imported.scenarios.list.iter().map(|s| s.name.clone()).collect();
        let mut added = Vec::new();
        // A file's team comes too where this browser has none (the team pages' data).
        #[cfg(feature = "team")]
        let mut team = None;
        state.scenarios.update(|s| {
            #[cfg(feature = "team")]
            {
                team = Some(workload_core::interchange::backup::add_team(s, imported.scenarios.team.clone()));
            }
            added = add_as_new(s, imported.scenarios);
        });
        pending.set(None);
        // Added ones may be renamed to stay unique; the rest are the file's last ones.
        let left_out = &names[added.len().min(names.len())..];
        done.set(match added.len() {
            0 => Scenarios::full_message(),
            n if !left_out.is_empty() => format!(
                "Added {n}: {}. Not added: {}. {}",
                added.join(", "),
                left_out.join(", "),
                Scenarios::full_message()
            ),
            n => format!("Added {n}: {}.", added.join(", ")),
        });
        #[cfg(feature = "team")]
        if let Some(words) = team.map(|t| t.to_string()).filter(|w| !w.is_empty()) {
            done.update(|d| *d = format!("{d} {words}"));
        }
    };
    view! {
        <section class="card" aria-labelledby="backup-title">
            <h2 id="backup-title">"Back up and restore"</h2>
            <p class="help">
                "Your data lives only in this browser. A backup file holds every scenario, setting and checklist; \
                 keep it somewhere safe, or use it to move to another computer."
            </p>
            <button type="button" id="download-backup" on:click=download>"Download a backup (.json)"</button>
            {move || refused_export.get().map(|m| view! { <p class="notice warning" role="alert">{m}</p> })}
            <div class="field">
                <label for="restore-file">"Restore from a backup file"</label>
                <input id="restore-file" type="file" accept=".json,application/json" on:change=chosen />
            </div>
            {move || refused.get().map(message_list)}
            {move || pending.get().map(|(name, imported)| {
                let names: Vec<String> = imported.scenarios.list.iter().map(|s| s.name.clone()).collect();
                #[cfg(feature = "team")]
                let team = match imported.scenarios.team.as_ref().map_or(0, |t| t.members.len()) {
                    0 => String::new(),
                    n => format!(", and a team of {}", count(n, "member", "members")),
                };
                #[cfg(not(feature = "team"))]
                let team = "";
                view! {
                    <div class="notice" id="restore-choice">
                        <p>{format!("\"{name}\" holds {}: {}{team}. What should happen to them?", count(names.len(), "scenario", "scenarios"), names.join(", "))}</p>
                        // The choice appears below the file field: it takes the keyboard.
                        <button type="button" id="restore-replace" on:click=replace node_ref={
                            let node = NodeRef::new();
                            focus_when_shown(node);
                            node
                        }>"Replace everything here with them"</button>
                        <button type="button" on:click=add>"Add them as new scenarios"</button>
                        <button type="button" class="secondary" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                }
            })}
            <p role="status" id="backup-status">{move || done.get()}</p>
        </section>
    }
}
