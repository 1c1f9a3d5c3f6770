//! The data page (`data/`): back up and restore everything, export to spreadsheets, share a scenario by link, open a shared link, and
//! add the built-in example as a scenario. And the spreadsheet import page (`spreadsheet/`).
//! Every check is in `interchange`; this page reads files and writes downloads.

mod backup;
mod example;
mod share;
mod spreadsheet;

pub use spreadsheet::SpreadsheetPage;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::shell::{self, PageFrame};
use super::state::use_state;
use crate::storage::browser_json::{self, NamingFields};

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    // This page imports backups, naming any field they have wrong: saved data is read the
    // same way, so the page compiles one way of reading.
    let notices = shell::start_with(browser_json::decode::<NamingFields>);
    shell::reach_fragment_when_drawn();
    view! {
        <PageFrame notices no_status=true>
            <main class="data-page" id="content">
                <share::SharedLink />
                <backup::Backup />
                <spreadsheet::ImportElsewhere />
                <spreadsheet::Exports />
                <share::CreateLink />
                <example::ExampleScenario />
            </main>
        </PageFrame>
    }
}

/// The text of the file chosen in a file input, read asynchronously; `on_text` gets its name
/// and text, or a message in words. A file larger than `max_bytes` is refused with
/// `too_large` before any of it is read.
pub fn read_chosen_file(
    ev: &leptos::ev::Event,
    max_bytes: usize,
    too_large: String,
    on_text: impl FnOnce(Result<(String, String), String>) + 'static,
) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
    let name = file.name();
    if file.size() > max_bytes as f64 {
        on_text(Err(format!("\"{name}\" was not read. {too_large}")));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        on_text(match text.ok().and_then(|t| t.as_string()) {
            Some(text) => Ok((name, text)),
            None => Err(format!("\"{name}\" could not be read as text.")),
        });
    });
}

/// A choice of saved scenario, the open one first selected.
#[component]
pub fn ScenarioChoice(#[prop(into)] label: String, chosen: RwSignal<u32>) -> impl IntoView {
    let state = use_state();
    let id = super::fields::dom_id("scenario-choice");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| if let Ok(v) = event_target_value(&ev).parse() { chosen.set(v) }>
                {move || state.scenarios.with(|s| s.list.iter().map(|x| {
                    view! { <option value=x.id.to_string() selected=x.id == chosen.get_untracked()>{x.name.clone()}</option> }
                }).collect_view())}
            </select>
        </div>
    }
}

/// The chosen scenario's name and workspace as they stand now; the open one if the chosen
/// one is gone (deleted in another tab, or replaced by a restore).
pub fn chosen_scenario(chosen: RwSignal<u32>) -> Option<(String, workload_core::model::Workspace)> {
    let state = use_state();
    let id = chosen.get_untracked();
    let open = state.scenarios.with_untracked(|s| s.active);
    let all = state.current_scenarios();
    let pick = all.iter().position(|s| s.id == id).or_else(|| all.iter().position(|s| s.id == open))?;
    all.into_iter().nth(pick).map(|s| (s.name, s.workspace))
}

/// Messages in a list, the first as the lead: refusals and row problems.
pub fn message_list(lines: Vec<String>) -> impl IntoView {
    let mut lines = lines.into_iter();
    let lead = lines.next().unwrap_or_default();
    let rest: Vec<String> = lines.collect();
    view! {
        <div class="notice warning" role="alert">
            <p>{lead}</p>
            {(!rest.is_empty()).then(|| view! { <ul>{rest.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })}
        </div>
    }
}
