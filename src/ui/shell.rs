//! What every page of the app shares: loading (or recovering) saved data, saving changes
//! (shortly after each pause, and at once when the page is left), staying in step with other
//! tabs, the frame around the page's own content, and mounting.
//!
//! The app is five pages, each its own wasm (calculator, planner, compare, data, report);
//! all work on the same saved scenarios.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::notices::{Notice, Notices};
use super::results::StatusStrip;
use super::state::AppState;
use crate::storage::local::{self, Loaded, SaveError};
use workload_core::interchange::envelope::MIGRATED_SCENARIO_NAME;
use workload_core::interchange::envelope::{decode, encode, Decoded};
use workload_core::model::{blank_workspace, Discipline, Scenarios};

/// What the page starts with, what the user must be told about it, whether it may save,
/// and the saved text it started from.
fn boot() -> (Scenarios, Vec<Notice>, bool, Option<String>) {
    if !local::available() {
        return (Scenarios::first_visit(), vec![Notice::StorageUnavailable], false, None);
    }
    let raw = local::read_raw();
    let (scenarios, notices) = match local::load() {
        Loaded::Nothing => (Scenarios::first_visit(), vec![]),
        Loaded::Restored(Decoded::Current(s)) => (s, vec![]),
        Loaded::Restored(Decoded::Migrated { scenarios, from_version }) => {
            (scenarios, vec![Notice::Migrated { from_version }])
        }
        Loaded::Unreadable { raw, backup_key, explanation } => (
            Scenarios::single(MIGRATED_SCENARIO_NAME, blank_workspace(Discipline::Slp)),
            vec![Notice::Recovered { raw, backup_key, explanation }],
        ),
    };
    (scenarios, notices, true, raw)
}

/// Shows data another tab saved, or stops saving if this page cannot read it.
fn adopt(state: AppState, notices: RwSignal<Vec<Notice>>, saving: Saving, raw: String, notice: Notice) {
    let forget = |list: &mut Vec<Notice>| {
        list.retain(|n| {
            !matches!(n, Notice::ChangedElsewhere | Notice::OtherTabSavedFirst | Notice::OtherTabUnreadable(_))
        })
    };
    match decode(&raw) {
        Ok(Decoded::Current(scenarios) | Decoded::Migrated { scenarios, .. }) => {
            saving.last_seen.set_value(Some(raw));
            saving.adopting.set_value(true);
            state.replace_all(scenarios, true);
            notices.update(|list| {
                forget(list);
                list.push(notice);
            });
        }
        Err(unreadable) => {
            saving.allowed.set_value(false);
            notices.update(|list| {
                forget(list);
                list.push(Notice::OtherTabUnreadable(unreadable.explain()));
            });
        }
    }
}

/// Whether this page may save, whether a save is waiting, and the saved text it last read or
/// wrote: if the store holds anything else, another tab wrote it.
#[derive(Clone, Copy)]
struct Saving {
    allowed: StoredValue<bool>,
    pending: StoredValue<bool>,
    /// Set while another tab's data is being shown here: that change is not this tab's to
    /// save (the open scenario may differ between tabs, and saving it back would make two
    /// tabs write each other's data forever).
    adopting: StoredValue<bool>,
    last_seen: StoredValue<Option<String>>,
}

/// Saving waits this long after a change, so that typing a number is one save and a large
/// caseload is not written out on every keystroke. Leaving or hiding the page saves at once.
const SAVE_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// Writes the scenarios now, unless another tab saved since this one last looked: then its
/// data is shown here instead, and the user told.
fn save_now(state: AppState, notices: RwSignal<Vec<Notice>>, saving: Saving) {
    saving.pending.set_value(false);
    if !saving.allowed.get_value() {
        return;
    }
    let text = state.scenarios.with_untracked(|s| state.workspace.with_untracked(|live| encode(s, live)));
    let stored = local::read_raw();
    if stored != saving.last_seen.get_value() {
        if let Some(theirs) = stored {
            adopt(state, notices, saving, theirs, Notice::OtherTabSavedFirst);
            return;
        }
    }
    if stored.as_deref() == Some(text.as_str()) {
        return;
    }
    let result = local::write(&text);
    if result.is_ok() {
        saving.last_seen.set_value(Some(text));
    }
    notices.update(|list| {
        list.retain(|n| !matches!(n, Notice::StorageFull | Notice::SaveFailed(_)));
        match result {
            Ok(()) => {}
            Err(SaveError::Full) => list.push(Notice::StorageFull),
            Err(SaveError::Failed(reason)) => list.push(Notice::SaveFailed(reason)),
        }
    });
}

/// Loads the scenarios, provides the app state, and saves changes. A full or failing
/// store is reported once and cleared when a later save succeeds; the workspace in memory
/// is never touched by a failed save. Another tab's saves are shown here (storage events),
/// and never overwritten unseen.
pub fn start() -> RwSignal<Vec<Notice>> {
    let (scenarios, initial_notices, can_save, raw) = boot();
    let state = AppState::new(scenarios);
    provide_context(state);
    let notices = RwSignal::new(initial_notices);
    let saving = Saving {
        allowed: StoredValue::new(can_save),
        pending: StoredValue::new(false),
        adopting: StoredValue::new(false),
        last_seen: StoredValue::new(raw),
    };
    // The first run only subscribes: what was just loaded is what is stored.
    Effect::new(move |first_run_done: Option<()>| {
        state.scenarios.track();
        state.workspace.track();
        if saving.adopting.get_value() {
            saving.adopting.set_value(false);
            return;
        }
        if first_run_done.is_some() && !saving.pending.get_value() {
            saving.pending.set_value(true);
            set_timeout(move || save_now(state, notices, saving), SAVE_AFTER);
        }
    });
    let flush = move || {
        if saving.pending.get_value() {
            save_now(state, notices, saving);
        }
    };
    let leaving = window_event_listener_untyped("pagehide", move |_| flush());
    let hidden = window_event_listener_untyped("visibilitychange", move |_| flush());
    let other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(local::DATA_KEY) || !saving.allowed.get_value() {
            return;
        }
        if let Some(raw) = ev.new_value().filter(|raw| Some(raw) != saving.last_seen.get_value().as_ref()) {
            // A change here still waiting to be saved cannot be kept over the newer save.
            let notice = if saving.pending.get_value() { Notice::OtherTabSavedFirst } else { Notice::ChangedElsewhere };
            adopt(state, notices, saving, raw, notice);
        }
    });
    on_cleanup(move || {
        other_tabs.remove();
        leaving.remove();
        hidden.remove();
    });
    notices
}

/// The privacy note, page links and notices above a page, and the footer below it.
#[component]
pub fn PageFrame(
    notices: RwSignal<Vec<Notice>>,
    #[prop(into)] nav: ViewFn,
    /// The open scenario's status line; pages about several scenarios leave it out.
    #[prop(optional)]
    no_status: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#content">"Skip to the content"</a>
        <div class="toolbar">
            <p class="privacy-note">
                <strong>"Your data stays on this device."</strong>
                " Nothing you type is sent anywhere. Identify students by initials or a code, never by name."
            </p>
            {nav.run()}
        </div>
        <Notices notices />
        {(!no_status).then(StatusStrip)}
        {children()}
        <footer class="app-footer">
            <p>
                "Open source (MIT or Apache-2.0). Runs entirely in your browser; saved in this browser's local storage."
            </p>
        </footer>
    }
}

/// Builds `view` in a task of its own, just after the first one: the top of the page is
/// drawn and can respond sooner, instead of the whole page in one long task.
pub fn soon(view: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), std::time::Duration::ZERO);
    move || ready.get().then(&view)
}

/// Mounts a page below the static header of its HTML file, replacing the "Loading" line.
pub fn mount<F, N>(page: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let mount_point = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match mount_point {
        Some(element) => {
            element.set_inner_html("");
            leptos::mount::mount_to(element, page).forget()
        }
        None => leptos::mount::mount_to_body(page),
    }
}
