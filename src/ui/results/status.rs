//! The headline: utilization, status in words, hours over or under, FTE needed.

use leptos::prelude::*;

use super::figure;
use workload_core::engine::{format, Report, Status};

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

/// A sticky one-line summary, visible while editing far down the page, with the page's
/// undo and redo (`children`) beside it. It links to the results: on a phone, where they
/// come after the inputs, and on a page without them (`results_at`, always shown).
#[component]
pub fn StatusStrip(results_at: Option<&'static str>, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let (href, class) = match results_at {
        Some(elsewhere) => (elsewhere, "to-results elsewhere"),
        None => ("#results", "to-results"),
    };
    view! {
        <div class="status-strip" data-status=figure(|r| r.status.key().to_string())>
            // From another page the link's name says where it leads (its visible word first).
            <a class=class href=href aria-label=results_at.map(|_| "Results on the calculator")>"Results:"</a>
            <span class="status-word">{figure(|r| r.status.label().to_string())}</span>
            <span class="strip-hours">{figure(|r| format!("{} of {} h", format::hours(r.total), format::hours(r.capacity)))}</span>
            <span class="strip-utilization">{figure(utilization_text)}</span>
            <span>{figure(balance_text)}</span>
            {children.map(|c| c())}
        </div>
    }
}

fn icon(status: Status) -> &'static str {
    match status {
        Status::Over => "▲",
        Status::AtCapacity => "■",
        Status::Room => "●",
        Status::NoCapacity => "?",
    }
}

#[component]
pub fn StatusCard() -> impl IntoView {
    view! {
        <section class="card status-card" data-status=figure(|r| r.status.key().to_string()) aria-labelledby="status">
            <p class="status-line">
                <span class="status-icon" aria-hidden="true">{figure(|r| icon(r.status).to_string())}</span>
                <span id="status">{figure(|r| r.status.label().to_string())}</span>
            </p>
            <dl class="headline">
                <div><dt>"Utilization"</dt><dd id="utilization">{figure(utilization_text)}</dd></div>
                <div><dt>"Workload"</dt><dd id="workload-hours">{figure(|r| format!("{} h a week", format::hours(r.total)))}</dd></div>
                <div><dt>"Capacity"</dt><dd id="capacity-hours">{figure(|r| format!("{} h a week", format::hours(r.capacity)))}</dd></div>
                <div><dt>"Balance"</dt><dd id="balance">{figure(balance_text)}</dd></div>
                <div><dt>"FTE needed"</dt><dd id="fte-needed">{figure(|r| r.fte_needed.map(|f| format::number(f, 2)).unwrap_or_else(|| "—".into()))}</dd></div>
            </dl>
        </section>
        // Outside the card's figures, so screen readers hear each new outcome once.
        <p class="visually-hidden" aria-live="polite" id="status-announcement">
            {figure(|r| match r.utilization {
                Some(u) => format!("{}: {}% of the week.", r.status.label(), format::percent(u)),
                None => r.status.label().to_string(),
            })}
        </p>
    }
}
