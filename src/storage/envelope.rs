//! The versioned envelope every save is wrapped in:
//! `{"format": "workload-calculator", "version": N, "data": …}`.
//!
//! Decoding never loses data: anything that cannot be read as the current version is
//! reported as unreadable (with the reason) so the shell can keep the raw text aside.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

use crate::model::Workspace;

pub const FORMAT: &str = "workload-calculator";
/// The version this build writes. Bump it, and add a step to [`migrate`], whenever the
/// saved shape changes in a way old readers cannot follow.
pub const CURRENT_VERSION: u32 = 1;

/// What is written: the workspace inside the envelope.
#[derive(Serialize)]
pub struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    data: &'a Workspace,
}

/// The data stays raw text until its version is known, so that the model is deserialized
/// once, from text, whatever the version (and only one deserializer is compiled in).
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    format: String,
    version: u32,
    #[serde(borrow)]
    data: &'a RawValue,
}

pub fn envelope(workspace: &Workspace) -> EnvelopeOut<'_> {
    EnvelopeOut { format: FORMAT, version: CURRENT_VERSION, data: workspace }
}

pub fn encode(workspace: &Workspace) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(&envelope(workspace)).unwrap_or_default()
}

#[derive(Debug, PartialEq)]
pub enum Decoded {
    Current(Workspace),
    /// Read from an older version and brought up to date.
    Migrated {
        workspace: Workspace,
        from_version: u32,
    },
}

#[derive(Debug, PartialEq)]
pub enum Unreadable {
    /// Saved by a newer version of the app than this one.
    NewerVersion(u32),
    /// Not this app's data, damaged, or not JSON at all.
    Corrupt(String),
}

impl Unreadable {
    pub fn explain(&self) -> String {
        match self {
            Unreadable::NewerVersion(v) => format!(
                "The saved data was written by a newer version of this app (format {v}; this page reads up to {CURRENT_VERSION})."
            ),
            Unreadable::Corrupt(reason) => format!("The saved data could not be read ({reason})."),
        }
    }
}

pub fn decode(raw: &str) -> Result<Decoded, Unreadable> {
    let envelope: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| Unreadable::Corrupt(format!("not a saved workload: {e}")))?;
    if envelope.format != FORMAT {
        return Err(Unreadable::Corrupt(format!("its format is \"{}\"", envelope.format)));
    }
    if envelope.version > CURRENT_VERSION {
        return Err(Unreadable::NewerVersion(envelope.version));
    }
    if envelope.version == 0 {
        return Err(Unreadable::Corrupt("version 0 does not exist".into()));
    }
    let data = migrate(envelope.version, Cow::Borrowed(envelope.data.get()))?;
    let workspace: Workspace =
        serde_json::from_str(&data).map_err(|e| Unreadable::Corrupt(format!("a field is damaged: {e}")))?;
    let workspace = repaired(workspace);
    Ok(if envelope.version == CURRENT_VERSION {
        Decoded::Current(workspace)
    } else {
        Decoded::Migrated { workspace, from_version: envelope.version }
    })
}

/// Brings data of `version` up to [`CURRENT_VERSION`], one version at a time: each old
/// version gets an arm `N => migrate(N + 1, upgrade_from_N(&data)?)`, where the upgrade
/// parses the text into a `serde_json::Value`, reshapes it and writes it back.
fn migrate(version: u32, data: Cow<'_, str>) -> Result<Cow<'_, str>, Unreadable> {
    match version {
        CURRENT_VERSION => Ok(data),
        v => Err(Unreadable::Corrupt(format!("no migration from version {v}"))),
    }
}

/// Keeps ids unique even if saved data was edited by hand: the next id must be past every
/// id in use.
fn repaired(mut workspace: Workspace) -> Workspace {
    workspace.next_id = workspace.next_id.max(workspace.highest_id() + 1);
    workspace
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::typical_slp_workspace;

    impl Decoded {
        fn into_workspace(self) -> Workspace {
            match self {
                Decoded::Current(w) | Decoded::Migrated { workspace: w, .. } => w,
            }
        }
    }

    #[test]
    fn round_trip() {
        let w = typical_slp_workspace();
        assert_eq!(decode(&encode(&w)), Ok(Decoded::Current(w)));
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        let raw = r#"{"format":"workload-calculator","version":7,"data":{}}"#;
        assert_eq!(decode(raw), Err(Unreadable::NewerVersion(7)));
        assert!(Unreadable::NewerVersion(7).explain().contains("newer version"));
    }

    #[test]
    fn damaged_data_is_reported() {
        for raw in [
            "",
            "{",
            "null",
            "[1,2]",
            r#"{"format":"other","version":1,"data":{}}"#,
            r#"{"format":"workload-calculator","version":1,"data":{"profile":3}}"#,
            r#"{"format":"workload-calculator","version":0,"data":{}}"#,
        ] {
            assert!(matches!(decode(raw), Err(Unreadable::Corrupt(_))), "{raw}");
        }
    }

    #[test]
    fn saves_from_before_the_school_year_get_the_typical_year() {
        let mut value: serde_json::Value = serde_json::from_str(&encode(&typical_slp_workspace())).unwrap();
        let data = value["data"].as_object_mut().unwrap();
        data.remove("school_year");
        data.remove("checklist");
        let decoded = decode(&value.to_string()).unwrap().into_workspace();
        assert_eq!(decoded.school_year, crate::model::SchoolYear::default());
        assert!(decoded.checklist.tasks.is_empty());
    }

    #[test]
    fn ids_are_repaired() {
        let mut w = typical_slp_workspace();
        w.next_id = 1;
        let decoded = decode(&encode(&w)).unwrap().into_workspace();
        assert!(decoded.next_id > decoded.students.iter().map(|s| s.id).max().unwrap());
    }
}
