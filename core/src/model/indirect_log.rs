//! The indirect-service log: work done on a student's behalf (consulting a teacher, adapting
//! materials, setting up a device, calling home), dated and timed, so that the minutes a plan
//! promises outside the therapy room are on record, not only the direct ones.
//!
//! Entries name the student by id (a label is only a label, and can change) and the person
//! worked with by role, never by name. An entry whose student has left the caseload is kept:
//! it is still a record of work done.

use serde::{Deserialize, Serialize};

use super::rules::{self, MAX_LOG_ENTRIES};
use super::{IsoDate, Workspace};

/// The kinds of indirect service a log entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndirectService {
    Consultation,
    Planning,
    InstructionalSupport,
    Observation,
    Accommodations,
    Materials,
    AssistiveTechnology,
    FamilyContact,
    TeamMeeting,
}

impl IndirectService {
    pub const ALL: [IndirectService; 9] = [
        IndirectService::Consultation,
        IndirectService::Planning,
        IndirectService::InstructionalSupport,
        IndirectService::Observation,
        IndirectService::Accommodations,
        IndirectService::Materials,
        IndirectService::AssistiveTechnology,
        IndirectService::FamilyContact,
        IndirectService::TeamMeeting,
    ];

    pub fn key(self) -> &'static str {
        match self {
            IndirectService::Consultation => "consultation",
            IndirectService::Planning => "planning",
            IndirectService::InstructionalSupport => "instructional_support",
            IndirectService::Observation => "observation",
            IndirectService::Accommodations => "accommodations",
            IndirectService::Materials => "materials",
            IndirectService::AssistiveTechnology => "assistive_technology",
            IndirectService::FamilyContact => "family_contact",
            IndirectService::TeamMeeting => "team_meeting",
        }
    }

    pub fn from_key(key: &str) -> Option<IndirectService> {
        IndirectService::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            IndirectService::Consultation => "Consultation with a teacher or aide",
            IndirectService::Planning => "Planning",
            IndirectService::InstructionalSupport => "Instructional support",
            IndirectService::Observation => "Observation and data collection",
            IndirectService::Accommodations => "Accommodations and modifications",
            IndirectService::Materials => "Materials and visual supports",
            IndirectService::AssistiveTechnology => "Assistive technology set-up and monitoring",
            IndirectService::FamilyContact => "Family contact",
            IndirectService::TeamMeeting => "Team meeting",
        }
    }
}

/// Who the work was done with: a role, so that no colleague's or parent's name is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    ClassroomTeacher,
    SpecialEducator,
    Aide,
    Family,
    OtherTherapist,
    Administrator,
    IepTeam,
    OtherStaff,
    /// Work done alone: planning, making materials.
    NoOne,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::ClassroomTeacher,
        Role::SpecialEducator,
        Role::Aide,
        Role::Family,
        Role::OtherTherapist,
        Role::Administrator,
        Role::IepTeam,
        Role::OtherStaff,
        Role::NoOne,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::ClassroomTeacher => "classroom_teacher",
            Role::SpecialEducator => "special_educator",
            Role::Aide => "aide",
            Role::Family => "family",
            Role::OtherTherapist => "other_therapist",
            Role::Administrator => "administrator",
            Role::IepTeam => "iep_team",
            Role::OtherStaff => "other_staff",
            Role::NoOne => "no_one",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::ClassroomTeacher => "Classroom teacher",
            Role::SpecialEducator => "Special education teacher",
            Role::Aide => "Aide or paraprofessional",
            Role::Family => "Parent or family",
            Role::OtherTherapist => "Another therapist",
            Role::Administrator => "Administrator",
            Role::IepTeam => "IEP team",
            Role::OtherStaff => "Other staff",
            Role::NoOne => "No one (on my own)",
        }
    }

    /// The role usual for a kind of service, offered first when the kind is chosen.
    pub fn usual_for(service: IndirectService) -> Role {
        match service {
            IndirectService::Consultation
            | IndirectService::InstructionalSupport
            | IndirectService::Observation
            | IndirectService::Accommodations => Role::ClassroomTeacher,
            IndirectService::Planning | IndirectService::Materials | IndirectService::AssistiveTechnology => {
                Role::NoOne
            }
            IndirectService::FamilyContact => Role::Family,
            IndirectService::TeamMeeting => Role::IepTeam,
        }
    }
}

/// One piece of indirect work for one student.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// From the workspace's id counter, like every row.
    pub id: u32,
    /// The student's id; one no longer on the caseload is kept as it is.
    pub student: u32,
    pub date: IsoDate,
    pub service: IndirectService,
    pub with: Role,
    /// Whole minutes ([`super::rules::LOG_MINUTES`]).
    pub minutes: u32,
    /// A few words ([`super::rules::LOG_NOTE`]): what was done, never who by name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The log, and the parent letter's text once the user has edited it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndirectLog {
    pub entries: Vec<LogEntry>,
    /// The parent letter as edited; none while it is the app's own wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
}

impl IndirectLog {
    pub fn entry(&self, id: u32) -> Option<&LogEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn entry_mut(&mut self, id: u32) -> Option<&mut LogEntry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }
}

/// What the entry form holds before it becomes one entry per student.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub date: IsoDate,
    pub service: IndirectService,
    pub with: Role,
    pub minutes: u32,
    pub note: String,
}

/// Why entries were not added.
#[derive(Clone, Debug, PartialEq)]
pub enum NotLogged {
    NoStudent,
    /// An entry being edited is for one student.
    OneStudent,
    /// The entry being edited is no longer in the log (undone, or removed in another tab).
    Gone,
    /// The log would pass [`MAX_LOG_ENTRIES`]; `room` is how many more it takes.
    Full {
        room: usize,
    },
    Invalid(rules::Invalid),
}

impl std::fmt::Display for NotLogged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotLogged::NoStudent => f.write_str("Choose at least one student."),
            NotLogged::OneStudent => f.write_str("An entry is for one student: choose just one."),
            NotLogged::Gone => f.write_str("That entry is no longer in the log: nothing was changed."),
            NotLogged::Full { room: 0 } => {
                write!(f, "The log is full: it keeps at most {MAX_LOG_ENTRIES} entries. Nothing was added.")
            }
            NotLogged::Full { room } => write!(
                f,
                "The log keeps at most {MAX_LOG_ENTRIES} entries and has room for {room} more. Nothing was added."
            ),
            NotLogged::Invalid(error) => error.fmt(f),
        }
    }
}

impl Draft {
    /// The draft as the entry it would be, for the form to fill in.
    pub fn of(entry: &LogEntry) -> Draft {
        Draft {
            date: entry.date,
            service: entry.service,
            with: entry.with,
            minutes: entry.minutes,
            note: entry.note.clone(),
        }
    }

    /// Every field within its rule ([`rules::LOG_MINUTES`], [`rules::LOG_NOTE`], the years).
    fn check(&self) -> Result<(), NotLogged> {
        rules::LOG_MINUTES.check(f64::from(self.minutes)).map_err(NotLogged::Invalid)?;
        rules::LOG_NOTE.check(&self.note).map_err(NotLogged::Invalid)?;
        rules::check_date(self.date).map_err(NotLogged::Invalid)?;
        Ok(())
    }
}

impl Workspace {
    /// The log, made empty if there is none yet.
    pub fn log_mut(&mut self) -> &mut IndirectLog {
        self.indirect_log.get_or_insert_with(IndirectLog::default)
    }

    /// Logs `draft` for each of `students`, with its minutes each or, if `share`, shared among
    /// them; the new entries' ids. All or nothing: the draft is checked by the rules first,
    /// and a log without room for every entry takes none.
    pub fn log_entries(&mut self, draft: &Draft, students: &[u32], share: bool) -> Result<Vec<u32>, NotLogged> {
        // Every one on the caseload: an id of no student could come to name another one.
        if students.is_empty() || students.iter().any(|id| self.student(*id).is_none()) {
            return Err(NotLogged::NoStudent);
        }
        draft.check()?;
        let room = MAX_LOG_ENTRIES.saturating_sub(self.indirect_log.as_ref().map_or(0, |l| l.entries.len()));
        if students.len() > room {
            return Err(NotLogged::Full { room });
        }
        // Renumbering, if it comes, comes first: the students' ids are read after it.
        let places: Vec<usize> =
            students.iter().filter_map(|id| self.students.iter().position(|s| s.id == *id)).collect();
        self.reserve_ids(students.len());
        let minutes =
            if share { share_minutes(draft.minutes, students.len()) } else { vec![draft.minutes; students.len()] };
        let mut ids = Vec::with_capacity(students.len());
        for (place, minutes) in places.into_iter().zip(minutes) {
            let student = self.students[place].id;
            let id = self.take_id();
            let entry = LogEntry {
                id,
                student,
                date: draft.date,
                service: draft.service,
                with: draft.with,
                minutes,
                note: draft.note.clone(),
            };
            self.log_mut().entries.push(entry);
            ids.push(id);
        }
        Ok(ids)
    }

    /// Writes `draft` over the entry `id`, for `student` (one on the caseload). Nothing
    /// changes unless all of it is valid.
    pub fn update_entry(&mut self, id: u32, students: &[u32], draft: &Draft) -> Result<(), NotLogged> {
        let student = match students {
            [] => return Err(NotLogged::NoStudent),
            [one] if self.student(*one).is_some() => *one,
            [_] => return Err(NotLogged::NoStudent),
            _ => return Err(NotLogged::OneStudent),
        };
        draft.check()?;
        let entry = self.indirect_log.as_mut().and_then(|l| l.entry_mut(id)).ok_or(NotLogged::Gone)?;
        *entry = LogEntry {
            id,
            student,
            date: draft.date,
            service: draft.service,
            with: draft.with,
            minutes: draft.minutes,
            note: draft.note.clone(),
        };
        Ok(())
    }

    /// A copy of an entry with a fresh id, right after it; `None` if there is no such entry or
    /// the log is full.
    pub fn duplicate_entry(&mut self, id: u32) -> Option<u32> {
        let log = self.indirect_log.as_ref()?;
        let index = log.entries.iter().position(|e| e.id == id)?;
        if log.entries.len() >= MAX_LOG_ENTRIES {
            return None;
        }
        // Renumbering, if it comes, keeps the order: the entry is still at `index`.
        self.reserve_ids(1);
        let mut copy = self.indirect_log.as_ref()?.entries[index].clone();
        copy.id = self.take_id();
        let new_id = copy.id;
        self.log_mut().entries.insert(index + 1, copy);
        Some(new_id)
    }

    /// Removes an entry; returns it (for "Removed … Undo").
    pub fn remove_entry(&mut self, id: u32) -> Option<LogEntry> {
        let log = self.indirect_log.as_mut()?;
        let index = log.entries.iter().position(|e| e.id == id)?;
        Some(log.entries.remove(index))
    }
}

/// `total` whole minutes shared among `n` students, as equal as whole minutes allow: the
/// first students take the remainder, one minute each. Every share is at least one minute
/// (a student with none would have no entry), so `n` above `total` gives each one minute.
pub fn share_minutes(total: u32, n: usize) -> Vec<u32> {
    let n32 = n as u32;
    if n32 == 0 {
        return Vec::new();
    }
    let (each, extra) = (total / n32, total % n32);
    (0..n32).map(|i| (each + u32::from(i < extra)).max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_role_reads_back_from_its_key() {
        for s in IndirectService::ALL {
            assert_eq!(IndirectService::from_key(s.key()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.key()));
        }
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.key()));
        }
    }

    #[test]
    fn shared_minutes_add_up_to_the_whole() {
        assert_eq!(share_minutes(30, 4), vec![8, 8, 7, 7]);
        assert_eq!(share_minutes(30, 3), vec![10, 10, 10]);
        assert_eq!(share_minutes(2, 3), vec![1, 1, 1]);
        assert!(share_minutes(30, 0).is_empty());
        for (total, n) in [(45, 7), (60, 6), (480, 11)] {
            assert_eq!(share_minutes(total, n).iter().sum::<u32>(), total);
        }
    }
}
