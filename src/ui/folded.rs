//! A part of a page folded under its heading and drawn only while it is open (the time
//! study's pictures, a team's chart): what it would cost to draw is not paid until the user
//! asks to see it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Folded(title: &'static str, class: &'static str, children: ChildrenFn) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggled = move |ev: leptos::ev::Event| {
        let details = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        open.set(details.is_some_and(|d| d.has_attribute("open")));
    };
    view! {
        <details class=class on:toggle=toggled>
            <summary><h3>{title}</h3></summary>
            {move || open.get().then(|| children())}
        </details>
    }
}
