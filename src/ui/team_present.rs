//! The team's staffing presented (`present-team/`, reached from the team page): the team
//! page's team in the presenter's four full-screen steps (`ui::presenter`, the compare
//! page's): the caseload view, the workload view, the shortfall, and what would fix it. A
//! page of its own, so that the team page keeps its code within its size budget; the four
//! steps are also shown on the page itself, to read or print without presenting.

use leptos::prelude::*;

use super::presenter::{start, Presenter, Presenting};
use super::shell::{self, PageFrame};
use super::state::use_state;
use crate::storage::team_members::unpack_members;
use workload_core::engine::rebalance::{suggest, Members};
use workload_core::engine::team::{member_figures, presentation, team_report, BuildingNames};
use workload_core::engine::team_markup::{slide_html, SLIDES};
use workload_core::model::Scenarios;

/// The four steps' markup, once the team is read.
#[derive(Clone, Copy)]
struct TeamSlides(RwSignal<Option<Vec<String>>>);

fn slide(step: usize) -> AnyView {
    let TeamSlides(slides) = expect_context::<TeamSlides>();
    let html = slides.with_untracked(|s| s.as_ref().and_then(|s| s.get(step).cloned()).unwrap_or_default());
    view! { <div class="slide-body" inner_html=html></div> }.into_any()
}

/// Reads the saved team, computes it as the team page does (each member by the calculator's
/// engine, the team's totals, the suggested moves), and writes the four steps.
async fn prepare(scenarios: &Scenarios) -> Vec<String> {
    let Some(team) = scenarios.team.as_ref() else { return Vec::new() };
    let names = BuildingNames::new(&team.merges);
    let read = unpack_members(team).await;
    let (mut workspaces, mut labels, mut figures): (Members, Vec<(u32, String)>, Vec<_>) = Default::default();
    for (m, scenario) in team.members.iter().zip(read) {
        if let Ok((_, w)) = scenario {
            figures.push(member_figures(m.id, &m.label, &w, &names));
            workspaces.push((m.id, (*w).clone()));
            labels.push((m.id, m.label.clone()));
        }
    }
    if figures.is_empty() {
        return Vec::new();
    }
    let refs: Vec<_> = figures.iter().collect();
    let report = team_report(&refs, &names);
    let moves: Vec<String> = suggest(&workspaces, &labels, &names).into_iter().map(|s| s.words).collect();
    let shown = presentation(&report, &moves);
    (0..SLIDES.len()).map(|step| slide_html(&shown, &report.summary, step)).collect()
}

#[component]
pub fn TeamPresentPage() -> impl IntoView {
    let notices = shell::start_with(crate::storage::small_json::decode);
    let state = use_state();
    let presenter = Presenting::new(SLIDES);
    let slides = TeamSlides(RwSignal::new(None));
    provide_context(slides);
    let scenarios = state.scenarios.get_untracked();
    leptos::task::spawn_local(async move { slides.0.set(Some(prepare(&scenarios).await)) });
    let steps = move || {
        slides.0.with(|s| {
            s.as_ref().map(|s| {
                s.iter()
                    .enumerate()
                    .map(|(i, html)| {
                        view! {
                            <section class="card">
                                <h2>{format!("{}. {}", i + 1, SLIDES[i])}</h2>
                                <div inner_html=html.clone()></div>
                            </section>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let ready = move || slides.0.with(|s| s.as_ref().is_some_and(|s| !s.is_empty()));
    view! {
        <PageFrame notices no_status=true>
            <main class="present-team-page" id="content">
                {move || match slides.0.with(|s| s.as_ref().map(Vec::is_empty)) {
                    None => view! { <p role="status">"Reading the team…"</p> }.into_any(),
                    Some(true) => view! {
                        <p role="status">"There is no team to present yet. "<a href="../team/">"Bring colleagues' scenarios together on the team page."</a></p>
                    }.into_any(),
                    Some(false) => ().into_any(),
                }}
                <Show when=ready>
                    <p>
                        <button type="button" id="present" node_ref=presenter.button on:click=move |_| start(presenter)>
                            "Present full screen"
                        </button>
                        " Arrow keys or Space step through; Escape leaves. "
                        <a href="../team/">"Back to the team"</a>
                    </p>
                </Show>
                {steps}
            </main>
            <Presenter p=presenter slide />
        </PageFrame>
    }
}
