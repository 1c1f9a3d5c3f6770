//! Small browser actions the UI needs: confirm, alert, download, focus, print part of the page.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Asks the user to confirm; `false` where no dialog can be shown.
pub fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// Tells the user something that needs no answer.
pub fn alert(message: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.alert_with_message(message);
    }
}

/// Offers `text` as a file download.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document.create_element("a") {
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() {
            anchor.set_href(&url);
            anchor.set_download(filename);
            anchor.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Moves keyboard focus to the element with `id` once it has been rendered (which may take
/// a few frames when its section is built in a later task).
pub fn focus_soon(id: String) {
    focus_within_frames(Box::new(move |document| document.get_element_by_id(&id)), 10);
}

type Finder = Box<dyn Fn(&Document) -> Option<Element>>;

/// Focuses what `find` finds, trying again at each frame for up to `frames` frames.
fn focus_within_frames(find: Finder, frames: u32) {
    leptos::prelude::request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        match find(&document).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(element) => {
                let _ = element.focus();
            }
            None if frames > 0 => focus_within_frames(find, frames - 1),
            None => {}
        }
    });
}

/// The control with keyboard focus, described so that it can be found again after the forms
/// are built anew: undo, redo and a preset replace them whole, focused control and all.
pub struct FocusedControl {
    element: Element,
    /// The `data-focus-scope` of the row it is in (a student, an activity, a building, a day
    /// off, a task), if any: a control is only ever looked for in the same row.
    scope: Option<String>,
    name: String,
    place: usize,
}

const CONTROL: &str = ":is(input, select, textarea, button)";
const SCOPE: &str = "data-focus-scope";

/// The controls of the page's main part outside any scope, or those of one scope.
fn controls(document: &Document, scope: Option<&str>) -> Vec<Element> {
    let selector = match scope {
        Some(scope) => format!("main [{SCOPE}=\"{scope}\"] {CONTROL}"),
        None => format!("main {CONTROL}:not([{SCOPE}] *)"),
    };
    let Ok(list) = document.query_selector_all(&selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

pub fn focused_control() -> Option<FocusedControl> {
    let document = web_sys::window()?.document()?;
    let element = document.active_element()?;
    let scope = element.closest(&format!("[{SCOPE}]")).ok().flatten().and_then(|s| s.get_attribute(SCOPE));
    let place = controls(&document, scope.as_deref()).iter().position(|c| *c == element)?;
    Some(FocusedControl { name: control_name(&document, &element), element, scope, place })
}

/// Once the forms are rebuilt, focuses the control with the same name nearest the old place,
/// in the same scope; in a scope, failing that, the control at the same place (a button
/// named after its row, such as "Close S05"). Only if focus was lost with the old control: if it was
/// not rebuilt, or the user has moved on, focus stays where it is.
pub fn refocus_soon(control: FocusedControl) {
    focus_within_frames(
        Box::new(move |document| {
            let lost = !control.element.is_connected()
                && document.active_element().is_none_or(|e| document.body().is_some_and(|b| *b == e));
            if !lost {
                return None;
            }
            let candidates = controls(document, control.scope.as_deref());
            let same_name = candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| control_name(document, c) == control.name)
                .min_by_key(|(place, _)| place.abs_diff(control.place))
                .map(|(_, c)| c.clone());
            same_name.or_else(|| control.scope.as_ref().and(candidates.get(control.place).cloned()))
        }),
        10,
    );
}

/// What a screen reader would call the control: its label, else its aria-label, else its text.
fn control_name(document: &Document, control: &Element) -> String {
    let id = control.id();
    let label =
        (!id.is_empty()).then(|| document.query_selector(&format!("label[for='{id}']")).ok().flatten()).flatten();
    label
        .and_then(|l| l.text_content())
        .or_else(|| control.get_attribute("aria-label"))
        .or_else(|| control.text_content())
        .unwrap_or_default()
}

/// Prints one part of the page: the print stylesheet shows only what `body[data-print=…]`
/// selects. `print()` returns when the dialog closes.
pub fn print_section(name: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let _ = body.set_attribute("data-print", name);
    let _ = window.print();
    let _ = body.remove_attribute("data-print");
}

/// Today, as the reader's own calendar has it.
pub fn today() -> Option<workload_core::model::IsoDate> {
    let now = js_sys::Date::new_0();
    workload_core::model::IsoDate::ymd(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
}
