//! Starting points: a blank assignment, and a typical school SLP week.

use super::{
    Activity, Building, Category, Delivery, Discipline, Level, Period, PlanType, Profile, Rate, Service, StandardValue,
    StandardValues, Student, Workspace,
};

/// Other activities a provider of this discipline usually has, as weekly averages.
pub fn default_activities(discipline: Discipline) -> Vec<(&'static str, Category, Rate)> {
    use Category::*;
    let mut list = vec![
        ("Staff and department meetings", Duties, Rate::weekly(60.0, 1.0)),
        ("Professional development", Duties, Rate::new(240.0, 4.0, Period::Year)),
        ("Problem-solving and MTSS team meetings", Collaboration, Rate::new(45.0, 2.0, Period::Cycle)),
        ("Co-planning with teachers", Collaboration, Rate::weekly(30.0, 2.0)),
        ("Initial evaluations: testing", Direct, Rate::new(120.0, 8.0, Period::Year)),
        ("Initial evaluations: reports and meetings", Compliance, Rate::new(240.0, 8.0, Period::Year)),
    ];
    let specific: &[(&'static str, Category, Rate)] = match discipline {
        Discipline::Slp => &[
            ("Session planning and materials", Indirect, Rate::weekly(20.0, 5.0)),
            ("AAC and hearing-technology support", Indirect, Rate::weekly(30.0, 1.0)),
            ("Screenings", Direct, Rate::new(60.0, 1.0, Period::Cycle)),
        ],
        Discipline::Ot => &[
            ("Session planning and materials", Indirect, Rate::weekly(20.0, 5.0)),
            ("Adapting equipment and classroom environments", Indirect, Rate::weekly(60.0, 1.0)),
            ("Handwriting and sensory screenings", Direct, Rate::new(60.0, 1.0, Period::Cycle)),
        ],
        Discipline::Pt => &[
            ("Adaptive equipment checks and fittings", Indirect, Rate::weekly(60.0, 1.0)),
            ("Training staff on transfers and positioning", Indirect, Rate::new(60.0, 2.0, Period::Cycle)),
            ("Mobility screenings", Direct, Rate::new(60.0, 1.0, Period::Cycle)),
        ],
        Discipline::SpecialEducation => &[
            ("Lesson planning and adapting materials", Indirect, Rate::weekly(30.0, 5.0)),
            ("Directing paraprofessionals", Duties, Rate::weekly(15.0, 5.0)),
            ("Progress-monitoring data entry", Compliance, Rate::weekly(60.0, 1.0)),
        ],
        Discipline::Other => &[("Planning and materials", Indirect, Rate::weekly(20.0, 5.0))],
    };
    list.extend_from_slice(specific);
    list
}

fn push_activities(workspace: &mut Workspace, list: Vec<(&'static str, Category, Rate)>) {
    for (name, category, rate) in list {
        let id = workspace.take_id();
        workspace.activities.push(Activity { id, name: name.to_string(), category, rate });
    }
}

/// No students, the discipline's usual activities, default calendar and standard values.
pub fn blank_workspace(discipline: Discipline) -> Workspace {
    let mut workspace = Workspace::new(Profile { discipline, ..Profile::default() }, StandardValues::default());
    push_activities(&mut workspace, default_activities(discipline));
    workspace
}

/// A full-time school SLP with the national median caseload of 48, whose week matches the
/// average week of ASHA's 2022 schools survey (22 h direct, about 37 h in all): direct time
/// comes from the students' own services, paperwork and re-evaluations from the standard
/// values, the rest from activities.
pub fn typical_slp_workspace() -> Workspace {
    let mut workspace = Workspace::new(
        Profile::default(),
        StandardValues {
            progress_reports: StandardValue {
                rate: Rate::new(15.0, 4.0, Period::Year),
                source: "One short report per grading quarter".into(),
            },
            documentation_minutes_per_session: 2.0,
            documentation_source: "Brief session notes, about 2 minutes per student per session".into(),
            ..StandardValues::default()
        },
    );
    let building = workspace.take_id();
    workspace.profile.buildings.push(Building {
        id: building,
        name: "Main elementary".into(),
        travel_minutes_per_week: 0.0,
    });

    // (how many, plan, level, delivery, rate, group size: 1 = seen alone)
    let mix: [(usize, PlanType, Level, Delivery, Rate, usize); 6] = [
        (18, PlanType::Iep, Level::Elementary, Delivery::PullOut, Rate::weekly(30.0, 2.0), 3),
        (6, PlanType::MtssTier2, Level::Elementary, Delivery::Classroom, Rate::weekly(30.0, 2.0), 3),
        (8, PlanType::Iep, Level::Elementary, Delivery::PullOut, Rate::weekly(30.0, 2.0), 1),
        (4, PlanType::Iep, Level::Preschool, Delivery::PullOut, Rate::weekly(30.0, 2.0), 1),
        (6, PlanType::Iep, Level::Secondary, Delivery::PullOut, Rate::weekly(20.0, 1.0), 1),
        (6, PlanType::Iep, Level::Elementary, Delivery::Consult, Rate::new(30.0, 1.0, Period::Cycle), 1),
    ];
    let mut number = 0;
    let mut group_count = 0;
    for (count, plan, level, delivery, rate, group_size) in mix {
        for i in 0..count {
            number += 1;
            let group = (group_size > 1).then(|| {
                if i % group_size == 0 {
                    group_count += 1;
                }
                format!("Group {}", (b'A' + group_count as u8 - 1) as char)
            });
            let id = workspace.take_id();
            workspace.students.push(Student {
                id,
                label: format!("S{number:02}"),
                plan,
                level,
                building: Some(building),
                weight: None,
                services: vec![Service { delivery, rate, group }],
            });
        }
    }

    use Category::*;
    push_activities(
        &mut workspace,
        vec![
            ("Initial evaluations (testing, report, meeting)", Compliance, Rate::new(360.0, 6.0, Period::Year)),
            ("Collaborative consultation with teachers", Collaboration, Rate::weekly(70.0, 1.0)),
            ("Hearing aid and AAC device support", Indirect, Rate::weekly(60.0, 1.0)),
            ("Supervising an SLPA", Duties, Rate::weekly(48.0, 1.0)),
            ("Other assigned duties", Duties, Rate::weekly(120.0, 1.0)),
        ],
    );
    workspace
}
