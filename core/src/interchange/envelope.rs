//! The versioned envelope every save is wrapped in:
//! `{"format": "workload-calculator", "version": N, "data": …}`.
//!
//! Decoding never loses data: anything that cannot be read as the current version is
//! reported as unreadable (with the reason), and the shell keeps it until the user chooses.
//!
//! Reading works on any parsed source ([`DataSource`]): JSON text here (backups, share links,
//! tests), or the value the browser's own `JSON.parse` made (the app's saved data, read with
//! serde-wasm-bindgen, so that pages which only load and save carry no JSON parser).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

use crate::model::check::{problems, repair, Problem};
use crate::model::{Scenarios, Workspace};

pub const FORMAT: &str = "workload-calculator";
/// The version this build writes. Bump it, and add a step to [`upgrade`], whenever the
/// saved shape changes in a way old readers cannot follow.
///
/// 1: one workspace. 2: named scenarios, each a workspace. 3: a workspace may hold a time
/// study (version 2 readers would drop it on saving back, so they must refuse it). 4: a
/// workspace may hold an indirect-service log (likewise refused by version 3 readers). 5: a
/// workspace may hold a weekly schedule (likewise refused by version 4 readers). 6: the
/// scenarios may come with a team of colleagues' scenarios (likewise refused by version 5
/// readers).
pub const CURRENT_VERSION: u32 = 7;

/// What browsers give one site's localStorage: 5 MiB of characters (Chrome, Edge, Firefox
/// and Safari alike). Saved data can never be longer; a larger save is refused by the
/// browser as a full store, and the app says so.
pub const STORAGE_ALLOWANCE: usize = 5 * 1024 * 1024;

/// Where saved data that could not be used as it was is kept aside: one key per distinct
/// text (a fingerprint of it), so the same data is never copied twice however often the page
/// is opened.
pub fn aside_key(raw: &str) -> String {
    // FNV-1a, 64 bits: stable across versions and browsers, and plenty to tell texts apart.
    let hash = raw.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{ASIDE_KEY_PREFIX}{hash:016x}")
}

/// The start of every key [`aside_key`] makes.
pub const ASIDE_KEY_PREFIX: &str = "workload-calculator.backup.";

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
    #[cfg(feature = "team")]
    #[serde(skip_serializing_if = "Option::is_none")]
    team: Option<&'a crate::model::Team>,
}

#[derive(Serialize)]
struct ScenarioOut<'a> {
    id: u32,
    name: &'a str,
    workspace: &'a Workspace,
}

/// The envelope's `format` and `version`, read before its data: the version says what
/// shape the data has.
#[derive(Deserialize)]
pub struct Head {
    pub format: String,
    pub version: u32,
}

/// The envelope as JSON text: its head, and its data left as text until the version is known.
#[derive(Deserialize, Default)]
pub struct EnvelopeIn<'a> {
    format: Option<String>,
    version: Option<u32>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// Saved data or a backup, parsed as JSON but not yet read into the model: by serde_json
/// here ([`JsonText`]), by the browser's own `JSON.parse` in the app. Everything after the
/// parsing (versions, migrations, checks, repairs) is the same whoever parsed it.
pub trait Parsed<'a>: Sized {
    type Data: DataSource;
    /// The parsed text, or `None` where it is not JSON at all.
    fn parse(text: &'a str) -> Option<Self>;
    /// The envelope's head, or why it has none.
    fn head(&self) -> Result<Head, String>;
    fn data(&self) -> Self::Data;
}

/// An envelope's `data`, parsed but not yet read into the model.
pub trait DataSource {
    type Error;
    fn read<T: DeserializeOwned>(&self) -> Result<T, Self::Error>;
    /// Where in `data` a field could not be read (`list[0].workspace.students[3].label`),
    /// and why.
    fn locate(&self, error: &Self::Error) -> (String, String);
}

/// JSON text parsed by serde_json: its envelope, the data left as text until the version
/// is known.
pub struct JsonText<'a>(EnvelopeIn<'a>);

impl<'a> Parsed<'a> for JsonText<'a> {
    type Data = JsonData<'a>;
    fn parse(text: &'a str) -> Option<Self> {
        serde_json::from_str::<serde::de::IgnoredAny>(text).ok()?;
        serde_json::from_str(text).ok().map(JsonText).or(Some(JsonText(EnvelopeIn::default())))
    }
    fn head(&self) -> Result<Head, String> {
        match &self.0 {
            EnvelopeIn { format: Some(format), version: Some(version), .. } => {
                Ok(Head { format: format.clone(), version: *version })
            }
            _ => Err("it has no format and version".into()),
        }
    }
    fn data(&self) -> JsonData<'a> {
        JsonData(self.0.data)
    }
}

/// `data` as JSON text.
pub struct JsonData<'a>(Option<&'a RawValue>);

impl DataSource for JsonData<'_> {
    type Error = serde_json::Error;
    fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.0.map_or("null", RawValue::get))
    }
    fn locate(&self, e: &serde_json::Error) -> (String, String) {
        let data = self.0.map_or("", RawValue::get);
        let path = super::json_path::path_at(data, super::json_path::offset_of(data, e.line(), e.column()));
        // serde_json's message ends with the position, which the path replaces.
        let message = e.to_string();
        (path, message.split(" at line ").next().unwrap_or(&message).to_string())
    }
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
        data: ScenariosOut {
            active: scenarios.active,
            next_id: scenarios.next_id,
            list,
            #[cfg(feature = "team")]
            team: scenarios.team.as_ref(),
        },
    }
}

/// Why a save was not written: what the loader would not take back as it is. The app
/// never makes such data (a property test holds it); this is the last guard before storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsavable(pub Vec<Problem>);

impl fmt::Display for Unsavable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.first() {
            Some(first) => write!(f, "a value is out of range ({first})"),
            None => f.write_str("the data could not be written"),
        }
    }
}

/// The envelope to write, or why it may not be written: anything the rules refuse (a number
/// that is not finite included, which JSON would write as `null`) is refused here, so that
/// nothing is ever saved that could not be loaded back.
pub fn saveable<'a>(scenarios: &'a Scenarios, live: &'a Workspace) -> Result<EnvelopeOut<'a>, Unsavable> {
    let found = problems(scenarios, live);
    if found.is_empty() {
        Ok(envelope(scenarios, live))
    } else {
        Err(Unsavable(found))
    }
}

/// The saved text, as JSON (backups, share links; the app's pages write the same envelope
/// through the browser's own `JSON.stringify`).
pub fn encode(scenarios: &Scenarios, live: &Workspace) -> Result<String, Unsavable> {
    serde_json::to_string(&saveable(scenarios, live)?).map_err(|_| Unsavable(Vec::new()))
}

/// Saved data, read: every scenario, the version it was saved as, and the values that were
/// out of range and have been brought within it (from an older version of the app, or
/// edited by hand). Ids that clash are renumbered without being listed.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub scenarios: Scenarios,
    pub from_version: u32,
    pub repaired: Vec<Problem>,
}

impl Decoded {
    /// Read from an older version and brought up to date.
    pub fn migrated(&self) -> bool {
        self.from_version < CURRENT_VERSION
    }
}

/// Why saved data cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// Saved by a newer version of the app than this one.
    NewerVersion(u32),
    /// Not JSON, or JSON of another shape.
    NotSavedData(String),
    /// JSON of another program.
    OtherFormat(String),
    /// A version that never existed.
    NoSuchVersion(u32),
    /// The right format and version, with a field of the wrong type or missing.
    Damaged(String),
}

impl Unreadable {
    /// Why, in a few words, to follow "could not be read" or "is not a backup".
    pub fn reason(&self) -> String {
        match self {
            Unreadable::NewerVersion(v) => format!("it is format {v}, newer than this version reads"),
            Unreadable::NotSavedData(reason) => format!("not a saved workload: {reason}"),
            Unreadable::OtherFormat(format) => format!("its format is \"{format}\""),
            Unreadable::NoSuchVersion(v) => format!("version {v} does not exist"),
            Unreadable::Damaged(reason) => format!("a field is damaged: {reason}"),
        }
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NewerVersion(v) => write!(
                f,
                "The saved data was written by a newer version of this app (format {v}; this page reads up to {CURRENT_VERSION})."
            ),
            other => write!(f, "The saved data could not be read ({}).", other.reason()),
        }
    }
}

/// Whether this version can read data with this head: its format, and a version from 1 up
/// to [`CURRENT_VERSION`]. Returns the version.
pub fn check_head(head: &Head) -> Result<u32, Unreadable> {
    if head.format != FORMAT {
        return Err(Unreadable::OtherFormat(head.format.clone()));
    }
    match head.version {
        0 => Err(Unreadable::NoSuchVersion(0)),
        v if v > CURRENT_VERSION => Err(Unreadable::NewerVersion(v)),
        v => Ok(v),
    }
}

/// Reads `data` saved as `version` (already checked by [`check_head`]) and brings it up to
/// the current version, one step at a time. Each older version reads the shape it had and
/// converts it; nothing is guessed.
pub fn upgrade<D: DataSource>(version: u32, data: &D) -> Result<Scenarios, D::Error> {
    match version {
        1 => Ok(from_version_1(data.read::<Workspace>()?)),
        // Version 2 is version 3 without time studies, version 3 is version 4 without
        // indirect-service logs, version 4 is version 5 without schedules and version 5 is
        // version 6 without a team: each reads as it is (the new parts are optional).
        // Version 6 kept each team member's scenario packed alone, in the member; version 7
        // keeps them in packs. The team is moved into packs when it is checked
        // (`Team::normalise`), whatever the version: a page without the team writes it back
        // as it found it, so data of version 7 can hold a team as version 6 wrote it.
        _ => data.read::<Scenarios>(),
    }
}

/// Version 1 saved one workspace: it becomes the only scenario.
fn from_version_1(workspace: Workspace) -> Scenarios {
    Scenarios::single(MIGRATED_SCENARIO_NAME, workspace)
}

/// Saved data read in full: its values brought within range where an older version let
/// them out (listed), its ids repaired without a word.
pub fn finish(mut scenarios: Scenarios, from_version: u32) -> Decoded {
    let repaired = repair(&mut scenarios).into_iter().filter(|p| !p.error.is_about_ids()).collect();
    Decoded { scenarios, from_version, repaired }
}

/// Reads saved data. What this version can read is never refused for its values: those
/// out of range are brought within it and listed (`repaired`).
pub fn decode_with<'a, P: Parsed<'a>>(raw: &'a str) -> Result<Decoded, Unreadable> {
    decode_parsed(P::parse(raw).ok_or_else(|| Unreadable::NotSavedData("it is not JSON".into()))?)
}

/// [`decode_with`] on data parsed already.
fn decode_parsed<'a, P: Parsed<'a>>(parsed: P) -> Result<Decoded, Unreadable> {
    let version = check_head(&parsed.head().map_err(Unreadable::NotSavedData)?)?;
    let data = parsed.data();
    let scenarios = upgrade(version, &data).map_err(|e| {
        let (path, message) = data.locate(&e);
        Unreadable::Damaged(format!("{path}: {message}"))
    })?;
    Ok(finish(scenarios, version))
}

/// [`decode_with`] serde_json.
pub fn decode(raw: &str) -> Result<Decoded, Unreadable> {
    decode_with::<JsonText>(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rules::Invalid;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    fn two() -> Scenarios {
        let mut s = Scenarios::first_visit();
        s.add("What if", blank_workspace(Discipline::Ot));
        s
    }

    fn encode_all(s: &Scenarios) -> String {
        encode(s, &s.get(s.active).unwrap().workspace).unwrap()
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
        assert_eq!(
            decode(&encode_all(&s)),
            Ok(Decoded { scenarios: s, from_version: CURRENT_VERSION, repaired: vec![] })
        );
    }

    #[test]
    fn the_live_workspace_is_what_is_saved_for_the_active_scenario() {
        let s = two();
        let live = blank_workspace(Discipline::Pt);
        let saved = decode(&encode(&s, &live).unwrap()).unwrap().scenarios;
        assert_eq!(saved.get(1).unwrap().workspace, live);
        assert_eq!(saved.get(2), s.get(2));
    }

    #[test]
    fn a_version_2_save_reads_as_it_is_with_no_time_study() {
        let s = two();
        let v2 = encode_all(&s).replacen(&format!("\"version\":{CURRENT_VERSION}"), r#""version":2"#, 1);
        assert!(v2.contains(r#""version":2"#));
        let decoded = decode(&v2).unwrap();
        assert!(decoded.migrated());
        assert_eq!(decoded.from_version, 2);
        assert_eq!(decoded.scenarios, s);
        assert!(decoded.scenarios.list.iter().all(|sc| sc.workspace.time_study.is_none()));
    }

    #[cfg(feature = "time-study")]
    #[test]
    fn a_time_study_is_saved_and_read_back_exactly() {
        use crate::model::{IsoDate, StudySetup, TaskMinutes, TimeStudy};
        let mut s = two();
        let mut study = TimeStudy::new(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()), 500);
        study.set(0, 0, 5, Some(503));
        study.days[1].overflow.push(TaskMinutes { task: 505, minutes: 45.5 });
        study.monthly.push(TaskMinutes { task: 514, minutes: 120.0 });
        s.list[0].workspace.time_study = Some(study);
        s.list[0].workspace.next_id = 600;
        let text = encode_all(&s);
        assert!(text.contains(r#""version":7"#) && text.contains("time_study"));
        assert_eq!(
            decode(&text),
            Ok(Decoded { scenarios: s.clone(), from_version: CURRENT_VERSION, repaired: vec![] })
        );
        // A page built without the time study carries it unread; what it writes back reads
        // as the same study.
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let study = &mut value["data"]["list"][0]["workspace"]["time_study"];
        let carried: crate::model::Carried = serde_json::from_value(study.clone()).unwrap();
        *study = serde_json::to_value(&carried).unwrap();
        let written_back = decode(&value.to_string()).unwrap();
        assert_eq!(written_back.scenarios, s);
    }

    #[test]
    fn a_version_3_save_reads_as_it_is_with_no_log() {
        let s = two();
        let v3 = encode_all(&s).replacen(&format!("\"version\":{CURRENT_VERSION}"), r#""version":3"#, 1);
        assert!(v3.contains(r#""version":3"#) && !v3.contains("indirect_log"));
        let decoded = decode(&v3).unwrap();
        assert!(decoded.migrated());
        assert_eq!(decoded.from_version, 3);
        assert_eq!(decoded.scenarios, s);
        assert!(decoded.scenarios.list.iter().all(|sc| sc.workspace.indirect_log.is_none()));
    }

    #[test]
    fn what_is_written_is_version_7_and_a_newer_version_is_refused() {
        // The version-5 app refuses version 6 the way this one refuses version 7 (its code
        // is not here to run).
        let text = encode_all(&two());
        assert!(text.contains(r#""version":7"#));
        let head = Head { format: FORMAT.into(), version: CURRENT_VERSION + 1 };
        assert_eq!(check_head(&head), Err(Unreadable::NewerVersion(CURRENT_VERSION + 1)));
    }

    #[test]
    fn a_version_4_save_reads_as_it_is_with_no_schedule() {
        let s = two();
        let v4 = encode_all(&s).replacen(&format!("\"version\":{CURRENT_VERSION}"), r#""version":4"#, 1);
        assert!(v4.contains(r#""version":4"#) && !v4.contains("schedule"));
        let decoded = decode(&v4).unwrap();
        assert!(decoded.migrated());
        assert_eq!(decoded.from_version, 4);
        assert_eq!(decoded.scenarios, s);
        assert!(decoded.scenarios.list.iter().all(|sc| sc.workspace.schedule.is_none()));
    }

    #[test]
    fn a_version_5_save_reads_as_it_is_with_no_team() {
        let s = two();
        let v5 = encode_all(&s).replacen(&format!("\"version\":{CURRENT_VERSION}"), r#""version":5"#, 1);
        assert!(v5.contains(r#""version":5"#) && !v5.contains(r#""team":"#));
        let decoded = decode(&v5).unwrap();
        assert_eq!((decoded.from_version, &decoded.scenarios), (5, &s));
        #[cfg(feature = "team")]
        assert!(decoded.scenarios.team.is_none());
    }

    #[cfg(feature = "team")]
    #[test]
    fn a_team_is_saved_and_read_back_exactly() {
        use crate::interchange::team::pack_workspaces;
        use crate::model::{demonstration, Team};
        let mut s = two();
        let mut team = Team::default();
        for (i, (name, w)) in demonstration().into_iter().enumerate() {
            team.add(&format!("SLP{i}"), "the demonstration", pack_workspaces(&[(name, &w)]).unwrap()).unwrap();
        }
        team.merge("Lincoln Elem", "Lincoln Elementary").unwrap();
        s.team = Some(team);
        let text = encode_all(&s);
        assert!(text.contains(r#""team":{"members":[{"id":1,"label":"SLP0""#), "{}", &text[text.len() - 400..]);
        assert_eq!(
            decode(&text),
            Ok(Decoded { scenarios: s.clone(), from_version: CURRENT_VERSION, repaired: vec![] })
        );
    }

    #[cfg(feature = "team")]
    #[test]
    fn a_version_6_team_reads_with_each_members_scenario_in_a_pack_of_its_own() {
        use crate::model::{Pack, Team};
        let s = two();
        let v6_team = r#","team":{"members":[{"id":1,"label":"OT1","source":"x","scenario":"AAAA"},{"id":3,"label":"OT2","source":"y","scenario":"BBBB"}],"merges":[],"next_id":4}}}"#;
        let text = encode_all(&s);
        let pack = |id: u32, text: &str| Pack { members: vec![id], scenarios: text.into() };
        for version in [6, CURRENT_VERSION] {
            let saved = format!("{}{v6_team}", &text[..text.len() - 2]).replacen(
                &format!("\"version\":{CURRENT_VERSION}"),
                &format!("\"version\":{version}"),
                1,
            );
            let decoded = decode(&saved).unwrap();
            assert_eq!(decoded.from_version, version);
            let team: &Team = decoded.scenarios.team.as_ref().unwrap();
            assert_eq!(team.packs, [pack(1, "AAAA"), pack(3, "BBBB")]);
            assert!(team.members.iter().all(|m| m.scenario.is_none()));
            let again = encode_all(&decoded.scenarios);
            assert!(
                !again.contains("\"scenario\":") && again.contains(r#""packs":[{"members":[1],"scenarios":"AAAA"}"#)
            );
        }
    }

    /// A page built without the team reads saved data with one as if it had none (its shell
    /// writes the team back as it was, `storage::carried_team`).
    #[cfg(not(feature = "team"))]
    #[test]
    fn a_team_is_passed_over_where_the_page_has_no_team() {
        let s = two();
        let text = encode_all(&s);
        let with_team = format!(
            "{}{}",
            &text[..text.len() - 2],
            r#","team":{"members":[{"id":1,"label":"OT1","source":"x","scenario":"AAAA"}],"merges":[],"next_id":2}}}"#
        );
        assert_eq!(decode(&with_team).unwrap().scenarios, s);
    }

    #[cfg(feature = "team")]
    #[test]
    fn a_team_out_of_the_rules_is_refused_on_saving_and_repaired_on_loading() {
        use crate::model::Team;
        let mut s = two();
        let mut team = Team::default();
        team.add("OT1", "", "AAAA".into()).unwrap();
        team.add("OT2", "", "AAAA".into()).unwrap();
        team.members[0].label = "x".repeat(40);
        team.members[1].id = team.members[0].id;
        s.team = Some(team);
        let live = s.list[0].workspace.clone();
        let found = problems(&s, &live);
        let at: Vec<(&str, &Invalid)> = found.iter().map(|p| (p.path.as_str(), &p.error)).collect();
        assert_eq!(
            at,
            [
                ("team.members[0].label", &Invalid::TooLong { what: "Member label", max_chars: 16 }),
                ("team.members[1].id", &Invalid::DuplicateId { id: 1 }),
            ]
        );
        assert!(found.iter().all(|p| p.scenario.is_none()));
        assert!(saveable(&s, &live).is_err());
        let repaired = repair(&mut s);
        assert_eq!(repaired.len(), 2);
        let team = s.team.as_ref().unwrap();
        assert_eq!(team.members[0].label.chars().count(), 16);
        assert_eq!((team.members[1].id, team.next_id), (2, 3));
        assert!(problems(&s, &live).is_empty());
    }

    #[cfg(feature = "schedule")]
    #[test]
    fn a_schedule_is_saved_and_read_back_exactly_and_carried_unread() {
        use crate::model::{Block, BlockKind};
        let mut s = two();
        let w = &mut s.list[0].workspace;
        let student = w.students[0].id;
        let building = w.profile.buildings.first().map(|b| b.id);
        let session = Block { student: Some(student), ..Block::new(BlockKind::Session, 1, 9 * 60, 30) };
        w.place_block(session).unwrap();
        let lunch =
            Block { building, label: "Lunch, \"K-2\"".into(), ..Block::new(BlockKind::Blackout, 1, 9 * 60, 30) };
        w.place_block(lunch).unwrap();
        w.set_largest_group(5).unwrap();
        let text = encode_all(&s);
        assert!(text.contains("schedule"));
        assert_eq!(
            decode(&text),
            Ok(Decoded { scenarios: s.clone(), from_version: CURRENT_VERSION, repaired: vec![] })
        );
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let schedule = &mut value["data"]["list"][0]["workspace"]["schedule"];
        let carried: crate::model::Carried = serde_json::from_value(schedule.clone()).unwrap();
        *schedule = serde_json::to_value(&carried).unwrap();
        assert_eq!(decode(&value.to_string()).unwrap().scenarios, s);
    }

    #[cfg(feature = "indirect-log")]
    #[test]
    fn a_log_is_saved_and_read_back_exactly_and_carried_unread() {
        use crate::model::{Draft, IndirectService, IsoDate, Role};
        let mut s = two();
        let w = &mut s.list[0].workspace;
        let ids: Vec<u32> = w.students.iter().take(3).map(|st| st.id).collect();
        let draft = Draft {
            date: IsoDate::ymd(2026, 10, 6).unwrap(),
            service: IndirectService::Consultation,
            with: Role::ClassroomTeacher,
            minutes: 20,
            note: "Visual schedule, \"first/then\" board".into(),
        };
        w.log_entries(&draft, &ids, true).unwrap();
        w.log_mut().letter = Some("Dear families,\nFrom October…".into());
        let text = encode_all(&s);
        assert!(text.contains("indirect_log"));
        assert_eq!(
            decode(&text),
            Ok(Decoded { scenarios: s.clone(), from_version: CURRENT_VERSION, repaired: vec![] })
        );
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let log = &mut value["data"]["list"][0]["workspace"]["indirect_log"];
        let carried: crate::model::Carried = serde_json::from_value(log.clone()).unwrap();
        *log = serde_json::to_value(&carried).unwrap();
        assert_eq!(decode(&value.to_string()).unwrap().scenarios, s);
    }

    #[test]
    fn a_version_1_save_becomes_one_scenario_with_nothing_lost() {
        let w = typical_slp_workspace();
        let decoded = decode(&version_1(&w)).unwrap();
        assert!(decoded.migrated());
        assert_eq!(decoded.from_version, 1);
        let scenarios = decoded.scenarios;
        assert_eq!(scenarios.list.len(), 1);
        assert_eq!(scenarios.active, 1);
        assert_eq!(scenarios.list[0].name, MIGRATED_SCENARIO_NAME);
        assert_eq!(scenarios.list[0].workspace, w);
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        let raw = r#"{"format":"workload-calculator","version":8,"data":{}}"#;
        assert_eq!(decode(raw), Err(Unreadable::NewerVersion(8)));
        assert!(Unreadable::NewerVersion(8).to_string().contains("newer version"));
    }

    #[test]
    fn damaged_data_is_reported() {
        for (raw, expected) in [
            ("", "not saved data"),
            ("{", "not saved data"),
            ("null", "not saved data"),
            ("[1,2]", "not saved data"),
            (r#"{"format":"other","version":1,"data":{}}"#, "other format"),
            (r#"{"format":"workload-calculator","version":1,"data":{"profile":3}}"#, "damaged"),
            (r#"{"format":"workload-calculator","version":1,"data":"x\"}],"#, "not saved data"),
            (
                r#"{"format":"workload-calculator","version":2,"data":{"active":1,"next_id":2,"list":[{"id":1}]}}"#,
                "damaged",
            ),
            (r#"{"format":"workload-calculator","version":0,"data":{}}"#, "no such version"),
        ] {
            let kind = match decode(raw) {
                Err(Unreadable::NotSavedData(_)) => "not saved data",
                Err(Unreadable::OtherFormat(_)) => "other format",
                Err(Unreadable::Damaged(_)) => "damaged",
                Err(Unreadable::NoSuchVersion(_)) => "no such version",
                other => panic!("{raw}: {other:?}"),
            };
            assert_eq!(kind, expected, "{raw}");
        }
    }

    #[test]
    fn version_1_saves_from_before_the_school_year_get_the_typical_year() {
        let mut value: serde_json::Value = serde_json::from_str(&version_1(&typical_slp_workspace())).unwrap();
        let data = value["data"].as_object_mut().unwrap();
        data.remove("school_year");
        data.remove("checklist");
        let decoded = decode(&value.to_string()).unwrap().scenarios;
        assert_eq!(decoded.list[0].workspace.school_year, crate::model::SchoolYear::default());
        assert!(decoded.list[0].workspace.checklist.tasks.is_empty());
    }

    #[test]
    fn ids_are_repaired_without_a_word() {
        let mut s = two();
        s.list[0].workspace.next_id = 1;
        s.list[0].workspace.students[1].id = s.list[0].workspace.students[0].id;
        let text = serde_json::to_string(&envelope(&s, &s.list[0].workspace)).unwrap();
        let decoded = decode(&text).unwrap();
        assert_eq!(decoded.repaired, vec![]);
        let w = &decoded.scenarios.list[0].workspace;
        let mut ids: Vec<u32> = w.students.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 48, "the two students sharing an id are two rows again");
        assert!(w.next_id > w.highest_id());
    }

    #[test]
    fn one_key_per_distinct_text() {
        assert_eq!(aside_key("abc"), aside_key("abc"));
        assert_ne!(aside_key("abc"), aside_key("abd"));
        assert!(aside_key("").starts_with(ASIDE_KEY_PREFIX));
    }

    #[test]
    fn a_number_that_is_not_finite_is_never_written() {
        let s = two();
        let mut live = s.list[0].workspace.clone();
        live.standards.reevaluation.rate.times = f64::INFINITY;
        let refused = encode(&s, &live).unwrap_err();
        assert_eq!(refused.0[0].path, "standards.reevaluation.rate.times");
        assert!(matches!(refused.0[0].error, Invalid::NotANumber { .. }));
    }

    #[test]
    fn values_an_older_version_let_through_are_brought_within_range_and_listed() {
        let mut s = two();
        let w = &mut s.list[1].workspace;
        let id = w.add_student().unwrap();
        w.student_mut(id).unwrap().label = "x".repeat(47);
        w.student_mut(id).unwrap().services[0].rate.minutes = 900.0;
        w.standards.reevaluation.rate.times = 200.0;
        let text = serde_json::to_string(&envelope(&s, &s.list[0].workspace)).unwrap();
        let decoded = decode(&text).unwrap();
        let paths: Vec<&str> = decoded.repaired.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["standards.reevaluation.rate.times", "students[0].label", "students[0].services[0].rate.minutes"]
        );
        let w = &decoded.scenarios.list[1].workspace;
        assert_eq!(w.students[0].label, "x".repeat(40));
        assert_eq!(w.students[0].services[0].rate.minutes, 600.0);
        assert_eq!(w.standards.reevaluation.rate.times, 2.0);
        assert!(encode(&decoded.scenarios, &decoded.scenarios.list[0].workspace).is_ok());
    }
}
