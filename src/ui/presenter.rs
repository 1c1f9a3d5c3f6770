//! Presenter mode: a page's message as full-screen steps for a projector (the compare page's
//! comparison, a team's staffing). Arrow keys, Space, Page Up/Down, Home and End step
//! through; Escape (or leaving full screen) ends it. Each page supplies its steps' titles
//! and draws a step; this keeps the keys, full screen and focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::fields::focus_when_shown;

/// A page's presenter: which step is shown (none while not presenting), the button that
/// started it (it gets the keyboard back), and the steps' titles.
#[derive(Clone, Copy)]
pub struct Presenting {
    pub step: RwSignal<Option<usize>>,
    pub button: NodeRef<leptos::html::Button>,
    pub steps: &'static [&'static str],
}

impl Presenting {
    pub fn new(steps: &'static [&'static str]) -> Presenting {
        Presenting { step: RwSignal::new(None), button: NodeRef::new(), steps }
    }
}

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

pub fn start(p: Presenting) {
    p.step.set(Some(0));
    request_animation_frame(|| set_page_inert(true));
    // Full screen is a bonus: the presenter works in a window too (and where it is refused).
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

fn leave(p: Presenting) {
    if p.step.get_untracked().is_none() {
        return;
    }
    p.step.set(None);
    set_page_inert(false);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
    // Back to the button that started it.
    if let Some(button) = p.button.get_untracked() {
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

fn step_by(p: Presenting, delta: isize) {
    p.step.update(|step| {
        if let Some(s) = step {
            *s = (*s as isize + delta).clamp(0, p.steps.len() as isize - 1) as usize;
        }
    });
}

/// The presenter: `slide` draws step `n` (its title is drawn here).
#[component]
pub fn Presenter(p: Presenting, slide: fn(usize) -> AnyView) -> impl IntoView {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if p.step.get_untracked().is_none() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
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
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => step_by(p, 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => step_by(p, -1),
            "Home" => p.step.set(Some(0)),
            "End" => p.step.set(Some(p.steps.len() - 1)),
            "Escape" => leave(p),
            "Tab" => cycle_focus(ev.shift_key()),
            _ => return,
        }
        ev.prevent_default();
    });
    // The browser ends full screen on Escape itself, sometimes without passing the key on.
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let still = web_sys::window().and_then(|w| w.document()).and_then(|d| d.fullscreen_element()).is_some();
        if !still {
            leave(p);
        }
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    view! {
        <Show when=move || p.step.with(Option::is_some)>
            <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="slide-title" tabindex="-1"
                node_ref={
                    let node = NodeRef::new();
                    focus_when_shown(node);
                    node
                }>
                // Stays while the steps change, so screen readers announce each new step.
                <p class="visually-hidden" aria-live="polite">
                    {move || p.step.get().map(|step| format!("Step {} of {}: {}", step + 1, p.steps.len(), p.steps[step]))}
                </p>
                {move || p.step.get().map(|step| view! {
                    <section class="slide">
                        <h2 id="slide-title">{format!("{}. {}", step + 1, p.steps[step])}</h2>
                        {slide(step)}
                    </section>
                })}
                <div class="presenter-footer">
                    <p>{move || format!("Step {} of {}", p.step.get().unwrap_or(0) + 1, p.steps.len())}</p>
                    <p class="keys">"→ or Space: next · ←: back · Esc: leave"</p>
                    <span class="presenter-buttons">
                        <button type="button" on:click=move |_| step_by(p, -1) aria-label="Previous step">"←"</button>
                        <button type="button" on:click=move |_| step_by(p, 1) aria-label="Next step">"→"</button>
                        <button type="button" on:click=move |_| leave(p)>"Leave"</button>
                    </span>
                </div>
            </div>
        </Show>
    }
}
