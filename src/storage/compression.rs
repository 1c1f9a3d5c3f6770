//! Deflate and inflate with the browser's own `CompressionStream` and `DecompressionStream`
//! ("deflate-raw", in every browser this app supports): the same raw DEFLATE the core's
//! `miniz_oxide` writes and reads, so a team member packed here reads back on the data page
//! and in the core's tests, and the team page carries no compressor of its own (about 10 KB
//! gzip).

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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

/// `bytes` through a compression or decompression stream; its output as bytes.
async fn through(stream: &str, bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let transform = Reflect::construct(&global(stream)?, &Array::of1(&"deflate-raw".into()))?;
    let blob = Reflect::construct(&global("Blob")?, &Array::of1(&Array::of1(&Uint8Array::from(bytes))))?;
    let piped = call(&call(&blob, "stream", &[])?, "pipeThrough", &[&transform])?;
    let response = Reflect::construct(&global("Response")?, &Array::of1(&piped))?;
    let buffer = JsFuture::from(js_sys::Promise::from(call(&response, "arrayBuffer", &[])?)).await?;
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
