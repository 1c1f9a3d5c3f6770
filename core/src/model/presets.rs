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

/// A run of similar students in a preset: how many, their plan, level and services, and
/// whether they are seen in groups.
pub(super) struct StudentMix<'a> {
    count: usize,
    plan: PlanType,
    level: Level,
    services: &'a [(Delivery, Rate)],
    /// 1 = seen alone; otherwise consecutive students share a group of this size.
    group_size: usize,
}

impl<'a> StudentMix<'a> {
    pub(super) const fn new(
        count: usize,
        plan: PlanType,
        level: Level,
        services: &'a [(Delivery, Rate)],
    ) -> StudentMix<'a> {
        StudentMix { count, plan, level, services, group_size: 1 }
    }

    pub(super) const fn in_groups_of(self, size: usize) -> StudentMix<'a> {
        StudentMix { group_size: size, ..self }
    }
}

/// Adds the students of `mix`, labelled `{prefix}01`, `{prefix}02`…, spread over the
/// `buildings` in turn, with groups named A, B, C… Only direct services are grouped.
pub(super) fn push_students(workspace: &mut Workspace, prefix: &str, mix: &[StudentMix], buildings: &[u32]) {
    let mut number = 0;
    let mut group_count = 0u8;
    for run in mix {
        for i in 0..run.count {
            number += 1;
            let group = (run.group_size > 1).then(|| {
                if i % run.group_size == 0 {
                    group_count += 1;
                }
                format!("Group {}", (b'A' + (group_count - 1) % 26) as char)
            });
            let services = run
                .services
                .iter()
                .map(|&(delivery, rate)| Service {
                    delivery,
                    rate,
                    group: if delivery.is_direct() { group.clone() } else { None },
                })
                .collect();
            let id = workspace.take_id();
            workspace.students.push(Student {
                id,
                label: format!("{prefix}{number:02}"),
                plan: run.plan,
                level: run.level,
                // A group meets in one building.
                building: buildings.get((i / run.group_size) % buildings.len().max(1)).copied(),
                weight: None,
                services,
            });
        }
    }
}

pub(super) fn push_activities(workspace: &mut Workspace, list: Vec<(&'static str, Category, Rate)>) {
    for (name, category, rate) in list {
        let id = workspace.take_id();
        workspace.activities.push(Activity { id, name: name.to_string(), category, rate });
    }
}

/// No students, the discipline's usual activities, default calendar and standard values.
pub fn blank_workspace(discipline: Discipline) -> Workspace {
    new_caseload(discipline, true)
}

/// A new caseload: no students, the default calendar and standard values, and either the
/// discipline's usual activities or none at all (what "New caseload" offers).
pub fn new_caseload(discipline: Discipline, usual_activities: bool) -> Workspace {
    let mut workspace = Workspace::new(Profile { discipline, ..Profile::default() }, StandardValues::default());
    if usual_activities {
        push_activities(&mut workspace, default_activities(discipline));
    }
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

    use Delivery::*;
    use Level::*;
    use PlanType::*;
    push_students(
        &mut workspace,
        "S",
        &[
            StudentMix::new(18, Iep, Elementary, &[(PullOut, Rate::weekly(30.0, 2.0))]).in_groups_of(3),
            StudentMix::new(6, MtssTier2, Elementary, &[(Classroom, Rate::weekly(30.0, 2.0))]).in_groups_of(3),
            StudentMix::new(8, Iep, Elementary, &[(PullOut, Rate::weekly(30.0, 2.0))]),
            StudentMix::new(4, Iep, Preschool, &[(PullOut, Rate::weekly(30.0, 2.0))]),
            StudentMix::new(6, Iep, Secondary, &[(PullOut, Rate::weekly(20.0, 1.0))]),
            StudentMix::new(6, Iep, Elementary, &[(Consult, Rate::new(30.0, 1.0, Period::Cycle))]),
        ],
        &[building],
    );

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
