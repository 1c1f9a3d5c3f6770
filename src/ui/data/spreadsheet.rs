//! A caseload from a spreadsheet (CSV file or pasted cells): a preview with each column's
//! meaning to choose, every row that cannot be read listed with its line, and the rest
//! imported only when the user says so; on a page of its own (spreadsheet/), as reading
//! any spreadsheet's shapes of text is a seventh of the data page's code. And the students
//! and results as CSV, on the data page.

use leptos::prelude::*;

use super::{chosen_scenario, message_list, read_chosen_file, ScenarioChoice};
use crate::ui::browser::download_text;
use crate::ui::scenarios::ScenarioBar;
use crate::ui::shell::{self, PageFrame};
use crate::ui::state::use_state;
use workload_core::engine::compute;
use workload_core::interchange::csv_export::{results_csv, students_csv};
use workload_core::interchange::csv_import::{
    add_students, name_warnings, read_rows, read_table, reads_as, Role, Table, TableProblem, MAX_BYTES,
};
use workload_core::model::{blank_workspace, Scenarios};

const PREVIEW_ROWS: usize = 5;

/// The spreadsheet import page.
#[component]
pub fn SpreadsheetPage() -> impl IntoView {
    let notices = shell::start();
    view! {
        <PageFrame notices undo=true results_at="../#results">
            <ScenarioBar />
            <main class="data-page" id="content">
                <CaseloadImport />
                <p><a href="../caseload/">"The students on the Caseload page"</a></p>
            </main>
        </PageFrame>
    }
}

#[component]
pub fn CaseloadImport() -> impl IntoView {
    let state = use_state();
    let table = RwSignal::new(None::<Table>);
    let roles = RwSignal::new(Vec::<Role>::new());
    let refused = RwSignal::new(None::<Vec<String>>);
    let done = RwSignal::new(String::new());
    let into_new = RwSignal::new(false);
    let load = move |text: &str| {
        done.set(String::new());
        match read_table(text) {
            Ok(t) => {
                refused.set(None);
                roles.set(t.guess_roles());
                table.set(Some(t));
            }
            Err(problem) => {
                table.set(None);
                refused.set(Some(vec![problem.to_string()]));
            }
        }
    };
    let outcome =
        Memo::new(move |_| table.with(|t| t.as_ref().map(|t| roles.with(|r| read_rows(t, r)))).unwrap_or_default());
    let bad_rows = move || {
        outcome.with(|rows| {
            rows.iter()
                .filter_map(|(line, r)| r.as_ref().err().map(|e| format!("Line {line}: {e}")))
                .collect::<Vec<_>>()
        })
    };
    let good_count = move || outcome.with(|rows| rows.iter().filter(|(_, r)| r.is_ok()).count());
    let warnings = move || table.with(|t| t.as_ref().map(|t| roles.with(|r| name_warnings(t, r))).unwrap_or_default());
    let import = move |_| {
        let rows: Vec<_> = outcome.get_untracked().into_iter().filter_map(|(_, r)| r.ok()).collect();
        let added = if into_new.get_untracked() {
            let discipline = state.workspace.with_untracked(|w| w.profile.discipline);
            let mut w = blank_workspace(discipline);
            let added = add_students(&mut w, rows);
            if added.is_ok() && !state.open_own("Imported caseload", w) {
                done.set(format!("Not imported. {}", Scenarios::full_message()));
                return;
            }
            added
        } else {
            // Nothing changes unless every student fits.
            let fits = state.workspace.with_untracked(|w| add_students(&mut w.clone(), rows.clone()));
            if fits.is_ok() {
                state.edit_step(|w| {
                    let _ = add_students(w, rows);
                });
            }
            fits
        };
        let added = match added {
            Ok(added) => added,
            Err(too_many) => {
                done.set(format!("Nothing was imported: {too_many} Import into a new scenario, or split the file."));
                return;
            }
        };
        let name = state.scenarios.with_untracked(|s| s.active_name().to_string());
        table.set(None);
        done.set(format!("Imported {added} students into \"{name}\". They are on the Caseload page; their week is on the calculator."));
    };
    let column_choice = move |index: usize| {
        let id = format!("column-{index}");
        let heading = table.with_untracked(|t| {
            t.as_ref()
                .and_then(|t| t.header.as_ref().and_then(|h| h.get(index).cloned()))
                .unwrap_or_else(|| format!("Column {}", index + 1))
        });
        let current = roles.with_untracked(|r| r.get(index).copied().unwrap_or(Role::Ignore));
        view! {
            <th scope="col">
                <label for=id.clone()>{heading}</label>
                <select id=id on:change=move |ev| {
                    let role = Role::from_key(&event_target_value(&ev)).unwrap_or(Role::Ignore);
                    roles.update(|r| if index < r.len() { r[index] = role });
                }>
                    {Role::ALL.iter().map(|&r| view! { <option value=r.key() selected=r == current>{r.label()}</option> }).collect_view()}
                </select>
            </th>
        }
    };
    view! {
        <section class="card" aria-labelledby="csv-title">
            <h2 id="csv-title">"Import a caseload from a spreadsheet"</h2>
            <p class="help">
                "Save the sheet as CSV (Excel: File, Save as, CSV UTF-8; Google Sheets: File, Download, CSV), or copy \
                 its cells and paste them below: the preview follows as you paste or type. One row per student or per service; frequencies such as \
                 \"30 min 2x/week\", \"60 min/month\" or \"2x30 weekly\" are understood."
            </p>
            <div class="field">
                <label for="csv-file">"Spreadsheet file (.csv)"</label>
                <input id="csv-file" type="file" accept=".csv,.tsv,.txt,text/csv" on:change=move |ev| {
                    read_chosen_file(&ev, MAX_BYTES, TableProblem::TooLarge.to_string(), move |read| match read {
                        Ok((_, text)) => load(&text),
                        Err(message) => refused.set(Some(vec![message])),
                    })
                } />
            </div>
            <div class="field">
                <label for="csv-paste">"Or paste the cells"</label>
                <textarea id="csv-paste" rows="3" on:input=move |ev| load(&event_target_value(&ev))></textarea>
            </div>
            {move || refused.get().map(message_list)}
            {move || table.with(|t| t.as_ref().map(|t| {
                let columns = t.column_count();
                let preview: Vec<Vec<String>> = t.rows.iter().take(PREVIEW_ROWS).map(|(_, r)| r.clone()).collect();
                view! {
                    <div class="table-scroll">
                        <table class="csv-preview" id="csv-preview">
                            <caption>{format!("The first rows of {} (choose what each column holds)", t.rows.len())}</caption>
                            <thead><tr>
                                {(0..columns).map(column_choice).collect_view()}
                                <th scope="col" class="reads-as">"Reads as"</th>
                            </tr></thead>
                            <tbody>
                                {preview.into_iter().enumerate().map(|(place, row)| view! {
                                    <tr>
                                        {(0..columns).map(|i| view! { <td>{row.get(i).cloned().unwrap_or_default()}</td> }).collect_view()}
                                        // How the row is understood with the columns as chosen now.
                                        <td class="reads-as">{move || outcome.with(|rows| match rows.get(place) {
                                            Some((_, Ok(read))) => reads_as(read),
                                            Some((_, Err(problem))) => format!("Not imported: {problem}"),
                                            None => String::new(),
                                        })}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }))}
            {move || table.with(Option::is_some).then(|| {
                let bad = bad_rows();
                let good = good_count();
                let skipped = bad.len();
                view! {
                    <div id="csv-outcome">
                        {warnings().into_iter().map(|w| view! { <p class="notice warning">{w}</p> }).collect_view()}
                        {(skipped > 0).then(|| {
                            let mut lines = vec![format!("{skipped} rows cannot be read and will be skipped:")];
                            lines.extend(bad);
                            message_list(lines)
                        })}
                        <fieldset class="choice">
                            <legend>"Where to put them"</legend>
                            <div class="field checkbox">
                                <input type="radio" id="into-open" name="csv-target" checked=!into_new.get_untracked()
                                    on:change=move |_| into_new.set(false) />
                                <label for="into-open">
                                    {format!("Add to the open scenario, \"{}\"", state.scenarios.with_untracked(|s| s.active_name().to_string()))}
                                </label>
                            </div>
                            <div class="field checkbox">
                                <input type="radio" id="into-new" name="csv-target" checked=into_new.get_untracked()
                                    on:change=move |_| into_new.set(true) />
                                <label for="into-new">"Make a new scenario of them"</label>
                            </div>
                        </fieldset>
                        <button type="button" id="csv-import" disabled=good == 0 on:click=import>
                            {if skipped > 0 { format!("Skip {skipped} rows and import {good} rows") } else { format!("Import {good} rows") }}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| table.set(None)>"Cancel"</button>
                    </div>
                }
            })}
            <p role="status" id="csv-status">{move || done.get()}</p>
        </section>
    }
}

/// Where the import went: a link, where the data page's address `#spreadsheet` still leads.
#[component]
pub fn ImportElsewhere() -> impl IntoView {
    view! {
        <section class="card" id="spreadsheet" aria-labelledby="csv-import-title">
            <h2 id="csv-import-title">"Import a caseload from a spreadsheet"</h2>
            <p class="help">"Students from a CSV file or pasted cells, with a preview before anything is added."</p>
            <p><a href="../spreadsheet/">"Import from a spreadsheet"</a></p>
        </section>
    }
}

#[component]
pub fn Exports() -> impl IntoView {
    let state = use_state();
    let chosen = RwSignal::new(state.scenarios.with_untracked(|s| s.active));
    let download = move |results: bool| {
        let Some((name, w)) = chosen_scenario(chosen) else { return };
        let report = compute(&w);
        let slug: String =
            name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
        if results {
            download_text(&format!("{slug}-results.csv"), "text/csv", &results_csv(&name, &report));
        } else {
            download_text(&format!("{slug}-students.csv"), "text/csv", &students_csv(&w, &report));
        }
    };
    view! {
        <section class="card" aria-labelledby="exports-title">
            <h2 id="exports-title">"Export to a spreadsheet"</h2>
            <ScenarioChoice label="Scenario to export" chosen />
            <button type="button" on:click=move |_| download(false)>"Download the students (.csv)"</button>
            <button type="button" on:click=move |_| download(true)>"Download the results (.csv)"</button>
        </section>
    }
}
