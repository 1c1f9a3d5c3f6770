//! A scenario inside a link: the scenario in the backup format (one scenario), deflated and
//! base64url-encoded into the URL fragment (`#share=…`). The fragment never leaves the
//! browser, so nothing is sent to any server. Reading a link checks it like a backup file.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use std::fmt;

use crate::model::validation::label_looks_like_a_name;
use crate::model::{Scenarios, Workspace};

use super::backup::{self, Refused};
use super::envelope::Unsavable;

/// Links longer than this do not survive every email program and chat; the backup file is
/// the way to move bigger scenarios.
pub const MAX_LINK_CHARS: usize = 8000;
/// A link can never inflate past this (a small link cannot become a huge workspace): far
/// more than the scenario an 8,000-character link can carry.
const MAX_INFLATED_BYTES: usize = 5 * 1024 * 1024;
pub const FRAGMENT_KEY: &str = "share=";

/// Why no link was made.
#[derive(Clone, Debug, PartialEq)]
pub enum NoLink {
    /// Labels that look like people's names: a link can be forwarded anywhere.
    NamesInLabels {
        count: usize,
    },
    /// The link would be `length` characters.
    TooLong {
        length: usize,
    },
    Unsavable(Unsavable),
}

impl fmt::Display for NoLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoLink::NamesInLabels { count } => write!(
                f,
                "{count} student labels look like names. Change them to codes or initials first: a link can be forwarded anywhere."
            ),
            NoLink::TooLong { length } => write!(
                f,
                "This scenario makes a link of {length} characters, longer than the {MAX_LINK_CHARS} that email and chat keep intact. \
                 Download a backup file instead and send that."
            ),
            NoLink::Unsavable(why) => write!(f, "This scenario cannot be shared: {why}."),
        }
    }
}

/// Whether a scenario may go into a link: no label may look like a person's name.
pub fn shareable(workspace: &Workspace) -> Result<(), NoLink> {
    match workspace.students.iter().filter(|s| label_looks_like_a_name(&s.label)).count() {
        0 => Ok(()),
        count => Err(NoLink::NamesInLabels { count }),
    }
}

/// Bytes as base64url text (a link's payload, a team member's scenario).
pub fn to_text(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The bytes [`to_text`] wrote.
pub fn from_text(text: &str) -> Result<Vec<u8>, Refused> {
    URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| Refused::LinkDamaged)
}

/// Text deflated and base64url-encoded (a link's payload, a team member's scenario). The
/// team page deflates with the browser's own stream instead: the same raw DEFLATE.
pub fn deflate(json: &str) -> String {
    to_text(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
}

/// The text [`deflate`] packed, if it unpacks to at most `max_bytes`.
pub fn inflate(payload: &str, max_bytes: usize) -> Result<String, Refused> {
    let packed = from_text(payload)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, max_bytes).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => Refused::LinkTooLarge,
        _ => Refused::LinkDamaged,
    })?;
    String::from_utf8(json).map_err(|_| Refused::LinkDamaged)
}

/// The fragment payload for saved-data JSON of one scenario: deflated, base64url.
pub fn pack(json: &str) -> Result<String, NoLink> {
    let payload = deflate(json);
    if payload.len() + FRAGMENT_KEY.len() > MAX_LINK_CHARS {
        Err(NoLink::TooLong { length: payload.len() })
    } else {
        Ok(payload)
    }
}

/// The saved-data JSON a link's payload carries, to be read as a backup is.
pub fn unpack(payload: &str) -> Result<String, Refused> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(Refused::LinkTooLong);
    }
    inflate(payload, MAX_INFLATED_BYTES)
}

/// The one scenario an imported link holds.
pub fn the_scenario(imported: backup::Imported) -> Result<(String, Workspace), Refused> {
    let scenario = imported.scenarios.list.into_iter().next().ok_or(Refused::LinkDamaged)?;
    Ok((scenario.name, scenario.workspace))
}

/// The fragment payload for one scenario, or why there is none (with serde_json; the app
/// writes the JSON with the browser's own).
pub fn encode(name: &str, workspace: &Workspace) -> Result<String, NoLink> {
    shareable(workspace)?;
    let single = Scenarios::single(name, workspace.clone());
    pack(&super::envelope::encode(&single, workspace).map_err(NoLink::Unsavable)?)
}

/// The scenario a link carries, checked like a backup file (with serde_json).
pub fn decode(payload: &str) -> Result<(String, Workspace), Refused> {
    the_scenario(backup::import(&unpack(payload)?)?)
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

    #[cfg(feature = "indirect-log")]
    #[test]
    fn a_link_carries_the_log() {
        use crate::model::{Draft, IndirectService, IsoDate, Role};
        let mut w = typical_slp_workspace();
        let ids: Vec<u32> = w.students.iter().rev().take(3).map(|s| s.id).collect();
        let draft = Draft {
            date: IsoDate::ymd(2026, 10, 7).unwrap(),
            service: IndirectService::TeamMeeting,
            with: Role::IepTeam,
            minutes: 45,
            note: String::new(),
        };
        w.log_entries(&draft, &ids, true).unwrap();
        let payload = encode("Typical", &w).unwrap();
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
        assert!(matches!(encode("Big", &w), Err(NoLink::TooLong { length }) if length > MAX_LINK_CHARS));
    }

    #[test]
    fn damaged_links_are_refused_in_words() {
        let payload = encode("Typical", &typical_slp_workspace()).unwrap();
        for bad in ["", "!!!", &payload[..payload.len() / 2], "AAAA"] {
            assert_eq!(decode(bad), Err(Refused::LinkDamaged), "{bad}");
        }
        assert_eq!(decode(&"A".repeat(MAX_LINK_CHARS + 1)), Err(Refused::LinkTooLong));
    }

    #[test]
    fn labels_that_look_like_names_make_no_link() {
        let mut w = typical_slp_workspace();
        w.students[0].label = "Maria Lopez".into();
        w.students[1].label = "Lopez, Maria".into();
        assert_eq!(encode("Typical", &w), Err(NoLink::NamesInLabels { count: 2 }));
    }
}
