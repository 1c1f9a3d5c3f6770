//! The schedule's grid and checks as markup, as the indirect log's rows are
//! (`indirect_markup`; see ARCHITECTURE.md): each day a column of blocks drawn in SVG at
//! their times, the sessions to place, the coverage, the conflicts and the week. The page
//! places each with `inner_html` and handles clicks, keys and drags on the markup's
//! `data-block` and `data-session` attributes. Every user's word is escaped.

use super::schedule::{block_name, Checks, Conflict, Standing};
use super::study_charts::text;
use crate::format::{hours, number, time_of_day};
use crate::model::{Block, BlockKind, BlockWeek, Schedule, Workspace, DAY_NAMES};

/// A block being moved (or placed for the first time: id 0) and where it would land.
#[derive(Clone, Debug, PartialEq)]
pub struct Moving {
    pub block: Block,
    pub day: u32,
    pub start: u32,
}

impl Moving {
    /// "S05, Tuesday 09:15 to 09:45": where the block being moved would land.
    pub fn words(&self, w: &Workspace) -> String {
        format!(
            "{}, {} {} to {}",
            block_name(&self.block, w),
            DAY_NAMES.get(self.day as usize).copied().unwrap_or(""),
            time_of_day(self.start),
            time_of_day(self.start + self.block.minutes)
        )
    }
}

/// Pixels for `minutes` at [`PX_PER_MINUTE`] (1.6: 5 minutes are 8 pixels), rounded, in
/// whole numbers: the grid is redrawn on every move, and whole numbers are quick to write.
fn px(minutes: u32) -> u32 {
    (minutes * 8 + 2) / 5
}

fn y(schedule: &Schedule, minute: u32) -> u32 {
    px(minute.saturating_sub(schedule.day_start))
}

/// `part` of `whole` as a percentage with two decimals: 1 of 3 → "33.33".
fn percent(part: usize, whole: usize) -> String {
    let hundredths = part * 10_000 / whole.max(1);
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The grid's height in pixels, for the time axis and each day.
fn grid_height(schedule: &Schedule) -> u32 {
    px(schedule.day_end.saturating_sub(schedule.day_start))
}

/// The hours down the side of the grid.
pub fn time_axis_html(schedule: &Schedule) -> String {
    let mut out =
        format!(r#"<svg class="time-axis" width="100%" height="{}" aria-hidden="true">"#, grid_height(schedule));
    let first_hour = schedule.day_start.div_ceil(60) * 60;
    for t in (first_hour..=schedule.day_end).step_by(60) {
        out.push_str(&format!(r#"<text x="2" y="{}">{}</text>"#, y(schedule, t) + 4, time_of_day(t)));
    }
    out.push_str("</svg>");
    out
}

/// A block as a day's column draws it: its words and whether it is in a conflict.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnBlock {
    pub block: Block,
    pub name: String,
    pub conflict: bool,
}

/// The blocks of `week` on `day`, as drawn: the school's fixed times first (behind), then by
/// time. A day's column is redrawn only when these change.
pub fn day_blocks(w: &Workspace, checks: &Checks, week: BlockWeek, day: u32) -> Vec<DrawnBlock> {
    let mut blocks: Vec<DrawnBlock> = w
        .schedule
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| b.week == week && b.day == day)
        .map(|b| DrawnBlock { block: b.clone(), name: block_name(b, w), conflict: checks.in_conflict(b.id) })
        .collect();
    blocks.sort_by_key(|d| (d.block.kind != BlockKind::Blackout, d.block.start, d.block.id));
    blocks
}

/// A day's heading: its name and where the therapist is that day.
pub fn day_head_html(w: &Workspace, day: u32) -> String {
    let empty = Schedule::default();
    let schedule = w.schedule.as_ref().unwrap_or(&empty);
    let at: Vec<&str> =
        w.profile.buildings.iter().filter(|b| schedule.at_building(b.id, day)).map(|b| b.name.as_str()).collect();
    format!(
        r#"<h3>{}</h3><p class="day-where">{}</p>"#,
        DAY_NAMES.get(day as usize).copied().unwrap_or(""),
        text(&at.join(", "))
    )
}

/// The lines of a day's grid, a slot apart (hours darker): the same for every day, drawn
/// behind its blocks and only when the day's hours or slots change.
pub fn day_lines_html(schedule: &Schedule) -> String {
    let mut out =
        format!(r#"<svg class="day-lines" width="100%" height="{}" aria-hidden="true">"#, grid_height(schedule));
    let step = schedule.slot.max(5) as usize;
    for t in (schedule.day_start..=schedule.day_end).step_by(step) {
        let class = if t % 60 == 0 { "hour" } else { "slot" };
        let y = y(schedule, t);
        out.push_str(&format!(r#"<line class="{class}" x1="0" x2="100%" y1="{y}" y2="{y}"/>"#));
    }
    out.push_str("</svg>");
    out
}

/// One day's blocks at their times (side by side where they overlap), with the block being
/// moved drawn where it would land.
pub fn day_html(
    schedule: &Schedule,
    day: u32,
    blocks: &[DrawnBlock],
    moving: Option<&Moving>,
    w: &Workspace,
) -> String {
    let name = DAY_NAMES.get(day as usize).copied().unwrap_or("");
    let mut out = format!(
        r#"<svg class="day-grid" width="100%" height="{}" data-day="{day}" role="group" aria-label="{name}">"#,
        grid_height(schedule)
    );
    // Lanes: each block takes the first lane free at its start; overlapping blocks share
    // the width of the most lanes in use while they run.
    let work: Vec<&Block> = blocks.iter().map(|d| &d.block).filter(|b| b.kind != BlockKind::Blackout).collect();
    let mut lane_ends: Vec<u32> = Vec::new();
    let mut lanes: Vec<(usize, usize)> = Vec::with_capacity(work.len());
    for b in &work {
        let lane = lane_ends.iter().position(|&end| end <= b.start).unwrap_or(lane_ends.len());
        if lane == lane_ends.len() {
            lane_ends.push(b.end());
        } else {
            lane_ends[lane] = b.end();
        }
        lanes.push((lane, 0));
    }
    for (i, b) in work.iter().enumerate() {
        let together = work
            .iter()
            .enumerate()
            .filter(|(_, c)| c.start < b.end() && b.start < c.end())
            .map(|(j, _)| lanes[j].0 + 1)
            .max();
        lanes[i].1 = together.unwrap_or(1);
    }
    let mut lane_of = lanes.iter();
    for d in blocks {
        let b = &d.block;
        let (lane, of) = if b.kind == BlockKind::Blackout { (0, 1) } else { lane_of.next().copied().unwrap_or((0, 1)) };
        let moving_this = moving.is_some_and(|m| m.block.id == b.id);
        let class = format!(
            "blk k-{}{}{}",
            b.kind.key(),
            if d.conflict { " conflict" } else { "" },
            if moving_this { " moving-from" } else { "" }
        );
        out.push_str(&block_svg(schedule, b, &d.name, &class, (lane, of), d.conflict, true));
    }
    if let Some(m) = moving.filter(|m| m.day == day) {
        let ghost = Block { day: m.day, start: m.start, ..m.block.clone() };
        let class = format!("blk k-{} ghost", ghost.kind.key());
        out.push_str(&block_svg(schedule, &ghost, &block_name(&ghost, w), &class, (0, 1), false, false));
    }
    out.push_str("</svg>");
    out
}

/// "S05, session, Monday 09:00 to 09:30; in conflict": a block's name for screen readers.
/// (Not also a `<title>` tooltip: it doubled the markup every move writes.)
fn block_words(b: &Block, name: &str, conflict: bool) -> String {
    format!(
        "{name}, {}, {} {} to {}{}",
        b.kind.label().to_lowercase(),
        DAY_NAMES.get(b.day as usize).copied().unwrap_or(""),
        time_of_day(b.start),
        time_of_day(b.end()),
        if conflict { "; in conflict, see the conflicts" } else { "" }
    )
}

fn block_svg(
    s: &Schedule,
    b: &Block,
    name: &str,
    class: &str,
    (lane, of): (usize, usize),
    conflict: bool,
    focusable: bool,
) -> String {
    let words = text(&block_words(b, name, conflict));
    let focus = if focusable {
        format!(r#" data-block="{}" tabindex="0" role="button" aria-label="{words}""#, b.id)
    } else {
        r#" aria-hidden="true""#.to_string()
    };
    let mark = if conflict { r#"<text class="mark" x="100%" dx="-4" y="12" text-anchor="end">!</text>"# } else { "" };
    format!(
        r#"<svg class="{class}" x="{}%" y="{}" width="{}%" height="{}"{focus}><rect width="100%" height="100%" rx="3"/><text x="4" y="12">{}</text><text class="sub" x="4" y="24">{}–{}</text>{mark}</svg>"#,
        percent(lane, of),
        y(s, b.start),
        percent(1, of),
        px(b.minutes),
        text(name),
        time_of_day(b.start),
        time_of_day(b.end()),
    )
}

/// The sessions still to place, each a button that picks it up.
pub fn sessions_html(checks: &Checks) -> String {
    let mut out = String::new();
    for (i, s) in checks.sessions.iter().enumerate() {
        let left = s.left();
        let state = if left == 0 { "all placed" } else { "" };
        out.push_str(&format!(
            r#"<li class="{}"><button type="button" class="secondary" data-session="{i}">{} · {} min</button> <span>{} of {} a week placed{}</span></li>"#,
            if left == 0 { "done" } else { "due" },
            text(&s.label),
            s.minutes,
            s.placed,
            s.due,
            if state.is_empty() { String::new() } else { format!(", {state}") },
        ));
    }
    out
}

/// The coverage table's rows: planned, scheduled, and where each student stands in words.
pub fn coverage_html(checks: &Checks) -> String {
    let mut out = String::new();
    for c in &checks.coverage {
        let class = match c.standing {
            Standing::Met => "met",
            Standing::Short(_) => "under",
            Standing::Over(_) => "over",
        };
        out.push_str(&format!(
            r#"<tr><th scope="row">{}</th><td>{} min</td><td>{} min</td><td><span class="standing {class}">{}</span></td></tr>"#,
            text(&c.label),
            number(c.planned, 1),
            c.scheduled,
            c.standing.words()
        ));
    }
    out
}

/// The conflicts in words, each with a button that shows the block it is about; a block on
/// a day the week no longer has, or for a student who has left, can also be removed from here
/// (it may have no place on the grid to be reached from).
pub fn conflicts_html(checks: &Checks) -> String {
    let mut out = String::new();
    for c in &checks.conflicts {
        let block = c.blocks().first().copied().unwrap_or(0);
        let remove = match c {
            Conflict::Outside { .. } | Conflict::Gone { .. } => {
                format!(r#" <button type="button" class="link" data-remove="{block}">Remove</button>"#)
            }
            _ => String::new(),
        };
        out.push_str(&format!(
            r#"<li>{} <button type="button" class="link" data-show="{block}">Show</button>{remove}</li>"#,
            text(&c.to_string())
        ));
    }
    out
}

/// The week's table rows: the schedule's hours beside the calculator's.
pub fn week_html(checks: &Checks) -> String {
    checks
        .week
        .iter()
        .map(|l| {
            format!(
                r#"<tr><th scope="row">{}</th><td>{} h</td><td>{} h</td></tr>"#,
                l.name,
                hours(l.schedule),
                hours(l.calculator)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::engine::schedule::{check, sessions};
    use crate::model::typical_slp_workspace;

    #[test]
    fn a_day_draws_its_blocks_with_their_words_escaped() {
        let mut w = typical_slp_workspace();
        let first = sessions(&w).remove(0);
        let id = w.place_block(first.block(0, 9 * 60)).unwrap();
        let meeting = Block { label: "<b>IEP</b> & \"team\"".into(), ..Block::new(BlockKind::Meeting, 0, 9 * 60, 30) };
        let m = w.place_block(meeting).unwrap();
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        let schedule = w.schedule.clone().unwrap();
        let drawn = day_blocks(&w, &checks, BlockWeek::Direct, 0);
        let html = day_html(&schedule, 0, &drawn, None, &w);
        assert!(html.contains(&format!(r#"data-block="{id}""#)));
        assert!(html.contains("&lt;b&gt;IEP&lt;/b&gt; &amp; &quot;team&quot;"));
        assert!(!html.contains("<b>IEP"));
        // The two overlap: each half the width, and each marked as a conflict in words.
        assert!(html.contains(r#"x="50.00%""#) && html.contains(r#"width="50.00%""#));
        assert!(checks.in_conflict(m));
        assert!(html.contains("in conflict, see the conflicts"));
        let moving = Moving { block: first.block(0, 0), day: 0, start: 10 * 60 };
        assert!(day_html(&schedule, 0, &drawn, Some(&moving), &w).contains("ghost"));
        assert!(day_lines_html(&schedule).contains(r#"class="hour""#));
        assert!(day_head_html(&w, 0).starts_with("<h3>Monday</h3>"));
        assert!(moving.words(&w).contains("Monday 10:00 to"));
        // Overlapping blocks can be shown; a block on a day the week no longer has can be removed.
        assert!(!conflicts_html(&checks).contains("data-remove"));
        w.profile.days_per_week = 0.5;
        w.schedule.as_mut().unwrap().blocks[0].day = 3;
        let checks = check(&w, &compute(&w), BlockWeek::Direct);
        assert!(conflicts_html(&checks).contains(&format!(r#"data-remove="{id}""#)));
    }
}
