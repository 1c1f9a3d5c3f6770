//! The built-in demonstration, "same caseload, different workload": the two scenarios
//! really have the same headcount, and the workloads the comparison states are what the
//! engine computes from their students and activities.

use workload_core::engine::compare::compare;
use workload_core::engine::what_if::{apply, WhatIf};
use workload_core::engine::{compute, Status};
use workload_core::model::{demonstration, Level, DEMO_HEADCOUNT};

#[test]
fn same_caseload_different_workload() {
    let [(a_name, a), (b_name, b)] = demonstration();
    let (ra, rb) = (compute(&a), compute(&b));
    assert_eq!(ra.caseload.headcount, DEMO_HEADCOUNT);
    assert_eq!(rb.caseload.headcount, DEMO_HEADCOUNT);
    assert_eq!(DEMO_HEADCOUNT, 48, "the national median school SLP caseload");

    let c = compare(&[(a_name, &ra), (b_name, &rb)]);
    assert_eq!(c.headline, "Same caseload: 48 students each; 30.2 hours versus 55.7 hours of work a week.");
    assert_eq!(ra.status, Status::Room);
    assert_eq!(rb.status, Status::Over);
    assert_eq!(
        c.status_lines,
        vec![
            "Provider A: one school, lighter needs: 80.4% of contract time, room in the week; needs 0.8 FTE.",
            "Provider B: three schools, intensive needs: 148.5% of contract time, over capacity; needs 1.48 FTE.",
        ]
    );
    assert_eq!(c.main_difference, "The largest gap is in direct services: 19.0 hours a week.");
    assert!(c.differences[0].starts_with("Direct services: 27.4 hours for Provider B"), "{:?}", c.differences);
    assert!(c.fixes[1].contains("serve 20 fewer students"), "{}", c.fixes[1]);
    assert!(c.fixes[1].contains("drop a building (travel takes 3.0 hours a week)"), "{}", c.fixes[1]);
    assert!(c.fixes[0].contains("fits within the contract week"), "{}", c.fixes[0]);
}

#[test]
fn the_mixes_are_what_the_demonstration_says() {
    let [(_, a), (_, b)] = demonstration();
    assert_eq!(a.profile.buildings.len(), 1);
    assert_eq!(b.profile.buildings.len(), 3);
    let preschool = b.students.iter().filter(|s| s.level == Level::Preschool).count();
    assert_eq!(preschool, 12);
    let consult_only = a.students.iter().filter(|s| s.services.iter().all(|v| !v.delivery.is_direct())).count();
    assert_eq!(consult_only, 14, "most of provider A's students are consult or groups");
    let daily = b
        .students
        .iter()
        .filter(|s| s.services.iter().any(|v| v.rate.per == workload_core::model::Period::Day))
        .count();
    assert_eq!(daily, 4);
}

#[test]
fn a_what_if_can_bring_provider_b_within_contract_time() {
    let [_, (_, b)] = demonstration();
    let more_fte = compute(&apply(&b, &WhatIf { fte: Some(1.5), ..WhatIf::default() }));
    assert_ne!(more_fte.status, Status::Over);
    assert_eq!(more_fte.caseload.headcount, 48, "more FTE, same caseload");
    let on_3_to_1 = compute(&apply(&b, &WhatIf { three_to_one: Some(true), ..WhatIf::default() }));
    assert_eq!(on_3_to_1.total, compute(&b).total, "3:1 moves time; it does not remove it");
}
