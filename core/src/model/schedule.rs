//! The weekly schedule: the therapist's week laid out by day and time, so that the plan the
//! calculator checks is one that can be kept. Sessions come from the caseload (a student's
//! session, or a group's with its students); other blocks are indirect work, meetings, lunch,
//! duties, travel, and the school's fixed times (blackouts) that sessions must avoid.
//!
//! A block names its student by id and its group by the caseload's group name, so it follows
//! the caseload: a group's students are whoever has that group name today. Under 3:1 a block
//! belongs to the direct week or to the indirect week.

use serde::{Deserialize, Serialize};

use super::rules::{self, Invalid, MAX_BLOCKS};
use super::{group_key, Delivery, Workspace};

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Direct service: one student's session or a group's.
    Session,
    Indirect,
    Meeting,
    Lunch,
    Duty,
    Travel,
    /// A time the school sets (lunch, recess, specials, arrival): no session should be here.
    Blackout,
}

impl BlockKind {
    /// The kinds a user adds by hand (sessions come from the caseload).
    pub const ADDED: [BlockKind; 6] = [
        BlockKind::Indirect,
        BlockKind::Meeting,
        BlockKind::Lunch,
        BlockKind::Duty,
        BlockKind::Travel,
        BlockKind::Blackout,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BlockKind::Session => "session",
            BlockKind::Indirect => "indirect",
            BlockKind::Meeting => "meeting",
            BlockKind::Lunch => "lunch",
            BlockKind::Duty => "duty",
            BlockKind::Travel => "travel",
            BlockKind::Blackout => "blackout",
        }
    }

    pub fn from_key(key: &str) -> Option<BlockKind> {
        [BlockKind::Session].into_iter().chain(BlockKind::ADDED).find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            BlockKind::Session => "Session",
            BlockKind::Indirect => "Indirect work",
            BlockKind::Meeting => "Meeting",
            BlockKind::Lunch => "Lunch",
            BlockKind::Duty => "Duty",
            BlockKind::Travel => "Travel",
            BlockKind::Blackout => "School's fixed time",
        }
    }

    /// Whether the therapist is at work in it (a blackout is the school's time, not theirs).
    pub fn is_work(self) -> bool {
        !matches!(self, BlockKind::Lunch | BlockKind::Blackout)
    }
}

/// Under 3:1, the week a block belongs to; a traditional schedule has only direct weeks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockWeek {
    #[default]
    Direct,
    Indirect,
}

/// One block of the week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub id: u32,
    pub kind: BlockKind,
    #[serde(default)]
    pub week: BlockWeek,
    /// The school day, from 0 (Monday).
    pub day: u32,
    /// Minutes after midnight.
    pub start: u32,
    pub minutes: u32,
    /// A session for one student: their id (0 once they have left the caseload).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student: Option<u32>,
    /// A group session: the caseload's group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Where the block is, for blocks other than sessions (a session is where its students are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub building: Option<u32>,
    /// The user's words for a block other than a session ("Lunch, grade 3", "IEP meeting").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl Block {
    /// A block of `kind` on `day` at `start`, in the direct week, for no student, in no
    /// building, unnamed; its id is given when it is placed.
    pub fn new(kind: BlockKind, day: u32, start: u32, minutes: u32) -> Block {
        Block {
            id: 0,
            kind,
            week: BlockWeek::Direct,
            day,
            start,
            minutes,
            student: None,
            group: None,
            building: None,
            label: String::new(),
        }
    }

    /// When it ends (saturating: a hand-edited file may hold any numbers until checked).
    pub fn end(&self) -> u32 {
        self.start.saturating_add(self.minutes)
    }

    pub fn overlaps(&self, other: &Block) -> bool {
        self.day == other.day && self.week == other.week && self.start < other.end() && other.start < self.end()
    }
}

/// A building's school days, as a set of days (bit 0 is Monday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildingDays {
    pub building: u32,
    pub days: u32,
}

/// The schedule's settings and its blocks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// The day shown, in minutes after midnight.
    pub day_start: u32,
    pub day_end: u32,
    /// The grid's step: one of [`SLOTS`].
    pub slot: u32,
    /// The largest group the user allows: a larger one is a conflict.
    pub largest_group: u32,
    /// Which days the therapist is at each building; a building not listed is every day.
    #[serde(default)]
    pub building_days: Vec<BuildingDays>,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// The slot lengths the grid offers, in minutes.
pub const SLOTS: [u32; 4] = [5, 10, 15, 30];
/// Weekdays' short names, Monday first.
pub const DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Default for Schedule {
    fn default() -> Schedule {
        Schedule {
            day_start: 7 * 60 + 30,
            day_end: 15 * 60 + 30,
            slot: 15,
            largest_group: 4,
            building_days: Vec::new(),
            blocks: Vec::new(),
        }
    }
}

impl Schedule {
    pub fn block(&self, id: u32) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }

    /// Whether the therapist is at `building` on `day`.
    pub fn at_building(&self, building: u32, day: u32) -> bool {
        self.building_days.iter().find(|b| b.building == building).is_none_or(|b| b.days & (1 << day) != 0)
    }

    /// The settings' own rule: a day that ends after it starts (each time is within
    /// [`rules::SCHEDULE_TIME`], the slot one of [`SLOTS`]).
    pub fn check_day(&self) -> Result<(), Invalid> {
        rules::SCHEDULE_TIME.check(f64::from(self.day_start))?;
        rules::SCHEDULE_TIME.check(f64::from(self.day_end))?;
        if self.day_end < self.day_start.saturating_add(60) {
            return Err(Invalid::DayEndsBeforeStart);
        }
        if !SLOTS.contains(&self.slot) {
            return Err(Invalid::NotASlot { minutes: self.slot });
        }
        Ok(())
    }

    /// Where a block of `minutes` can start on the shown day: `start` kept within the day's
    /// hours and on the grid's step. A block longer than the day starts with it, unless it
    /// would then end past the grid's last time (it starts earlier, outside the day: a
    /// conflict to see, never data that cannot be saved).
    pub fn fit(&self, start: u32, minutes: u32) -> u32 {
        let last = self.day_end.saturating_sub(minutes).max(self.day_start);
        let start = start.clamp(self.day_start, last);
        let on_step = self.day_start + (start - self.day_start) / self.slot.max(1) * self.slot.max(1);
        on_step.min(last).min((rules::SCHEDULE_TIME.max as u32).saturating_sub(minutes))
    }
}

/// Why a block was not placed.
#[derive(Clone, Debug, PartialEq)]
pub enum NotPlaced {
    /// The schedule has as many blocks as it can keep.
    Full,
    /// The session's student or group is not on the caseload.
    NoSuchSession,
    /// A value outside its rule (minutes, the label, a day not in the week).
    Invalid(Invalid),
}

impl std::fmt::Display for NotPlaced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotPlaced::Full => {
                write!(f, "The schedule holds at most {MAX_BLOCKS} blocks: remove one to place another.")
            }
            NotPlaced::NoSuchSession => f.write_str("That session's student or group is no longer on the caseload."),
            NotPlaced::Invalid(e) => e.fmt(f),
        }
    }
}

impl From<Invalid> for NotPlaced {
    fn from(e: Invalid) -> NotPlaced {
        NotPlaced::Invalid(e)
    }
}

/// The days a week of this workspace has in its schedule: the scenario's days worked a
/// week, rounded up, from one to five.
pub fn school_days(workspace: &Workspace) -> u32 {
    let days = workspace.profile.days_per_week;
    if days.is_finite() {
        (days.ceil() as u32).clamp(1, 5)
    } else {
        5
    }
}

impl Workspace {
    /// The schedule, made with the usual settings the first time it is needed.
    pub fn schedule_mut(&mut self) -> &mut Schedule {
        self.schedule.get_or_insert_with(Schedule::default)
    }

    /// Places a block (its id is ignored: a fresh one is given); the new id. The block is
    /// checked by the rules first, kept within the shown day, and a session must name a
    /// student on the caseload or a group someone on it is in.
    pub fn place_block(&mut self, mut block: Block) -> Result<u32, NotPlaced> {
        if self.schedule.as_ref().is_some_and(|s| s.blocks.len() >= MAX_BLOCKS) {
            return Err(NotPlaced::Full);
        }
        check_block(&block, school_days(self))?;
        if block.kind == BlockKind::Session {
            let known = match (&block.student, &block.group) {
                (Some(id), None) => self.student(*id).is_some(),
                (None, Some(group)) => self.has_direct_group(group),
                _ => false,
            };
            if !known {
                return Err(NotPlaced::NoSuchSession);
            }
        } else {
            block.student = None;
            block.group = None;
        }
        // Renumbering, if it comes, comes first: the block's student and building are read
        // after it.
        let place = block.student.and_then(|id| self.students.iter().position(|s| s.id == id));
        let building = block.building.and_then(|id| self.profile.buildings.iter().position(|b| b.id == id));
        self.reserve_ids(1);
        block.student = place.map(|i| self.students[i].id);
        block.building = building.map(|i| self.profile.buildings[i].id);
        block.id = self.take_id();
        let schedule = self.schedule_mut();
        block.start = schedule.fit(block.start, block.minutes);
        let id = block.id;
        schedule.blocks.push(block);
        Ok(id)
    }

    /// Whether anyone on the caseload is in the group `name` (in any case) by a direct
    /// service: a group to schedule sessions for.
    fn has_direct_group(&self, name: &str) -> bool {
        let Some(key) = group_key(name) else { return false };
        self.students
            .iter()
            .flat_map(|s| &s.services)
            .any(|v| v.delivery != Delivery::Consult && v.group.as_deref().and_then(group_key).as_ref() == Some(&key))
    }

    /// Moves a block to `day` at `start` (kept within the day and on its step); false if
    /// there is no such block or no such day.
    pub fn move_block(&mut self, id: u32, day: u32, start: u32) -> bool {
        if day >= school_days(self) {
            return false;
        }
        let Some(schedule) = self.schedule.as_mut() else { return false };
        let fitted = |b: &Block| schedule.fit(start, b.minutes);
        let Some(start) = schedule.block(id).map(fitted) else { return false };
        let Some(block) = schedule.blocks.iter_mut().find(|b| b.id == id) else { return false };
        block.day = day;
        block.start = start;
        true
    }

    pub fn remove_block(&mut self, id: u32) -> Option<Block> {
        let schedule = self.schedule.as_mut()?;
        let index = schedule.blocks.iter().position(|b| b.id == id)?;
        Some(schedule.blocks.remove(index))
    }

    /// Whether the therapist is at `building` on `day`.
    pub fn set_building_day(&mut self, building: u32, day: u32, at: bool) {
        if day >= 7 || !self.profile.buildings.iter().any(|b| b.id == building) {
            return;
        }
        let buildings: Vec<u32> = self.profile.buildings.iter().map(|b| b.id).collect();
        let schedule = self.schedule_mut();
        // The days of a building removed where the schedule was carried unread go now.
        schedule.building_days.retain(|d| buildings.contains(&d.building));
        let days = match schedule.building_days.iter_mut().find(|b| b.building == building) {
            Some(b) => &mut b.days,
            None => {
                schedule.building_days.push(BuildingDays { building, days: 0b111_1111 });
                &mut schedule.building_days.last_mut().expect("just pushed").days
            }
        };
        if at {
            *days |= 1 << day;
        } else {
            *days &= !(1 << day);
        }
    }

    /// The day's hours and the grid's step, when they make a valid day together; blocks are
    /// kept as they are (a block outside the new hours shows as a conflict, to move).
    pub fn set_schedule_day(&mut self, day_start: u32, day_end: u32, slot: u32) -> Result<(), Invalid> {
        let schedule = self.schedule.clone().unwrap_or_default();
        let changed = Schedule { day_start, day_end, slot, ..schedule };
        changed.check_day()?;
        let s = self.schedule_mut();
        (s.day_start, s.day_end, s.slot) = (day_start, day_end, slot);
        Ok(())
    }

    pub fn set_largest_group(&mut self, largest: u32) -> Result<(), Invalid> {
        rules::LARGEST_GROUP.check(f64::from(largest))?;
        self.schedule_mut().largest_group = largest;
        Ok(())
    }
}

/// A block's own fields against their rules, on a week of `days` school days.
fn check_block(block: &Block, days: u32) -> Result<(), Invalid> {
    rules::BLOCK_MINUTES.check(f64::from(block.minutes))?;
    rules::BLOCK_DAY.check(f64::from(block.day))?;
    if block.day >= days {
        return Err(Invalid::AboveMax { what: "Day", max: f64::from(days - 1) });
    }
    rules::SCHEDULE_TIME.check(f64::from(block.start))?;
    rules::SCHEDULE_TIME.check(f64::from(block.end()))?;
    rules::BLOCK_LABEL.check(&block.label)?;
    if let Some(group) = &block.group {
        rules::GROUP.check(group)?;
    }
    Ok(())
}
