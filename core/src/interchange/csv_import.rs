//! A caseload from a spreadsheet: CSV as Excel or Google Sheets export it (comma, semicolon
//! or tab; quotes; a UTF-8 byte order mark), a header row if there is one, columns mapped to
//! what they hold, and each row read into a student or a reason with its line number.
//!
//! Rows with the same label in a row (one line per service) become one student.

use std::fmt;

use crate::model::rules::{self, Invalid, BUILDING_NAME, GROUP, MAX_STUDENTS, SESSION_MINUTES, TIMES};
use crate::model::validation::{heading_names_people, label_looks_like_a_name, parse_label, parse_text};
use crate::model::{Building, Delivery, Level, PlanType, Rate, Service, Student, Workspace};

use super::frequency::{parse_frequency, parse_period, Frequency, NoFrequency};
use crate::engine::students::service_words;

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ROWS: usize = MAX_STUDENTS;
/// A caseload sheet has a dozen columns; a file with many more is something else, and its
/// preview would be too wide to choose from.
pub const MAX_COLUMNS: usize = 40;

/// Why a file cannot be read as a caseload at all.
#[derive(Clone, Debug, PartialEq)]
pub enum TableProblem {
    TooLarge,
    Empty,
    NoRows,
    TooManyRows,
    TooManyColumns {
        count: usize,
    },
    /// The CSV reader's own words.
    NotCsv(String),
}

impl fmt::Display for TableProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableProblem::TooLarge => {
                write!(f, "The file is larger than {} MB; a caseload is far smaller.", MAX_BYTES / 1024 / 1024)
            }
            TableProblem::Empty => f.write_str("The file is empty."),
            TableProblem::NoRows => f.write_str("The file has no rows."),
            TableProblem::TooManyRows => {
                write!(f, "The file has more than {MAX_ROWS} rows; split it into smaller files.")
            }
            TableProblem::TooManyColumns { count } => write!(
                f,
                "The file has {count} columns; a caseload has far fewer (at most {MAX_COLUMNS} are read). \
                 Keep only the columns about students and their services."
            ),
            TableProblem::NotCsv(reason) => write!(f, "The file could not be read as CSV: {reason}"),
        }
    }
}

/// Why one row cannot be imported.
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblem {
    Label(Invalid),
    Frequency(NoFrequency),
    Minutes(Invalid),
    Times(Invalid),
    NoMinutes,
    NoPeriod,
    UnknownPeriod(String),
    UnknownPlan(String),
    UnknownLevel(String),
    UnknownDelivery(String),
    Building(Invalid),
    Group(Invalid),
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowProblem::Label(e) => write!(f, "label: {e}"),
            RowProblem::Frequency(e) => write!(f, "{e}"),
            RowProblem::Minutes(e) => write!(f, "minutes: {e}"),
            RowProblem::Times(e) => write!(f, "times: {e}"),
            RowProblem::NoMinutes => f.write_str("no minutes per session"),
            RowProblem::NoPeriod => f.write_str("no period: say per day, week, month (4-week cycle), quarter or year"),
            RowProblem::UnknownPeriod(t) => write!(f, "\"{t}\" is not a day, week, month, quarter or year"),
            RowProblem::UnknownPlan(t) => write!(f, "plan \"{t}\" is not IEP, 504, IFSP or MTSS Tier 2 or 3"),
            RowProblem::UnknownLevel(t) => {
                write!(f, "level \"{t}\" is not preschool, elementary, secondary or a grade")
            }
            RowProblem::UnknownDelivery(t) => write!(f, "delivery \"{t}\" is not pull-out, in class or consult"),
            RowProblem::Building(e) => write!(f, "building: {e}"),
            RowProblem::Group(e) => write!(f, "group: {e}"),
        }
    }
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Ignore,
    Label,
    Plan,
    Level,
    Building,
    Delivery,
    Minutes,
    Times,
    Per,
    /// Minutes and how often together: "30 min 2x/week".
    Frequency,
    Group,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Ignore,
        Role::Label,
        Role::Plan,
        Role::Level,
        Role::Building,
        Role::Delivery,
        Role::Minutes,
        Role::Times,
        Role::Per,
        Role::Frequency,
        Role::Group,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::Ignore => "ignore",
            Role::Label => "label",
            Role::Plan => "plan",
            Role::Level => "level",
            Role::Building => "building",
            Role::Delivery => "delivery",
            Role::Minutes => "minutes",
            Role::Times => "times",
            Role::Per => "per",
            Role::Frequency => "frequency",
            Role::Group => "group",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Ignore => "Not imported",
            Role::Label => "Student label (code or initials)",
            Role::Plan => "Plan (IEP, 504…)",
            Role::Level => "Level or grade",
            Role::Building => "Building",
            Role::Delivery => "Delivery (pull-out, in class, consult)",
            Role::Minutes => "Minutes per session",
            Role::Times => "Times",
            Role::Per => "Per (week, month…)",
            Role::Frequency => "Frequency (\"30 min 2x/week\")",
            Role::Group => "Group",
        }
    }

    /// The role a header names, if it names one.
    fn from_header(header: &str) -> Role {
        let h = header.trim().to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
        if has(&["delivery", "setting", "service type", "type of service", "service model"]) {
            Role::Delivery
        } else if has(&["frequency", "service", "schedule"]) {
            Role::Frequency
        } else if has(&["minute", "min"]) {
            Role::Minutes
        } else if has(&["times", "sessions", "how many"]) {
            Role::Times
        } else if h == "per" || has(&["period", "unit", "interval"]) {
            Role::Per
        } else if has(&["group"]) {
            Role::Group
        } else if has(&["building", "school", "campus", "site"]) {
            Role::Building
        } else if has(&["plan", "iep", "504", "eligibility"]) {
            Role::Plan
        } else if has(&["level", "grade"]) {
            Role::Level
        } else if has(&["student", "label", "code", "initials", "id", "name"]) {
            Role::Label
        } else {
            Role::Ignore
        }
    }
}

/// The cells of a CSV file, with the line each row starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub delimiter: u8,
    pub header: Option<Vec<String>>,
    pub rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    pub fn column_count(&self) -> usize {
        self.header.iter().chain(self.rows.iter().map(|(_, r)| r)).map(Vec::len).max().unwrap_or(0)
    }

    /// A first guess at each column's role, from the header (or the label first otherwise).
    /// Whether most of the first filled cells of `column` say how long and how often.
    fn holds_frequencies(&self, column: usize) -> bool {
        let cells: Vec<&String> =
            self.rows.iter().filter_map(|(_, r)| r.get(column)).filter(|c| !c.is_empty()).take(20).collect();
        let whole = |c: &&&String| {
            parse_frequency(c).is_ok_and(|f| f.minutes.is_some() && (f.times.is_some() || f.per.is_some()))
        };
        !cells.is_empty() && cells.iter().filter(whole).count() * 2 > cells.len()
    }

    pub fn guess_roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = match &self.header {
            Some(header) => header.iter().map(|h| Role::from_header(h)).collect(),
            None => (0..self.column_count()).map(|i| if i == 0 { Role::Label } else { Role::Ignore }).collect(),
        };
        roles.resize(self.column_count(), Role::Ignore);
        // What a column holds can say more than its header: "30 min 2x/week" under
        // "Minutes" is a whole frequency.
        for (i, role) in roles.iter_mut().enumerate() {
            if matches!(role, Role::Ignore | Role::Minutes | Role::Times | Role::Per) && self.holds_frequencies(i) {
                *role = Role::Frequency;
            }
        }
        // Each role once: a second "minutes" column is more likely something else.
        for i in 1..roles.len() {
            if roles[i] != Role::Ignore && roles[..i].contains(&roles[i]) {
                roles[i] = Role::Ignore;
            }
        }
        roles
    }
}

fn records(text: &str, delimiter: u8) -> Result<Vec<(u64, Vec<String>)>, TableProblem> {
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TableProblem::NotCsv(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(TableProblem::TooManyRows);
        }
        rows.push((line, cells));
    }
    Ok(rows)
}

/// The delimiter that splits the first lines into the same number of cells, most of them.
fn detect_delimiter(text: &str) -> u8 {
    let sample: String = text.lines().take(10).collect::<Vec<_>>().join("\n");
    let score = |d: u8| -> (usize, usize) {
        let Ok(rows) = records(&sample, d) else { return (0, 0) };
        let Some((_, first)) = rows.first() else { return (0, 0) };
        let width = first.len();
        let consistent = rows.iter().filter(|(_, r)| r.len() == width).count();
        (if width > 1 { consistent } else { 0 }, width)
    };
    [b',', b';', b'\t'].into_iter().max_by_key(|&d| score(d)).unwrap_or(b',')
}

fn looks_numeric(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
}

/// Reads the text of a CSV file. Refuses, in words, what cannot be a caseload.
pub fn read_table(text: &str) -> Result<Table, TableProblem> {
    if text.len() > MAX_BYTES {
        return Err(TableProblem::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(TableProblem::Empty);
    }
    // The reader counts lines by "\n" only; Excel ends lines with "\r\n", old Macs with "\r".
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let delimiter = detect_delimiter(&text);
    let mut rows = records(&text, delimiter)?;
    if rows.is_empty() {
        return Err(TableProblem::NoRows);
    }
    let columns = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    if columns > MAX_COLUMNS {
        return Err(TableProblem::TooManyColumns { count: columns });
    }
    // A header names at least one column we know, and has no numbers where the next row has.
    let first = &rows[0].1;
    let names_a_column = first.iter().any(|c| Role::from_header(c) != Role::Ignore);
    let next_has_numbers = rows.get(1).is_some_and(|(_, r)| r.iter().any(|c| looks_numeric(c)));
    let first_has_numbers = first.iter().any(|c| looks_numeric(c));
    let header =
        if names_a_column && (!first_has_numbers || !next_has_numbers) { Some(rows.remove(0).1) } else { None };
    Ok(Table { delimiter, header, rows })
}

/// One line of the file, read: a student's details and one service.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentRow {
    pub label: String,
    pub plan: PlanType,
    pub level: Level,
    pub building: Option<String>,
    pub service: Service,
}

fn parse_plan(text: &str) -> Result<PlanType, RowProblem> {
    let t = text.trim().to_lowercase();
    Ok(match t.as_str() {
        "" | "iep" | "sped" | "special education" => PlanType::Iep,
        _ if t.contains("504") => PlanType::Section504,
        _ if t.contains("ifsp") => PlanType::Ifsp,
        _ if t.contains("tier 3") || t.contains("tier3") => PlanType::MtssTier3,
        _ if t.contains("tier") || t.contains("mtss") || t.contains("rti") => PlanType::MtssTier2,
        _ if t.contains("iep") => PlanType::Iep,
        _ => return Err(RowProblem::UnknownPlan(text.trim().to_string())),
    })
}

fn parse_level(text: &str) -> Result<Level, RowProblem> {
    let t = text.trim().to_lowercase();
    let grade: Option<u32> =
        t.trim_start_matches("grade").trim().trim_end_matches(|c: char| c.is_alphabetic()).parse().ok();
    Ok(match (t.as_str(), grade) {
        ("", _) => Level::Elementary,
        (_, Some(g)) if g <= 5 => Level::Elementary,
        (_, Some(g)) if g <= 12 => Level::Secondary,
        _ if ["pre", "pk", "ece", "early"].iter().any(|p| t.starts_with(p)) => Level::Preschool,
        _ if ["k", "kg", "kindergarten", "elem", "elementary", "primary"]
            .iter()
            .any(|p| t == *p || t.starts_with("elem")) =>
        {
            Level::Elementary
        }
        _ if ["ms", "hs", "middle", "high", "secondary", "junior", "senior"].iter().any(|p| t.starts_with(p)) => {
            Level::Secondary
        }
        _ => return Err(RowProblem::UnknownLevel(text.trim().to_string())),
    })
}

fn parse_delivery(text: &str) -> Result<Delivery, RowProblem> {
    let t = text.trim().to_lowercase();
    Ok(match t.as_str() {
        "" => Delivery::PullOut,
        _ if t.contains("consult") || t.contains("indirect") => Delivery::Consult,
        _ if t.contains("class") || t.contains("push") || t.contains("inclusion") => Delivery::Classroom,
        _ if t.contains("pull") || t.contains("direct") || t.contains("therapy room") => Delivery::PullOut,
        _ => return Err(RowProblem::UnknownDelivery(text.trim().to_string())),
    })
}

/// Reads one row with the chosen roles.
pub fn read_row(cells: &[String], roles: &[Role]) -> Result<StudentRow, RowProblem> {
    let cell = |role: Role| -> &str {
        roles.iter().position(|r| *r == role).and_then(|i| cells.get(i)).map_or("", |c| c.as_str())
    };
    let label = parse_label(cell(Role::Label)).map_err(RowProblem::Label)?;
    let mut frequency = Frequency::default();
    if !cell(Role::Frequency).is_empty() {
        frequency = parse_frequency(cell(Role::Frequency)).map_err(RowProblem::Frequency)?;
    }
    if !cell(Role::Minutes).is_empty() {
        let stated = parse_frequency(cell(Role::Minutes)).map_err(RowProblem::Frequency)?;
        frequency.minutes = stated.minutes.or(frequency.minutes);
        frequency.times = frequency.times.or(stated.times);
        frequency.per = frequency.per.or(stated.per);
    }
    if !cell(Role::Times).is_empty() {
        let stated = parse_frequency(&format!("{} x", cell(Role::Times))).map_err(RowProblem::Frequency)?;
        frequency.times = stated.times.or(frequency.times);
    }
    if !cell(Role::Per).is_empty() {
        frequency.per =
            Some(parse_period(cell(Role::Per)).ok_or_else(|| RowProblem::UnknownPeriod(cell(Role::Per).to_string()))?);
    }
    let minutes = frequency.minutes.ok_or(RowProblem::NoMinutes)?;
    let minutes = SESSION_MINUTES.check(minutes).map_err(RowProblem::Minutes)?;
    let times = TIMES.check(frequency.times.unwrap_or(1.0)).map_err(RowProblem::Times)?;
    let per = frequency.per.ok_or(RowProblem::NoPeriod)?;
    let group = parse_text(cell(Role::Group), GROUP).map_err(RowProblem::Group)?;
    let building = parse_text(cell(Role::Building), rules::TextRule { required: false, ..BUILDING_NAME })
        .map_err(RowProblem::Building)?;
    Ok(StudentRow {
        label,
        plan: parse_plan(cell(Role::Plan))?,
        level: parse_level(cell(Role::Level))?,
        building: Some(building).filter(|b| !b.is_empty()),
        service: Service {
            delivery: parse_delivery(cell(Role::Delivery))?,
            rate: Rate::new(minutes, times, per),
            group: Some(group).filter(|g| !g.is_empty()),
        },
    })
}

/// How a row reads, in the calculator's words: "S01: 1 × 60 min per 4-week cycle,
/// pull-out" (a month is a 4-week cycle, and the preview says so).
pub fn reads_as(row: &StudentRow) -> String {
    format!("{}: {}", row.label, service_words(&row.service))
}

/// Every row read: the student or why not, with the file's line number.
pub fn read_rows(table: &Table, roles: &[Role]) -> Vec<(u64, Result<StudentRow, RowProblem>)> {
    table.rows.iter().map(|(line, cells)| (*line, read_row(cells, roles))).collect()
}

/// How many students `rows` make: consecutive rows with the same label are one student,
/// with at most [`rules::MAX_SERVICES_PER_STUDENT`] services.
pub fn student_count(rows: &[StudentRow]) -> usize {
    let (mut students, mut services) = (0, 0);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 && rows[i - 1].label == row.label && services < rules::MAX_SERVICES_PER_STUDENT {
            services += 1;
        } else {
            students += 1;
            services = 1;
        }
    }
    students
}

/// Adds the rows to `workspace` as students: consecutive rows with the same label are one
/// student with several services (up to the most a student may have; further rows start
/// another student); buildings are matched by name or added (no travel). Returns how many
/// students were added. Nothing is added when they would not all fit.
pub fn add_students(workspace: &mut Workspace, rows: Vec<StudentRow>) -> Result<usize, Invalid> {
    if !workspace.has_room_for_students(student_count(&rows)) {
        return Err(Invalid::TooMany { what: "students", max: MAX_STUDENTS });
    }
    if rows_add_too_many_buildings(workspace, &rows) {
        return Err(Invalid::TooMany { what: "buildings", max: rules::MAX_BUILDINGS });
    }
    workspace.reserve_ids(rows.len() * 2);
    let mut added = 0;
    for row in rows {
        let building = row.building.as_deref().map(|name| building_id(workspace, name));
        if added > 0 {
            if let Some(last) = workspace.students.last_mut() {
                // The same rule as `student_count`.
                if last.label == row.label && last.services.len() < rules::MAX_SERVICES_PER_STUDENT {
                    last.services.push(row.service);
                    continue;
                }
            }
        }
        let id = workspace.take_id();
        workspace.students.push(Student {
            id,
            label: row.label,
            plan: row.plan,
            level: row.level,
            building,
            weight: None,
            services: vec![row.service],
        });
        added += 1;
    }
    Ok(added)
}

/// Whether the rows name more new buildings than the workspace has room for.
fn rows_add_too_many_buildings(workspace: &Workspace, rows: &[StudentRow]) -> bool {
    let mut names: Vec<String> = workspace.profile.buildings.iter().map(|b| b.name.to_ascii_lowercase()).collect();
    for name in rows.iter().filter_map(|r| r.building.as_deref()) {
        let name = name.to_ascii_lowercase();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.len() > rules::MAX_BUILDINGS
}

fn building_id(workspace: &mut Workspace, name: &str) -> u32 {
    if let Some(b) = workspace.profile.buildings.iter().find(|b| b.name.eq_ignore_ascii_case(name)) {
        return b.id;
    }
    let id = workspace.take_id();
    workspace.profile.buildings.push(Building { id, name: name.to_string(), travel_minutes_per_week: 0.0 });
    id
}

/// What the preview warns about before anything is imported: a column headed like names,
/// and labels that look like names.
pub fn name_warnings(table: &Table, roles: &[Role]) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(header) = &table.header {
        for heading in header.iter().filter(|h| heading_names_people(h)) {
            warnings.push(format!(
                "The column \"{}\" is headed like people's names. Import codes or initials instead: \
                 choose another column for the label, or replace the names in the sheet first.",
                heading.trim()
            ));
        }
    }
    if let Some(column) = roles.iter().position(|r| *r == Role::Label) {
        let names =
            table.rows.iter().filter(|(_, r)| r.get(column).is_some_and(|c| label_looks_like_a_name(c))).count();
        if names > 0 {
            warnings.push(format!(
                "{names} of the labels look like names. Labels should be codes or initials: names stay on your \
                 spreadsheet, not here."
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, Discipline, Period};

    const SHEETS: &str = "\u{feff}Student;Plan;Grade;School;Service;Group\r\n\
        A.B.;IEP;2;Lincoln;30 min 2x/week;Red\r\n\
        C.D.;504;7;Jefferson;\"60 min/month\";\r\n\
        E.F.;IEP;K;Lincoln;2x30 weekly;Red\r\n\
        ;IEP;3;Lincoln;30 min 1x/week;\r\n\
        G.H.;IEP;PK;Lincoln;as needed;\r\n";

    #[test]
    fn a_semicolon_file_with_bom_header_and_bad_rows() {
        let table = read_table(SHEETS).unwrap();
        assert_eq!(table.delimiter, b';');
        assert_eq!(table.header.as_ref().unwrap()[0], "Student");
        let roles = table.guess_roles();
        assert_eq!(roles, vec![Role::Label, Role::Plan, Role::Level, Role::Building, Role::Frequency, Role::Group]);
        let rows = read_rows(&table, &roles);
        assert_eq!(rows.len(), 5);
        let first = rows[0].1.as_ref().unwrap();
        assert_eq!(first.service.rate, Rate::new(30.0, 2.0, Period::Week));
        assert_eq!(first.service.group.as_deref(), Some("Red"));
        assert_eq!(rows[1].1.as_ref().unwrap().service.rate, Rate::new(60.0, 1.0, Period::Cycle));
        assert_eq!(rows[1].1.as_ref().unwrap().level, Level::Secondary);
        assert_eq!(rows[1].1.as_ref().unwrap().plan, PlanType::Section504);
        assert_eq!(rows[2].1.as_ref().unwrap().level, Level::Elementary);
        let (line, error) = (&rows[3].0, rows[3].1.as_ref().unwrap_err());
        assert_eq!((*line, error), (5, &RowProblem::Label(Invalid::EmptyText { what: "label" })));
        let (line, error) = (&rows[4].0, rows[4].1.as_ref().unwrap_err());
        assert_eq!(*line, 6);
        assert_eq!(error, &RowProblem::Frequency(NoFrequency("as needed".into())));
    }

    #[test]
    fn frequencies_are_recognised_by_what_the_column_holds_and_each_row_says_how_it_reads() {
        // Headed "Minutes", but every cell says how often too.
        let table = read_table("ID,Minutes\nS1,30 min 2x/week\nS2,60 min/month\nS3,20 min daily\n").unwrap();
        assert_eq!(table.guess_roles(), vec![Role::Label, Role::Frequency]);
        let rows = read_rows(&table, &table.guess_roles());
        let words: Vec<String> = rows.iter().map(|(_, r)| reads_as(r.as_ref().unwrap())).collect();
        assert_eq!(
            words,
            ["S1: 2 × 30 min a week, pull-out", "S2: 60 min per 4-week cycle, pull-out", "S3: 20 min a day, pull-out"]
        );
        // Plain numbers stay minutes per session.
        let plain = read_table("ID,Minutes,Times,Per\nS1,30,2,week\n").unwrap();
        assert_eq!(plain.guess_roles(), vec![Role::Label, Role::Minutes, Role::Times, Role::Per]);
    }

    #[test]
    fn tabs_commas_quotes_and_separate_columns() {
        let tsv = "Code\tMinutes\tTimes\tPer\tDelivery\nX1\t30\t2\tweek\tconsult\n";
        let table = read_table(tsv).unwrap();
        assert_eq!(table.delimiter, b'\t');
        let rows = read_rows(&table, &table.guess_roles());
        let row = rows[0].1.as_ref().unwrap();
        assert_eq!(row.service.rate, Rate::new(30.0, 2.0, Period::Week));
        assert_eq!(row.service.delivery, Delivery::Consult);

        let csv = "\"R4, A\",\"30 min, 2x week\"\nK2,20 min daily\n";
        let table = read_table(csv).unwrap();
        assert_eq!(table.header, None, "no header: the first row has numbers like the next");
        let rows = read_rows(&table, &[Role::Label, Role::Frequency]);
        assert_eq!(rows[0].1.as_ref().unwrap().label, "R4, A");
        assert_eq!(rows[1].1.as_ref().unwrap().service.rate, Rate::new(20.0, 1.0, Period::Day));
    }

    #[test]
    fn refusals_in_words() {
        assert_eq!(read_table(""), Err(TableProblem::Empty));
        assert_eq!(TableProblem::Empty.to_string(), "The file is empty.");
        assert_eq!(read_table(&"x".repeat(MAX_BYTES + 1)), Err(TableProblem::TooLarge));
        let wide = format!("{}\n", vec!["a"; MAX_COLUMNS + 1].join(","));
        assert_eq!(read_table(&wide), Err(TableProblem::TooManyColumns { count: MAX_COLUMNS + 1 }));
        let table = read_table("Student,Minutes,Per\nA,700,week\nB,30,fortnight\nC,30,\n").unwrap();
        let rows = read_rows(&table, &table.guess_roles());
        assert_eq!(rows[0].1, Err(RowProblem::Minutes(Invalid::AboveMax { what: "Minutes", max: 600.0 })));
        assert_eq!(rows[1].1, Err(RowProblem::UnknownPeriod("fortnight".into())));
        assert_eq!(rows[2].1, Err(RowProblem::NoPeriod));
        assert_eq!(rows[0].1.as_ref().unwrap_err().to_string(), "minutes: Minutes can be at most 600.");
    }

    #[test]
    fn rows_of_one_student_join_and_buildings_are_matched() {
        let table = read_table(
            "Student,School,Service\nA,North,30 min weekly\nA,North,15 min monthly\nB,north,30 min weekly\n",
        )
        .unwrap();
        let rows: Vec<StudentRow> =
            read_rows(&table, &table.guess_roles()).into_iter().map(|(_, r)| r.unwrap()).collect();
        let mut w = blank_workspace(Discipline::Slp);
        assert_eq!(add_students(&mut w, rows), Ok(2));
        assert_eq!(w.students[0].services.len(), 2);
        assert_eq!(w.profile.buildings.len(), 1);
        assert_eq!(w.students[1].building, w.students[0].building);
    }

    #[test]
    fn an_import_that_would_pass_the_student_limit_adds_nothing() {
        let mut w = blank_workspace(Discipline::Slp);
        while w.students.len() < MAX_STUDENTS - 1 {
            w.add_student();
        }
        let table = read_table("Student,Service\nA,30 min weekly\nB,30 min weekly\n").unwrap();
        let rows: Vec<StudentRow> =
            read_rows(&table, &table.guess_roles()).into_iter().map(|(_, r)| r.unwrap()).collect();
        let before = w.clone();
        assert_eq!(add_students(&mut w, rows), Err(Invalid::TooMany { what: "students", max: MAX_STUDENTS }));
        assert_eq!(w, before);
    }

    #[test]
    fn long_building_and_group_names_are_row_problems() {
        let csv = format!(
            "Student,School,Group,Service\nA,{},,30 min weekly\nB,,{},30 min weekly\n",
            "x".repeat(81),
            "g".repeat(41)
        );
        let table = read_table(&csv).unwrap();
        let rows = read_rows(&table, &table.guess_roles());
        assert!(matches!(rows[0].1, Err(RowProblem::Building(Invalid::TooLong { max_chars: 80, .. }))));
        assert!(matches!(rows[1].1, Err(RowProblem::Group(Invalid::TooLong { max_chars: 40, .. }))));
    }

    #[test]
    fn names_are_warned_about_before_anything_is_imported() {
        let table = read_table("Student Name,Service\nMaria Lopez,30 min weekly\nS02,30 min weekly\n").unwrap();
        let warnings = name_warnings(&table, &table.guess_roles());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("\"Student Name\" is headed like people's names"));
        assert!(warnings[1].starts_with("1 of the labels look like names"));
        let codes = read_table("Code,Service\nS01,30 min weekly\n").unwrap();
        assert_eq!(name_warnings(&codes, &codes.guess_roles()), Vec::<String>::new());
    }
}
