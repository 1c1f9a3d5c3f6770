//! Backup files: everything (all scenarios, settings, checklists) as JSON in the same
//! versioned envelope the browser keeps (`docs/data-format.md`), and reading one back.
//!
//! Reading checks everything before anything is used: size, nesting, JSON, format and
//! version, every field's type (with its path) and every number's range. The caller
//! replaces or adds only what comes back as `Ok`.

use std::fmt;

use crate::model::check::{problems, repair, Problem};
use crate::model::{Scenarios, Workspace};

use super::envelope::{self, DataSource, JsonText, Parsed, Unreadable, Unsavable, CURRENT_VERSION};

/// Larger than any backup this app can make: everything a browser's storage holds
/// ([`envelope::STORAGE_ALLOWANCE`] characters) written out indented (about 2.6 times as
/// long), with room for labels in scripts that take three bytes a character.
pub const MAX_BYTES: usize = 8 * envelope::STORAGE_ALLOWANCE;
pub const MAX_DEPTH: usize = 64;
/// Problems listed before "and N more".
const SHOWN: usize = 20;

/// The file: the envelope, indented so that a person can read it (the app's data page
/// writes the same with the browser's `JSON.stringify`). Refused, as saving is, if anything
/// in it would not be read back.
pub fn export(scenarios: &Scenarios, live: &Workspace) -> Result<String, Unsavable> {
    serde_json::to_string_pretty(&envelope::saveable(scenarios, live)?).map_err(|_| Unsavable(Vec::new()))
}

/// A file that was read: its scenarios, and the version it was written as.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub scenarios: Scenarios,
    pub from_version: u32,
}

/// Why a file or a link was refused. `Display` says so in a sentence; [`Refused::details`]
/// says where.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    TooLarge,
    Empty,
    TooDeep,
    NotJson,
    /// Written by a newer version of the app.
    Newer {
        version: u32,
    },
    /// JSON, but not this app's backup.
    NotABackup(Unreadable),
    /// A field of the wrong type, or missing: where, and serde's words.
    Damaged {
        path: String,
        message: String,
    },
    /// Values outside the rules (`model::rules`), each with where it is.
    OutOfRange(Vec<Problem>),
    /// A share link longer than any this app makes.
    LinkTooLong,
    /// A share link that unpacks to more than one scenario can be.
    LinkTooLarge,
    /// A share link that does not unpack (cut short when copied, or not one of ours).
    LinkDamaged,
    /// A team member's scenario that does not read back: its place (from 1), label, and why.
    #[cfg(feature = "team")]
    MemberUnreadable {
        place: usize,
        label: String,
        why: String,
    },
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::TooLarge => write!(
                f,
                "This file is larger than {} MB, far more than a backup of this app can be.",
                MAX_BYTES / 1024 / 1024
            ),
            Refused::LinkTooLarge => f.write_str("This link unpacks to more than a shared scenario can be."),
            Refused::Empty => f.write_str("This file is empty."),
            Refused::TooDeep => {
                write!(f, "This file nests data more than {MAX_DEPTH} levels deep; it is not a backup of this app.")
            }
            Refused::NotJson => {
                f.write_str("This file is not JSON, so it is not a backup of this app (a backup ends in .json).")
            }
            Refused::Newer { version } => write!(
                f,
                "This backup was written by a newer version of this app (format {version}; this version reads up to {CURRENT_VERSION}). Open it with the newer version."
            ),
            Refused::NotABackup(why) => write!(f, "This file is not a backup of this app ({}).", why.reason()),
            Refused::Damaged { .. } => f.write_str("A field in this file is damaged, so nothing was imported."),
            Refused::OutOfRange(_) => f.write_str("Some values in this file are out of range, so nothing was imported."),
            Refused::LinkTooLong => f.write_str("This link is too long to be one this app made."),
            Refused::LinkDamaged => {
                f.write_str("This link is damaged or incomplete: it may have been cut short when it was copied.")
            }
            #[cfg(feature = "team")]
            Refused::MemberUnreadable { place, label, why } => {
                write!(f, "Team member {place} ({label}) could not be read ({why}), so nothing was imported.")
            }
        }
    }
}

impl Refused {
    /// Where: one line per problem (at most [`SHOWN`], then a count).
    pub fn details(&self) -> Vec<String> {
        match self {
            Refused::Damaged { path, message } => vec![format!("{path}: {message}")],
            Refused::OutOfRange(found) => {
                let mut lines: Vec<String> = found.iter().take(SHOWN).map(Problem::to_string).collect();
                if found.len() > SHOWN {
                    lines.push(format!("… and {} more.", found.len() - SHOWN));
                }
                lines
            }
            _ => Vec::new(),
        }
    }
}

/// How deeply arrays and objects nest, outside strings.
fn depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Reads a backup file, parsed by `P`. Every value is checked against the rules the app itself keeps
/// (`model::rules`): a file with any out of range is refused, with where each one is. Ids,
/// which nobody types, are renumbered where they clash rather than refused.
pub fn import_with<'a, P: Parsed<'a>>(text: &'a str) -> Result<Imported, Refused> {
    if text.len() > MAX_BYTES {
        return Err(Refused::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Refused::Empty);
    }
    if depth(text) > MAX_DEPTH {
        return Err(Refused::TooDeep);
    }
    let parsed = P::parse(text).ok_or(Refused::NotJson)?;
    let head = parsed.head().map_err(|why| Refused::NotABackup(Unreadable::NotSavedData(why)))?;
    let from_version = envelope::check_head(&head).map_err(|unreadable| match unreadable {
        Unreadable::NewerVersion(version) => Refused::Newer { version },
        other => Refused::NotABackup(other),
    })?;
    let data = parsed.data();
    let mut scenarios = envelope::upgrade(from_version, &data).map_err(|e| {
        let (path, message) = data.locate(&e);
        Refused::Damaged { path, message }
    })?;
    let live = scenarios.get(scenarios.active).or(scenarios.list.first()).map(|s| s.workspace.clone());
    let found: Vec<Problem> = live
        .map(|live| problems(&scenarios, &live))
        .unwrap_or_default()
        .into_iter()
        .filter(|p| !p.error.is_about_ids())
        .collect();
    if !found.is_empty() {
        return Err(Refused::OutOfRange(found));
    }
    repair(&mut scenarios);
    Ok(Imported { scenarios, from_version })
}

/// [`import_with`] serde_json, with every team member's scenario read back too.
pub fn import(text: &str) -> Result<Imported, Refused> {
    let imported = import_with::<JsonText>(text)?;
    #[cfg(feature = "team")]
    super::team::members_readable(imported.scenarios.team.as_ref(), super::team::backups_in, import)?;
    Ok(imported)
}

/// Adds every imported scenario to `current` as a new one (fresh ids, names made unique).
/// Returns the names added; stops when the list is full.
pub fn add_as_new(current: &mut Scenarios, imported: Scenarios) -> Vec<String> {
    let mut added = Vec::new();
    for s in imported.list {
        match current.add(&s.name, s.workspace) {
            Some(id) => added.push(current.get(id).map(|x| x.name.clone()).unwrap_or_default()),
            None => break,
        }
    }
    added
}

/// What became of a file's team when its scenarios were added as new ones.
#[cfg(feature = "team")]
#[derive(Clone, Debug, PartialEq)]
pub enum TeamAdded {
    /// The file has no team (or one with no members).
    NoTeam,
    /// This browser had none: the file's team, of this many members, is this browser's now.
    Taken { members: usize },
    /// This browser has a team of its own, which is kept: the file's (this many members) is
    /// not added. Teams are not merged: replacing everything takes the file's instead.
    KeptOurs { members: usize },
}

#[cfg(feature = "team")]
impl fmt::Display for TeamAdded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let members = |n: usize| crate::format::count(n, "member", "members");
        match self {
            TeamAdded::NoTeam => Ok(()),
            TeamAdded::Taken { members: n } => write!(f, "The file's team of {} is this browser's team now.", members(*n)),
            TeamAdded::KeptOurs { members: n } => write!(
                f,
                "The file's team of {} was not added: this browser has a team of its own (replacing everything here would take the file's instead).",
                members(*n)
            ),
        }
    }
}

/// The file's team, where this browser has none; otherwise this browser's is kept.
#[cfg(feature = "team")]
pub fn add_team(current: &mut Scenarios, theirs: Option<crate::model::Team>) -> TeamAdded {
    let Some(theirs) = theirs.filter(|t| !t.members.is_empty()) else { return TeamAdded::NoTeam };
    let members = theirs.members.len();
    if current.team.as_ref().is_some_and(|t| !t.members.is_empty()) {
        return TeamAdded::KeptOurs { members };
    }
    current.team = Some(theirs);
    TeamAdded::Taken { members }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rules::Invalid;
    use crate::model::{blank_workspace, demonstration, Discipline};

    fn two() -> Scenarios {
        let [(a, wa), (b, wb)] = demonstration();
        let mut s = Scenarios::single(a, wa);
        s.add(b, wb);
        s
    }

    fn export_all(s: &Scenarios) -> String {
        export(s, &s.get(s.active).unwrap().workspace).unwrap()
    }

    #[test]
    fn round_trip_keeps_everything() {
        let s = two();
        assert_eq!(import(&export_all(&s)), Ok(Imported { scenarios: s, from_version: CURRENT_VERSION }));
    }

    #[cfg(feature = "indirect-log")]
    #[test]
    fn a_backup_carries_the_log_and_refuses_a_bad_entry_where_it_is() {
        use crate::model::{Draft, IndirectService, IsoDate, Role};
        let mut s = two();
        let w = &mut s.list[1].workspace;
        let ids: Vec<u32> = w.students.iter().take(2).map(|st| st.id).collect();
        let draft = Draft {
            date: IsoDate::ymd(2026, 11, 3).unwrap(),
            service: IndirectService::AssistiveTechnology,
            with: Role::Aide,
            minutes: 25,
            note: "Switch mounted on the tray".into(),
        };
        w.log_entries(&draft, &ids, false).unwrap();
        assert_eq!(import(&export_all(&s)), Ok(Imported { scenarios: s.clone(), from_version: CURRENT_VERSION }));

        let mut value: serde_json::Value = serde_json::from_str(&export_all(&s)).unwrap();
        value["data"]["list"][1]["workspace"]["indirect_log"]["entries"][1]["minutes"] = 600.into();
        let refused = import(&value.to_string()).unwrap_err();
        let Refused::OutOfRange(found) = &refused else { panic!("{refused:?}") };
        assert_eq!(found[0].path, "indirect_log.entries[1].minutes");
        assert_eq!(found[0].error, Invalid::AboveMax { what: "Minutes", max: 480.0 });
        value["data"]["list"][1]["workspace"]["indirect_log"]["entries"][1]["minutes"] = 20.into();
        value["data"]["list"][1]["workspace"]["indirect_log"]["entries"][0]["with"] = "Mrs Smith".into();
        assert!(matches!(import(&value.to_string()), Err(Refused::Damaged { .. })));
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(import(""), Err(Refused::Empty));
        assert_eq!(import("name,minutes\nA,30"), Err(Refused::NotJson));
        assert_eq!(import(&format!("{}1{}", "[".repeat(100), "]".repeat(100))), Err(Refused::TooDeep));
        assert_eq!(
            import(r#"{"format":"workload-calculator","version":9,"data":{}}"#),
            Err(Refused::Newer { version: 9 })
        );
        let other = import(r#"{"format":"spreadsheet","version":1,"data":{}}"#).unwrap_err();
        assert_eq!(other, Refused::NotABackup(Unreadable::OtherFormat("spreadsheet".into())));
        assert_eq!(other.to_string(), "This file is not a backup of this app (its format is \"spreadsheet\").");
        assert_eq!(import(&" ".repeat(MAX_BYTES + 1)), Err(Refused::TooLarge));
    }

    #[test]
    fn refusals_say_where() {
        let mut value: serde_json::Value = serde_json::from_str(&export_all(&two())).unwrap();
        value["data"]["list"][0]["workspace"]["students"][3]["services"][0]["rate"]["minutes"] = "thirty".into();
        match import(&value.to_string()) {
            Err(Refused::Damaged { path, message }) => {
                assert_eq!(path, "list[0].workspace.students[3].services[0].rate.minutes");
                assert!(message.starts_with("invalid type: string"), "{message}");
            }
            other => panic!("{other:?}"),
        }

        value["data"]["list"][0]["workspace"]["students"][3]["services"][0]["rate"]["minutes"] = (-30.0).into();
        value["data"]["list"][1]["workspace"]["profile"]["fte"] = 1e300.into();
        value["data"]["list"][1]["workspace"]["school_year"]["last_day"] = "9999-12-31".into();
        let refused = import(&value.to_string()).unwrap_err();
        let Refused::OutOfRange(found) = &refused else { panic!("{refused:?}") };
        let at: Vec<(Option<usize>, &str, &Invalid)> =
            found.iter().map(|p| (p.scenario.as_ref().map(|s| s.0), p.path.as_str(), &p.error)).collect();
        assert_eq!(
            at,
            [
                (Some(1), "students[3].services[0].rate.minutes", &Invalid::Negative { what: "Minutes" }),
                (Some(2), "profile.fte", &Invalid::AboveMax { what: "FTE", max: 3.0 }),
                (Some(2), "school_year.last_day", &Invalid::YearOutOfRange { year: 9999 }),
            ]
        );
        assert_eq!(
            refused.details()[0],
            "scenario 1 (\"Provider A: one school, lighter needs\"): students[3].services[0].rate.minutes: Minutes cannot be negative."
        );
    }

    #[test]
    fn clashing_ids_are_renumbered_not_refused() {
        let mut s = two();
        let w = &mut s.list[0].workspace;
        w.students[1].id = w.students[0].id;
        w.next_id = 3;
        let text = serde_json::to_string(&envelope::envelope(&s, &s.list[0].workspace)).unwrap();
        let imported = import(&text).unwrap().scenarios;
        let w = &imported.list[0].workspace;
        let mut ids: Vec<u32> = w.students.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), w.students.len());
        assert!(w.next_id > w.highest_id());
        assert_eq!(w.students[0].label, s.list[0].workspace.students[0].label);
    }

    #[test]
    fn markup_in_labels_is_kept_as_text() {
        let mut w = blank_workspace(Discipline::Slp);
        let id = w.add_student().unwrap();
        w.student_mut(id).unwrap().label = "<img src=x onerror=alert(1)>".into();
        let s = Scenarios::single("<script>", w);
        let back = import(&export_all(&s)).unwrap().scenarios;
        assert_eq!(back.list[0].name, "<script>");
        assert_eq!(back.list[0].workspace.students[0].label, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn adding_as_new_keeps_what_is_there() {
        let mut current = Scenarios::first_visit();
        let added = add_as_new(&mut current, two());
        assert_eq!(added.len(), 2);
        assert_eq!(current.list.len(), 3);
        assert_eq!(current.list[0].name, "Example: typical school SLP");
        let again = add_as_new(&mut current, two());
        assert_eq!(again[0], "Provider A: one school, lighter needs (2)");
    }

    #[cfg(feature = "team")]
    #[test]
    fn a_files_team_is_added_where_this_browser_has_none_and_never_merged() {
        use crate::model::Team;
        let team_of = |n: usize| {
            let mut t = Team::default();
            for i in 0..n {
                t.add(&format!("OT{i}"), "test", "AAAA".into()).unwrap();
            }
            t
        };
        let mut current = two();
        assert_eq!(add_team(&mut current, None), TeamAdded::NoTeam);
        assert_eq!(add_team(&mut current, Some(Team::default())), TeamAdded::NoTeam);
        assert_eq!(current.team, None);
        assert_eq!(add_team(&mut current, Some(team_of(2))), TeamAdded::Taken { members: 2 });
        assert_eq!(current.team, Some(team_of(2)));
        let kept = add_team(&mut current, Some(team_of(1)));
        assert_eq!(kept, TeamAdded::KeptOurs { members: 1 });
        assert_eq!(current.team, Some(team_of(2)));
        assert!(kept.to_string().starts_with("The file's team of 1 member was not added"));
    }
}
