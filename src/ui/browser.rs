//! Small browser actions the UI needs: confirm, alert, download, focus, print part of the page.

use wasm_bindgen::JsCast;

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
    focus_within_frames(id, 10);
}

fn focus_within_frames(id: String, frames: u32) {
    leptos::prelude::request_animation_frame(move || {
        match web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(element) => {
                let _ = element.focus();
            }
            None if frames > 0 => focus_within_frames(id, frames - 1),
            None => {}
        }
    });
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
pub fn today() -> Option<crate::model::IsoDate> {
    let now = js_sys::Date::new_0();
    crate::model::IsoDate::ymd(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
}
