//! The versioned envelope every save is wrapped in:
//! `{"format": "workload-calculator", "version": N, "data": …}`.
//!
//! Decoding never loses data: anything that cannot be read as the current version is
//! reported as unreadable (with the reason) so the shell can keep the raw text aside.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

use crate::model::{Scenarios, Workspace};

pub const FORMAT: &str = "workload-calculator";
/// The version this build writes. Bump it, and add a step to [`migrate`], whenever the
/// saved shape changes in a way old readers cannot follow.
///
/// 1: one workspace. 2: named scenarios, each a workspace.
pub const CURRENT_VERSION: u32 = 2;

/// The name a version-1 workspace gets when it becomes the only scenario.
pub const MIGRATED_SCENARIO_NAME: &str = "My caseload";

/// What is written: every scenario inside the envelope.
#[derive(Serialize)]
pub struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    data: ScenariosOut<'a>,
}

/// [`Scenarios`] as written, with the active scenario's workspace taken from where the page
/// keeps it live (so a save never clones every scenario). Field names match `Scenarios`.
#[derive(Serialize)]
struct ScenariosOut<'a> {
    active: u32,
    next_id: u32,
    list: Vec<ScenarioOut<'a>>,
}

#[derive(Serialize)]
struct ScenarioOut<'a> {
    id: u32,
    name: &'a str,
    workspace: &'a Workspace,
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

/// The envelope for `scenarios`, whose active scenario's workspace is `live`.
pub fn envelope<'a>(scenarios: &'a Scenarios, live: &'a Workspace) -> EnvelopeOut<'a> {
    let list = scenarios
        .list
        .iter()
        .map(|s| ScenarioOut {
            id: s.id,
            name: &s.name,
            workspace: if s.id == scenarios.active { live } else { &s.workspace },
        })
        .collect();
    EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        data: ScenariosOut { active: scenarios.active, next_id: scenarios.next_id, list },
    }
}

pub fn encode(scenarios: &Scenarios, live: &Workspace) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(&envelope(scenarios, live)).unwrap_or_default()
}

#[derive(Debug, PartialEq)]
pub enum Decoded {
    Current(Scenarios),
    /// Read from an older version and brought up to date.
    Migrated {
        scenarios: Scenarios,
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

/// The data of an envelope, brought up to the current version but not yet read: the text
/// of a [`Scenarios`] and the version it was saved as. Shared by loading and importing.
pub fn open(raw: &str) -> Result<(String, u32), Unreadable> {
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
    Ok((data.into_owned(), envelope.version))
}

pub fn decode(raw: &str) -> Result<Decoded, Unreadable> {
    let (data, version) = open(raw)?;
    let scenarios: Scenarios =
        serde_json::from_str(&data).map_err(|e| Unreadable::Corrupt(format!("a field is damaged: {e}")))?;
    let scenarios = scenarios.repaired();
    Ok(if version == CURRENT_VERSION {
        Decoded::Current(scenarios)
    } else {
        Decoded::Migrated { scenarios, from_version: version }
    })
}

/// Brings data of `version` up to [`CURRENT_VERSION`], one version at a time: each old
/// version gets an arm `N => migrate(N + 1, upgrade_from_N(&data)?)`, where the upgrade
/// reshapes the text (as JSON, `serde_json::Value`, where wrapping is not enough).
fn migrate(version: u32, data: Cow<'_, str>) -> Result<Cow<'_, str>, Unreadable> {
    match version {
        CURRENT_VERSION => Ok(data),
        1 => migrate(2, Cow::Owned(upgrade_from_1(&data))),
        v => Err(Unreadable::Corrupt(format!("no migration from version {v}"))),
    }
}

/// Version 1 saved one workspace: it becomes the only scenario. `data` is already known to
/// be one JSON value, so wrapping its text is exact.
fn upgrade_from_1(data: &str) -> String {
    format!(r#"{{"active":1,"next_id":2,"list":[{{"id":1,"name":"{MIGRATED_SCENARIO_NAME}","workspace":{data}}}]}}"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    impl Decoded {
        fn into_scenarios(self) -> Scenarios {
            match self {
                Decoded::Current(s) | Decoded::Migrated { scenarios: s, .. } => s,
            }
        }
    }

    fn two() -> Scenarios {
        let mut s = Scenarios::first_visit();
        s.add("What if", blank_workspace(Discipline::Ot));
        s
    }

    fn encode_all(s: &Scenarios) -> String {
        encode(s, &s.get(s.active).unwrap().workspace)
    }

    /// A version-1 save, exactly as the first release wrote it.
    fn version_1(workspace: &Workspace) -> String {
        format!(
            r#"{{"format":"workload-calculator","version":1,"data":{}}}"#,
            serde_json::to_string(workspace).unwrap()
        )
    }

    #[test]
    fn round_trip() {
        let s = two();
        assert_eq!(decode(&encode_all(&s)), Ok(Decoded::Current(s)));
    }

    #[test]
    fn the_live_workspace_is_what_is_saved_for_the_active_scenario() {
        let s = two();
        let live = blank_workspace(Discipline::Pt);
        let saved = decode(&encode(&s, &live)).unwrap().into_scenarios();
        assert_eq!(saved.get(1).unwrap().workspace, live);
        assert_eq!(saved.get(2), s.get(2));
    }

    #[test]
    fn a_version_1_save_becomes_one_scenario_with_nothing_lost() {
        let w = typical_slp_workspace();
        match decode(&version_1(&w)) {
            Ok(Decoded::Migrated { scenarios, from_version: 1 }) => {
                assert_eq!(scenarios.list.len(), 1);
                assert_eq!(scenarios.active, 1);
                assert_eq!(scenarios.list[0].name, MIGRATED_SCENARIO_NAME);
                assert_eq!(scenarios.list[0].workspace, w);
            }
            other => panic!("{other:?}"),
        }
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
            r#"{"format":"workload-calculator","version":1,"data":"x\"}],"#,
            r#"{"format":"workload-calculator","version":2,"data":{"active":1,"next_id":2,"list":[{"id":1}]}}"#,
            r#"{"format":"workload-calculator","version":0,"data":{}}"#,
        ] {
            assert!(matches!(decode(raw), Err(Unreadable::Corrupt(_))), "{raw}");
        }
    }

    #[test]
    fn version_1_saves_from_before_the_school_year_get_the_typical_year() {
        let mut value: serde_json::Value = serde_json::from_str(&version_1(&typical_slp_workspace())).unwrap();
        let data = value["data"].as_object_mut().unwrap();
        data.remove("school_year");
        data.remove("checklist");
        let decoded = decode(&value.to_string()).unwrap().into_scenarios();
        assert_eq!(decoded.list[0].workspace.school_year, crate::model::SchoolYear::default());
        assert!(decoded.list[0].workspace.checklist.tasks.is_empty());
    }

    #[test]
    fn ids_are_repaired() {
        let mut s = two();
        s.list[0].workspace.next_id = 1;
        let decoded = decode(&encode_all(&s)).unwrap().into_scenarios();
        let w = &decoded.list[0].workspace;
        assert!(w.next_id > w.students.iter().map(|s| s.id).max().unwrap());
    }
}
