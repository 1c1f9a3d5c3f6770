//! Small browser actions the UI needs: confirm, alert, copy, download, print, today, and
//! what this visit (tab) has already chosen.

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

/// Copies `text` to the clipboard; `false` where the browser refuses (no permission, or a
/// page not served securely).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
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
    // The download starts after this click returns; revoking the URL at once can cancel it
    // in some browsers. A minute later it has long started.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}

/// The browser's print dialog. Each page's print styles say what prints, so the page's
/// button and the browser's own print command print the same.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today, as the reader's own calendar has it.
pub fn today() -> Option<workload_core::model::IsoDate> {
    let now = js_sys::Date::new_0();
    workload_core::model::IsoDate::ymd(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
}

/// Whether `key` is set for this visit (this tab, until it closes).
pub fn visit_has(key: &str) -> bool {
    let store = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    store.and_then(|s| s.get_item(key).ok().flatten()).is_some()
}

/// Notes `key` for the rest of this visit, where the browser allows it.
pub fn visit_note(key: &str) {
    if let Some(store) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = store.set_item(key, "1");
    }
}

/// Now, in UTC: when an exported calendar file was made (its DTSTAMP).
pub fn now_utc() -> workload_core::engine::ics::Stamp {
    let now = js_sys::Date::new_0();
    let date = workload_core::model::IsoDate::ymd(
        now.get_utc_full_year() as i32,
        now.get_utc_month() as u8 + 1,
        now.get_utc_date() as u8,
    )
    .map_or(time::Date::MIN, |d| d.0);
    workload_core::engine::ics::Stamp {
        date,
        hour: now.get_utc_hours() as u8,
        minute: now.get_utc_minutes() as u8,
        second: now.get_utc_seconds() as u8,
    }
}
