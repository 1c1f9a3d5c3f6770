//! The weekly schedule as a spreadsheet: one row per block, by week, day and time:
//!
//! `Week, Day, Start, End, Minutes, Kind, What, Students, Building`
//!
//! `Students` lists a session's students by label (a group's as it is today). UTF-8 with a
//! byte order mark and CRLF line ends; text a spreadsheet would run as a formula is made
//! inert, as in the other exports (`csv_export`).

use super::csv_export::{inert, write};
use crate::engine::schedule::{block_name, block_students};
use crate::format::time_of_day;
use crate::model::{BlockKind, BlockWeek, Workspace, DAY_NAMES};

pub const SCHEDULE_COLUMNS: [&str; 9] =
    ["Week", "Day", "Start", "End", "Minutes", "Kind", "What", "Students", "Building"];

pub fn schedule_csv(w: &Workspace) -> String {
    let mut blocks: Vec<_> = w.schedule.iter().flat_map(|s| s.blocks.iter()).collect();
    blocks.sort_by_key(|b| (b.week == BlockWeek::Indirect, b.day, b.start, b.id));
    let mut rows = vec![SCHEDULE_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    for b in blocks {
        let students: Vec<String> =
            block_students(b, w).iter().filter_map(|id| w.student(*id)).map(|s| s.label.clone()).collect();
        let building = match b.kind {
            BlockKind::Session => None,
            _ => b.building.and_then(|id| w.profile.buildings.iter().find(|x| x.id == id)),
        };
        rows.push(vec![
            match b.week {
                BlockWeek::Direct => "Direct".to_string(),
                BlockWeek::Indirect => "Indirect".to_string(),
            },
            DAY_NAMES.get(b.day as usize).copied().unwrap_or("").to_string(),
            time_of_day(b.start),
            time_of_day(b.end()),
            b.minutes.to_string(),
            b.kind.label().to_string(),
            inert(&block_name(b, w)),
            inert(&students.join(", ")),
            building.map_or(String::new(), |x| inert(&x.name)),
        ]);
    }
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::schedule::sessions;
    use crate::model::{typical_slp_workspace, Block};

    #[test]
    fn one_row_per_block_in_week_day_and_time_order() {
        let mut w = typical_slp_workspace();
        let first = sessions(&w).remove(0);
        w.place_block(first.block(1, 10 * 60)).unwrap();
        let lunch = Block { label: "=Lunch".into(), ..Block::new(BlockKind::Lunch, 0, 12 * 60, 30) };
        w.place_block(lunch).unwrap();
        let csv = schedule_csv(&w);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Week,Day,Start,End,Minutes,Kind,What,Students,Building");
        assert_eq!(lines[1], "Direct,Monday,12:00,12:30,30,Lunch,'=Lunch,,");
        assert!(lines[2].starts_with("Direct,Tuesday,10:00,"), "{}", lines[2]);
    }
}
