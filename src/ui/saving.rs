//! Saving, and staying in step with other tabs. Nothing a user saves is refused, lost or
//! overwritten:
//! - a change is saved a moment after it is made, and at once when the page is left or
//!   hidden; a save that fails keeps the change waiting and tries again with the next change
//!   and when the page is left, and the notice says what is and is not saved;
//! - data this version cannot read is never written over until the user has chosen;
//! - another tab's save is shown here; if it arrives while this tab has changes not yet
//!   saved, this tab's changed scenarios are kept beside it ("… (this tab's version)").

use leptos::prelude::*;

use super::notices::Notice;
use super::state::AppState;
use crate::storage::browser_json::{encode, same};
use crate::storage::local::{self, Decode, SaveError};
use workload_core::interchange::merge::keep_both;

/// Saving waits this long after a change, so that typing a number is one save and a large
/// caseload is not written out on every keystroke.
const SAVE_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// Why this page is not saving.
#[derive(Clone, Debug, PartialEq)]
pub enum Held {
    /// The browser gives no storage (private modes, sandboxed frames).
    NoStorage,
    /// Saved data waits for the user's choice (unreadable, or repaired and not copied aside).
    AwaitingChoice { raw: String },
    /// Another tab's save could not be read or merged: writing would lose one or the other.
    OtherTab,
}

#[derive(Clone, Copy)]
pub struct Saver {
    state: AppState,
    decode: Decode,
    pub notices: RwSignal<Vec<Notice>>,
    held: StoredValue<Option<Held>>,
    /// Changes made here that are not written yet.
    unsaved: StoredValue<bool>,
    scheduled: StoredValue<bool>,
    /// Set while another tab's data is being shown here: that change is not this tab's to
    /// save (saving it back would make two tabs write each other's data forever).
    adopting: StoredValue<bool>,
    /// The saved text this tab last read or wrote: if the store holds anything else,
    /// another tab wrote it.
    last_seen: StoredValue<Option<String>>,
    /// When this tab last saved, as the clock on the wall reads.
    saved_at: StoredValue<Option<String>>,
}

pub fn use_saver() -> Saver {
    expect_context::<Saver>()
}

/// The time of day, "10:42", for "everything up to 10:42 is saved".
fn clock() -> String {
    let now = js_sys::Date::new_0();
    format!("{}:{:02}", now.get_hours(), now.get_minutes())
}

impl Saver {
    pub fn new(
        state: AppState,
        decode: Decode,
        notices: Vec<Notice>,
        held: Option<Held>,
        last_seen: Option<String>,
    ) -> Saver {
        Saver {
            state,
            decode,
            notices: RwSignal::new(notices),
            held: StoredValue::new(held),
            unsaved: StoredValue::new(false),
            scheduled: StoredValue::new(false),
            adopting: StoredValue::new(false),
            last_seen: StoredValue::new(last_seen),
            saved_at: StoredValue::new(None),
        }
    }

    /// Saves every change: a moment after it, at once when the page is left or hidden, and
    /// shows other tabs' saves.
    pub fn watch(self) {
        let state = self.state;
        Effect::watch(
            move || {
                state.scenarios.track();
                state.workspace.track();
            },
            move |_, _, _| self.changed(),
            false,
        );
        let flush = move || {
            if self.unsaved.get_value() {
                self.save_now();
            }
        };
        let leaving = window_event_listener_untyped("pagehide", move |_| flush());
        let hidden = window_event_listener_untyped("visibilitychange", move |_| flush());
        let other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(local::DATA_KEY) {
                self.arrived(ev.new_value());
            }
        });
        on_cleanup(move || {
            other_tabs.remove();
            leaving.remove();
            hidden.remove();
        });
    }

    fn changed(self) {
        // Any change (an edit, or another tab's data) means the example is no longer untouched.
        if self.state.example.get_untracked() {
            self.state.example.set(false);
        }
        if self.adopting.get_value() {
            self.adopting.set_value(false);
            return;
        }
        self.unsaved.set_value(true);
        if !self.scheduled.get_value() {
            self.scheduled.set_value(true);
            set_timeout(move || self.save_now(), SAVE_AFTER);
        }
    }

    fn notify(self, keep: impl Fn(&Notice) -> bool, notice: Option<Notice>) {
        self.notices.update(|list| {
            list.retain(|n| keep(n));
            list.extend(notice);
        });
    }

    /// This tab's data as a file the data page restores, for a notice's download.
    fn ours_as_file(self) -> String {
        let state = self.state;
        state
            .scenarios
            .with_untracked(|s| state.workspace.with_untracked(|live| encode(s, live, true, None)))
            .unwrap_or_default()
    }

    /// Writes every change now, unless another tab saved since this one last looked: then
    /// both are kept (`arrived`).
    pub fn save_now(self) {
        self.scheduled.set_value(false);
        if !self.unsaved.get_value() || self.held.with_value(Option::is_some) {
            return;
        }
        let stored = local::read_raw();
        if stored != self.last_seen.get_value() {
            self.arrived(stored.clone());
            if self.held.with_value(Option::is_some) || !self.unsaved.get_value() {
                return;
            }
        }
        let seen = self.last_seen.get_value();
        let text = self
            .state
            .scenarios
            .with_untracked(|s| self.state.workspace.with_untracked(|live| encode(s, live, false, seen.as_deref())));
        let result = match text {
            Ok(text) if stored.as_deref() == Some(text.as_str()) => Ok(text),
            Ok(text) => local::write(&text).map(|()| text).map_err(Some),
            Err(refused) => {
                self.notify(|n| !n.is_about_saving(), Some(Notice::SaveRefused(refused.to_string())));
                return;
            }
        };
        match result {
            Ok(text) => {
                self.last_seen.set_value(Some(text));
                self.unsaved.set_value(false);
                self.saved_at.set_value(Some(clock()));
                self.notify(|n| !n.is_about_saving(), None);
            }
            Err(error) => {
                let reason = match error {
                    Some(SaveError::Full) | None => SaveError::Full.to_string(),
                    Some(other) => other.to_string(),
                };
                let since = self.saved_at.get_value();
                self.notify(|n| !n.is_about_saving(), Some(Notice::NotSaved { reason, since }));
            }
        }
    }

    /// Another tab saved `theirs` (or removed the data). Shown here at once if this tab has
    /// nothing unsaved; otherwise this tab's changed scenarios are kept beside it.
    fn arrived(self, theirs: Option<String>) {
        if theirs == self.last_seen.get_value() || matches!(self.held.get_value(), Some(Held::NoStorage)) {
            return;
        }
        let Some(raw) = theirs else {
            // The data was removed elsewhere (site data cleared): this tab's is saved anew.
            self.last_seen.set_value(None);
            self.unsaved.set_value(true);
            return;
        };
        let not_about_tabs = |n: &Notice| !n.is_about_other_tabs();
        let decoded = match (self.decode)(&raw) {
            Ok(decoded) => decoded,
            Err(why) => {
                self.held.set_value(Some(Held::OtherTab));
                let ours = self.ours_as_file();
                self.notify(not_about_tabs, Some(Notice::OtherTabUnreadable { explanation: why.reason(), ours }));
                return;
            }
        };
        if !self.unsaved.get_value() {
            self.last_seen.set_value(Some(raw));
            self.adopting.set_value(true);
            self.state.replace_all(decoded.scenarios, true);
            self.notify(not_about_tabs, Some(Notice::ChangedElsewhere));
            return;
        }
        let base = self.last_seen.get_value().and_then(|seen| (self.decode)(&seen).ok()).map(|d| d.scenarios);
        let merged = keep_both(decoded.scenarios, &untrack(|| self.state.snapshot()), base.as_ref(), same);
        if !merged.left_out.is_empty() {
            self.held.set_value(Some(Held::OtherTab));
            let ours = self.ours_as_file();
            self.notify(not_about_tabs, Some(Notice::NoRoomForBoth { ours, left_out: merged.left_out }));
            return;
        }
        // Their save is now what this tab builds on; the merged data is this tab's change,
        // saved at once so that the other tab sees both too.
        self.last_seen.set_value(Some(raw));
        self.state.replace_all(merged.scenarios, false);
        self.unsaved.set_value(true);
        self.notify(not_about_tabs, Some(Notice::KeptBoth { kept: merged.kept }));
        self.save_now();
    }

    /// The user chose, in the notice at `index`, to go on: the data waiting for a choice is
    /// copied aside (one copy per distinct text), then this page saves again. If it cannot
    /// be copied, nothing is written over it.
    pub fn start_fresh(self, index: usize) {
        let Some(Held::AwaitingChoice { raw }) = self.held.get_value() else { return };
        let outcome = local::keep_aside(&raw);
        self.notices.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
            list.retain(|n| !matches!(n, Notice::AsideFailed { .. }));
            list.push(match &outcome {
                Ok(key) => Notice::KeptAside { key: key.clone() },
                Err(error) => Notice::AsideFailed { raw: raw.clone(), reason: error.to_string() },
            });
        });
        if outcome.is_ok() {
            self.held.set_value(None);
            self.last_seen.set_value(Some(raw));
            self.unsaved.set_value(true);
            self.save_now();
        }
    }
}
