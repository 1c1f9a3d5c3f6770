use serde::{Deserialize, Serialize};

use super::Rate;

/// The six workload categories: ASHA's four clusters with duties and travel split out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Direct,
    Indirect,
    Collaboration,
    Compliance,
    Duties,
    Travel,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Direct,
        Category::Indirect,
        Category::Collaboration,
        Category::Compliance,
        Category::Duties,
        Category::Travel,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Category::Direct => "direct",
            Category::Indirect => "indirect",
            Category::Collaboration => "collaboration",
            Category::Compliance => "compliance",
            Category::Duties => "duties",
            Category::Travel => "travel",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Direct => "Direct services",
            Category::Indirect => "Indirect services for students",
            Category::Collaboration => "Collaboration and MTSS support",
            Category::Compliance => "Paperwork and compliance",
            Category::Duties => "Other duties",
            Category::Travel => "Travel",
        }
    }

    pub fn short_label(self) -> &'static str {
        match self {
            Category::Direct => "Direct",
            Category::Indirect => "Indirect",
            Category::Collaboration => "Collaboration",
            Category::Compliance => "Paperwork",
            Category::Duties => "Duties",
            Category::Travel => "Travel",
        }
    }

    pub fn examples(self) -> &'static str {
        match self {
            Category::Direct => "therapy sessions, Tier 2-3 groups, evaluation testing, screenings",
            Category::Indirect => {
                "consulting about a student, adapting materials, AAC programming, training staff or parents"
            }
            Category::Collaboration => "co-planning and co-teaching, Tier 1 classroom support, problem-solving teams",
            Category::Compliance => "IEP writing and meetings, evaluation reports, progress reports, Medicaid logs",
            Category::Duties => "staff meetings, professional development, supervision, building duties, planning",
            Category::Travel => "driving between buildings",
        }
    }
}

/// Work not tied to one student: a staff meeting, evaluations, building duty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: u32,
    pub name: String,
    pub category: Category,
    pub rate: Rate,
}
