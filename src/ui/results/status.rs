//! The headline: utilization, status in words, hours over or under, FTE needed.

use leptos::prelude::*;

use crate::engine::{format, Report, Status};
use crate::ui::state::use_state;

fn balance_text(r: &Report) -> String {
    match r.balance {
        None => "Enter contract hours and FTE to see the balance.".to_string(),
        Some(b) if b < 0.0 => format!("{} h over", format::hours(-b)),
        Some(b) => format!("{} h left", format::hours(b)),
    }
}

fn utilization_text(r: &Report) -> String {
    r.utilization.map(|u| format!("{}%", format::percent(u))).unwrap_or_else(|| "—".to_string())
}

/// A sticky one-line summary, visible while editing far down the page.
#[component]
pub fn StatusStrip() -> impl IntoView {
    let state = use_state();
    let status = move || state.report.with(|r| r.status);
    view! {
        <div class="status-strip" data-status=move || status().key()>
            <span class="status-word">{move || status().label()}</span>
            <span>{move || state.report.with(|r| format!("{} of {} h", format::hours(r.total), format::hours(r.capacity)))}</span>
            <span>{move || state.report.with(utilization_text)}</span>
            <span>{move || state.report.with(balance_text)}</span>
        </div>
    }
}

#[component]
pub fn StatusCard() -> impl IntoView {
    let state = use_state();
    let status = move || state.report.with(|r| r.status);
    let icon = move || match status() {
        Status::Over => "▲",
        Status::AtCapacity => "■",
        Status::Room => "●",
        Status::NoCapacity => "?",
    };
    view! {
        <section class="card status-card" data-status=move || status().key() aria-labelledby="status">
            <p class="status-line">
                <span class="status-icon" aria-hidden="true">{icon}</span>
                <span id="status">{move || status().label()}</span>
            </p>
            // Screen readers hear the outcome of an edit without leaving the field.
            <p class="visually-hidden" aria-live="polite" id="status-announcement">
                {move || state.report.with(|r| match r.utilization {
                    Some(u) => format!("{}: {}% of the week.", r.status.label(), format::percent(u)),
                    None => r.status.label().to_string(),
                })}
            </p>
            <dl class="headline">
                <div>
                    <dt>"Utilization"</dt>
                    <dd id="utilization">{move || state.report.with(utilization_text)}</dd>
                </div>
                <div>
                    <dt>"Workload"</dt>
                    <dd id="workload-hours">{move || state.report.with(|r| format!("{} h a week", format::hours(r.total)))}</dd>
                </div>
                <div>
                    <dt>"Capacity"</dt>
                    <dd id="capacity-hours">{move || state.report.with(|r| format!("{} h a week", format::hours(r.capacity)))}</dd>
                </div>
                <div>
                    <dt>"Balance"</dt>
                    <dd id="balance">{move || state.report.with(balance_text)}</dd>
                </div>
                <div>
                    <dt>"FTE needed"</dt>
                    <dd id="fte-needed">{move || state.report.with(|r| r.fte_needed.map(|f| format::number(f, 2)).unwrap_or_else(|| "—".into()))}</dd>
                </div>
            </dl>
        </section>
    }
}
