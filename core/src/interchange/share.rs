//! A scenario inside a link: the scenario in the backup format (one scenario), deflated and
//! base64url-encoded into the URL fragment (`#share=…`). The fragment never leaves the
//! browser, so nothing is sent to any server. Reading a link checks it like a backup file.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::model::{Scenarios, Workspace};

use super::backup::{self, Refused};

/// Links longer than this do not survive every email program and chat; the backup file is
/// the way to move bigger scenarios.
pub const MAX_LINK_CHARS: usize = 8000;
/// A link can never inflate past this (a small link cannot become a huge workspace).
const MAX_INFLATED_BYTES: usize = backup::MAX_BYTES;
pub const FRAGMENT_KEY: &str = "share=";

/// The fragment payload for one scenario, or how long it would be when too long.
pub fn encode(name: &str, workspace: &Workspace) -> Result<String, usize> {
    let single = Scenarios::single(name, workspace.clone());
    let json = crate::interchange::envelope::encode(&single, workspace);
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let payload = URL_SAFE_NO_PAD.encode(packed);
    if payload.len() + FRAGMENT_KEY.len() > MAX_LINK_CHARS {
        Err(payload.len())
    } else {
        Ok(payload)
    }
}

/// The scenario a link carries, checked like a backup file.
pub fn decode(payload: &str) -> Result<(String, Workspace), Refused> {
    let damaged =
        || Refused(vec!["This link is damaged or incomplete: it may have been cut short when it was copied.".into()]);
    if payload.len() > MAX_LINK_CHARS {
        return Err(Refused(vec!["This link is too long to be one this app made.".into()]));
    }
    let packed = URL_SAFE_NO_PAD.decode(payload.trim()).map_err(|_| damaged())?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|_| damaged())?;
    let text = String::from_utf8(json).map_err(|_| damaged())?;
    let imported = backup::import(&text)?;
    let scenario = imported.scenarios.list.into_iter().next().ok_or_else(damaged)?;
    Ok((scenario.name, scenario.workspace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{demonstration, typical_slp_workspace};

    #[test]
    fn a_scenario_survives_the_link_and_the_link_is_short() {
        let w = typical_slp_workspace();
        let payload = encode("Typical", &w).unwrap();
        assert!(payload.len() < 3000, "48 students fit in {} characters", payload.len());
        assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(decode(&payload).unwrap(), ("Typical".to_string(), w));
    }

    #[test]
    fn too_long_links_are_refused_with_their_length() {
        let [_, (_, mut w)] = demonstration();
        let mut seed = 7u64;
        for s in &mut w.students.clone() {
            for _ in 0..60 {
                // Labels that do not compress, as many distinct students do not.
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let mut copy = s.clone();
                copy.id = w.take_id();
                copy.label = format!("{:x}", seed);
                w.students.push(copy);
            }
        }
        assert!(encode("Big", &w).unwrap_err() > MAX_LINK_CHARS);
    }

    #[test]
    fn damaged_links_are_refused_in_words() {
        let payload = encode("Typical", &typical_slp_workspace()).unwrap();
        for bad in ["", "!!!", &payload[..payload.len() / 2], "AAAA"] {
            let Refused(lines) = decode(bad).unwrap_err();
            assert!(lines[0].contains("damaged") || lines[0].contains("not"), "{bad}: {lines:?}");
        }
    }
}
