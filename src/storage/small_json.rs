//! How the team pages read: saved data, a team's packs and colleagues' backup files, with the
//! core's small JSON reader (`interchange::json_reader`, which says why) and the browser's
//! own float parser. Every other page reads through the browser's JSON (`browser_json`).

use workload_core::interchange::backup::{self, Imported, Refused};
use workload_core::interchange::envelope::{decode_with, Decoded, Unreadable};
use workload_core::interchange::json_reader::{decode_pack, Floats, Text};

/// Numbers with a fraction or an exponent, read by the browser's `parseFloat`: exactly as its
/// `JSON.parse` reads them, with no float parser in the page.
pub struct BrowserFloats;

impl Floats for BrowserFloats {
    fn parse(text: &str) -> Option<f64> {
        let n = js_sys::Number::parse_float(text);
        (!n.is_nan()).then_some(n)
    }
}

/// Reads saved text.
pub fn decode(raw: &str) -> Result<Decoded, Unreadable> {
    decode_with::<Text<BrowserFloats>>(raw)
}

/// Reads a backup file or a share link's data, saying why not without naming the field (the
/// team page reads colleagues' scenarios but restores nothing).
pub fn import(text: &str) -> Result<Imported, Refused> {
    backup::import_with::<Text<BrowserFloats>>(text)
}

/// Each backup in a team's inflated pack, read as saved data is; `None` where it is not JSON.
pub fn read_pack(json: &str) -> Option<Vec<Result<Decoded, Unreadable>>> {
    decode_pack::<BrowserFloats>(json)
}
