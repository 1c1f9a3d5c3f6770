//! A team: colleagues' scenarios brought together, so that a lead therapist or a director
//! sees a district's therapists side by side and the staff their work needs.
//!
//! Each member is one scenario. The scenarios are kept compactly, apart from the members:
//! in packs, each the scenarios of several members in the backup format, deflated and
//! base64url-encoded as a share link is (`interchange::team`). Packed together, two hundred
//! colleagues' caseloads fit beside the user's own scenarios in the browser's storage and
//! unpack in one go when the team page opens. The team is saved with the scenarios (format
//! 7) and carried unread by pages without it.
//!
//! A member's scenario is in the last pack that lists it. A change packs only what it
//! changes, as a new pack after the others; the team page then packs the whole team again
//! as one (`repacked`), keeping whole any pack it could not read.

use serde::{Deserialize, Serialize};

use super::rules::{Invalid, BUILDING_NAME, MAX_ID, MAX_MEMBERS, MAX_MERGES, MAX_PACKS, MEMBER_LABEL};
use super::validation::label_looks_like_a_name;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// In the order the user keeps them.
    pub members: Vec<Member>,
    /// The members' scenarios. A member's is in the last pack that lists it.
    #[serde(default)]
    pub packs: Vec<Pack>,
    /// Two spellings of one building, matched as one: each `from` is read as `into`.
    #[serde(default)]
    pub merges: Vec<BuildingMerge>,
    /// Never reused, so a removed member's id cannot come back as another.
    pub next_id: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: u32,
    /// Initials or a role code ("OT1"), never a name.
    pub label: String,
    /// Where the scenario came from, in words ("backup ot-team.json, scenario OT 2").
    pub source: String,
    /// Format 6 kept each member's scenario here, packed alone. Read into a pack of its own
    /// when the team is checked (`normalise`), and never written. (A page without the team
    /// carries the team as it found it, so a team of format 6 may arrive in data of 7.)
    #[serde(default, skip_serializing)]
    pub scenario: Option<String>,
}

/// The scenarios of the members listed, in that order, packed (`interchange::team`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// Member ids, one for each scenario in the pack. An id no member has any more stands
    /// for a scenario nobody reads.
    pub members: Vec<u32>,
    pub scenarios: String,
}

/// A removed member, with what puts it back as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub index: usize,
    pub member: Member,
    /// The pack its scenario was in, for Undo after the team has been packed again.
    pub pack: Option<Pack>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BuildingMerge {
    pub from: String,
    pub into: String,
}

/// Why a member was not added or changed.
#[derive(Clone, Debug, PartialEq)]
pub enum NotAdded {
    Full,
    /// The team's packs are at their limit until the page packs them again.
    TooManyPacks,
    /// The label looks like a person's name: a team may be printed and shared.
    LooksLikeAName,
    Invalid(Invalid),
    /// No member has this id (removed in another tab).
    NoSuchMember,
}

impl std::fmt::Display for NotAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotAdded::Full => write!(f, "The team is full: this app keeps at most {MAX_MEMBERS} members."),
            NotAdded::TooManyPacks => f.write_str("The team is still being saved. Try again in a moment."),
            NotAdded::LooksLikeAName => {
                f.write_str("That label looks like a name. Use initials or a role code (OT1, SLP-North).")
            }
            NotAdded::Invalid(why) => why.fmt(f),
            NotAdded::NoSuchMember => f.write_str("That member is no longer in the team."),
        }
    }
}

/// A member's label as typed: one line, within the rule, not a name.
pub fn member_label(text: &str) -> Result<String, NotAdded> {
    let label = text.split_whitespace().collect::<Vec<_>>().join(" ");
    MEMBER_LABEL.check(&label).map_err(NotAdded::Invalid)?;
    if label_looks_like_a_name(&label) {
        return Err(NotAdded::LooksLikeAName);
    }
    Ok(label)
}

impl Default for Team {
    fn default() -> Team {
        Team { members: Vec::new(), packs: Vec::new(), merges: Vec::new(), next_id: 1 }
    }
}

impl Team {
    pub fn member(&self, id: u32) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    fn member_mut(&mut self, id: u32) -> Result<&mut Member, NotAdded> {
        self.members.iter_mut().find(|m| m.id == id).ok_or(NotAdded::NoSuchMember)
    }

    /// A label nobody in the team has yet, from `wanted` ("OT1" → "OT1 (2)").
    pub fn unique_label(&self, wanted: &str) -> String {
        let taken = |label: &str| self.members.iter().any(|m| m.label.eq_ignore_ascii_case(label));
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|n| {
                let suffix = format!(" ({n})");
                let room = MEMBER_LABEL.max_chars - suffix.chars().count();
                format!("{}{suffix}", wanted.chars().take(room).collect::<String>().trim_end())
            })
            .find(|label| !taken(label))
            .unwrap_or_else(|| wanted.to_string())
    }

    /// Adds `scenarios`, packed, as the scenario of each of `members`.
    fn add_pack(&mut self, members: Vec<u32>, scenarios: String) -> Result<(), NotAdded> {
        if self.packs.len() >= MAX_PACKS {
            return Err(NotAdded::TooManyPacks);
        }
        self.packs.push(Pack { members, scenarios });
        Ok(())
    }

    /// Adds a member after the others, with its scenario packed alone; returns its id.
    pub fn add(&mut self, label: &str, source: &str, scenario: String) -> Result<u32, NotAdded> {
        if self.members.len() >= MAX_MEMBERS {
            return Err(NotAdded::Full);
        }
        if self.packs.len() >= MAX_PACKS {
            return Err(NotAdded::TooManyPacks);
        }
        let label = self.unique_label(&member_label(label)?);
        if self.next_id >= MAX_ID {
            self.renumber();
        }
        let id = self.next_id;
        self.next_id = id + 1;
        let source = super::rules::SOURCE.fit(source);
        self.members.push(Member { id, label, source, scenario: None });
        self.add_pack(vec![id], scenario)?;
        Ok(id)
    }

    pub fn relabel(&mut self, id: u32, label: &str) -> Result<(), NotAdded> {
        let label = member_label(label)?;
        let others = Team { members: self.members.iter().filter(|m| m.id != id).cloned().collect(), ..Team::default() };
        let label = others.unique_label(&label);
        self.member_mut(id)?.label = label;
        Ok(())
    }

    /// Member `id`'s scenario replaced by a newer backup, packed alone: the label stays.
    pub fn replace(&mut self, id: u32, source: &str, scenario: String) -> Result<(), NotAdded> {
        self.member_mut(id)?;
        self.add_pack(vec![id], scenario)?;
        self.member_mut(id)?.source = super::rules::SOURCE.fit(source);
        Ok(())
    }

    /// The scenarios of `members` (rebalanced) replaced by those packed in `scenarios`.
    pub fn replace_scenarios(&mut self, members: Vec<u32>, scenarios: String) -> Result<(), NotAdded> {
        match members.iter().find(|id| self.member(**id).is_none()) {
            Some(_) => Err(NotAdded::NoSuchMember),
            None => self.add_pack(members, scenarios),
        }
    }

    /// Removes a member; returns it and where it stood. Its scenario stays packed until the
    /// team is packed again.
    pub fn remove(&mut self, id: u32) -> Option<Removed> {
        let index = self.members.iter().position(|m| m.id == id)?;
        let pack = self.source(id).map(|(p, _)| self.packs[p].clone());
        Some(Removed { index, member: self.members.remove(index), pack })
    }

    /// Puts a removed member back where it stood, with its scenario as it was. If the team
    /// was packed again since, its pack comes back after the others, claiming this member
    /// only (the others' places in it listed as 0, which no member has): an older pack may
    /// still list the member with an older scenario.
    pub fn restore(&mut self, removed: Removed) -> Result<(), NotAdded> {
        let Removed { index, member, pack } = removed;
        if self.member(member.id).is_some() {
            return Ok(());
        }
        if self.members.len() >= MAX_MEMBERS {
            return Err(NotAdded::Full);
        }
        let id = member.id;
        let was = self.source(id).map(|(p, _)| &self.packs[p]);
        let pack = pack.filter(|pack| was.is_none_or(|was| was.scenarios != pack.scenarios));
        if let Some(mut pack) = pack {
            pack.members.iter_mut().filter(|m| **m != id).for_each(|m| *m = 0);
            self.add_pack(pack.members, pack.scenarios)?;
        }
        self.members.insert(index.min(self.members.len()), member);
        Ok(())
    }

    /// Where member `id`'s scenario is: its pack and its place there (the last pack that
    /// lists the member).
    pub fn source(&self, id: u32) -> Option<(usize, usize)> {
        self.packs.iter().enumerate().rev().find_map(|(p, pack)| Some((p, pack.members.iter().position(|m| *m == id)?)))
    }

    /// Each member's scenario, in the members' order, from what was read of each pack
    /// (`packs[p]`: the pack's scenarios in order, or why it could not be read), with
    /// `missing` where no pack holds one.
    pub fn each_member<T: Clone, E: Clone>(
        &self,
        packs: &[Result<Vec<Result<T, E>>, E>],
        missing: E,
    ) -> Vec<Result<T, E>> {
        let one = |source: Option<(usize, usize)>| {
            let (p, at) = source.ok_or_else(|| missing.clone())?;
            match &packs[p] {
                Ok(list) => list.get(at).cloned().unwrap_or_else(|| Err(missing.clone())),
                Err(why) => Err(why.clone()),
            }
        };
        self.sources().into_iter().map(one).collect()
    }

    /// Where each member's scenario is, in the members' order (a few hundred members and
    /// ids at most: no index is worth building).
    pub fn sources(&self) -> Vec<Option<(usize, usize)>> {
        self.members.iter().map(|m| self.source(m.id)).collect()
    }

    /// What packing the team again as one would do, given which members' scenarios the page
    /// has read: the members to pack, in order, and the packs to keep as they are (those
    /// holding a scenario that could not be read). `None` where the team is packed so
    /// already: one pack of every readable member after the kept ones.
    pub fn repacking(&self, readable: impl Fn(u32) -> bool) -> Option<(Vec<u32>, Vec<usize>)> {
        let sources = self.sources();
        let to_pack: Vec<u32> = self.members.iter().map(|m| m.id).filter(|id| readable(*id)).collect();
        let unread_in =
            |p: usize| self.members.iter().zip(&sources).any(|(m, s)| !readable(m.id) && s.is_some_and(|s| s.0 == p));
        let kept: Vec<usize> = (0..self.packs.len()).filter(|p| unread_in(*p)).collect();
        let packed_so = match self.packs.len().checked_sub(1) {
            // The last pack is the readable members' (in any order: moving a member up or
            // down does not pack it again), every other one is kept.
            Some(last) if !to_pack.is_empty() => {
                kept.len() == last
                    && !kept.contains(&last)
                    && to_pack.len() == self.packs[last].members.len()
                    && sources.iter().flatten().filter(|s| s.0 == last).count() == to_pack.len()
            }
            _ => to_pack.is_empty() && kept.len() == self.packs.len(),
        };
        (!packed_so).then_some((to_pack, kept))
    }

    /// The team packed again as planned by `repacking`: the kept packs, then `scenarios`,
    /// the scenarios of `members` packed together.
    pub fn repacked(&mut self, members: Vec<u32>, scenarios: String, kept: &[usize]) {
        let mut packs: Vec<Pack> = kept.iter().filter_map(|p| self.packs.get(*p).cloned()).collect();
        if !members.is_empty() {
            packs.push(Pack { members, scenarios });
        }
        self.packs = packs;
    }

    /// Members' scenarios as format 6 kept them, each moved into a pack of its own, before
    /// every other pack (which is newer).
    pub fn normalise(&mut self) {
        let old: Vec<Pack> = self
            .members
            .iter_mut()
            .filter_map(|m| m.scenario.take().map(|scenarios| Pack { members: vec![m.id], scenarios }))
            .collect();
        if !old.is_empty() {
            self.packs.splice(0..0, old);
        }
    }

    /// Moves a member up (`-1`) or down (`1`) the list.
    pub fn shift(&mut self, id: u32, by: isize) {
        let Some(from) = self.members.iter().position(|m| m.id == id) else { return };
        let to = from.saturating_add_signed(by).min(self.members.len() - 1);
        let member = self.members.remove(from);
        self.members.insert(to, member);
    }

    /// Reads the building `from` as `into` from now on (both as typed).
    pub fn merge(&mut self, from: &str, into: &str) -> Result<(), NotAdded> {
        let clean = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let (from, into) = (clean(from), clean(into));
        BUILDING_NAME.check(&from).and_then(|()| BUILDING_NAME.check(&into)).map_err(NotAdded::Invalid)?;
        if self.merges.len() >= MAX_MERGES {
            return Err(NotAdded::Full);
        }
        self.merges.retain(|m| !m.from.eq_ignore_ascii_case(&from));
        self.merges.push(BuildingMerge { from, into });
        Ok(())
    }

    pub fn unmerge(&mut self, index: usize) {
        if index < self.merges.len() {
            self.merges.remove(index);
        }
    }

    /// Ids 1, 2, 3… in order; for a counter at the limit or hand-edited ids. The packs
    /// follow (a clashing id's scenario goes to the first member that had it); a scenario of
    /// no member is listed as 0, which no member has.
    fn renumber(&mut self) {
        let old: Vec<u32> = self.members.iter().map(|m| m.id).collect();
        for id in self.packs.iter_mut().flat_map(|p| p.members.iter_mut()) {
            *id = old.iter().position(|o| o == id).map_or(0, |i| i as u32 + 1);
        }
        for (i, m) in self.members.iter_mut().enumerate() {
            m.id = i as u32 + 1;
        }
        self.next_id = self.members.len() as u32 + 1;
    }

    /// Ids that clash or run past the limit, and a counter behind them, with where.
    pub fn id_problems(&self) -> Vec<(String, Invalid)> {
        let mut found = Vec::new();
        // Members are compared with those before them: a few hundred at most.
        for (i, m) in self.members.iter().enumerate() {
            if m.id >= MAX_ID {
                found.push((format!("team.members[{i}].id"), Invalid::IdTooLarge { id: m.id }));
            } else if self.members[..i].iter().any(|e| e.id == m.id) {
                found.push((format!("team.members[{i}].id"), Invalid::DuplicateId { id: m.id }));
            }
        }
        let highest = self.members.iter().map(|m| m.id).max().unwrap_or(0);
        if self.next_id > MAX_ID {
            found.push(("team.next_id".into(), Invalid::IdTooLarge { id: self.next_id }));
        } else if self.next_id <= highest {
            found.push(("team.next_id".into(), Invalid::CounterBehind { next_id: self.next_id, highest }));
        }
        found
    }

    /// Ids unique and below the limit, the counter ahead of them (hand-edited data).
    pub fn repair_ids(&mut self) {
        let found = self.id_problems();
        if found.iter().any(|(path, _)| path.ends_with(".id")) || self.next_id > MAX_ID {
            self.renumber();
        } else if !found.is_empty() {
            self.next_id = self.members.iter().map(|m| m.id).max().unwrap_or(0) + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team() -> Team {
        let mut t = Team::default();
        for label in ["OT1", "OT2", "PT1"] {
            t.add(label, "test", String::new()).unwrap();
        }
        t
    }

    #[test]
    fn labels_are_codes_unique_and_one_line() {
        let mut t = team();
        assert_eq!(t.add("ot1", "", String::new()).map(|id| t.member(id).unwrap().label.clone()), Ok("ot1 (2)".into()));
        assert_eq!(t.add("Maria Lopez", "", String::new()), Err(NotAdded::LooksLikeAName));
        assert!(matches!(t.add("  ", "", String::new()), Err(NotAdded::Invalid(Invalid::EmptyText { .. }))));
        t.relabel(1, " SLP \n 2 ").unwrap();
        assert_eq!(t.member(1).unwrap().label, "SLP 2");
        t.relabel(2, "OT2").unwrap();
        assert_eq!(t.member(2).unwrap().label, "OT2", "its own label is not taken");
        assert_eq!(t.relabel(99, "X"), Err(NotAdded::NoSuchMember));
    }

    #[test]
    fn ids_are_never_reused_and_order_is_kept() {
        let mut t = team();
        let removed = t.remove(2).unwrap();
        assert_eq!((removed.index, removed.member.label.as_str()), (1, "OT2"));
        assert_eq!(t.add("X", "", String::new()), Ok(4));
        t.restore(removed).unwrap();
        assert_eq!(t.members.iter().map(|m| m.id).collect::<Vec<_>>(), [1, 2, 3, 4]);
        t.shift(4, -1);
        t.shift(1, -1);
        assert_eq!(t.members.iter().map(|m| m.id).collect::<Vec<_>>(), [1, 2, 4, 3]);
        t.shift(3, 5);
        assert_eq!(t.members.last().unwrap().id, 3);
    }

    #[test]
    fn a_full_team_adds_none() {
        let mut t = Team::default();
        for i in 0..MAX_MEMBERS {
            t.add(&format!("M{i}"), "", String::new()).unwrap();
        }
        assert_eq!(t.add("One more", "", String::new()), Err(NotAdded::Full));
    }

    #[test]
    fn merges_replace_an_earlier_one_for_the_same_spelling() {
        let mut t = team();
        t.merge("Lincoln  Elem", "Lincoln Elementary").unwrap();
        t.merge("lincoln elem", "Lincoln ES").unwrap();
        assert_eq!(t.merges, vec![BuildingMerge { from: "lincoln elem".into(), into: "Lincoln ES".into() }]);
        assert!(t.merge("", "x").is_err());
        t.unmerge(0);
        assert!(t.merges.is_empty());
    }

    fn packs(t: &Team) -> Vec<(Vec<u32>, &str)> {
        t.packs.iter().map(|p| (p.members.clone(), p.scenarios.as_str())).collect()
    }

    #[test]
    fn a_members_scenario_is_in_the_last_pack_that_lists_it() {
        let mut t = team();
        assert_eq!(packs(&t), [(vec![1], ""), (vec![2], ""), (vec![3], "")]);
        t.replace(2, "newer.json", "two".into()).unwrap();
        t.replace_scenarios(vec![3, 1], "moved".into()).unwrap();
        assert_eq!(t.member(2).unwrap().source, "newer.json");
        assert_eq!(t.sources(), [Some((4, 1)), Some((3, 0)), Some((4, 0))]);
        assert_eq!(t.replace_scenarios(vec![3, 9], "x".into()), Err(NotAdded::NoSuchMember));
        assert_eq!(t.replace(9, "", "x".into()), Err(NotAdded::NoSuchMember));
        assert_eq!(t.packs.len(), 5, "a refused change packs nothing");
    }

    #[test]
    fn packing_again_makes_one_pack_and_keeps_what_could_not_be_read() {
        let mut t = team();
        t.replace(2, "", "two".into()).unwrap();
        let all = |_: u32| true;
        assert_eq!(t.repacking(all), Some((vec![1, 2, 3], vec![])));
        t.repacked(vec![1, 2, 3], "all".into(), &[]);
        assert_eq!(packs(&t), [(vec![1, 2, 3], "all")]);
        assert_eq!(t.repacking(all), None);
        t.shift(3, -2);
        assert_eq!(t.repacking(all), None, "order alone does not pack again");

        // Member 2's scenario could not be read: its pack is kept as it is.
        t.replace(2, "", "damaged".into()).unwrap();
        let not_two = |id: u32| id != 2;
        assert_eq!(t.repacking(not_two), Some((vec![3, 1], vec![1])));
        t.repacked(vec![3, 1], "1 and 3".into(), &[1]);
        assert_eq!(packs(&t), [(vec![2], "damaged"), (vec![3, 1], "1 and 3")]);
        assert_eq!(t.repacking(not_two), None);

        // A removed member's scenario goes at the next packing; Undo brings it back.
        let removed = t.remove(1).unwrap();
        assert_eq!(t.repacking(not_two), Some((vec![3], vec![0])));
        t.repacked(vec![3], "3".into(), &[0]);
        t.restore(removed).unwrap();
        assert_eq!(packs(&t), [(vec![2], "damaged"), (vec![3], "3"), (vec![0, 1], "1 and 3")]);
        assert_eq!(t.source(1), Some((2, 1)));
        assert_eq!(t.repacking(not_two), Some((vec![3, 1], vec![0])));

        // No member left: no pack left.
        for id in [1, 2, 3] {
            t.remove(id);
        }
        assert_eq!(t.repacking(all), Some((vec![], vec![])));
        t.repacked(vec![], String::new(), &[]);
        assert!(t.packs.is_empty());
    }

    #[test]
    fn format_6_scenarios_become_packs_before_the_others() {
        let mut t = team();
        t.members[1].scenario = Some("old two".into());
        t.normalise();
        assert!(t.members.iter().all(|m| m.scenario.is_none()));
        assert_eq!(packs(&t)[..2], [(vec![2], "old two"), (vec![1], "")]);
        assert_eq!(t.source(2), Some((2, 0)), "the newer pack wins");
    }

    #[test]
    fn hand_edited_ids_are_repaired() {
        let mut t = team();
        t.members[0].id = 7;
        t.members[2].id = 7;
        t.packs[0].members = vec![7];
        t.packs[2].members = vec![7];
        t.packs[1].members.push(99);
        t.next_id = 0;
        assert_eq!(t.id_problems().len(), 2);
        t.repair_ids();
        assert_eq!(t.members.iter().map(|m| m.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(packs(&t).iter().map(|p| p.0.clone()).collect::<Vec<_>>(), [vec![1], vec![2, 0], vec![1]]);
        assert_eq!(t.next_id, 4);
        assert!(t.id_problems().is_empty());
        t.next_id = 2;
        t.repair_ids();
        assert_eq!((t.members[0].id, t.next_id), (1, 4));
    }
}
