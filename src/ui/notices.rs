//! Messages about saved data: what is and is not saved, data that could not be read, other
//! tabs. Always in words; where the user has a choice, the buttons are in the message.

use leptos::prelude::*;

use super::browser::{download_text, today};
use super::saving::use_saver;
use workload_core::model::IsoDate;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    /// The latest changes are not written yet (a full or refusing store); `since` is when
    /// the last save that worked was made, if any in this tab.
    NotSaved {
        reason: String,
        since: Option<String>,
    },
    /// The data broke a rule and was not written (the app never makes such data; this is
    /// the last guard).
    SaveRefused(String),
    Migrated {
        from_version: u32,
    },
    /// Values an older version let through were brought within range; the data as it was is
    /// kept aside under `key`, or could not be (`key` is `None`: then nothing is saved until
    /// the user chooses).
    Repaired {
        raw: String,
        changes: Vec<String>,
        key: Option<String>,
    },
    /// Saved data this version cannot read, untouched until the user chooses: download it,
    /// or start fresh keeping it aside.
    Unreadable {
        raw: String,
        explanation: String,
    },
    /// The user started fresh; the unreadable data is kept under `key`.
    KeptAside {
        key: String,
    },
    /// The unreadable data could not be copied aside (storage full): still untouched.
    AsideFailed {
        raw: String,
        reason: String,
    },
    /// Another tab saved changes, and this tab now shows them.
    ChangedElsewhere,
    /// Another tab saved while this tab had unsaved changes: both are kept.
    KeptBoth {
        kept: Vec<String>,
    },
    /// Another tab saved while this tab had unsaved changes, and there was no room to keep
    /// this tab's beside them: this tab stopped saving; its version can be downloaded.
    NoRoomForBoth {
        ours: String,
        left_out: Vec<String>,
    },
    /// Another tab saved data this page cannot read; this tab stopped saving.
    OtherTabUnreadable {
        explanation: String,
        ours: String,
    },
}

impl Notice {
    fn is_warning(&self) -> bool {
        !matches!(self, Notice::Migrated { .. } | Notice::ChangedElsewhere | Notice::KeptAside { .. })
    }

    /// Notices about saving that a later save, or a later state of the same thing, replaces.
    pub fn is_about_saving(&self) -> bool {
        matches!(self, Notice::NotSaved { .. } | Notice::SaveRefused(_))
    }

    pub fn is_about_other_tabs(&self) -> bool {
        matches!(
            self,
            Notice::ChangedElsewhere
                | Notice::KeptBoth { .. }
                | Notice::NoRoomForBoth { .. }
                | Notice::OtherTabUnreadable { .. }
        )
    }
}

fn text(notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => {
            "This browser is not letting the page save (private browsing or blocked storage). \
            Everything works, but your entries last only until this tab closes."
                .into()
        }
        Notice::NotSaved { reason, since } => {
            let saved = match since {
                Some(time) => format!("Everything up to {time} is saved; your changes since then are not"),
                None => "Your changes in this tab are not saved".to_string(),
            };
            format!(
                "{saved} ({reason}). They stay in this tab, and the app tries again with your next change and when \
                 you leave the page. Free some space (delete a scenario you no longer need), or download a backup \
                 on the \"Import, export and share\" page."
            )
        }
        Notice::SaveRefused(problem) => format!(
            "Your latest change was not saved, because it would not load back ({problem}). Undo it to go on saving."
        ),
        Notice::Migrated { from_version } => {
            format!("Your saved data was brought up to date from an earlier version (format {from_version}).")
        }
        Notice::Repaired { changes, key, .. } => {
            let list = changes.join("; ");
            match key {
                Some(key) => format!(
                    "Some saved values were outside what this version accepts and were brought within range: {list}. \
                     The data as it was is kept in this browser under \"{key}\"."
                ),
                None => format!(
                    "Some saved values were outside what this version accepts and were brought within range: {list}. \
                     The data as it was could not be copied aside (the storage is full), so nothing is saved until \
                     you download it or choose to go on."
                ),
            }
        }
        Notice::Unreadable { explanation, .. } => format!(
            "{explanation} It is untouched, and nothing you do here is saved over it until you choose: download it, \
             or start fresh and keep it aside in this browser."
        ),
        Notice::KeptAside { key } => {
            format!("The data that could not be read is kept in this browser under \"{key}\". You are starting fresh.")
        }
        Notice::AsideFailed { reason, .. } => format!(
            "The data that could not be read could not be copied aside ({reason}), so nothing was written over it \
             and this page is not saving. Download it, free some space, then reload."
        ),
        Notice::ChangedElsewhere => {
            "This app is also open in another tab, where changes were just saved: they are shown here too.".into()
        }
        Notice::KeptBoth { kept } => format!(
            "This app is also open in another tab, which saved while this tab had changes not yet saved. Both are \
             kept: that tab's data as it saved it, and this tab's changes as {}.",
            kept.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
        ),
        Notice::NoRoomForBoth { left_out, .. } => format!(
            "This app is also open in another tab, which saved while this tab had changes not yet saved, and the list \
             of scenarios has no room to keep this tab's version of {} beside them. Nothing was overwritten, and this \
             tab has stopped saving: download this tab's version, then reload and restore it.",
            left_out.join(", ")
        ),
        Notice::OtherTabUnreadable { explanation, .. } => format!(
            "Another tab saved data this page cannot read ({explanation}). This tab no longer saves, so as not to \
             overwrite it: download this tab's version if you changed anything, then reload."
        ),
    }
}

/// A download for the text a notice carries, and what the button says.
fn download(notice: &Notice) -> Option<(&'static str, &'static str, String)> {
    match notice {
        Notice::Unreadable { raw, .. } | Notice::AsideFailed { raw, .. } | Notice::Repaired { raw, .. } => {
            Some(("Download the data as it was", "workload-calculator-saved-data", raw.clone()))
        }
        Notice::NoRoomForBoth { ours, .. } | Notice::OtherTabUnreadable { ours, .. } => {
            Some(("Download this tab's version", "workload-calculator-this-tab", ours.clone()))
        }
        _ => None,
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let saver = use_saver();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let file = download(&notice);
                        let choice = match &notice {
                            Notice::Unreadable { .. } => Some("Start fresh, keeping it aside"),
                            Notice::Repaired { key: None, .. } => Some("Go on with the values brought within range"),
                            _ => None,
                        };
                        view! {
                            <div class="notice" class:warning=notice.is_warning()>
                                <p>{text(&notice)}</p>
                                {file.map(|(label, name, text)| view! {
                                    <button type="button" on:click=move |_| {
                                        let date = today().map(IsoDate::iso).unwrap_or_default();
                                        download_text(&format!("{name}-{date}.json"), "application/json", &text)
                                    }>{label}</button>
                                })}
                                {choice.map(|label| view! {
                                    <button type="button" on:click=move |_| saver.start_fresh(index)>{label}</button>
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
