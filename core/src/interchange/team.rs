//! Team members' scenarios, packed: several scenarios together, each in the backup format
//! of one scenario, in a JSON array deflated and base64url-encoded (as a share link is,
//! without a link's length limit). Each is read back exactly as a backup file is, so every
//! rule and migration applies to it too. (A pack from format 6 holds one such backup alone,
//! not in an array.)
//!
//! Packed together, a team of two hundred members of sixty students takes under 70,000
//! characters where the same scenarios saved as JSON take over two million: the team fits in
//! the browser's storage beside the user's own scenarios (docs/performance.md has the
//! measured sizes), and opens with one decompression, not one per member.

use std::fmt;

use crate::model::{Scenarios, Team, Workspace};

use super::backup::{Imported, Refused};
use super::envelope::Unsavable;
use super::share;

/// The workspace as a team keeps it: what the engine computes from. A time study, an
/// indirect-service log and a weekly schedule are the colleague's own records, not what the
/// team shows, and would multiply the team's size.
pub fn for_team(workspace: &Workspace) -> Workspace {
    Workspace { time_study: None, indirect_log: None, schedule: None, ..workspace.clone() }
}

/// The JSON a pack holds: `backups`, each the saved-data JSON of one scenario (written by
/// the caller's JSON writer: the browser's own in the app, serde_json in tests), as one array.
pub fn pack_json(backups: &[String]) -> String {
    format!("[{}]", backups.join(","))
}

/// Scenarios packed, as serde_json writes them (tests and benchmarks; the app packs what
/// the browser's `JSON.stringify` wrote, with the browser's own compression).
pub fn pack_workspaces(scenarios: &[(&str, &Workspace)]) -> Result<String, Unsavable> {
    let backups = scenarios.iter().map(|(name, workspace)| {
        let single = Scenarios::single(name, for_team(workspace));
        super::envelope::encode(&single, &single.list[0].workspace)
    });
    Ok(share::deflate(&pack_json(&backups.collect::<Result<Vec<_>, _>>()?)))
}

/// Why a member's scenario could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum MemberUnreadable {
    /// The packed text does not unpack (edited by hand, or cut short).
    Damaged,
    /// No pack holds it (a pack lost to a hand edit).
    Missing,
    /// It unpacks, and is refused as a backup file with it would be.
    Refused(Refused),
}

impl MemberUnreadable {
    /// The words of [`MemberUnreadable::Damaged`], for a reader without this type's others.
    pub const DAMAGED: &'static str = "its scenario is damaged and could not be unpacked";
    /// The words of [`MemberUnreadable::Missing`].
    pub const MISSING: &'static str = "its scenario is missing from the saved team";
}

impl fmt::Display for MemberUnreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberUnreadable::Damaged => f.write_str(Self::DAMAGED),
            MemberUnreadable::Missing => f.write_str(Self::MISSING),
            MemberUnreadable::Refused(why) => write!(f, "{why}"),
        }
    }
}

/// A scenario read: its name and workspace, or why not.
pub type ReadMember = Result<(String, Workspace), MemberUnreadable>;

/// The JSON texts of the backups a pack holds, in order, split by the small JSON reader
/// (`json_reader`, as the team pages split them); `None` where it is not JSON. (The data page
/// splits with the browser's own JSON, and carries no parser.)
pub fn backups_in(json: &str) -> Option<Vec<String>> {
    use super::json_reader::{items, Floats, RustFloats};
    let backups = items(json, RustFloats::parse)?;
    Some(backups.into_iter().map(str::to_string).collect())
}

/// Each scenario in a pack: the pack's JSON split into backups with `split` ([`backups_in`]
/// or the browser's equivalent), each read with `read` (a backup reader: serde_json's
/// `backup::import` here, the browser's own JSON in the app); or why the pack is unreadable.
pub fn read_pack(
    packed: &str,
    split: impl Fn(&str) -> Option<Vec<String>>,
    read: impl Fn(&str) -> Result<Imported, Refused>,
) -> Result<Vec<ReadMember>, MemberUnreadable> {
    let json = share::inflate(packed, usize::MAX).map_err(|_| MemberUnreadable::Damaged)?;
    let read_one = |backup: String| -> ReadMember {
        let imported = read(&backup).map_err(MemberUnreadable::Refused)?;
        share::the_scenario(imported).map_err(|_| MemberUnreadable::Damaged)
    };
    Ok(split(&json).ok_or(MemberUnreadable::Damaged)?.into_iter().map(read_one).collect())
}

/// Every member's scenario, read as [`read_pack`] reads, in the members' order.
pub fn read_members(
    team: &Team,
    split: impl Fn(&str) -> Option<Vec<String>>,
    read: impl Fn(&str) -> Result<Imported, Refused>,
) -> Vec<ReadMember> {
    let packs: Vec<_> = team.packs.iter().map(|p| read_pack(&p.scenarios, &split, &read)).collect();
    team.each_member(&packs, MemberUnreadable::Missing)
}

/// Every member's scenario reads back, or the first that does not, with its place and
/// label: the importer refuses a backup with a damaged member.
pub fn members_readable(
    team: Option<&Team>,
    split: impl Fn(&str) -> Option<Vec<String>>,
    read: impl Fn(&str) -> Result<Imported, Refused>,
) -> Result<(), Refused> {
    let Some(team) = team else { return Ok(()) };
    for (i, (member, scenario)) in team.members.iter().zip(read_members(team, split, read)).enumerate() {
        if let Err(why) = scenario {
            return Err(Refused::MemberUnreadable { place: i + 1, label: member.label.clone(), why: why.to_string() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::backup;
    use crate::model::{demonstration, typical_slp_workspace};

    #[test]
    fn members_are_read_back_as_they_were_packed_and_small() {
        let w = typical_slp_workspace();
        let [(name, d), _] = demonstration();
        let packed = pack_workspaces(&[("Typical", &w), (name, &d)]).unwrap();
        assert!(packed.len() < 4000, "{}", packed.len());
        assert_eq!(
            read_pack(&packed, backups_in, backup::import),
            Ok(vec![Ok(("Typical".to_string(), w.clone())), Ok((name.to_string(), d))])
        );
        // A pack of format 6: one backup alone.
        let single = Scenarios::single("Typical", w.clone());
        let alone = share::deflate(&crate::interchange::envelope::encode(&single, &w).unwrap());
        assert_eq!(read_pack(&alone, backups_in, backup::import), Ok(vec![Ok(("Typical".to_string(), w))]));
    }

    #[test]
    fn a_damaged_missing_or_refused_member_says_which() {
        assert_eq!(read_pack("not packed!", backups_in, backup::import), Err(MemberUnreadable::Damaged));
        let newer = share::deflate(r#"[{"format":"workload-calculator","version":99,"data":{}}]"#);
        assert_eq!(
            read_pack(&newer, backups_in, backup::import),
            Ok(vec![Err(MemberUnreadable::Refused(Refused::Newer { version: 99 }))])
        );

        let [(name, w), _] = demonstration();
        let mut team = Team::default();
        team.add("SLP1", "test", pack_workspaces(&[(name, &w)]).unwrap()).unwrap();
        team.add("SLP2", "test", "AAAA".into()).unwrap();
        team.add("SLP3", "test", newer).unwrap();
        let read = read_members(&team, backups_in, backup::import);
        assert_eq!(read[0].as_ref().map(|(n, _)| n.as_str()), Ok(name));
        assert_eq!(read[1], Err(MemberUnreadable::Damaged));
        assert!(matches!(read[2], Err(MemberUnreadable::Refused(Refused::Newer { .. }))));
        assert_eq!(
            members_readable(Some(&team), backups_in, backup::import),
            Err(Refused::MemberUnreadable {
                place: 2,
                label: "SLP2".into(),
                why: "its scenario is damaged and could not be unpacked".into()
            })
        );
        team.packs.truncate(1);
        assert_eq!(
            members_readable(Some(&team), backups_in, backup::import),
            Err(Refused::MemberUnreadable {
                place: 2,
                label: "SLP2".into(),
                why: "its scenario is missing from the saved team".into()
            })
        );
        team.members.truncate(1);
        assert_eq!(members_readable(Some(&team), backups_in, backup::import), Ok(()));
    }
}
