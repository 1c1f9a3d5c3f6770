//! Deflate and inflate with the browser's own `CompressionStream` and `DecompressionStream`
//! ("deflate-raw", in every browser this app supports): the same raw DEFLATE the core's
//! `miniz_oxide` writes and reads, so a team member packed here reads back on the data page
//! and in the core's tests, and the team page carries no compressor of its own (about 10 KB
//! gzip).

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// A handler that does nothing, for the promises whose failure is reported elsewhere.
    static IGNORE: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)> = wasm_bindgen::closure::Closure::new(|_| {});
}

fn global(name: &str) -> Result<Function, JsValue> {
    Reflect::get(&js_sys::global(), &name.into())?.dyn_into()
}

fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    match args {
        [] => f.call0(target),
        [a] => f.call1(target, a),
        _ => f.call2(target, args[0], args[1]),
    }
}

/// `bytes` put through a compression or decompression stream: the promise of its output as
/// an `ArrayBuffer`. Written
/// straight into the stream (a blob's stream piped through it costs about five times as
/// much for a small member, measured).
fn started_through(stream: &str, bytes: &[u8]) -> Result<js_sys::Promise, JsValue> {
    let transform = Reflect::construct(&global(stream)?, &Array::of1(&"deflate-raw".into()))?;
    let writer = call(&Reflect::get(&transform, &"writable".into())?, "getWriter", &[])?;
    // Their promises settle as the output is read; a failure shows in the output's, so
    // theirs are caught here (an uncaught one would be logged as an error).
    IGNORE.with(|ignore| -> Result<(), JsValue> {
        let _ = js_sys::Promise::from(call(&writer, "write", &[&Uint8Array::from(bytes).into()])?).catch(ignore);
        let _ = js_sys::Promise::from(call(&writer, "close", &[])?).catch(ignore);
        Ok(())
    })?;
    let response =
        Reflect::construct(&global("Response")?, &Array::of1(&Reflect::get(&transform, &"readable".into())?))?;
    Ok(js_sys::Promise::from(call(&response, "arrayBuffer", &[])?))
}

/// `bytes` through a compression or decompression stream; its output as bytes.
async fn through(stream: &str, bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(started_through(stream, bytes)?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Text deflated.
pub async fn deflate(text: &str) -> Result<Vec<u8>, JsValue> {
    through("CompressionStream", text.as_bytes()).await
}

/// Deflated text inflated, if it is text.
pub async fn inflate(bytes: &[u8]) -> Result<String, JsValue> {
    String::from_utf8(through("DecompressionStream", bytes).await?).map_err(|_| JsValue::NULL)
}

/// Many deflated texts inflated at once (a team's packs when the page opens): the browser
/// decompresses them side by side and the page waits once. Each is its bytes, or `None`
/// where it did not inflate.
pub async fn inflate_all(items: &[Vec<u8>]) -> Vec<Option<Vec<u8>>> {
    let started = Array::new();
    for bytes in items {
        // A stream that cannot even start stands as an already failed promise.
        let promise = started_through("DecompressionStream", bytes).unwrap_or_else(|e| js_sys::Promise::reject(&e));
        started.push(&promise.into());
    }
    let Ok(settled) = JsFuture::from(js_sys::Promise::all_settled(&started)).await else {
        return vec![None; items.len()];
    };
    Array::from(&settled)
        .iter()
        .map(|outcome| {
            let fulfilled = Reflect::get(&outcome, &"status".into()).ok()?.as_string()? == "fulfilled";
            let buffer = fulfilled.then(|| Reflect::get(&outcome, &"value".into()).ok()).flatten()?;
            Some(Uint8Array::new(&buffer).to_vec())
        })
        .collect()
}
