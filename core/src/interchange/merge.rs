//! Two tabs, one store: when another tab's save arrives while this tab has changes not yet
//! saved, neither is dropped. The other tab's data is taken as it is, and every scenario this
//! tab changed is added to it as a scenario of its own, "… (this tab's version)".

use crate::model::{Scenario, Scenarios};

/// What is added to a name to tell this tab's version from the other tab's.
pub const THIS_TABS_VERSION: &str = " (this tab's version)";

/// The other tab's scenarios with this tab's changed ones added beside them.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptBoth {
    pub scenarios: Scenarios,
    /// The names the kept versions got.
    pub kept: Vec<String>,
    /// The names of this tab's versions there was no room for (the list was full).
    pub left_out: Vec<String>,
}

/// Merges this tab's scenarios (`ours`, its open one with its live edits) into `theirs`,
/// the newer save of another tab. `base` is the saved data both started from (what this tab
/// last read or wrote), if it could be read: a scenario this tab did not change since then is
/// not copied. The scenario open here stays open (its kept version, where it was changed).
/// `same` tells whether two scenarios hold the same (the app compares them as saved text,
/// which keeps a comparison of every field out of its pages).
pub fn keep_both(
    theirs: Scenarios,
    ours: &Scenarios,
    base: Option<&Scenarios>,
    same: impl Fn(&Scenario, &Scenario) -> bool,
) -> KeptBoth {
    let mut merged = theirs;
    let (mut kept, mut left_out) = (Vec::new(), Vec::new());
    let mut open_here = None;
    for s in &ours.list {
        let unchanged_since_base = base.and_then(|b| b.get(s.id)).is_some_and(|b| same(b, s));
        let already_there = merged.get(s.id).is_some_and(|t| same(t, s));
        if unchanged_since_base || already_there {
            if s.id == ours.active && merged.get(s.id).is_some() {
                open_here = Some(s.id);
            }
            continue;
        }
        match merged.add(&format!("{}{THIS_TABS_VERSION}", s.name), s.workspace.clone()) {
            Some(id) => {
                kept.push(merged.get(id).map(|x| x.name.clone()).unwrap_or_default());
                if s.id == ours.active {
                    open_here = Some(id);
                }
            }
            None => left_out.push(s.name.clone()),
        }
    }
    if let Some(id) = open_here {
        merged.active = id;
    }
    // The team is one: this tab's, where this tab changed it, else the other tab's.
    #[cfg(feature = "team")]
    if base.is_some_and(|b| b.team != ours.team) {
        merged.team = ours.team.clone();
    }
    KeptBoth { scenarios: merged, kept, left_out }
}

/// Whether two scenarios hold the same, field by field.
pub fn same(a: &Scenario, b: &Scenario) -> bool {
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline, MAX_SCENARIOS};

    fn base() -> Scenarios {
        let mut s = Scenarios::first_visit();
        s.add("OT", blank_workspace(Discipline::Ot));
        s
    }

    #[test]
    fn this_tabs_changed_scenario_is_kept_beside_the_other_tabs_save() {
        let base = base();
        let mut theirs = base.clone();
        theirs.list[0].workspace.profile.fte = 0.5;
        let mut ours = base.clone();
        ours.list[0].workspace.profile.fte = 0.8;
        let merged = keep_both(theirs.clone(), &ours, Some(&base), same);
        assert_eq!(merged.kept, vec!["Example: typical school SLP (this tab's version)"]);
        assert_eq!(merged.left_out, Vec::<String>::new());
        let s = &merged.scenarios;
        assert_eq!(s.list.len(), 3);
        assert_eq!(s.list[0].workspace.profile.fte, 0.5, "theirs as they saved it");
        assert_eq!(s.get(s.active).unwrap().workspace.profile.fte, 0.8, "ours, kept and open");
    }

    #[test]
    fn unchanged_scenarios_are_not_copied_and_new_ones_are_kept() {
        let base = base();
        let theirs = base.clone();
        let mut ours = base.clone();
        ours.add("Mine", typical_slp_workspace());
        let merged = keep_both(theirs, &ours, Some(&base), same);
        assert_eq!(merged.kept, vec!["Mine (this tab's version)"]);
        assert_eq!(merged.scenarios.list.len(), 3);
        assert_eq!(merged.scenarios.active, 1, "the open scenario was not changed: it stays open");
    }

    #[test]
    fn without_a_base_every_scenario_that_differs_is_kept() {
        let mut theirs = base();
        theirs.list[1].workspace.profile.fte = 0.4;
        let ours = base();
        let merged = keep_both(theirs, &ours, None, same);
        assert_eq!(merged.kept, vec!["OT (this tab's version)"]);
    }

    #[cfg(feature = "team")]
    #[test]
    fn the_team_is_this_tabs_where_this_tab_changed_it_else_theirs() {
        use crate::model::Team;
        let base = base();
        let mut theirs = base.clone();
        theirs.list[0].workspace.profile.fte = 0.5;
        let mut ours = base.clone();
        let mut team = Team::default();
        team.add("OT1", "", "AAAA".into()).unwrap();
        ours.team = Some(team.clone());
        let merged = keep_both(theirs.clone(), &ours, Some(&base), same);
        assert_eq!(merged.scenarios.team, Some(team.clone()));
        assert_eq!(merged.scenarios.list[0].workspace.profile.fte, 0.5);
        // Their team, where this tab left it as it was.
        theirs.team = Some(team);
        let merged = keep_both(theirs.clone(), &base, Some(&base), same);
        assert_eq!(merged.scenarios.team, theirs.team);
    }

    #[test]
    fn what_does_not_fit_is_named() {
        let base = base();
        let mut theirs = base.clone();
        while theirs.add("x", blank_workspace(Discipline::Pt)).is_some() {}
        assert_eq!(theirs.list.len(), MAX_SCENARIOS);
        let mut ours = base.clone();
        ours.list[0].workspace.profile.fte = 0.8;
        let merged = keep_both(theirs, &ours, Some(&base), same);
        assert_eq!(merged.left_out, vec!["Example: typical school SLP"]);
        assert!(merged.kept.is_empty());
    }
}
