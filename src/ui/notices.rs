//! Messages about saved data: recovered, migrated, not saved. Always in words.

use leptos::prelude::*;

use super::browser::download_text;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    SaveFailed(String),
    Migrated {
        from_version: u32,
    },
    Recovered {
        raw: String,
        backup_key: Option<String>,
        explanation: String,
    },
    /// Another tab saved changes, and this tab now shows them.
    ChangedElsewhere,
    /// Another tab saved between this tab's last save and its next: its data was kept.
    OtherTabSavedFirst,
    /// Another tab saved data this page cannot read; this tab stopped saving.
    OtherTabUnreadable(String),
}

fn text(notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => {
            "This browser is not letting the page save (private browsing or blocked storage). \
            Everything works, but your entries last only until this tab closes."
                .into()
        }
        Notice::StorageFull => "This browser's storage is full, so your latest changes are not saved yet. \
            They are safe in this tab; free some space and keep working."
            .into(),
        Notice::SaveFailed(reason) => {
            format!("Your latest changes could not be saved ({reason}). They are safe in this tab for now.")
        }
        Notice::Migrated { from_version } => {
            format!("Your saved data was brought up to date from an earlier version (format {from_version}).")
        }
        Notice::ChangedElsewhere => "This app is also open in another tab, where changes were just saved: they are shown here too.".into(),
        Notice::OtherTabSavedFirst => "This app is also open in another tab, which saved a change a moment before this one. \
            To keep it, this tab now shows that tab's data; your latest change here was not saved, so make it again."
            .into(),
        Notice::OtherTabUnreadable(explanation) => format!(
            "Another tab saved data this page cannot read ({explanation}). This tab no longer saves, so as not to overwrite it; reload to continue."
        ),
        Notice::Recovered { backup_key, explanation, .. } => {
            let kept = match backup_key {
                Some(key) => format!("The original is kept in this browser under \"{key}\""),
                None => "It could not be copied aside in this browser".into(),
            };
            format!(
                "{explanation} {kept}; download it below before you do anything else with it. You are starting fresh."
            )
        }
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let is_warning = !matches!(notice, Notice::Migrated { .. } | Notice::ChangedElsewhere);
                        let raw = match &notice {
                            Notice::Recovered { raw, .. } => Some(raw.clone()),
                            _ => None,
                        };
                        view! {
                            <div class="notice" class:warning=is_warning>
                                <p>{text(&notice)}</p>
                                {raw.map(|raw| view! {
                                    <button type="button" on:click=move |_| {
                                        download_text("workload-calculator-unreadable-data.json", "application/json", &raw)
                                    }>"Download the unreadable data"</button>
                                })}
                                <button type="button" class="secondary" on:click=move |_| {
                                    notices.update(|list| { if index < list.len() { list.remove(index); } })
                                }>"Dismiss"</button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
