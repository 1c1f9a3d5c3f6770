//! Every value a user types into the app, as a field: its rule, how to read it from the
//! workspace and how to write a valid value back. The input fields are built from these,
//! and the property tests drive the same fields, so what the tests prove of them holds for
//! what the app does.
//!
//! `K` says which row a field is in: `()` for the assignment, a row's id for a student,
//! building, activity or task, `(student id, service index)` for a service line. Reading a
//! row that is gone gives `None`; writing one does nothing.

use super::rules::{self, NumberRule, TextRule};
use super::{
    CapChoice, Category, DaysOff, Delivery, Discipline, IsoDate, Level, Period, PlanType, Rate, Service, ServiceModel,
    Student, TaskKind, Weighting, Workspace,
};

/// A number field.
#[derive(Clone, Copy)]
pub struct NumberField<K> {
    pub rule: NumberRule,
    pub get: fn(&Workspace, K) -> Option<f64>,
    /// Called with a value that passed `rule`.
    pub set: fn(&mut Workspace, K, f64),
}

/// A text field.
#[derive(Clone, Copy)]
pub struct TextField<K> {
    pub rule: TextRule,
    pub get: fn(&Workspace, K) -> Option<String>,
    /// Called with text that passed `rule`, trimmed.
    pub set: fn(&mut Workspace, K, String),
}

/// A date field.
#[derive(Clone, Copy)]
pub struct DateField<K> {
    pub get: fn(&Workspace, K) -> Option<IsoDate>,
    /// Called with a date within the years planned.
    pub set: fn(&mut Workspace, K, IsoDate),
}

/// A choice among options (a select): each option a (key, label) pair.
#[derive(Clone, Copy)]
pub struct ChoiceField<K> {
    /// The options: fixed, or the user's own (the buildings).
    pub options: fn(&Workspace) -> Vec<(String, String)>,
    /// The key chosen.
    pub get: fn(&Workspace, K) -> Option<String>,
    /// Called with the key the user chose; a key that is none of the options changes nothing.
    pub set: fn(&mut Workspace, K, &str),
}

/// (key, label) pairs of a fixed list of choices.
pub fn options<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|&x| (key(x).to_string(), label(x).to_string())).collect()
}

/// The minutes, times and period of one rate.
#[derive(Clone, Copy)]
pub struct RateField<K> {
    pub minutes: NumberField<K>,
    pub times: NumberField<K>,
    pub per: ChoiceField<K>,
}

fn periods(_: &Workspace) -> Vec<(String, String)> {
    options(&Period::ALL, Period::key, Period::label)
}

macro_rules! number {
    ($rule:expr, |$w:ident| $place:expr) => {
        NumberField { rule: $rule, get: |$w, ()| Some($place), set: |$w, (), v| $place = v }
    };
}

/// A choice of the assignment among all the values of an enum (its `ALL`, `key`, `label`).
macro_rules! choice {
    ($enum:ident, |$w:ident| $place:expr) => {
        ChoiceField {
            options: |_| options(&$enum::ALL, $enum::key, $enum::label),
            get: |$w, ()| Some($place.key().to_string()),
            set: |$w, (), key| {
                if let Some(value) = $enum::from_key(key) {
                    $place = value
                }
            },
        }
    };
}

// ---- The assignment ----------------------------------------------------------------------

pub const FTE: NumberField<()> = number!(rules::FTE, |w| w.profile.fte);
pub const CONTRACT_HOURS: NumberField<()> = number!(rules::CONTRACT_HOURS, |w| w.profile.contract_hours_per_week);
pub const LUNCH_MINUTES: NumberField<()> = number!(rules::LUNCH_MINUTES, |w| w.profile.lunch_minutes_per_day);
pub const DAYS_PER_WEEK: NumberField<()> = number!(rules::DAYS_PER_WEEK, |w| w.profile.days_per_week);
pub const WEEKS_PER_YEAR: NumberField<()> = number!(rules::WEEKS_PER_YEAR, |w| w.profile.school_weeks_per_year);
pub const WEEKS_PER_QUARTER: NumberField<()> = number!(rules::WEEKS_PER_QUARTER, |w| w.profile.weeks_per_quarter);
pub const ASSISTANTS: NumberField<()> = number!(rules::ASSISTANTS, |w| w.profile.assistants_supervised);
pub const AT_CAPACITY_FROM: NumberField<()> = number!(rules::PERCENT, |w| w.profile.thresholds.at_capacity_from);
pub const OVER_CAPACITY_ABOVE: NumberField<()> = number!(rules::PERCENT, |w| w.profile.thresholds.over_capacity_above);
/// The user's own cap; writing it chooses it.
pub const CUSTOM_CAP: NumberField<()> = NumberField {
    rule: rules::CAP,
    get: |w, ()| match w.profile.cap {
        CapChoice::Custom { max } => Some(max),
        _ => None,
    },
    set: |w, (), max| w.profile.cap = CapChoice::Custom { max },
};

pub const DISCIPLINE: ChoiceField<()> = choice!(Discipline, |w| w.profile.discipline);
pub const SERVICE_MODEL: ChoiceField<()> = choice!(ServiceModel, |w| w.profile.service_model);
pub const WEIGHTING: ChoiceField<()> = choice!(Weighting, |w| w.profile.weighting);

// ---- Standard times ----------------------------------------------------------------------

pub const ANNUAL_PLAN_MINUTES: NumberField<()> =
    number!(rules::EVENT_MINUTES, |w| w.standards.annual_plan.rate.minutes);
pub const PROGRESS_REPORT_MINUTES: NumberField<()> =
    number!(rules::EVENT_MINUTES, |w| w.standards.progress_reports.rate.minutes);
pub const PROGRESS_REPORTS_PER_YEAR: NumberField<()> =
    number!(rules::TIMES, |w| w.standards.progress_reports.rate.times);
pub const REEVALUATION_MINUTES: NumberField<()> =
    number!(rules::EVENT_MINUTES, |w| w.standards.reevaluation.rate.minutes);
/// Entered as years between re-evaluations, saved as re-evaluations a year: the two rules
/// are each other's inverse, so any valid entry saves as a valid rate.
pub const YEARS_BETWEEN_REEVALUATIONS: NumberField<()> = NumberField {
    rule: rules::YEARS_BETWEEN_REEVALUATIONS,
    get: |w, ()| Some(1.0 / w.standards.reevaluation.rate.times).filter(|years| years.is_finite()),
    set: |w, (), years| {
        w.standards.reevaluation.rate.times =
            rules::REEVALUATIONS_PER_YEAR.nearest(1.0 / years, rules::REEVALUATIONS_PER_YEAR.min)
    },
};
pub const NOTES_PER_SESSION: NumberField<()> =
    number!(rules::SESSION_MINUTES, |w| w.standards.documentation_minutes_per_session);

// ---- Rows --------------------------------------------------------------------------------

fn student(w: &Workspace, id: u32) -> Option<&Student> {
    w.students.iter().find(|s| s.id == id)
}

fn service(w: &Workspace, (id, index): (u32, usize)) -> Option<&Service> {
    student(w, id)?.services.get(index)
}

fn service_mut(w: &mut Workspace, (id, index): (u32, usize)) -> Option<&mut Service> {
    w.student_mut(id)?.services.get_mut(index)
}

fn day_off(w: &Workspace, id: u32) -> Option<&DaysOff> {
    w.school_year.days_off.iter().find(|d| d.id == id)
}

fn day_off_mut(w: &mut Workspace, id: u32) -> Option<&mut DaysOff> {
    w.school_year.days_off.iter_mut().find(|d| d.id == id)
}

pub const STUDENT_LABEL: TextField<u32> = TextField {
    rule: rules::LABEL,
    get: |w, id| student(w, id).map(|s| s.label.clone()),
    set: |w, id, label| {
        if let Some(s) = w.student_mut(id) {
            s.label = label
        }
    },
};

/// A student's own weight; an empty field means none (the scheme's default applies).
pub const STUDENT_WEIGHT: NumberField<u32> = NumberField {
    rule: rules::WEIGHT,
    get: |w, id| student(w, id).and_then(|s| s.weight),
    set: |w, id, weight| {
        if let Some(s) = w.student_mut(id) {
            s.weight = Some(weight)
        }
    },
};

/// Clears a student's own weight.
pub fn clear_student_weight(w: &mut Workspace, id: u32) {
    if let Some(s) = w.student_mut(id) {
        s.weight = None;
    }
}

/// A student's building: one in the list, or none.
pub fn set_student_building(w: &mut Workspace, id: u32, building: Option<u32>) {
    let building = building.filter(|b| w.profile.buildings.iter().any(|x| x.id == *b));
    if let Some(s) = w.student_mut(id) {
        s.building = building;
    }
}

/// A choice of a student among all the values of an enum.
macro_rules! student_choice {
    ($enum:ident, $field:ident) => {
        ChoiceField {
            options: |_| options(&$enum::ALL, $enum::key, $enum::label),
            get: |w, id| student(w, id).map(|s| s.$field.key().to_string()),
            set: |w, id, key| {
                if let (Some(s), Some(value)) = (w.student_mut(id), $enum::from_key(key)) {
                    s.$field = value
                }
            },
        }
    };
}

pub const STUDENT_PLAN: ChoiceField<u32> = student_choice!(PlanType, plan);
pub const STUDENT_LEVEL: ChoiceField<u32> = student_choice!(Level, level);

/// A student's building, one of the user's buildings, or none (the empty key).
pub const STUDENT_BUILDING: ChoiceField<u32> = ChoiceField {
    options: |w| {
        let mut options = vec![(String::new(), "Not set".to_string())];
        options.extend(w.profile.buildings.iter().map(|b| (b.id.to_string(), b.name.clone())));
        options
    },
    get: |w, id| student(w, id).map(|s| s.building.map(|b| b.to_string()).unwrap_or_default()),
    set: |w, id, key| match key {
        "" => set_student_building(w, id, None),
        key => {
            if let Some(b) = key.parse().ok().filter(|b| w.profile.buildings.iter().any(|x| x.id == *b)) {
                set_student_building(w, id, Some(b))
            }
        }
    },
};

pub const SERVICE_DELIVERY: ChoiceField<(u32, usize)> = ChoiceField {
    options: |_| options(&Delivery::ALL, Delivery::key, Delivery::label),
    get: |w, k| service(w, k).map(|s| s.delivery.key().to_string()),
    set: |w, k, key| {
        if let (Some(s), Some(delivery)) = (service_mut(w, k), Delivery::from_key(key)) {
            s.delivery = delivery
        }
    },
};

pub const SERVICE_RATE: RateField<(u32, usize)> = RateField {
    minutes: NumberField {
        rule: rules::SESSION_MINUTES,
        get: |w, k| service(w, k).map(|s| s.rate.minutes),
        set: |w, k, v| {
            if let Some(s) = service_mut(w, k) {
                s.rate.minutes = v
            }
        },
    },
    times: NumberField {
        rule: rules::TIMES,
        get: |w, k| service(w, k).map(|s| s.rate.times),
        set: |w, k, v| {
            if let Some(s) = service_mut(w, k) {
                s.rate.times = v
            }
        },
    },
    per: ChoiceField {
        options: periods,
        get: |w, k| service(w, k).map(|s| s.rate.per.key().to_string()),
        set: |w, k, key| {
            if let (Some(s), Some(per)) = (service_mut(w, k), Period::from_key(key)) {
                s.rate.per = per
            }
        },
    },
};

/// The group a service is seen in; an empty field means alone.
pub const SERVICE_GROUP: TextField<(u32, usize)> = TextField {
    rule: rules::GROUP,
    get: |w, k| service(w, k).map(|s| s.group.clone().unwrap_or_default()),
    set: |w, k, group| {
        if let Some(s) = service_mut(w, k) {
            s.group = (!group.is_empty()).then_some(group)
        }
    },
};

pub const BUILDING_NAME: TextField<u32> = TextField {
    rule: rules::BUILDING_NAME,
    get: |w, id| w.profile.buildings.iter().find(|b| b.id == id).map(|b| b.name.clone()),
    set: |w, id, name| {
        if let Some(b) = w.profile.buildings.iter_mut().find(|b| b.id == id) {
            b.name = name
        }
    },
};

pub const BUILDING_TRAVEL: NumberField<u32> = NumberField {
    rule: rules::WEEKLY_MINUTES,
    get: |w, id| w.profile.buildings.iter().find(|b| b.id == id).map(|b| b.travel_minutes_per_week),
    set: |w, id, v| {
        if let Some(b) = w.profile.buildings.iter_mut().find(|b| b.id == id) {
            b.travel_minutes_per_week = v
        }
    },
};

pub const ACTIVITY_NAME: TextField<u32> = TextField {
    rule: rules::ACTIVITY_NAME,
    get: |w, id| w.activities.iter().find(|a| a.id == id).map(|a| a.name.clone()),
    set: |w, id, name| {
        if let Some(a) = w.activity_mut(id) {
            a.name = name
        }
    },
};

fn activity_rate(w: &Workspace, id: u32) -> Option<Rate> {
    w.activities.iter().find(|a| a.id == id).map(|a| a.rate)
}

pub const ACTIVITY_RATE: RateField<u32> = RateField {
    minutes: NumberField {
        rule: rules::EVENT_MINUTES,
        get: |w, id| activity_rate(w, id).map(|r| r.minutes),
        set: |w, id, v| {
            if let Some(a) = w.activity_mut(id) {
                a.rate.minutes = v
            }
        },
    },
    times: NumberField {
        rule: rules::TIMES,
        get: |w, id| activity_rate(w, id).map(|r| r.times),
        set: |w, id, v| {
            if let Some(a) = w.activity_mut(id) {
                a.rate.times = v
            }
        },
    },
    per: ChoiceField {
        options: periods,
        get: |w, id| activity_rate(w, id).map(|r| r.per.key().to_string()),
        set: |w, id, key| {
            if let (Some(a), Some(per)) = (w.activity_mut(id), Period::from_key(key)) {
                a.rate.per = per
            }
        },
    },
};

/// An activity's category. Travel is not offered: it comes from the buildings.
pub const ACTIVITY_CATEGORY: ChoiceField<u32> = ChoiceField {
    options: |_| options(&Category::ALL[..5], Category::key, Category::short_label),
    get: |w, id| w.activities.iter().find(|a| a.id == id).map(|a| a.category.key().to_string()),
    set: |w, id, key| {
        let offered = Category::from_key(key).filter(|c| *c != Category::Travel);
        if let (Some(a), Some(category)) = (w.activity_mut(id), offered) {
            a.category = category
        }
    },
};

pub const TASK_NAME: TextField<u32> = TextField {
    rule: rules::TASK_NAME,
    get: |w, id| w.checklist.tasks.iter().find(|t| t.id == id).map(|t| t.name.clone()),
    set: |w, id, name| {
        if let Some(t) = w.checklist.tasks.iter_mut().find(|t| t.id == id) {
            t.name = name
        }
    },
};

pub const TASK_KIND: ChoiceField<u32> = ChoiceField {
    options: |_| options(&TaskKind::ALL, TaskKind::key, TaskKind::label),
    get: |w, id| w.checklist.tasks.iter().find(|t| t.id == id).map(|t| t.kind.key().to_string()),
    set: |w, id, key| {
        if let (Some(t), Some(kind)) = (w.checklist.tasks.iter_mut().find(|t| t.id == id), TaskKind::from_key(key)) {
            t.kind = kind
        }
    },
};

pub const TASK_MINUTES: NumberField<u32> = NumberField {
    rule: rules::EVENT_MINUTES,
    get: |w, id| w.checklist.tasks.iter().find(|t| t.id == id).map(|t| t.minutes),
    set: |w, id, v| {
        if let Some(t) = w.checklist.tasks.iter_mut().find(|t| t.id == id) {
            t.minutes = v
        }
    },
};

// ---- The school year ---------------------------------------------------------------------

pub const FIRST_DAY: DateField<()> =
    DateField { get: |w, ()| Some(w.school_year.first_day), set: |w, (), d| w.school_year.first_day = d };
pub const LAST_DAY: DateField<()> =
    DateField { get: |w, ()| Some(w.school_year.last_day), set: |w, (), d| w.school_year.last_day = d };

pub const DAY_OFF_NAME: TextField<u32> = TextField {
    rule: rules::BREAK_NAME,
    get: |w, id| day_off(w, id).map(|d| d.label.clone()),
    set: |w, id, label| {
        if let Some(d) = day_off_mut(w, id) {
            d.label = label
        }
    },
};
pub const DAY_OFF_FIRST: DateField<u32> = DateField {
    get: |w, id| day_off(w, id).map(|d| d.first),
    set: |w, id, date| {
        if let Some(d) = day_off_mut(w, id) {
            d.first = date
        }
    },
};
pub const DAY_OFF_LAST: DateField<u32> = DateField {
    get: |w, id| day_off(w, id).map(|d| d.last),
    set: |w, id, date| {
        if let Some(d) = day_off_mut(w, id) {
            d.last = date
        }
    },
};

/// Every number field of the assignment and the standard times (for the property tests).
pub const ASSIGNMENT_NUMBERS: [NumberField<()>; 16] = [
    FTE,
    CONTRACT_HOURS,
    LUNCH_MINUTES,
    DAYS_PER_WEEK,
    WEEKS_PER_YEAR,
    WEEKS_PER_QUARTER,
    ASSISTANTS,
    AT_CAPACITY_FROM,
    OVER_CAPACITY_ABOVE,
    CUSTOM_CAP,
    ANNUAL_PLAN_MINUTES,
    PROGRESS_REPORT_MINUTES,
    PROGRESS_REPORTS_PER_YEAR,
    REEVALUATION_MINUTES,
    YEARS_BETWEEN_REEVALUATIONS,
    NOTES_PER_SESSION,
];

/// Every choice of the assignment, and of a student (for the property tests).
pub const ASSIGNMENT_CHOICES: [ChoiceField<()>; 3] = [DISCIPLINE, SERVICE_MODEL, WEIGHTING];
pub const STUDENT_CHOICES: [ChoiceField<u32>; 3] = [STUDENT_PLAN, STUDENT_LEVEL, STUDENT_BUILDING];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validation::parse_number;
    use crate::model::{check, typical_slp_workspace, Scenarios};

    #[test]
    fn a_tiny_number_of_years_between_re_evaluations_is_refused_not_saved_as_infinity() {
        let rule = YEARS_BETWEEN_REEVALUATIONS.rule;
        assert!(parse_number("1e-309", rule).is_err());
        assert!(parse_number("0.005", rule).is_err());
        let mut w = typical_slp_workspace();
        (YEARS_BETWEEN_REEVALUATIONS.set)(&mut w, (), parse_number("0.5", rule).unwrap());
        assert_eq!(w.standards.reevaluation.rate.times, 2.0);
        assert_eq!((YEARS_BETWEEN_REEVALUATIONS.get)(&w, ()), Some(0.5));
        (YEARS_BETWEEN_REEVALUATIONS.set)(&mut w, (), 3.0);
        assert_eq!((YEARS_BETWEEN_REEVALUATIONS.get)(&w, ()), Some(3.0));
        assert!(check::problems(&Scenarios::single("x", w.clone()), &w).is_empty());
    }

    #[test]
    fn a_building_that_is_not_in_the_list_is_not_set() {
        let mut w = typical_slp_workspace();
        let id = w.students[0].id;
        set_student_building(&mut w, id, Some(9999));
        assert_eq!(w.students[0].building, None);
    }
}
