//! Named scenarios: a provider, a what-if, a colleague's assignment. Each scenario is a whole
//! [`Workspace`]; one of them is the active one the calculator and planner work on.

use serde::{Deserialize, Serialize};

use super::rules::{MAX_ID, MAX_SCENARIOS, SCENARIO_NAME};
use super::{typical_slp_workspace, Workspace};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: u32,
    pub name: String,
    pub workspace: Workspace,
}

/// Everything the app saves: every scenario and which one is open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenarios {
    pub active: u32,
    /// Never reused, so a deleted scenario's id cannot come back as another.
    pub next_id: u32,
    /// In the order the user created them; never empty.
    pub list: Vec<Scenario>,
    /// Colleagues' scenarios brought together (the team page). Added in format 6; left out
    /// of the saved data while there is none. Pages built without the team do not read it:
    /// their shell writes back the team the saved text holds (`storage::carried_team`),
    /// which costs them no code here and no time on each save (a team of two hundred is
    /// about a megabyte).
    #[cfg(feature = "team")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<super::Team>,
}

/// The name of the example caseload: it says it is an example wherever it is listed.
pub const EXAMPLE_NAME: &str = "Example: typical school SLP";

impl Scenarios {
    pub fn single(name: &str, workspace: Workspace) -> Scenarios {
        Scenarios {
            active: 1,
            next_id: 2,
            list: vec![Scenario { id: 1, name: name.into(), workspace }],
            #[cfg(feature = "team")]
            team: None,
        }
    }

    /// A first visit: the typical school SLP week, so the app opens on real numbers.
    /// The example a first visit shows (and "Explore an example" opens), named as one.
    pub fn first_visit() -> Scenarios {
        Scenarios::single(EXAMPLE_NAME, typical_slp_workspace())
    }

    pub fn get(&self, id: u32) -> Option<&Scenario> {
        self.list.iter().find(|s| s.id == id)
    }

    pub fn active_name(&self) -> &str {
        self.get(self.active).map_or("", |s| s.name.as_str())
    }

    pub fn is_full(&self) -> bool {
        self.list.len() >= MAX_SCENARIOS
    }

    /// What every page says when the list cannot take another scenario.
    pub fn full_message() -> String {
        format!(
            "The list of scenarios is full: this app keeps at most {MAX_SCENARIOS}. \
             Delete one you no longer need to make room."
        )
    }

    /// Adds a scenario after the others and returns its id (`None` when full). The caller
    /// decides whether it becomes the active one.
    pub fn add(&mut self, name: &str, workspace: Workspace) -> Option<u32> {
        if self.is_full() {
            return None;
        }
        if self.next_id >= MAX_ID {
            self.renumber();
        }
        let id = self.next_id;
        self.next_id += 1;
        let name = self.unique_name(name);
        self.list.push(Scenario { id, name, workspace });
        Some(id)
    }

    pub fn rename(&mut self, id: u32, name: &str) {
        let name = self.unique_name_except(name, id);
        if let Some(s) = self.list.iter_mut().find(|s| s.id == id) {
            s.name = name;
        }
    }

    /// Removes a scenario, unless it is the last one; returns it and where it stood. If it
    /// was active, its neighbour becomes active.
    pub fn remove(&mut self, id: u32) -> Option<(usize, Scenario)> {
        if self.list.len() <= 1 {
            return None;
        }
        let index = self.list.iter().position(|s| s.id == id)?;
        let removed = self.list.remove(index);
        if self.active == id {
            self.active = self.list[index.min(self.list.len() - 1)].id;
        }
        Some((index, removed))
    }

    /// A name nobody else has: "What if" becomes "What if (2)".
    pub fn unique_name(&self, wanted: &str) -> String {
        self.unique_name_except(wanted, u32::MAX)
    }

    fn unique_name_except(&self, wanted: &str, except: u32) -> String {
        let base = clean_name(wanted);
        let taken = |name: &str| self.list.iter().any(|s| s.id != except && s.name == name);
        if !taken(&base) {
            return base;
        }
        // "Name (2)", the name shortened where the number would not fit otherwise.
        let numbered = |n: usize| {
            let suffix = format!(" ({n})");
            let room = SCENARIO_NAME.max_chars - suffix.chars().count();
            format!("{}{suffix}", base.chars().take(room).collect::<String>().trim_end())
        };
        (2..).map(numbered).find(|name| !taken(name)).unwrap_or(base)
    }

    /// Gives every scenario a new id, 1, 2, 3… in order; the open one stays open.
    fn renumber(&mut self) {
        let active = self.list.iter().position(|s| s.id == self.active).unwrap_or(0);
        for (i, s) in self.list.iter_mut().enumerate() {
            s.id = i as u32 + 1;
        }
        self.active = self.list.get(active).map_or(1, |s| s.id);
        self.next_id = self.list.len() as u32 + 1;
    }

    /// Makes the list's ids unique and below [`MAX_ID`], the counter ahead of them, and the
    /// open scenario one that is there, where saved data was edited by hand. An empty list
    /// becomes a first visit's.
    pub fn repair_ids(&mut self) {
        if self.list.is_empty() {
            self.list = Scenarios::first_visit().list;
            (self.active, self.next_id) = (1, 2);
            return;
        }
        let clash = self
            .list
            .iter()
            .enumerate()
            .any(|(i, s)| s.id >= MAX_ID || self.list[..i].iter().any(|earlier| earlier.id == s.id));
        let highest = self.list.iter().map(|s| s.id).max().unwrap_or(0);
        if clash || self.next_id > MAX_ID {
            self.renumber();
        } else if self.next_id <= highest {
            self.next_id = highest + 1;
        }
        if self.get(self.active).is_none() {
            self.active = self.list[0].id;
        }
    }
}

/// Trimmed, one line, within [`SCENARIO_NAME`]; never empty.
pub fn clean_name(name: &str) -> String {
    let one_line: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = SCENARIO_NAME.fit(&one_line).trim_end().to_string();
    if short.is_empty() {
        "Untitled scenario".into()
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, Discipline};

    fn three() -> Scenarios {
        let mut s = Scenarios::first_visit();
        s.add("B", blank_workspace(Discipline::Ot));
        s.add("C", blank_workspace(Discipline::Pt));
        s
    }

    #[test]
    fn names_stay_unique_and_clean() {
        let mut s = three();
        assert_eq!(s.add("B", blank_workspace(Discipline::Ot)), Some(4));
        assert_eq!(s.get(4).unwrap().name, "B (2)");
        s.rename(4, "  C \n ");
        assert_eq!(s.get(4).unwrap().name, "C (2)");
        s.rename(3, "C");
        assert_eq!(s.get(3).unwrap().name, "C", "renaming to its own name keeps it");
        assert_eq!(clean_name(""), "Untitled scenario");
        assert_eq!(clean_name(&"x".repeat(200)).chars().count(), SCENARIO_NAME.max_chars);
    }

    #[test]
    fn removing_the_active_scenario_opens_its_neighbour() {
        let mut s = three();
        s.active = 2;
        let (index, removed) = s.remove(2).unwrap();
        assert_eq!((index, removed.name.as_str(), s.active, s.list.len()), (1, "B", 3, 2));
        s.add("B again", blank_workspace(Discipline::Ot));
        s.active = 4;
        s.remove(4);
        assert_eq!(s.active, 3, "the last one's neighbour is the one before it");
    }

    #[test]
    fn the_last_scenario_cannot_be_removed_and_ids_are_never_reused() {
        let mut s = Scenarios::first_visit();
        assert!(s.remove(1).is_none());
        let id = s.add("x", blank_workspace(Discipline::Slp)).unwrap();
        s.remove(id);
        assert_eq!(s.add("y", blank_workspace(Discipline::Slp)), Some(id + 1));
    }

    #[test]
    fn there_is_a_limit() {
        let mut s = Scenarios::first_visit();
        while s.add("x", blank_workspace(Discipline::Slp)).is_some() {}
        assert_eq!(s.list.len(), MAX_SCENARIOS);
    }

    #[test]
    fn repair_fixes_hand_edited_ids() {
        let mut s = three();
        s.list[2].id = 1;
        s.active = 99;
        s.next_id = 0;
        s.repair_ids();
        let mut ids: Vec<u32> = s.list.iter().map(|x| x.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(s.next_id > *ids.iter().max().unwrap());
        assert_eq!(s.active, 1);
        let mut empty = Scenarios { active: 1, next_id: 1, ..Scenarios::first_visit() };
        empty.list.clear();
        empty.repair_ids();
        assert_eq!(empty.list.len(), 1);
    }
}
