//! A team member's scenario, packed: one scenario in the backup format, deflated and
//! base64url-encoded (as a share link is, without a link's length limit). A member is read
//! back exactly as a backup file is, so every rule and migration applies to it too.
//!
//! Packed, the built-in example's 48 students take under 3,000 characters where the same
//! scenario saved as JSON takes about 25,000: a team of two hundred fits in the browser's
//! storage beside the user's own scenarios (docs/performance.md has the measured sizes).

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

/// The saved-data JSON of one scenario (written by the caller's JSON writer: the browser's
/// own in the app, serde_json in tests), packed.
pub fn pack(json: &str) -> String {
    share::deflate(json)
}

/// A member's scenario as serde_json writes it, packed (tests and benchmarks; the app packs
/// what the browser's `JSON.stringify` wrote).
pub fn pack_workspace(name: &str, workspace: &Workspace) -> Result<String, Unsavable> {
    let single = Scenarios::single(name, for_team(workspace));
    Ok(pack(&super::envelope::encode(&single, &single.list[0].workspace)?))
}

/// Why a member's scenario could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum MemberUnreadable {
    /// The packed text does not unpack (edited by hand, or cut short).
    Damaged,
    /// It unpacks, and is refused as a backup file with it would be.
    Refused(Refused),
}

impl fmt::Display for MemberUnreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberUnreadable::Damaged => f.write_str("its scenario is damaged and could not be unpacked"),
            MemberUnreadable::Refused(why) => write!(f, "{why}"),
        }
    }
}

/// A member's scenario and its name, read with `read` (a backup reader: serde_json's
/// `backup::import` here, the browser's own JSON in the app).
pub fn read_member(
    packed: &str,
    read: impl Fn(&str) -> Result<Imported, Refused>,
) -> Result<(String, Workspace), MemberUnreadable> {
    let json = share::inflate(packed, usize::MAX).map_err(|_| MemberUnreadable::Damaged)?;
    let imported = read(&json).map_err(MemberUnreadable::Refused)?;
    share::the_scenario(imported).map_err(|_| MemberUnreadable::Damaged)
}

/// Every member's scenario reads back, or the first that does not, with its place and
/// label: the importer refuses a backup with a damaged member.
pub fn members_readable(team: Option<&Team>, read: impl Fn(&str) -> Result<Imported, Refused>) -> Result<(), Refused> {
    for (i, member) in team.map_or(&[][..], |t| &t.members).iter().enumerate() {
        if let Err(why) = read_member(&member.scenario, &read) {
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
    fn a_member_is_read_back_as_it_was_packed_and_small() {
        let w = typical_slp_workspace();
        let packed = pack_workspace("Typical", &w).unwrap();
        assert!(packed.len() < 3000, "{}", packed.len());
        assert_eq!(read_member(&packed, backup::import), Ok(("Typical".to_string(), w)));
    }

    #[test]
    fn a_damaged_or_refused_member_says_which() {
        assert_eq!(read_member("not packed!", backup::import), Err(MemberUnreadable::Damaged));
        let newer = pack(r#"{"format":"workload-calculator","version":99,"data":{}}"#);
        assert_eq!(read_member(&newer, backup::import), Err(MemberUnreadable::Refused(Refused::Newer { version: 99 })));

        let [(name, w), _] = demonstration();
        let mut team = Team::default();
        team.add("SLP1", "test", pack_workspace(name, &w).unwrap()).unwrap();
        team.add("SLP2", "test", "AAAA".into()).unwrap();
        assert_eq!(
            members_readable(Some(&team), backup::import),
            Err(Refused::MemberUnreadable {
                place: 2,
                label: "SLP2".into(),
                why: "its scenario is damaged and could not be unpacked".into()
            })
        );
        team.members.pop();
        assert_eq!(members_readable(Some(&team), backup::import), Ok(()));
    }
}
