//! Presenter mode: the comparison as four full-screen steps for a projector. Arrow keys,
//! Space, Page Up/Down, Home and End step through; Escape (or leaving full screen) ends it.
//!
//! 1. The caseload view says the scenarios are equal.  2. The workload view shows they are
//! not.  3. Where the time goes.  4. What would fix it.

use leptos::prelude::*;

use super::charts::StackedWeeks;
use super::{use_compare, CompareState};
use crate::model::Category;
use crate::ui::browser::focus_soon;

const STEPS: [&str; 4] = ["The caseload view", "The workload view", "Where the time goes", "What would fix it"];

pub fn start(compare: CompareState) {
    compare.presenting.set(Some(0));
    // Full screen is a bonus: the presenter works in a window too (and where it is refused).
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
    focus_soon("presenter".into());
}

fn leave(compare: CompareState) {
    if compare.presenting.get_untracked().is_none() {
        return;
    }
    compare.presenting.set(None);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
    focus_soon("present".into());
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
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => step_by(compare, 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => step_by(compare, -1),
            "Home" => compare.presenting.set(Some(0)),
            "End" => compare.presenting.set(Some(STEPS.len() - 1)),
            "Escape" => leave(compare),
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
            <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="slide-title" tabindex="-1">
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
                                format!("students, {} of {}", status.label(), crate::engine::format::number(cap.max, 1))
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
        <section class="slide" aria-live="polite">
            <h2 id="slide-title">{format!("{}. {}", step + 1, STEPS[step])}</h2>
            {body}
        </section>
    }
}
