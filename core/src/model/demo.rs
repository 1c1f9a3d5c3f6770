//! The built-in demonstration, "same caseload, different workload": two full-time school
//! SLPs with the national median caseload of 48 students, built from plausible student
//! mixes. Every figure shown about them is computed by the engine from these inputs.

use super::presets::{push_activities, push_students, StudentMix};
use super::{blank_workspace, Building, Category, Delivery, Discipline, Level, Period, PlanType, Rate, Workspace};

pub const DEMO_HEADCOUNT: usize = 48;

/// One building; mostly consultation, mild articulation groups and classroom support.
pub fn demo_lighter_week() -> Workspace {
    use Delivery::*;
    use Level::*;
    use PlanType::*;
    let mut w = blank_workspace(Discipline::Slp);
    let school = add_building(&mut w, "Lincoln Elementary", 0.0);
    push_students(
        &mut w,
        "A",
        &[
            StudentMix::new(16, Iep, Elementary, &[(PullOut, Rate::weekly(20.0, 2.0))]).in_groups_of(4),
            StudentMix::new(10, Iep, Elementary, &[(PullOut, Rate::weekly(30.0, 2.0))]).in_groups_of(3),
            StudentMix::new(8, MtssTier2, Elementary, &[(Classroom, Rate::weekly(30.0, 1.0))]).in_groups_of(4),
            StudentMix::new(10, Iep, Elementary, &[(Consult, Rate::new(30.0, 1.0, Period::Cycle))]),
            StudentMix::new(4, Section504, Elementary, &[(Consult, Rate::new(15.0, 1.0, Period::Cycle))]),
        ],
        &[school],
    );
    push_activities(
        &mut w,
        vec![
            ("Lunch and bus duty", Category::Duties, Rate::new(30.0, 1.0, Period::Day)),
            ("Literacy committee", Category::Collaboration, Rate::weekly(60.0, 1.0)),
        ],
    );
    w
}

/// Three buildings; intensive daily sessions, AAC users, a preschool group and older
/// students with more complex needs.
pub fn demo_heavier_week() -> Workspace {
    use Delivery::*;
    use Level::*;
    use PlanType::*;
    let mut w = blank_workspace(Discipline::Slp);
    let buildings = [
        add_building(&mut w, "Roosevelt Elementary", 0.0),
        add_building(&mut w, "Early Learning Center", 90.0),
        add_building(&mut w, "Jefferson Middle", 90.0),
    ];
    push_students(
        &mut w,
        "B",
        &[
            StudentMix::new(4, Iep, Elementary, &[(PullOut, Rate::new(20.0, 1.0, Period::Day))]),
            StudentMix::new(
                6,
                Iep,
                Elementary,
                &[(PullOut, Rate::weekly(30.0, 2.0)), (Consult, Rate::weekly(30.0, 1.0))],
            ),
            StudentMix::new(6, Iep, Preschool, &[(PullOut, Rate::weekly(30.0, 2.0))]).in_groups_of(3),
            StudentMix::new(6, Ifsp, Preschool, &[(PullOut, Rate::weekly(30.0, 1.0))]),
            StudentMix::new(14, Iep, Elementary, &[(PullOut, Rate::weekly(30.0, 2.0))]).in_groups_of(2),
            StudentMix::new(12, Iep, Secondary, &[(PullOut, Rate::weekly(30.0, 1.0))]).in_groups_of(3),
        ],
        &buildings,
    );
    push_activities(
        &mut w,
        vec![
            ("Programming and training on AAC devices", Category::Indirect, Rate::weekly(90.0, 1.0)),
            ("Preschool transition and eligibility meetings", Category::Compliance, Rate::new(90.0, 8.0, Period::Year)),
        ],
    );
    w
}

fn add_building(w: &mut Workspace, name: &str, travel_minutes_per_week: f64) -> u32 {
    let id = w.take_id();
    w.profile.buildings.push(Building { id, name: name.into(), travel_minutes_per_week });
    id
}

/// The two demonstration scenarios with their names.
pub fn demonstration() -> [(&'static str, Workspace); 2] {
    [
        ("Provider A: one school, lighter needs", demo_lighter_week()),
        ("Provider B: three schools, intensive needs", demo_heavier_week()),
    ]
}
