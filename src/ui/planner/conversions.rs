//! Minutes under 3:1 (per student and a two-way converter), and the same caseload under
//! both models side by side.

use leptos::prelude::*;

use crate::ui::fields::{BoundChoice, BoundNumber, NumberInput, SelectInput};
use crate::ui::state::use_state;
use workload_core::engine::{compare_models, format, CycleMinutes, ModelColumn};
use workload_core::model::rules;

const SHOWN_AT_FIRST: usize = 12;

#[component]
pub fn StudentConversions() -> impl IntoView {
    let state = use_state();
    let show_all = RwSignal::new(false);
    let count = move || state.report.with(|r| r.students.iter().filter(|s| s.direct_service_minutes > 0.0).count());
    let has_more = move || count() > SHOWN_AT_FIRST;
    view! {
        <section class="card" aria-labelledby="conversions-title">
            <h3 id="conversions-title">"Each student's direct minutes under 3:1"</h3>
            <p class="help">
                "The same total over a 4-week cycle, delivered in its three direct weeks, and the IEP wording it implies."
            </p>
            <div class="table-scroll">
                <table class="numbers" id="student-conversions">
                    <thead><tr>
                        <th scope="col">"Student"</th>
                        <th scope="col">"Weekly now"</th>
                        <th scope="col">"Per 4-week cycle"</th>
                        <th scope="col">"Each direct week"</th>
                        <th scope="col" class="text">"IEP wording under 3:1"</th>
                    </tr></thead>
                    <tbody>
                        {move || state.report.with(|r| {
                            let limit = if show_all.get() { usize::MAX } else { SHOWN_AT_FIRST };
                            r.students.iter().filter(|s| s.direct_service_minutes > 0.0).take(limit).map(|s| {
                                let m = CycleMinutes::from_weekly(s.direct_service_minutes);
                                view! {
                                    <tr>
                                        <th scope="row">{s.label.clone()}</th>
                                        <td>{format::number(m.weekly_average, 1)}</td>
                                        <td>{format::number(m.per_cycle, 1)}</td>
                                        <td>{format::number(m.per_direct_week, 1)}</td>
                                        <td class="text">{m.iep_wording()}</td>
                                    </tr>
                                }
                            }).collect_view()
                        })}
                    </tbody>
                </table>
            </div>
            <Show when=has_more>
                <button type="button" class="secondary" aria-expanded=move || show_all.get().to_string()
                    on:click=move |_| show_all.update(|s| *s = !*s)>
                    {move || if show_all.get() { format!("Show the first {SHOWN_AT_FIRST}") } else { format!("Show all {}", count()) }}
                </button>
            </Show>
        </section>
    }
}

/// Converts one figure three ways, for writing or reading an IEP.
#[component]
pub fn Converter() -> impl IntoView {
    let minutes = RwSignal::new(60.0);
    let unit = RwSignal::new("direct_week".to_string());
    let result = move || {
        let m = minutes.get();
        match unit.get().as_str() {
            "weekly" => CycleMinutes::from_weekly(m),
            "cycle" => CycleMinutes::from_cycle(m),
            _ => CycleMinutes::from_direct_week(m),
        }
    };
    view! {
        <section class="card" aria-labelledby="converter-title">
            <h3 id="converter-title">"Convert minutes"</h3>
            <div class="grid">
                <NumberInput label="Minutes" bound=BoundNumber {
                    rule: rules::WEEKLY_MINUTES,
                    value: Signal::derive(move || Some(minutes.get())),
                    on_valid: Callback::new(move |v| minutes.set(v)),
                } />
                <SelectInput label="Counted" bound=BoundChoice {
                    options: vec![
                        ("direct_week".into(), "in each direct week".into()),
                        ("weekly".into(), "per week, on average".into()),
                        ("cycle".into(), "per 4-week cycle".into()),
                    ]
                    .into(),
                    selected: unit.into(),
                    on_change: Callback::new(move |k: String| unit.set(k)),
                } />            </div>
            <dl id="converter-result">
                <dt>"Weekly average"</dt><dd>{move || format!("{} min", format::number(result().weekly_average, 1))}</dd>
                <dt>"Per 4-week cycle"</dt><dd>{move || format!("{} min", format::number(result().per_cycle, 1))}</dd>
                <dt>"Each direct week"</dt><dd>{move || format!("{} min", format::number(result().per_direct_week, 1))}</dd>
            </dl>
            <p class="wording">{move || result().iep_wording()}</p>
        </section>
    }
}

fn column_cells(c: &ModelColumn) -> [String; 5] {
    [
        format!("{} h", format::hours(c.average_week)),
        format!("{} h", format::hours(c.direct_week)),
        format!("{} h", format::hours(c.direct_service_in_direct_week)),
        c.indirect_week.map(|m| format!("{} h", format::hours(m))).unwrap_or_else(|| "no indirect week".into()),
        c.fullest_week_utilization.map(|u| format!("{}%", format::percent(u))).unwrap_or_else(|| "—".into()),
    ]
}

#[component]
pub fn Comparison() -> impl IntoView {
    let state = use_state();
    const ROWS: [&str; 5] = [
        "Average week",
        "A direct week",
        "Direct service in a direct week",
        "The indirect week",
        "Fullest week against capacity",
    ];
    view! {
        <section class="card" aria-labelledby="comparison-title">
            <h3 id="comparison-title">"Traditional or 3:1: the same caseload"</h3>
            <table class="numbers" id="model-comparison">
                <thead><tr><th scope="col">""</th><th scope="col">"Traditional"</th><th scope="col">"3:1"</th></tr></thead>
                <tbody>
                    {move || state.report.with(|r| {
                        let (traditional, three) = compare_models(r);
                        let (a, b) = (column_cells(&traditional), column_cells(&three));
                        ROWS.iter().zip(a).zip(b).map(|((row, a), b)| view! {
                            <tr><th scope="row">{*row}</th><td>{a}</td><td>{b}</td></tr>
                        }).collect_view()
                    })}
                </tbody>
            </table>
            <p class="help">
                "Under 3:1 the total is the same; direct weeks get fuller so that the indirect week can gather \
                 consultation, collaboration and paperwork, as far as it has room after duties and travel."
            </p>
        </section>
    }
}
