//! A team: colleagues' scenarios brought together, so that a lead therapist or a director
//! sees a district's therapists side by side and the staff their work needs.
//!
//! Each member is one scenario, kept compactly: the scenario in the backup format, deflated
//! and base64url-encoded as a share link is (`interchange::team`), so that two hundred
//! colleagues' caseloads fit beside the user's own scenarios in the browser's storage. The
//! team is saved with the scenarios (format 6) and carried unread by pages without it.

use serde::{Deserialize, Serialize};

use super::rules::{Invalid, BUILDING_NAME, MAX_ID, MAX_MEMBERS, MAX_MERGES, MEMBER_LABEL};
use super::validation::label_looks_like_a_name;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// In the order the user keeps them.
    pub members: Vec<Member>,
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
    /// The scenario, packed (`interchange::team::pack_member`).
    pub scenario: String,
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
        Team { members: Vec::new(), merges: Vec::new(), next_id: 1 }
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

    /// Adds a member after the others; returns its id.
    pub fn add(&mut self, label: &str, source: &str, scenario: String) -> Result<u32, NotAdded> {
        if self.members.len() >= MAX_MEMBERS {
            return Err(NotAdded::Full);
        }
        let label = self.unique_label(&member_label(label)?);
        if self.next_id >= MAX_ID {
            self.renumber();
        }
        let id = self.next_id;
        self.next_id = id + 1;
        let source = super::rules::SOURCE.fit(source);
        self.members.push(Member { id, label, source, scenario });
        Ok(id)
    }

    pub fn relabel(&mut self, id: u32, label: &str) -> Result<(), NotAdded> {
        let label = member_label(label)?;
        let others = Team { members: self.members.iter().filter(|m| m.id != id).cloned().collect(), ..Team::default() };
        let label = others.unique_label(&label);
        self.member_mut(id)?.label = label;
        Ok(())
    }

    /// The member's scenario replaced (a newer backup, or rebalanced): the label stays.
    pub fn replace(&mut self, id: u32, source: Option<&str>, scenario: String) -> Result<(), NotAdded> {
        let member = self.member_mut(id)?;
        if let Some(source) = source {
            member.source = super::rules::SOURCE.fit(source);
        }
        member.scenario = scenario;
        Ok(())
    }

    /// Removes a member; returns it and where it stood.
    pub fn remove(&mut self, id: u32) -> Option<(usize, Member)> {
        let index = self.members.iter().position(|m| m.id == id)?;
        Some((index, self.members.remove(index)))
    }

    /// Puts a removed member back where it stood.
    pub fn restore(&mut self, index: usize, member: Member) {
        if self.members.len() < MAX_MEMBERS && self.member(member.id).is_none() {
            self.members.insert(index.min(self.members.len()), member);
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

    /// Ids 1, 2, 3… in order; for a counter at the limit or hand-edited ids.
    fn renumber(&mut self) {
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
        let (index, removed) = t.remove(2).unwrap();
        assert_eq!((index, removed.label.as_str()), (1, "OT2"));
        assert_eq!(t.add("X", "", String::new()), Ok(4));
        t.restore(index, removed);
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

    #[test]
    fn hand_edited_ids_are_repaired() {
        let mut t = team();
        t.members[2].id = 1;
        t.next_id = 0;
        assert_eq!(t.id_problems().len(), 2);
        t.repair_ids();
        assert_eq!(t.members.iter().map(|m| m.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(t.next_id, 4);
        assert!(t.id_problems().is_empty());
        t.next_id = 2;
        t.repair_ids();
        assert_eq!((t.members[0].id, t.next_id), (1, 4));
    }
}
