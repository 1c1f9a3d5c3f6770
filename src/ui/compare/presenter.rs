//! Presenter mode: the comparison as four full-screen steps for a projector. Arrow keys,
//! Space, Page Up/Down, Home and End step through; Escape (or leaving full screen) ends it.
//!
//! 1. The caseload view says the scenarios are equal.
//! 2. The workload view shows they are not.
//! 3. Where the time goes.
//! 4. What would fix it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::charts::StackedWeeks;
use super::{use_compare, CompareState};
use crate::ui::fields::focus_when_shown;
use workload_core::model::Category;

const STEPS: [&str; 4] = ["The caseload view", "The workload view", "Where the time goes", "What would fix it"];

/// Everything on the page but the presenter is made inert while presenting, so that Tab
/// stays within it and screen readers see only the slide.
fn set_page_inert(inert: bool) {
    let Some(app) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    let children = app.children();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.id() == "presenter" {
            continue;
        }
        let _ = if inert { child.set_attribute("inert", "") } else { child.remove_attribute("inert") };
    }
}

pub fn start(compare: CompareState) {
    compare.presenting.set(Some(0));
    request_animation_frame(|| set_page_inert(true));
    // Full screen is a bonus: the presenter works in a window too (and where it is refused).
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

fn leave(compare: CompareState) {
    if compare.presenting.get_untracked().is_none() {
        return;
    }
    compare.presenting.set(None);
    set_page_inert(false);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
    // Back to the button that started it.
    if let Some(button) = compare.present_button.get_untracked() {
        let _ = button.focus();
    }
}

/// Tab and Shift+Tab cycle through the presenter's buttons (a dialog keeps focus in itself).
fn cycle_focus(backwards: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(presenter) = document.get_element_by_id("presenter") else { return };
    let buttons = presenter.get_elements_by_tag_name("button");
    let count = buttons.length();
    if count == 0 {
        return;
    }
    let active = document.active_element();
    let current = (0..count).find(|&i| buttons.item(i) == active);
    let next = match (current, backwards) {
        (Some(i), false) => (i + 1) % count,
        (Some(i), true) => (i + count - 1) % count,
        (None, false) => 0,
        (None, true) => count - 1,
    };
    if let Some(button) = buttons.item(next).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = button.focus();
    }
}

fn step_by(compare: CompareState, delta: isize) {
    compare.presenting.update(|step| {
        if let Some(s) = step {
            *s = (*s as isize + delta).clamp(0, STEPS.len() as isize - 1) as usize;
        }
    });
}

#[component]
pub fn Presenter() -> impl IntoView {
    let compare = use_compare();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if compare.presenting.get_untracked().is_none() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        // Space and Enter on one of the presenter's buttons press that button.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("button"));
        if on_button && (key == " " || key == "Enter") {
            return;
        }
        match key.as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => step_by(compare, 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => step_by(compare, -1),
            "Home" => compare.presenting.set(Some(0)),
            "End" => compare.presenting.set(Some(STEPS.len() - 1)),
            "Escape" => leave(compare),
            "Tab" => cycle_focus(ev.shift_key()),
            _ => return,
        }
        ev.prevent_default();
    });
    // The browser ends full screen on Escape itself, sometimes without passing the key on.
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let still = web_sys::window().and_then(|w| w.document()).and_then(|d| d.fullscreen_element()).is_some();
        if !still {
            leave(compare);
        }
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    view! {
        <Show when=move || compare.presenting.with(Option::is_some)>
            <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="slide-title" tabindex="-1"
                node_ref={
                    let node = NodeRef::new();
                    focus_when_shown(node);
                    node
                }>
                // Stays while the steps change, so screen readers announce each new step.
                <p class="visually-hidden" aria-live="polite">
                    {move || compare.presenting.get().map(|step| format!("Step {} of {}: {}", step + 1, STEPS.len(), STEPS[step]))}
                </p>
                {move || compare.presenting.get().map(|step| view! { <Slide step /> })}
                <div class="presenter-footer">
                    <p>{move || format!("Step {} of {}", compare.presenting.get().unwrap_or(0) + 1, STEPS.len())}</p>
                    <p class="keys">"→ or Space: next · ←: back · Esc: leave"</p>
                    <span class="presenter-buttons">
                        <button type="button" on:click=move |_| step_by(compare, -1) aria-label="Previous step">"←"</button>
                        <button type="button" on:click=move |_| step_by(compare, 1) aria-label="Next step">"→"</button>
                        <button type="button" on:click=move |_| leave(compare)>"Leave"</button>
                    </span>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn Slide(step: usize) -> impl IntoView {
    let compare = use_compare();
    let c = compare.comparison.get_untracked();
    let names = compare.names();
    let body = match step {
        0 => {
            let cards = compare.reports.with_untracked(|reports| {
                names
                    .iter()
                    .zip(reports)
                    .map(|(name, r)| {
                        let cap = match (&r.caseload.cap, r.caseload.cap_status) {
                            (Some(cap), Some(status)) => {
                                format!(
                                    "students, {} of {}",
                                    status.label(),
                                    workload_core::engine::format::number(cap.max, 1)
                                )
                            }
                            _ => "students".into(),
                        };
                        view! {
                            <div class="big-figure">
                                <p class="figure-name">{name.clone()}</p>
                                <p class="figure-number">{r.caseload.headcount}</p>
                                <p>{cap}</p>
                            </div>
                        }
                    })
                    .collect_view()
            });
            view! {
                <p class="slide-point">{c.caseload_line.clone()}</p>
                <div class="big-figures">{cards}</div>
                <p>"A caseload count sees heads, not the hours each one brings."</p>
            }
            .into_any()
        }
        1 => view! {
            <p class="slide-point">{c.workload_line.clone()}</p>
            <StackedWeeks />
            <ul>{c.status_lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
        2 => view! {
            <p class="slide-point">{c.main_difference.clone()}</p>
            <table class="numbers">
                <thead>
                    <tr>
                        <th scope="col">"Hours a week"</th>
                        {names.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {c.category_rows.iter().zip(Category::ALL).map(|(row, category)| view! {
                        <tr>
                            <th scope="row">{category.short_label()}</th>
                            {row.cells.iter().map(|cell| view! { <td>{cell.clone()}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        _ => view! {
            <ul class="slide-list">{c.fixes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
    };
    view! {
        <section class="slide">
            <h2 id="slide-title">{format!("{}. {}", step + 1, STEPS[step])}</h2>
            {body}
        </section>
    }
}
