//! **The schedule's checks**: the sessions the caseload asks for and how many are placed,
//! each student's minutes scheduled against the plan (after the 3:1 conversion where it
//! applies), the conflicts in words, and the schedule's week beside the calculator's.
//!
//! One pass over the blocks, a few over the students: moving a block recomputes all of it
//! well within a frame (60 students, 200 blocks; see docs/performance.md).

use std::collections::HashMap;
use std::fmt;

use super::three_to_one::CycleMinutes;
use super::week::minutes_per_week;
use super::Report;
use crate::format::{hours, time_of_day};
use crate::model::{
    group_key, school_days, Block, BlockKind, BlockWeek, Delivery, Schedule, ServiceModel, Student, Workspace,
    DAY_NAMES,
};

/// Who a session is for: one student, or a group by its key (`model::group_key`: the
/// caseload's group name, in any case).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionKey {
    Student(u32),
    Group(String),
}

impl SessionKey {
    pub fn of(block: &Block) -> Option<SessionKey> {
        match (&block.group, block.student) {
            (Some(g), _) => group_key(g).map(SessionKey::Group),
            (None, Some(s)) => Some(SessionKey::Student(s)),
            _ => None,
        }
    }
}

/// A session the caseload asks for each (direct) week: its length, how many times, how many
/// are placed.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub key: SessionKey,
    /// A group's name as its first member's plan spells it.
    pub group: Option<String>,
    /// "S05", or a group's name and students: "Artic A: S01, S02, S03".
    pub label: String,
    pub students: Vec<u32>,
    pub minutes: u32,
    /// The minutes a (direct) week the plan asks of it: a group's, its most-served member's.
    pub need: f64,
    pub due: u32,
    pub placed: u32,
}

impl Session {
    pub fn left(&self) -> u32 {
        self.due.saturating_sub(self.placed)
    }

    /// The block that places one of this session's times.
    pub fn block(&self, day: u32, start: u32) -> Block {
        let student = match &self.key {
            SessionKey::Student(id) => Some(*id),
            SessionKey::Group(_) => None,
        };
        Block { student, group: self.group.clone(), ..Block::new(BlockKind::Session, day, start, self.minutes) }
    }
}

/// Where a student stands: minutes scheduled a week against the plan's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Met,
    Short(u32),
    Over(u32),
}

impl Standing {
    fn of(scheduled: f64, planned: f64) -> Standing {
        let diff = scheduled - planned;
        if diff.abs() < 0.5 {
            Standing::Met
        } else if diff < 0.0 {
            Standing::Short((-diff).round() as u32)
        } else {
            Standing::Over(diff.round() as u32)
        }
    }

    pub fn words(self) -> String {
        match self {
            Standing::Met => "Met".into(),
            Standing::Short(n) => format!("Short by {n} min"),
            Standing::Over(n) => format!("Over by {n} min"),
        }
    }
}

/// One student's direct minutes a week: planned, scheduled, and where that leaves them.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentCoverage {
    pub id: u32,
    pub label: String,
    /// Under 3:1, the minutes of each direct week.
    pub planned: f64,
    pub scheduled: u32,
    pub standing: Standing,
}

/// Something in the schedule that cannot be kept as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// A student in two blocks at once.
    DoubleBooked { student: String, at: Place, blocks: [u32; 2] },
    /// The therapist in two blocks at once.
    Overlap { first: String, second: String, at: Place, blocks: [u32; 2] },
    /// A session during one of the school's fixed times.
    OverBlackout { session: String, blackout: String, at: Place, blocks: [u32; 2] },
    /// A block in a building on a day the therapist is elsewhere.
    Away { what: String, building: String, at: Place, block: u32 },
    /// Two blocks in a row in different buildings with no travel between.
    NoTravel { from: String, to: String, at: Place, blocks: [u32; 2] },
    /// A group larger than the largest the user allows.
    TooLarge { group: String, size: usize, largest: u32, block: u32 },
    /// A block outside the day's hours or on a day the week does not have.
    Outside { what: String, at: Place, block: u32 },
    /// A session for a student or group no longer on the caseload.
    Gone { what: String, block: u32 },
}

/// When a conflict happens: the week (under 3:1), the day, the time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub week: Option<BlockWeek>,
    pub day: u32,
    pub time: u32,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = DAY_NAMES.get(self.day as usize).copied().unwrap_or("A day past Sunday");
        write!(f, "{day} {}", time_of_day(self.time))?;
        match self.week {
            Some(BlockWeek::Direct) => f.write_str(" (direct week)"),
            Some(BlockWeek::Indirect) => f.write_str(" (indirect week)"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Conflict::DoubleBooked { student, at, .. } => write!(f, "{student} is in two sessions at once, {at}."),
            Conflict::Overlap { first, second, at, .. } => write!(f, "{first} and {second} overlap, {at}."),
            Conflict::OverBlackout { session, blackout, at, .. } => {
                write!(f, "{session} falls in a fixed time of the school ({blackout}), {at}.")
            }
            Conflict::Away { what, building, at, .. } => {
                write!(f, "{what} is at {building}, {at}, a day you are not there.")
            }
            Conflict::NoTravel { from, to, at, .. } => {
                write!(f, "No travel between {from} and {to}, {at}: they are in different buildings.")
            }
            Conflict::TooLarge { group, size, largest, .. } => {
                write!(f, "{group} has {size} students; the largest group you allow is {largest}.")
            }
            Conflict::Outside { what, at, .. } => write!(f, "{what} is outside the schedule's day, {at}."),
            Conflict::Gone { what, .. } => write!(f, "{what} is no longer on the caseload: move it or remove it."),
        }
    }
}

impl Conflict {
    /// The blocks it is about.
    pub fn blocks(&self) -> Vec<u32> {
        match self {
            Conflict::DoubleBooked { blocks, .. }
            | Conflict::Overlap { blocks, .. }
            | Conflict::NoTravel { blocks, .. }
            | Conflict::OverBlackout { blocks, .. } => blocks.to_vec(),
            Conflict::Away { block, .. }
            | Conflict::TooLarge { block, .. }
            | Conflict::Outside { block, .. }
            | Conflict::Gone { block, .. } => vec![*block],
        }
    }
}

/// One line of the schedule's week beside the calculator's, minutes a week.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekLine {
    pub name: &'static str,
    pub schedule: f64,
    pub calculator: f64,
}

/// Everything the schedule page shows about a schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct Checks {
    pub sessions: Vec<Session>,
    pub coverage: Vec<StudentCoverage>,
    pub conflicts: Vec<Conflict>,
    /// The blocks in any conflict, sorted (each block of the grid asks).
    pub conflicted: Vec<u32>,
    /// The shown week: direct, other work, travel, open time.
    pub week: Vec<WeekLine>,
    /// The week's story in words: where the schedule and the calculator differ.
    pub week_words: Vec<String>,
    /// Under 3:1: the minutes of direct service each direct week holds (the therapist's: a
    /// group's session counted once), the cycle's in three weeks of four.
    pub direct_week_minutes: Option<f64>,
}

impl Checks {
    pub fn short(&self) -> impl Iterator<Item = &StudentCoverage> {
        self.coverage.iter().filter(|c| matches!(c.standing, Standing::Short(_)))
    }

    /// How many session times a week are still to place.
    pub fn left(&self) -> u32 {
        self.sessions.iter().map(Session::left).sum()
    }

    /// The checks in a line: "3 students short · 1 conflict · 2 sessions to place".
    pub fn summary(&self) -> String {
        let count = |n: usize, none: &str, one: &str, many: &str| match n {
            0 => none.to_string(),
            1 => one.to_string(),
            n => format!("{n} {many}"),
        };
        format!(
            "{} · {} · {}",
            count(self.short().count(), "No student short", "1 student short", "students short"),
            count(self.conflicts.len(), "no conflicts", "1 conflict", "conflicts"),
            count(self.left() as usize, "every session placed", "1 session to place", "sessions to place"),
        )
    }

    /// What is left to place, in words.
    pub fn to_place_words(&self) -> String {
        match self.left() {
            0 => "Every session of the caseload is placed.".into(),
            1 => "1 session a week still to place.".into(),
            n => format!("{n} sessions a week still to place."),
        }
    }

    /// Who is short, in words.
    pub fn short_words(&self) -> String {
        let short: Vec<&str> = self.short().map(|s| s.label.as_str()).collect();
        match short.len() {
            0 => "Every student's plan is met by the schedule.".into(),
            n => format!("Short ({n}): {}.", short.join(", ")),
        }
    }

    /// Under 3:1, what each direct week must hold, in words.
    pub fn direct_week_words(&self) -> Option<String> {
        self.direct_week_minutes.map(|m| {
            format!(
                "Under 3:1 each direct week holds the minutes of four weeks in three: {} minutes ({} hours) of sessions for this caseload, a group's counted once.",
                crate::format::minutes(m),
                hours(m)
            )
        })
    }

    /// Whether a block is in any conflict.
    pub fn in_conflict(&self, block: u32) -> bool {
        self.conflicted.binary_search(&block).is_ok()
    }
}

fn is_direct(delivery: Delivery) -> bool {
    !matches!(delivery, Delivery::Consult)
}

fn uses_three_to_one(w: &Workspace) -> bool {
    matches!(w.profile.service_model, ServiceModel::ThreeToOne { .. })
}

/// Minutes a week a plan asks for, as the schedule's direct week must hold them (under 3:1,
/// the same minutes over three weeks of four).
fn in_direct_week(w: &Workspace, weekly: f64) -> f64 {
    if uses_three_to_one(w) {
        CycleMinutes::from_weekly(weekly).per_direct_week
    } else {
        weekly.max(0.0)
    }
}

/// A session's length as a block: whole minutes within a block's rule.
fn block_length(minutes: f64) -> u32 {
    if minutes.is_finite() {
        (minutes.round() as u32).clamp(5, 600)
    } else {
        30
    }
}

fn times(minutes: f64, length: u32) -> u32 {
    // A hair below a whole number of sessions is that number (30 × 4/3 × 3 = 120.000…1).
    ((minutes - 0.01) / f64::from(length)).ceil().max(0.0) as u32
}

/// Each group's students, by group key (a student in a group through any direct service).
fn groups(students: &[Student]) -> HashMap<String, Vec<&Student>> {
    let mut groups: HashMap<String, Vec<&Student>> = HashMap::new();
    for s in students {
        for key in s.services.iter().filter(|v| is_direct(v.delivery)).filter_map(|v| group_key(v.group.as_deref()?)) {
            let members = groups.entry(key).or_default();
            if members.last().is_none_or(|m| m.id != s.id) {
                members.push(s);
            }
        }
    }
    groups
}

/// The sessions the caseload asks for a direct week, in caseload order: a student's own
/// services of one length together, and each group once.
pub fn sessions(w: &Workspace) -> Vec<Session> {
    let groups = groups(&w.students);
    let mut out: Vec<Session> = Vec::new();
    let mut seen_groups: Vec<String> = Vec::new();
    for s in &w.students {
        let mut own: Vec<(u32, f64)> = Vec::new();
        for v in s.services.iter().filter(|v| is_direct(v.delivery)) {
            let weekly = in_direct_week(w, minutes_per_week(&v.rate, &w.profile));
            let length = block_length(v.rate.minutes);
            let key = v.group.as_deref().and_then(group_key);
            match key {
                Some(key) if !seen_groups.contains(&key) => {
                    let members = &groups[&key];
                    // The group meets as often as its most-served member needs (a member's
                    // services in the group together).
                    let in_group = |v: &&crate::model::Service| {
                        is_direct(v.delivery) && v.group.as_deref().and_then(group_key).as_ref() == Some(&key)
                    };
                    let most = members
                        .iter()
                        .map(|m| {
                            m.services
                                .iter()
                                .filter(in_group)
                                .map(|v| in_direct_week(w, minutes_per_week(&v.rate, &w.profile)))
                                .sum::<f64>()
                        })
                        .fold(0.0, f64::max);
                    let labels: Vec<&str> = members.iter().map(|m| m.label.as_str()).collect();
                    let name = v.group.as_deref().unwrap_or_default().trim().to_string();
                    seen_groups.push(key.clone());
                    out.push(Session {
                        key: SessionKey::Group(key),
                        group: Some(name.clone()),
                        label: format!("{name}: {}", labels.join(", ")),
                        students: members.iter().map(|m| m.id).collect(),
                        minutes: length,
                        need: most,
                        due: times(most, length),
                        placed: 0,
                    });
                }
                Some(_) => {}
                None => match own.iter_mut().find(|(l, _)| *l == length) {
                    Some((_, m)) => *m += weekly,
                    None => own.push((length, weekly)),
                },
            }
        }
        for (length, weekly) in own {
            out.push(Session {
                key: SessionKey::Student(s.id),
                group: None,
                label: s.label.clone(),
                students: vec![s.id],
                minutes: length,
                need: weekly,
                due: times(weekly, length),
                placed: 0,
            });
        }
    }
    out
}

/// What a block is called in the page's words: a session by its students, other blocks by
/// the user's label or their kind.
pub fn block_name(block: &Block, w: &Workspace) -> String {
    match block.kind {
        BlockKind::Session => match (&block.group, block.student) {
            (Some(g), _) => g.clone(),
            (None, Some(id)) => w.student(id).map_or_else(|| "A session".into(), |s| s.label.clone()),
            _ => "A session".into(),
        },
        kind if block.label.is_empty() => kind.label().into(),
        _ => block.label.clone(),
    }
}

/// The building a block is in: its own, else (a session) its first student's; a building no
/// longer listed (removed on a page that carries the schedule unread) is none.
fn building_of(block: &Block, w: &Workspace, groups: &HashMap<String, Vec<&Student>>) -> Option<u32> {
    let building = if block.kind != BlockKind::Session {
        block.building
    } else {
        match (&block.group, block.student) {
            (Some(g), _) => group_key(g).and_then(|k| groups.get(&k)).and_then(|m| m.iter().find_map(|s| s.building)),
            (None, Some(id)) => w.student(id).and_then(|s| s.building),
            _ => None,
        }
    };
    building.filter(|id| w.profile.buildings.iter().any(|b| b.id == *id))
}

/// The students of a session block who are on the caseload, by id (a group's: whoever is in
/// it today by a direct service, its name in any case): for the exports, one block at a time.
pub fn block_students(block: &Block, w: &Workspace) -> Vec<u32> {
    students_of(block, w, &groups(&w.students))
}

/// The same, with the caseload's groups worked out once for many blocks.
fn students_of(block: &Block, w: &Workspace, groups: &HashMap<String, Vec<&Student>>) -> Vec<u32> {
    if block.kind != BlockKind::Session {
        return Vec::new();
    }
    match (&block.group, block.student) {
        (Some(g), _) => {
            group_key(g).and_then(|k| groups.get(&k)).map_or_else(Vec::new, |m| m.iter().map(|s| s.id).collect())
        }
        (None, Some(id)) if w.student(id).is_some() => vec![id],
        _ => Vec::new(),
    }
}

/// Every check of the schedule, for the week `shown` (under 3:1, direct or indirect).
pub fn check(w: &Workspace, report: &Report, shown: BlockWeek) -> Checks {
    let empty = Schedule::default();
    let schedule = w.schedule.as_ref().unwrap_or(&empty);
    let groups = groups(&w.students);
    let three_to_one = uses_three_to_one(w);
    let days = school_days(w);

    let mut sessions = sessions(w);
    let mut scheduled: HashMap<u32, u32> = HashMap::new();
    for b in schedule.blocks.iter().filter(|b| b.kind == BlockKind::Session && b.week == BlockWeek::Direct) {
        let key = SessionKey::of(b);
        if let Some(s) = sessions.iter_mut().find(|s| Some(&s.key) == key.as_ref() && s.minutes == b.minutes) {
            s.placed += 1;
        }
        for id in students_of(b, w, &groups) {
            *scheduled.entry(id).or_default() += b.minutes;
        }
    }

    let mut coverage = Vec::new();
    for s in &w.students {
        let weekly: f64 =
            s.services.iter().filter(|v| is_direct(v.delivery)).map(|v| minutes_per_week(&v.rate, &w.profile)).sum();
        let planned = in_direct_week(w, weekly);
        let got = scheduled.get(&s.id).copied().unwrap_or(0);
        if planned > 0.0 || got > 0 {
            let standing = Standing::of(f64::from(got), planned);
            coverage.push(StudentCoverage { id: s.id, label: s.label.clone(), planned, scheduled: got, standing });
        }
    }

    let conflicts = conflicts(w, schedule, &groups, days, three_to_one);
    let mut conflicted: Vec<u32> = conflicts.iter().flat_map(Conflict::blocks).collect();
    conflicted.sort_unstable();
    conflicted.dedup();
    let (week, week_words) = week_lines(schedule, report, shown, three_to_one, days);
    let direct_week_minutes = three_to_one.then(|| sessions.iter().map(|s| s.need).sum());
    Checks { sessions, coverage, conflicts, conflicted, week, week_words, direct_week_minutes }
}

fn conflicts(
    w: &Workspace,
    schedule: &Schedule,
    groups: &HashMap<String, Vec<&Student>>,
    days: u32,
    three_to_one: bool,
) -> Vec<Conflict> {
    let mut found = Vec::new();
    let place = |b: &Block, time: u32| Place { week: three_to_one.then_some(b.week), day: b.day, time };
    let building_name = |id: u32| {
        w.profile.buildings.iter().find(|b| b.id == id).map_or_else(|| "a building".into(), |b| b.name.clone())
    };
    // Blocks that count: under a traditional model, only the direct week is shown.
    let mut blocks: Vec<&Block> =
        schedule.blocks.iter().filter(|b| three_to_one || b.week == BlockWeek::Direct).collect();
    blocks.sort_by_key(|b| (b.week == BlockWeek::Indirect, b.day, b.start, b.id));
    let members: Vec<Vec<u32>> = blocks.iter().map(|b| students_of(b, w, groups)).collect();
    let located: Vec<Option<u32>> = blocks.iter().map(|b| building_of(b, w, groups)).collect();

    for (i, b) in blocks.iter().enumerate() {
        let name = || block_name(b, w);
        if b.kind == BlockKind::Session && members[i].is_empty() {
            found.push(Conflict::Gone { what: name(), block: b.id });
        }
        if b.day >= days || b.start < schedule.day_start || b.end() > schedule.day_end {
            found.push(Conflict::Outside { what: name(), at: place(b, b.start), block: b.id });
        }
        if b.kind == BlockKind::Session && b.group.is_some() && members[i].len() > schedule.largest_group as usize {
            found.push(Conflict::TooLarge {
                group: name(),
                size: members[i].len(),
                largest: schedule.largest_group,
                block: b.id,
            });
        }
        if let Some(building) =
            located[i].filter(|&id| b.kind != BlockKind::Blackout && !schedule.at_building(id, b.day))
        {
            found.push(Conflict::Away {
                what: name(),
                building: building_name(building),
                at: place(b, b.start),
                block: b.id,
            });
        }
        // Later blocks of the same day and week that start before this one ends (sorted).
        for (j, c) in blocks.iter().enumerate().skip(i + 1) {
            if c.week != b.week || c.day != b.day || c.start >= b.end() {
                break;
            }
            let at = place(c, c.start.max(b.start));
            match (b.kind, c.kind) {
                (BlockKind::Blackout, BlockKind::Blackout) => {}
                (BlockKind::Blackout, BlockKind::Session) | (BlockKind::Session, BlockKind::Blackout) => {
                    let (session, blackout) = if b.kind == BlockKind::Session { (b, c) } else { (c, b) };
                    let same_place = match (located[if session.id == b.id { i } else { j }], blackout.building) {
                        (Some(x), Some(y)) => x == y,
                        _ => true,
                    };
                    if same_place {
                        found.push(Conflict::OverBlackout {
                            session: block_name(session, w),
                            blackout: block_name(blackout, w),
                            at,
                            blocks: [session.id, blackout.id],
                        });
                    }
                }
                (BlockKind::Blackout, _) | (_, BlockKind::Blackout) => {}
                _ => {
                    let shared = members[i].iter().find(|id| members[j].contains(id));
                    match shared.and_then(|id| w.student(*id)) {
                        Some(student) => found.push(Conflict::DoubleBooked {
                            student: student.label.clone(),
                            at,
                            blocks: [b.id, c.id],
                        }),
                        None => found.push(Conflict::Overlap {
                            first: name(),
                            second: block_name(c, w),
                            at,
                            blocks: [b.id, c.id],
                        }),
                    }
                }
            }
        }
    }
    // Travel: consecutive blocks of a day in different buildings need a travel block between.
    let mut last: Option<(usize, u32)> = None;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Blackout {
            continue;
        }
        if let Some((p, _)) = last {
            let prev = blocks[p];
            if prev.week != b.week || prev.day != b.day {
                last = None;
            }
        }
        if b.kind == BlockKind::Travel {
            last = None;
            continue;
        }
        let Some(here) = located[i] else { continue };
        if let Some((p, there)) = last {
            if there != here {
                found.push(Conflict::NoTravel {
                    from: building_name(there),
                    to: building_name(here),
                    at: place(b, b.start),
                    blocks: [blocks[p].id, b.id],
                });
            }
        }
        last = Some((i, here));
    }
    found
}

/// The shown week in four lines, beside what the calculator says of the same week.
fn week_lines(
    schedule: &Schedule,
    report: &Report,
    shown: BlockWeek,
    three_to_one: bool,
    days: u32,
) -> (Vec<WeekLine>, Vec<String>) {
    use crate::model::Category;
    let shown = if three_to_one { shown } else { BlockWeek::Direct };
    let mut by_kind = [0.0f64; 4]; // direct, other work, travel, lunch
    for b in schedule.blocks.iter().filter(|b| b.week == shown && b.day < days) {
        let slot = match b.kind {
            BlockKind::Session => 0,
            BlockKind::Indirect | BlockKind::Meeting | BlockKind::Duty => 1,
            BlockKind::Travel => 2,
            BlockKind::Lunch => 3,
            BlockKind::Blackout => continue,
        };
        by_kind[slot] += f64::from(b.minutes);
    }
    let day = f64::from(schedule.day_end.saturating_sub(schedule.day_start)) * f64::from(days);
    let open = (day - by_kind.iter().sum::<f64>()).max(0.0);
    // The calculator's week as the planner lays it out: under 3:1 a direct week holds a third
    // of the cycle's direct service, the every-week work and the flexible work the indirect
    // week had no room for; an indirect week, the every-week work and the flexible work moved.
    let direct = report.minutes(Category::Direct);
    let travel = report.minutes(Category::Travel);
    let t = &report.three_to_one;
    let (calculator_direct, week_total) = match (three_to_one, shown) {
        (false, _) => (direct, report.total),
        (true, BlockWeek::Direct) => (t.direct_in_direct_week, t.peak_direct_week),
        (true, BlockWeek::Indirect) => {
            (0.0, t.average_week - t.flexible_per_cycle / 4.0 - direct + t.moved_to_indirect_week)
        }
    };
    let calculator_other = (week_total - calculator_direct - travel).max(0.0);
    let calculator_open = (report.capacity - week_total).max(0.0);
    let lines = vec![
        WeekLine { name: "Direct service", schedule: by_kind[0], calculator: calculator_direct },
        WeekLine { name: "Indirect work, meetings and duties", schedule: by_kind[1], calculator: calculator_other },
        WeekLine { name: "Travel", schedule: by_kind[2], calculator: travel },
        WeekLine { name: "Open time", schedule: open, calculator: calculator_open },
    ];
    let mut words = Vec::new();
    for l in &lines[..3] {
        let diff = l.schedule - l.calculator;
        if diff.abs() >= 30.0 {
            let (more, by) = if diff > 0.0 { ("more", diff) } else { ("less", -diff) };
            words.push(format!(
                "{}: the schedule has {} hours {more} a week than the calculator's week.",
                l.name,
                hours(by)
            ));
        }
    }
    if words.is_empty() {
        words.push("The schedule and the calculator's week tell the same story, within half an hour a line.".into());
    }
    (lines, words)
}

/// Where an arrow key takes a block being moved: up and down a slot, left and right a day,
/// Page Up and Page Down an hour; kept within the day and the week.
pub fn nudge(schedule: &Schedule, days: u32, day: u32, start: u32, minutes: u32, key: &str) -> (u32, u32) {
    let step = schedule.slot.max(1);
    let (day, start) = match key {
        "ArrowUp" => (day, start.saturating_sub(step)),
        "ArrowDown" => (day, start + step),
        "PageUp" => (day, start.saturating_sub(60)),
        "PageDown" => (day, start + 60),
        "ArrowLeft" => (day.saturating_sub(1), start),
        "ArrowRight" => ((day + 1).min(days.saturating_sub(1)), start),
        "Home" => (day, schedule.day_start),
        "End" => (day, schedule.day_end),
        _ => (day, start),
    };
    (day.min(days.saturating_sub(1)), schedule.fit(start, minutes))
}

/// Where a picked-up block first lands: the first start where a block of `minutes` overlaps
/// nothing of `week`, on `day` or else the days after it (round the week); the day's start
/// if the week is full.
pub fn first_free(schedule: &Schedule, week: BlockWeek, day: u32, days: u32, minutes: u32) -> (u32, u32) {
    let step = schedule.slot.max(1) as usize;
    let days = days.max(1);
    (0..days)
        .map(|i| (day + i) % days)
        .find_map(|d| {
            (schedule.day_start..=schedule.day_end.saturating_sub(minutes))
                .step_by(step)
                .find(|&t| {
                    !schedule
                        .blocks
                        .iter()
                        .any(|b| b.week == week && b.day == d && b.start < t + minutes && t < b.end())
                })
                .map(|t| (d, t))
        })
        .unwrap_or((day.min(days - 1), schedule.day_start))
}

/// The start a pointer `y` pixels below the top of a day's column points at.
pub fn start_at(schedule: &Schedule, y: f64, minutes: u32) -> u32 {
    // Anything past a whole day below the grid is its last start.
    let offset = if y.is_finite() { (y / PX_PER_MINUTE).clamp(0.0, 1440.0) as u32 } else { 0 };
    schedule.fit(schedule.day_start + offset, minutes)
}

/// The grid's scale: 30 minutes are 48 pixels tall.
pub const PX_PER_MINUTE: f64 = 1.6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::{Building, Period, Rate, Service};

    fn caseload() -> Workspace {
        let mut w = crate::model::blank_workspace(crate::model::Discipline::Slp);
        w.profile.buildings = vec![
            Building { id: 900, name: "Lincoln".into(), travel_minutes_per_week: 60.0 },
            Building { id: 901, name: "Adams".into(), travel_minutes_per_week: 0.0 },
        ];
        w.next_id = 1000;
        for (label, minutes, times, group) in
            [("S01", 30.0, 2.0, None), ("S02", 30.0, 1.0, Some("Artic")), ("S03", 30.0, 1.0, Some("Artic"))]
        {
            let id = w.add_student().unwrap();
            let s = w.student_mut(id).unwrap();
            s.label = label.into();
            s.building = Some(900);
            s.services = vec![Service {
                delivery: Delivery::PullOut,
                rate: Rate { minutes, times, per: Period::Week },
                group: group.map(String::from),
            }];
        }
        w
    }

    fn session(w: &Workspace, label: &str) -> Session {
        sessions(w).into_iter().find(|s| s.label.starts_with(label)).unwrap()
    }

    #[test]
    fn the_caseload_asks_for_each_students_sessions_and_each_group_once() {
        let w = caseload();
        let s = sessions(&w);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].label.as_str(), s[0].minutes, s[0].due), ("S01", 30, 2));
        assert_eq!((s[1].label.as_str(), s[1].minutes, s[1].due), ("Artic: S02, S03", 30, 1));
        assert_eq!(s[1].students.len(), 2);
    }

    #[test]
    fn coverage_counts_a_groups_block_for_each_student_in_it() {
        let mut w = caseload();
        let one = session(&w, "S01");
        let group = session(&w, "Artic");
        w.place_block(one.block(0, 9 * 60)).unwrap();
        w.place_block(group.block(1, 9 * 60)).unwrap();
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        let standing: Vec<(String, u32, Standing)> =
            checks.coverage.iter().map(|c| (c.label.clone(), c.scheduled, c.standing)).collect();
        assert_eq!(
            standing,
            vec![
                ("S01".into(), 30, Standing::Short(30)),
                ("S02".into(), 30, Standing::Met),
                ("S03".into(), 30, Standing::Met)
            ]
        );
        assert_eq!(checks.short().count(), 1);
        assert_eq!(checks.sessions[0].left(), 1);
        assert_eq!(checks.sessions[1].left(), 0);
        assert!(checks.conflicts.is_empty(), "{:?}", checks.conflicts);
    }

    #[test]
    fn under_three_to_one_the_direct_week_holds_four_thirds_of_the_minutes() {
        let mut w = caseload();
        w.profile.service_model = ServiceModel::ThreeToOne { indirect_week: crate::model::IndirectWeek::Fourth };
        // 30 minutes twice a week is 240 a cycle: 80 in each of three direct weeks, 3 sessions.
        assert_eq!(session(&w, "S01").due, 3);
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        assert!((checks.coverage[0].planned - 80.0).abs() < 1e-9);
        // The therapist's minutes: S01's 60 and the group's 30 (once), each week ×4/3.
        assert!((checks.direct_week_minutes.unwrap() - 120.0).abs() < 1e-9);
        assert!(checks.direct_week_words().unwrap().contains(": 120 minutes (2.0 hours) of sessions"));
        // The calculator's side of the week as the planner lays it out: three direct weeks
        // and an indirect week hold the cycle's four average weeks.
        let report = compute(&w);
        let week_total = |c: &Checks| c.week[..3].iter().map(|l| l.calculator).sum::<f64>();
        let indirect = check(&w, &report, BlockWeek::Indirect);
        assert_eq!(indirect.week[0].calculator, 0.0);
        let cycle = 3.0 * week_total(&checks) + week_total(&indirect);
        assert!((cycle - 4.0 * report.three_to_one.average_week).abs() < 1e-6, "{cycle}");
        assert!((week_total(&checks) - report.three_to_one.peak_direct_week).abs() < 1e-9);
    }

    #[test]
    fn conflicts_are_found_and_said() {
        let mut w = caseload();
        let one = session(&w, "S01");
        let group = session(&w, "Artic");
        let a = w.place_block(one.block(0, 9 * 60)).unwrap();
        let b = w.place_block(one.block(0, 9 * 60 + 15)).unwrap();
        let lunch = Block { label: "Lunch K-2".into(), ..Block::new(BlockKind::Blackout, 1, 11 * 60, 30) };
        w.place_block(lunch).unwrap();
        let g = w.place_block(group.block(1, 11 * 60)).unwrap();
        w.set_largest_group(1).unwrap();
        let meeting =
            Block { building: Some(901), label: "IEP".into(), ..Block::new(BlockKind::Meeting, 1, 12 * 60, 30) };
        let m = w.place_block(meeting).unwrap();
        w.set_building_day(901, 1, false);
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        let words: Vec<String> = checks.conflicts.iter().map(|c| c.to_string()).collect();
        assert!(words.contains(&"S01 is in two sessions at once, Monday 09:15.".to_string()), "{words:?}");
        assert!(words.contains(&"Artic falls in a fixed time of the school (Lunch K-2), Tuesday 11:00.".to_string()));
        assert!(words.contains(&"Artic has 2 students; the largest group you allow is 1.".to_string()));
        assert!(words.contains(&"IEP is at Adams, Tuesday 12:00, a day you are not there.".to_string()));
        assert!(words.contains(
            &"No travel between Lincoln and Adams, Tuesday 12:00: they are in different buildings.".to_string()
        ));
        assert_eq!(checks.conflicts.len(), 5, "{words:?}");
        assert!(checks.in_conflict(a) && checks.in_conflict(b) && checks.in_conflict(g) && checks.in_conflict(m));
        // Travel between them clears that one.
        let travel = Block::new(BlockKind::Travel, 1, 11 * 60 + 30, 30);
        w.place_block(travel).unwrap();
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        assert!(!checks.conflicts.iter().any(|c| matches!(c, Conflict::NoTravel { .. })));
    }

    #[test]
    fn a_block_outside_the_day_and_a_student_who_left_are_conflicts_not_losses() {
        let mut w = caseload();
        let one = session(&w, "S01");
        let id = w.place_block(one.block(0, 15 * 60)).unwrap();
        w.set_schedule_day(8 * 60, 15 * 60, 15).unwrap();
        let student = w.students[0].id;
        w.remove_student(student);
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        assert!(checks.conflicts.iter().any(|c| matches!(c, Conflict::Outside { block, .. } if *block == id)));
        assert!(checks.conflicts.iter().any(|c| matches!(c, Conflict::Gone { block, .. } if *block == id)));
        assert_eq!(w.schedule.as_ref().unwrap().blocks.len(), 1);
    }

    #[test]
    fn moving_and_nudging_stay_within_the_day_and_on_its_step() {
        let mut w = caseload();
        let one = session(&w, "S01");
        let id = w.place_block(one.block(0, 9 * 60 + 7)).unwrap();
        let s = w.schedule.clone().unwrap();
        assert_eq!(s.block(id).unwrap().start, 9 * 60);
        assert_eq!(nudge(&s, 5, 0, 9 * 60, 30, "ArrowDown"), (0, 9 * 60 + 15));
        assert_eq!(nudge(&s, 5, 4, 9 * 60, 30, "ArrowRight"), (4, 9 * 60));
        assert_eq!(nudge(&s, 5, 0, s.day_start, 30, "ArrowUp"), (0, s.day_start));
        assert_eq!(nudge(&s, 5, 0, 9 * 60, 30, "End"), (0, s.day_end - 30));
        assert!(w.move_block(id, 3, 20 * 60));
        assert_eq!(w.schedule.as_ref().unwrap().block(id).map(|b| (b.day, b.start)), Some((3, s.day_end - 30)));
        assert!(!w.move_block(id, 5, 9 * 60), "a day the week does not have");
        assert_eq!(start_at(&s, 48.0, 30), s.day_start + 30);
        assert_eq!(first_free(&s, BlockWeek::Direct, 3, 5, 30), (3, s.day_start));
        let mut full = s.clone();
        full.blocks.push(Block {
            day: 4,
            start: full.day_start,
            minutes: full.day_end - full.day_start,
            ..s.blocks[0].clone()
        });
        assert_eq!(
            first_free(&full, BlockWeek::Direct, 4, 5, 30),
            (0, full.day_start),
            "Friday is full: on round the week"
        );
    }

    #[test]
    fn the_week_is_set_beside_the_calculators() {
        let mut w = caseload();
        let one = session(&w, "S01");
        w.place_block(one.block(0, 9 * 60)).unwrap();
        let report = compute(&w);
        let checks = check(&w, &report, BlockWeek::Direct);
        assert_eq!(checks.week[0].schedule, 30.0);
        assert!((checks.week[0].calculator - report.minutes(crate::model::Category::Direct)).abs() < 1e-9);
        assert!(
            checks.week_words.iter().any(|l| l.starts_with("Direct service: the schedule has")),
            "{:?}",
            checks.week_words
        );
    }
}
