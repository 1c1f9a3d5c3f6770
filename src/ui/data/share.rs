//! Sharing a scenario by link, and opening a shared link. The scenario travels in the
//! address's fragment, which the browser never sends to a server.

use leptos::prelude::*;

use super::{chosen_scenario, message_list, ScenarioChoice};
use crate::storage::browser_json;
use crate::ui::browser::copy_text;
use crate::ui::state::use_state;
use workload_core::engine::compare::compare;
use workload_core::engine::compute;
use workload_core::interchange::share::{pack, shareable, the_scenario, unpack, NoLink, FRAGMENT_KEY};
use workload_core::model::Scenarios;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// What the address carries after `#share=`, if anything. Once read, the fragment is taken
/// out of the address bar and of this page's history entry (which browsers may sync to
/// other devices): the students in it leave no trace there.
fn take_shared_payload() -> Option<String> {
    let location = location()?;
    let hash = location.hash().ok()?;
    let payload = hash.strip_prefix('#')?.strip_prefix(FRAGMENT_KEY).map(str::to_string)?;
    let without = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = web_sys::window()?.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
    }
    Some(payload)
}

/// A link opened: the scenario it carries, its figures, and an offer to save it.
#[component]
pub fn SharedLink() -> impl IntoView {
    let state = use_state();
    let Some(payload) = take_shared_payload() else { return ().into_any() };
    let saved = RwSignal::new(false);
    match unpack(&payload).and_then(|json| browser_json::import(&json)).and_then(the_scenario) {
        Err(why) => {
            let mut lines = vec![why.to_string()];
            lines.extend(why.details());
            lines.push("Ask for the link again, or for a backup file instead.".into());
            view! {
                <section class="card" aria-labelledby="shared-title">
                    <h2 id="shared-title">"A shared scenario"</h2>
                    {message_list(lines)}
                </section>
            }
            .into_any()
        }
        Ok((name, workspace)) => {
            let report = compute(&workspace);
            let c = compare(&[(name.as_str(), &report)]);
            let rows: Vec<(String, String)> = c
                .caseload_rows
                .iter()
                .chain(&c.workload_rows)
                .map(|r| (r.label.to_string(), r.cells[0].clone()))
                .collect();
            let full = RwSignal::new(false);
            let save = {
                let name = name.clone();
                move |_| {
                    let added = state.open_own(&name, workspace.clone());
                    saved.set(added);
                    full.set(!added);
                }
            };
            view! {
                <section class="card shared" aria-labelledby="shared-title">
                    <h2 id="shared-title">{format!("A shared scenario: {name}")}</h2>
                    <p>
                        "Someone sent you this scenario in a link. It is not saved in this browser until you save it, \
                         and the link has been taken out of the address bar and this page's history."
                    </p>
                    <p class="headline">{c.headline.clone()}</p>
                    <ul>{report.summary().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <table class="numbers" id="shared-figures">
                        <tbody>
                            {rows.into_iter().map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                    <Show when=move || !saved.get() fallback=|| view! {
                        <p role="status">"Saved to your scenarios and opened. " <a href="../">"Go to the calculator"</a></p>
                    }>
                        <button type="button" id="save-shared" on:click=save.clone()>"Save to my scenarios"</button>
                    </Show>
                    <Show when=move || full.get()>
                        <p class="notice warning" role="alert">
                            {Scenarios::full_message()}
                        </p>
                    </Show>
                </section>
            }
            .into_any()
        }
    }
}

/// The whole link is selected when the field gets focus, ready to copy.
fn select_all(ev: leptos::ev::FocusEvent) {
    event_target::<web_sys::HtmlInputElement>(&ev).select();
}

#[component]
pub fn CreateLink() -> impl IntoView {
    let state = use_state();
    let chosen = RwSignal::new(state.scenarios.with_untracked(|s| s.active));
    let link = RwSignal::new(None::<Result<String, String>>);
    // Whether the last copy worked (`None`: not copied since the link was made).
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let Some(Ok(url)) = link.get_untracked() else { return };
        leptos::task::spawn_local(async move { copied.set(Some(copy_text(&url).await)) });
    };
    let create = move |_| {
        copied.set(None);
        let Some((name, w)) = chosen_scenario(chosen) else { return };
        let Some(location) = location() else { return };
        let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        let single = Scenarios::single(&name, w.clone());
        let payload = shareable(&w)
            .and_then(|()| browser_json::encode(&single, &w, false, None).map_err(NoLink::Unsavable))
            .and_then(|json| pack(&json));
        link.set(Some(payload.map(|payload| format!("{base}#{FRAGMENT_KEY}{payload}")).map_err(|e| e.to_string())));
    };
    view! {
        <section class="card" aria-labelledby="link-title">
            <h2 id="link-title">"Share a scenario by link"</h2>
            <p class="notice warning">
                "The link carries everything in the scenario, including every student label, inside the link itself. \
                 Nothing is uploaded, but anyone who gets the link can read it: use codes or initials, never names."
            </p>
            <ScenarioChoice label="Scenario to share" chosen />
            <button type="button" id="create-link" on:click=create>"Create the link"</button>
            {move || link.get().map(|result| match result {
                Ok(url) => view! {
                    <div class="field">
                        <label for="share-link">"The link"</label>
                        <div class="input-with-unit">
                            <input id="share-link" type="text" readonly value=url on:focus=select_all />
                            <button type="button" id="copy-link" on:click=copy>"Copy"</button>
                        </div>
                        <p class="help" role="status">{move || match copied.get() {
                            None => "",
                            Some(true) => "Copied: paste it into an email or a message.",
                            Some(false) => "This browser did not allow copying: select the link and press Ctrl+C (Cmd+C on a Mac).",
                        }}</p>
                    </div>
                }.into_any(),
                Err(message) => view! { <p class="notice warning" role="alert">{message}</p> }.into_any(),
            })}
        </section>
    }
}
