use serde::{Deserialize, Serialize};

use super::{Activity, Checklist, Profile, SchoolYear, StandardValues, Student};

/// Everything a user describes about one assignment: the input of the engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub profile: Profile,
    pub standards: StandardValues,
    pub students: Vec<Student>,
    pub activities: Vec<Activity>,
    /// The school calendar for the 3:1 planner. Added after the first format; older saves
    /// get the typical year.
    #[serde(default)]
    pub school_year: SchoolYear,
    #[serde(default)]
    pub checklist: Checklist,
    /// The next id to hand out to a student, activity or building: ids are never reused,
    /// so a row's identity survives edits, removals and reloads.
    pub next_id: u32,
}

impl Workspace {
    /// An assignment with the typical school year and the discipline's usual indirect-week
    /// tasks, and nothing else yet.
    pub fn new(profile: Profile, standards: StandardValues) -> Workspace {
        let school_year = SchoolYear::default();
        let next_id = school_year.days_off.iter().map(|d| d.id).max().unwrap_or(0) + 1;
        let discipline = profile.discipline;
        let mut workspace = Workspace {
            profile,
            standards,
            students: Vec::new(),
            activities: Vec::new(),
            school_year,
            checklist: Checklist::default(),
            next_id,
        };
        for (name, minutes, kind) in super::checklist::default_tasks(discipline) {
            let id = workspace.take_id();
            workspace.checklist.tasks.push(super::IndirectTask { id, name: name.into(), minutes, kind });
        }
        workspace
    }

    /// The highest id in use anywhere, so that `next_id` can be kept past it.
    pub fn highest_id(&self) -> u32 {
        self.students
            .iter()
            .map(|s| s.id)
            .chain(self.activities.iter().map(|a| a.id))
            .chain(self.profile.buildings.iter().map(|b| b.id))
            .chain(self.school_year.days_off.iter().map(|d| d.id))
            .chain(self.checklist.tasks.iter().map(|t| t.id))
            .max()
            .unwrap_or(0)
    }

    pub fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn student_mut(&mut self, id: u32) -> Option<&mut Student> {
        self.students.iter_mut().find(|s| s.id == id)
    }

    pub fn activity_mut(&mut self, id: u32) -> Option<&mut Activity> {
        self.activities.iter_mut().find(|a| a.id == id)
    }

    /// A copy of a student with a fresh id, inserted right after the original.
    pub fn duplicate_student(&mut self, id: u32) -> Option<u32> {
        let index = self.students.iter().position(|s| s.id == id)?;
        let mut copy = self.students[index].clone();
        copy.id = self.take_id();
        copy.label = format!("{} (copy)", copy.label);
        let new_id = copy.id;
        self.students.insert(index + 1, copy);
        Some(new_id)
    }

    /// Group names already used, for suggesting them when grouping another student.
    pub fn group_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .students
            .iter()
            .flat_map(|s| s.services.iter().filter_map(|v| v.group.clone()))
            .filter(|g| !g.trim().is_empty())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}
