//! What every page of the app shares: loading saved data (or holding on to what cannot be
//! read), starting the saving (`saving`), the frame around the page's own content, and
//! mounting.
//!
//! The app is six pages, each its own wasm (calculator, caseload, planner, compare, data,
//! report); all work on the same saved scenarios.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::notices::{Notice, Notices};
use super::results::StatusStrip;
use super::saving::{Held, Saver};
use super::state::AppState;
use super::undo::UndoRedo;
use crate::storage::browser_json::{self, Plain};
use crate::storage::local::{self, keep_aside, Decode, Loaded};
use workload_core::interchange::envelope::MIGRATED_SCENARIO_NAME;
use workload_core::model::{blank_workspace, Discipline, Scenarios};

/// Loads the saved data: what the page starts with, what the user must be told about it,
/// why it may not save yet (if so), and the saved text it started from.
fn boot(decode: Decode) -> (Scenarios, Vec<Notice>, Option<Held>, Option<String>) {
    if !local::available() {
        return (Scenarios::first_visit(), vec![Notice::StorageUnavailable], Some(Held::NoStorage), None);
    }
    let raw = local::read_raw();
    match local::load(decode) {
        Loaded::Nothing => (Scenarios::first_visit(), vec![], None, raw),
        Loaded::Restored(decoded) => {
            let mut notices = Vec::new();
            let mut held = None;
            if decoded.migrated() {
                notices.push(Notice::Migrated { from_version: decoded.from_version });
            }
            if !decoded.repaired.is_empty() {
                // The data as it was is kept aside before anything is written over it.
                let original = raw.clone().unwrap_or_default();
                let key = keep_aside(&original).ok();
                if key.is_none() {
                    held = Some(Held::AwaitingChoice { raw: original.clone() });
                }
                let changes = decoded.repaired.iter().map(ToString::to_string).collect();
                notices.push(Notice::Repaired { raw: original, changes, key });
            }
            (decoded.scenarios, notices, held, raw)
        }
        Loaded::Unreadable { raw, why } => (
            Scenarios::single(MIGRATED_SCENARIO_NAME, blank_workspace(Discipline::Slp)),
            vec![Notice::Unreadable { raw: raw.clone(), explanation: why.to_string() }],
            Some(Held::AwaitingChoice { raw: raw.clone() }),
            Some(raw),
        ),
    }
}

/// Loads the scenarios, provides the app state, and saves changes (`saving`), reading saved
/// text with `decode`. Returns the page's notices.
pub fn start_with(decode: Decode) -> RwSignal<Vec<Notice>> {
    let (scenarios, notices, held, raw) = boot(decode);
    // Nothing saved yet: the page shows the example until the user starts their own.
    let state = AppState::new(scenarios, raw.is_none());
    provide_context(state);
    let saver = Saver::new(state, decode, notices, held, raw);
    provide_context(saver);
    saver.watch();
    saver.notices
}

/// [`start_with`] plain reading: the pages that import nothing.
pub fn start() -> RwSignal<Vec<Notice>> {
    start_with(browser_json::decode::<Plain>)
}

/// The privacy note, the page's own actions and notices above a page, and the footer below
/// it. The links between pages are static HTML above the app (`scripts/finish-index.mjs`).
#[component]
pub fn PageFrame(
    notices: RwSignal<Vec<Notice>>,
    /// Buttons that act on the whole page (printing, starting points).
    #[prop(optional, into)]
    actions: Option<ViewFn>,
    /// The open scenario's status line; pages about several scenarios leave it out.
    #[prop(optional)]
    no_status: bool,
    /// Undo and redo in the status line: on the pages that edit the open scenario.
    #[prop(optional)]
    undo: bool,
    /// Where the status line's "Results" link goes: the calculator's results, from a page
    /// that does not show them (none: this page shows them, below the inputs on a phone).
    #[prop(optional)]
    results_at: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="toolbar">
            <p class="privacy-note">
                <strong>"Your data stays on this device."</strong>
                " Nothing you type is sent anywhere. Identify students by initials or a code, never by name."
            </p>
            {actions.map(|a| view! { <div class="page-actions">{a.run()}</div> })}
        </div>
        <Notices notices />
        {(!no_status).then(|| view! { <StatusStrip results_at>{undo.then(UndoRedo)}</StatusStrip> })}
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

/// For a page other pages link into (the calculator's `#results`, the data page's
/// `#spreadsheet`): goes to the part the address names in a task after the one that draws
/// the page. Only those pages carry this code; neither builds its targets in a later task.
pub fn reach_fragment_when_drawn() {
    set_timeout(reach_fragment, std::time::Duration::ZERO);
}

/// Goes to the part of the page the address names ("../#results" from the caseload page):
/// the browser looked for it before the app had drawn it. Focus goes there too, as on a link
/// within the page, so the keyboard carries on from it. Only when the page was opened by a
/// link or a typed address: on a reload or going back, the browser puts the reader back where
/// they were.
fn reach_fragment() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Some(id) =
        document.location().and_then(|l| l.hash().ok()).and_then(|h| h.strip_prefix('#').map(str::to_string))
    else {
        return;
    };
    let opened_by_link = window
        .performance()
        .map(|p| p.get_entries_by_type("navigation").get(0))
        .and_then(|entry| js_sys::Reflect::get(&entry, &"type".into()).ok())
        .and_then(|kind| kind.as_string())
        .is_none_or(|kind| kind == "navigate");
    let Some(target) = (!id.is_empty() && opened_by_link).then(|| document.get_element_by_id(&id)).flatten() else {
        return;
    };
    target.scroll_into_view();
    if !target.has_attribute("tabindex") {
        // Focusable by script only, so the keyboard can start from a section too.
        let _ = target.set_attribute("tabindex", "-1");
    }
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}
