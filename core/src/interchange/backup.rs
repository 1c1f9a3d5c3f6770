//! Backup files: everything (all scenarios, settings, checklists) as JSON in the same
//! versioned envelope the browser keeps (`docs/data-format.md`), and reading one back.
//!
//! Reading checks everything before anything is used: size, nesting, JSON, format and
//! version, every field's type (with its path) and every number's range. The caller
//! replaces or adds only what comes back as `Ok`.

use crate::interchange::envelope::{self, Unreadable, CURRENT_VERSION};
use crate::model::{Scenarios, Workspace};

use super::checks::problems;
use super::json_path::{offset_of, path_at};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_DEPTH: usize = 64;

/// The file: the envelope, indented so that a person can read it.
pub fn export(scenarios: &Scenarios, live: &Workspace) -> String {
    serde_json::to_string_pretty(&envelope::envelope(scenarios, live)).unwrap_or_default()
}

/// A file that was read: its scenarios, and the version it was written as.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub scenarios: Scenarios,
    pub from_version: u32,
}

/// Why a file was refused: the first line says so in words; the rest say where.
#[derive(Debug, PartialEq)]
pub struct Refused(pub Vec<String>);

fn refuse(line: impl Into<String>) -> Refused {
    Refused(vec![line.into()])
}

/// How deeply arrays and objects nest, outside strings.
fn depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

pub fn import(text: &str) -> Result<Imported, Refused> {
    if text.len() > MAX_BYTES {
        return Err(refuse(format!(
            "This file is larger than {} MB, far more than a backup of this app can be.",
            MAX_BYTES / 1024 / 1024
        )));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(refuse("This file is empty."));
    }
    if depth(text) > MAX_DEPTH {
        return Err(refuse(format!(
            "This file nests data more than {MAX_DEPTH} levels deep; it is not a backup of this app."
        )));
    }
    if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
        return Err(refuse("This file is not JSON, so it is not a backup of this app (a backup ends in .json)."));
    }
    let (data, from_version) = envelope::open(text).map_err(|unreadable| match unreadable {
        Unreadable::NewerVersion(v) => refuse(format!(
            "This backup was written by a newer version of this app (format {v}; this version reads up to {CURRENT_VERSION}). Open it with the newer version."
        )),
        Unreadable::Corrupt(reason) => refuse(format!("This file is not a backup of this app ({reason}).")),
    })?;
    let scenarios: Scenarios = serde_json::from_str(&data).map_err(|e| {
        let path = path_at(&data, offset_of(&data, e.line(), e.column()));
        // serde_json's message ends with the position, which the path replaces.
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Refused(vec!["A field in this file is damaged, so nothing was imported.".into(), format!("{path}: {message}")])
    })?;
    let found = problems(&scenarios);
    if !found.is_empty() {
        let mut lines = vec!["Some values in this file are out of range, so nothing was imported.".to_string()];
        lines.extend(found);
        return Err(Refused(lines));
    }
    Ok(Imported { scenarios: scenarios.repaired(), from_version })
}

/// Adds every imported scenario to `current` as a new one (fresh ids, names made unique).
/// Returns the names added; stops when the list is full.
pub fn add_as_new(current: &mut Scenarios, imported: Scenarios) -> Vec<String> {
    let mut added = Vec::new();
    for s in imported.list {
        match current.add(&s.name, s.workspace) {
            Some(id) => added.push(current.get(id).map(|x| x.name.clone()).unwrap_or_default()),
            None => break,
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, demonstration, Discipline};

    fn two() -> Scenarios {
        let [(a, wa), (b, wb)] = demonstration();
        let mut s = Scenarios::single(a, wa);
        s.add(b, wb);
        s
    }

    fn export_all(s: &Scenarios) -> String {
        export(s, &s.get(s.active).unwrap().workspace)
    }

    #[test]
    fn round_trip_keeps_everything() {
        let s = two();
        assert_eq!(import(&export_all(&s)), Ok(Imported { scenarios: s, from_version: CURRENT_VERSION }));
    }

    fn refusal(text: &str) -> Vec<String> {
        import(text).unwrap_err().0
    }

    #[test]
    fn refusals_say_why_and_where() {
        assert!(refusal("")[0].contains("empty"));
        assert!(refusal("name,minutes\nA,30")[0].contains("not JSON"));
        assert!(refusal(&format!("{}1{}", "[".repeat(100), "]".repeat(100)))[0].contains("more than 64 levels"));
        assert!(refusal(r#"{"format":"workload-calculator","version":9,"data":{}}"#)[0].contains("newer version"));
        assert!(refusal(r#"{"format":"spreadsheet","version":1,"data":{}}"#)[0].contains("not a backup"));

        let mut value: serde_json::Value = serde_json::from_str(&export_all(&two())).unwrap();
        value["data"]["list"][0]["workspace"]["students"][3]["services"][0]["rate"]["minutes"] = "thirty".into();
        let lines = refusal(&value.to_string());
        assert!(
            lines[1].starts_with("list[0].workspace.students[3].services[0].rate.minutes: invalid type: string"),
            "{lines:?}"
        );

        value["data"]["list"][0]["workspace"]["students"][3]["services"][0]["rate"]["minutes"] = (-30.0).into();
        value["data"]["list"][1]["workspace"]["profile"]["fte"] = 1e300.into();
        let lines = refusal(&value.to_string());
        assert!(lines[0].contains("out of range"));
        assert_eq!(
            lines[1],
            "scenario 1 (\"Provider A: one school, lighter needs\"): students[3].services[0].rate.minutes: Minutes cannot be negative."
        );
        assert!(lines[2].ends_with("profile.fte: FTE can be at most 1."), "{}", lines[2]);
    }

    #[test]
    fn markup_in_labels_is_kept_as_text() {
        let mut w = blank_workspace(Discipline::Slp);
        w.students.push(crate::model::Student {
            id: 99,
            label: "<img src=x onerror=alert(1)>".into(),
            plan: crate::model::PlanType::Iep,
            level: crate::model::Level::Elementary,
            building: None,
            weight: None,
            services: vec![],
        });
        let s = Scenarios::single("<script>", w);
        let back = import(&export_all(&s)).unwrap().scenarios;
        assert_eq!(back.list[0].name, "<script>");
        assert_eq!(back.list[0].workspace.students[0].label, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn adding_as_new_keeps_what_is_there() {
        let mut current = Scenarios::first_visit();
        let added = add_as_new(&mut current, two());
        assert_eq!(added.len(), 2);
        assert_eq!(current.list.len(), 3);
        assert_eq!(current.list[0].name, "Typical school SLP");
        let again = add_as_new(&mut current, two());
        assert_eq!(again[0], "Provider A: one school, lighter needs (2)");
    }
}
