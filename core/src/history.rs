//! Undo and redo of edits: earlier versions of the open scenario's workspace. Typing in a
//! field makes one step per pause, not one per keystroke.

use crate::format;
use crate::model::fields::ASSIGNMENT_NUMBERS;
use crate::model::Workspace;

/// Steps kept: enough for a working session, bounded for memory.
const LIMIT: usize = 100;
/// Edits closer together than this are one step.
const PAUSE_MS: f64 = 1000.0;

#[derive(Default)]
pub struct History {
    undo: Vec<Workspace>,
    redo: Vec<Workspace>,
    last_edit_ms: Option<f64>,
}

impl History {
    /// Called before an edit, with the workspace as it was. `joinable` edits within a pause
    /// of the last one join its step.
    pub fn record(&mut self, before: &Workspace, now_ms: f64, joinable: bool) {
        let joins = joinable && self.last_edit_ms.is_some_and(|last| now_ms - last < PAUSE_MS) && !self.undo.is_empty();
        // A whole step (a removal, a preset) is never joined by the edit after it.
        self.last_edit_ms = joinable.then_some(now_ms);
        self.redo.clear();
        if joins {
            return;
        }
        self.undo.push(before.clone());
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    pub fn undo(&mut self, current: Workspace) -> Option<Workspace> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        self.last_edit_ms = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: Workspace) -> Option<Workspace> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.last_edit_ms = None;
        Some(next)
    }

    pub fn clear(&mut self) {
        *self = History::default();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// What changed from `before` to `after`, in a few words, for "Undid: FTE 0.8": the first
/// difference found, named by the value it took ("FTE 0.8"), the row it touched ("student S05")
/// or the part of the workspace ("the school year"). A step is compared whole, so typing that
/// joined one step is described by its end result.
pub fn describe(before: &Workspace, after: &Workspace) -> String {
    for field in ASSIGNMENT_NUMBERS {
        if let (Some(was), Some(now)) = ((field.get)(before, ()), (field.get)(after, ())) {
            if was != now {
                return format!("{} {}", field.rule.what, format::number(now, 3));
            }
        }
    }
    if before.profile != after.profile {
        return "the assignment".to_string();
    }
    if let Some(words) = rows(&before.students, &after.students, |s| s.id, |s| format!("student {}", s.label)) {
        return words;
    }
    if let Some(words) = rows(&before.activities, &after.activities, |a| a.id, |a| format!("activity \"{}\"", a.name)) {
        return words;
    }
    if before.standards != after.standards {
        return "the standard times".to_string();
    }
    if before.school_year != after.school_year {
        return "the school year".to_string();
    }
    if before.checklist != after.checklist {
        return "the indirect-week checklist".to_string();
    }
    // (Only the schedule's page changes it.)
    #[cfg(feature = "schedule")]
    if before.schedule != after.schedule {
        return "the weekly schedule".to_string();
    }
    "an edit".to_string()
}

/// The first row added, removed or changed between two lists of rows with ids.
fn rows<T: PartialEq>(before: &[T], after: &[T], id: fn(&T) -> u32, name: fn(&T) -> String) -> Option<String> {
    if let Some(added) = after.iter().find(|a| !before.iter().any(|b| id(b) == id(a))) {
        return Some(format!("adding {}", name(added)));
    }
    if let Some(removed) = before.iter().find(|b| !after.iter().any(|a| id(a) == id(b))) {
        return Some(format!("removing {}", name(removed)));
    }
    let changed = after.iter().zip(before).find(|(a, b)| a != b).map(|(a, _)| a)?;
    Some(name(changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    fn with_fte(fte: f64) -> Workspace {
        let mut w = blank_workspace(Discipline::Slp);
        w.profile.fte = fte;
        w
    }

    #[test]
    fn typing_is_one_step_and_undo_redo_walk_both_ways() {
        let mut h = History::default();
        h.record(&with_fte(1.0), 0.0, true);
        h.record(&with_fte(0.1), 200.0, true); // still typing "0.8"
        h.record(&with_fte(0.8), 5000.0, true); // a pause: a new step
        let now = with_fte(0.5);
        let back = h.undo(now.clone()).unwrap();
        assert_eq!(back.profile.fte, 0.8);
        let back = h.undo(back).unwrap();
        assert_eq!(back.profile.fte, 1.0);
        assert!(!h.can_undo());
        let forward = h.redo(back).unwrap();
        assert_eq!(forward.profile.fte, 0.8);
        assert_eq!(h.redo(forward).unwrap(), now);
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_after_undo_drops_redo_and_is_its_own_step() {
        let mut h = History::default();
        h.record(&with_fte(1.0), 0.0, true);
        let back = h.undo(with_fte(0.9)).unwrap();
        h.record(&back, 100.0, true);
        assert!(!h.can_redo());
        assert_eq!(h.undo(with_fte(0.7)).unwrap().profile.fte, 1.0);
    }

    #[test]
    fn an_edit_right_after_a_whole_step_is_a_step_of_its_own() {
        let mut h = History::default();
        h.record(&with_fte(1.0), 0.0, false);
        h.record(&with_fte(0.9), 100.0, true);
        assert_eq!(h.undo(with_fte(0.8)).unwrap().profile.fte, 0.9);
        assert_eq!(h.undo(with_fte(0.9)).unwrap().profile.fte, 1.0);
    }

    #[test]
    fn a_step_is_described_by_what_it_changed() {
        let before = typical_slp_workspace();
        let mut after = before.clone();
        after.profile.fte = 0.8;
        assert_eq!(describe(&before, &after), "FTE 0.8");

        let mut after = before.clone();
        let id = after.add_student().unwrap();
        let label = after.student_mut(id).unwrap().label.clone();
        assert_eq!(describe(&before, &after), format!("adding student {label}"));
        assert_eq!(describe(&after, &before), format!("removing student {label}"));

        let mut after = before.clone();
        after.students[3].services[0].rate.minutes += 5.0;
        assert_eq!(describe(&before, &after), format!("student {}", before.students[3].label));

        let mut after = before.clone();
        after.activities[0].name = "Team meeting".into();
        assert_eq!(describe(&before, &after), "activity \"Team meeting\"");

        let mut after = before.clone();
        after.use_typical_year();
        after.school_year.days_off.clear();
        assert_eq!(describe(&before, &after), "the school year");
        assert_eq!(describe(&before, &before), "an edit");
    }

    #[test]
    fn whole_replacements_never_join_and_history_is_bounded() {
        let mut h = History::default();
        for i in 0..(LIMIT + 10) {
            h.record(&with_fte(i as f64 / 1000.0), i as f64, false);
        }
        let mut steps = 0;
        let mut oldest = with_fte(1.0);
        while let Some(w) = h.undo(oldest.clone()) {
            oldest = w;
            steps += 1;
        }
        assert_eq!(steps, LIMIT);
        assert_eq!(oldest.profile.fte, 0.01, "the oldest steps went first");
    }
}
