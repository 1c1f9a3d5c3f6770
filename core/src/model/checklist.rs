//! The indirect-week checklist: reusable tasks, ticked off cycle by cycle.

use serde::{Deserialize, Serialize};

use super::Discipline;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskKind {
    Consultation,
    Documentation,
    Evaluation,
    MakeUp,
    MaterialPrep,
    Observation,
    Other,
}

impl TaskKind {
    pub const ALL: [TaskKind; 7] = [
        TaskKind::Consultation,
        TaskKind::Documentation,
        TaskKind::Evaluation,
        TaskKind::MakeUp,
        TaskKind::MaterialPrep,
        TaskKind::Observation,
        TaskKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TaskKind::Consultation => "consultation",
            TaskKind::Documentation => "documentation",
            TaskKind::Evaluation => "evaluation",
            TaskKind::MakeUp => "make_up",
            TaskKind::MaterialPrep => "material_prep",
            TaskKind::Observation => "observation",
            TaskKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<TaskKind> {
        TaskKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            TaskKind::Consultation => "Consultations",
            TaskKind::Documentation => "Documentation",
            TaskKind::Evaluation => "Evaluations",
            TaskKind::MakeUp => "Make-up sessions",
            TaskKind::MaterialPrep => "Material preparation",
            TaskKind::Observation => "Classroom observations",
            TaskKind::Other => "Other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndirectTask {
    pub id: u32,
    pub name: String,
    pub minutes: f64,
    pub kind: TaskKind,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    pub tasks: Vec<IndirectTask>,
    /// (cycle number, task id) for every task ticked off in that cycle.
    pub done: Vec<(u32, u32)>,
}

impl Checklist {
    pub fn is_done(&self, cycle: u32, task: u32) -> bool {
        self.done.contains(&(cycle, task))
    }

    /// Ticks or unticks a task in a cycle (ticks stop at [`super::rules::MAX_TICKS`]).
    pub fn set_done(&mut self, cycle: u32, task: u32, done: bool) {
        self.done.retain(|&(c, t)| !(c == cycle && t == task));
        if done && self.done.len() < super::rules::MAX_TICKS {
            self.done.push((cycle, task));
        }
    }
}

/// Usual indirect-week tasks for a discipline: (name, minutes, kind).
pub fn default_tasks(discipline: Discipline) -> Vec<(&'static str, f64, TaskKind)> {
    use TaskKind::*;
    let mut tasks = vec![
        ("Consult with classroom teachers", 120.0, Consultation),
        ("Write progress notes and service logs", 180.0, Documentation),
        ("Make up missed sessions", 120.0, MakeUp),
        ("Observe students in class", 90.0, Observation),
    ];
    tasks.extend_from_slice(match discipline {
        Discipline::Slp => &[
            ("Evaluation testing and reports", 240.0, Evaluation),
            ("Prepare materials and program AAC devices", 90.0, MaterialPrep),
        ][..],
        Discipline::Ot | Discipline::Pt => &[
            ("Evaluation testing and reports", 240.0, Evaluation),
            ("Adapt equipment and prepare materials", 90.0, MaterialPrep),
        ][..],
        Discipline::SpecialEducation | Discipline::Other => {
            &[("Assessments and reports", 180.0, Evaluation), ("Prepare adapted materials", 90.0, MaterialPrep)][..]
        }
    });
    tasks
}
