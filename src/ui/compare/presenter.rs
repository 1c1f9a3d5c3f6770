//! The comparison as four full-screen steps for a projector (the shared presenter,
//! `ui::presenter`):
//!
//! 1. The caseload view says the scenarios are equal.
//! 2. The workload view shows they are not.
//! 3. Where the time goes.
//! 4. What would fix it.

use leptos::prelude::*;

use super::charts::StackedWeeks;
use super::use_compare;
use workload_core::model::Category;

pub const STEPS: &[&str] = &["The caseload view", "The workload view", "Where the time goes", "What would fix it"];

/// Step `step` of the comparison.
pub fn slide(step: usize) -> AnyView {
    view! { <Slide step /> }.into_any()
}

#[component]
fn Slide(step: usize) -> impl IntoView {
    let compare = use_compare();
    let c = compare.comparison.get_untracked();
    let names = compare.names();
    let body = match step {
        0 => {
            let cards = compare.reports.with_untracked(|reports| {
                names
                    .iter()
                    .zip(reports)
                    .map(|(name, r)| {
                        let cap = match (&r.caseload.cap, r.caseload.cap_status) {
                            (Some(cap), Some(status)) => {
                                format!(
                                    "students, {} of {}",
                                    status.label(),
                                    workload_core::engine::format::number(cap.max, 1)
                                )
                            }
                            _ => "students".into(),
                        };
                        view! {
                            <div class="big-figure">
                                <p class="figure-name">{name.clone()}</p>
                                <p class="figure-number">{r.caseload.headcount}</p>
                                <p>{cap}</p>
                            </div>
                        }
                    })
                    .collect_view()
            });
            view! {
                <p class="slide-point">{c.caseload_line.clone()}</p>
                <div class="big-figures">{cards}</div>
                <p>"A caseload count sees heads, not the hours each one brings."</p>
            }
            .into_any()
        }
        1 => view! {
            <p class="slide-point">{c.workload_line.clone()}</p>
            <StackedWeeks />
            <ul>{c.status_lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
        2 => view! {
            <p class="slide-point">{c.main_difference.clone()}</p>
            <table class="numbers">
                <thead>
                    <tr>
                        <th scope="col">"Hours a week"</th>
                        {names.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {c.category_rows.iter().zip(Category::ALL).map(|(row, category)| view! {
                        <tr>
                            <th scope="row">{category.short_label()}</th>
                            {row.cells.iter().map(|cell| view! { <td>{cell.clone()}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        _ => view! {
            <ul class="slide-list">{c.fixes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
    };
    body
}
