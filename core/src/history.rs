//! Undo and redo of edits: earlier versions of the open scenario's workspace. Typing in a
//! field makes one step per pause, not one per keystroke.

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, Discipline};

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
