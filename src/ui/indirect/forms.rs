//! Paper and spreadsheets: what the page prints (the log shown, a blank form or the letter),
//! the blank form itself for those who document on paper first, and every entry as CSV.

use leptos::prelude::*;

use super::{use_log_page, Printing};
use crate::ui::browser::{download_text, print};
use crate::ui::state::use_state;
use workload_core::engine::indirect_markup::blank_form_html;
use workload_core::interchange::indirect_log_csv::log_csv;

#[component]
pub fn PaperForms() -> impl IntoView {
    let state = use_state();
    let page = use_log_page();
    let choice = move |value: Printing, words: &'static str| {
        view! {
            <label class="radio">
                <input type="radio" name="prints" prop:checked=move || page.printing.get() == value
                    on:change=move |_| page.printing.set(value) />
                {words}
            </label>
        }
    };
    let download = move |_| {
        let text = page.plan.with_untracked(|plan| state.workspace.with_untracked(|w| log_csv(w, plan.as_ref())));
        download_text("indirect-services-log.csv", "text/csv;charset=utf-8", &text);
    };
    view! {
        <section class="card paper-forms" aria-labelledby="forms-heading">
            <h2 id="forms-heading">"Paper forms and spreadsheets"</h2>
            <fieldset>
                <legend>"When you print this page (its buttons or the browser's own Print), it prints:"</legend>
                {choice(Printing::Log, "the student's log shown above, as a filled form")}
                {choice(Printing::Blank, "a blank form to fill in by hand")}
                {choice(Printing::Letter, "the letter to families")}
            </fieldset>
            <div class="field-row">
                <button type="button" on:click=move |_| { page.printing.set(Printing::Blank); print(); }>"Print a blank form"</button>
                <button type="button" on:click=download>"Download every entry (CSV)"</button>
            </div>
            <div class="blank-form print-only" inner_html=blank_form_html()></div>
        </section>
    }
}
