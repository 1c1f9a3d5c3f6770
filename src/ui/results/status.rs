//! The headline: utilization, status in words, hours over or under, FTE needed.

use leptos::prelude::*;

use crate::ui::state::use_state;
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

/// A sticky one-line summary, visible while editing far down the page.
#[component]
pub fn StatusStrip() -> impl IntoView {
    let state = use_state();
    // One reactive region per card: a handful of small nodes re-rendered together costs
    // less (in code size and in work) than one reactive closure per figure.
    move || {
        state.report.with(|r| {
            view! {
                <div class="status-strip" data-status=r.status.key()>
                    <span class="status-word">{r.status.label()}</span>
                    <span>{format!("{} of {} h", format::hours(r.total), format::hours(r.capacity))}</span>
                    <span>{utilization_text(r)}</span>
                    <span>{balance_text(r)}</span>
                </div>
            }
        })
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
    let state = use_state();
    let card = move || {
        state.report.with(|r| {
            let fte = r.fte_needed.map(|f| format::number(f, 2)).unwrap_or_else(|| "—".into());
            view! {
                <section class="card status-card" data-status=r.status.key() aria-labelledby="status">
                    <p class="status-line">
                        <span class="status-icon" aria-hidden="true">{icon(r.status)}</span>
                        <span id="status">{r.status.label()}</span>
                    </p>
                    <dl class="headline">
                        <div><dt>"Utilization"</dt><dd id="utilization">{utilization_text(r)}</dd></div>
                        <div><dt>"Workload"</dt><dd id="workload-hours">{format!("{} h a week", format::hours(r.total))}</dd></div>
                        <div><dt>"Capacity"</dt><dd id="capacity-hours">{format!("{} h a week", format::hours(r.capacity))}</dd></div>
                        <div><dt>"Balance"</dt><dd id="balance">{balance_text(r)}</dd></div>
                        <div><dt>"FTE needed"</dt><dd id="fte-needed">{fte}</dd></div>
                    </dl>
                </section>
            }
        })
    };
    view! {
        {card}
        // Outside the re-rendered card, so screen readers hear each new outcome once.
        <p class="visually-hidden" aria-live="polite" id="status-announcement">
            {move || state.report.with(|r| match r.utilization {
                Some(u) => format!("{}: {}% of the week.", r.status.label(), format::percent(u)),
                None => r.status.label().to_string(),
            })}
        </p>
    }
}
