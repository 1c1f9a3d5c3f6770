//! The team's staffing: each discipline's FTE needed against FTE employed in words and in a
//! table, both lenses (students per FTE against caps beside the workload); the buildings,
//! with two spellings of one building merged; and the downloads. The tables are
//! engine-written markup (`engine::team_markup`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{draw_rows, use_team};
use crate::ui::browser::{download_text, today};
use workload_core::engine::team_markup::{building_rows, discipline_rows_html, list_html, options_html};
use workload_core::interchange::team_csv::{buildings_csv, members_csv};
use workload_core::model::IsoDate;

#[component]
pub fn Staffing() -> impl IntoView {
    let team = use_team();
    let today = today().map(IsoDate::long).unwrap_or_default();
    view! {
        <section class="card staffing" aria-labelledby="staffing-title">
            <h2 id="staffing-title">"Staffing"</h2>
            <p class="no-print">
                <a href="../present-team/" id="present-link">"Present the team"</a>
                ": the caseload view, the workload view, the shortfall and what would fix it, full screen."
            </p>
            <p class="print-only">{format!("Team staffing report, printed {today}.")}</p>
            <Show when=move || team.trying()>
                <p class="notice">"These figures include the moves being tried below, which are not saved."</p>
            </Show>
            <ul class="team-summary" id="team-summary" inner_html=move || team.report.with(|r| list_html(&r.summary))></ul>
            <div class="table-scroll">
                <table class="team-disciplines">
                    <caption>"By discipline: the workload (hours and FTE) beside the caseload (students per FTE and caps)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Discipline"</th>
                            <th scope="col">"Members"</th>
                            <th scope="col">"Students"</th>
                            <th scope="col">"Work a week"</th>
                            <th scope="col">"FTE employed"</th>
                            <th scope="col">"FTE needed"</th>
                            <th scope="col">"FTE short or surplus"</th>
                            <th scope="col">"Hours short or surplus"</th>
                            <th scope="col">"Students per FTE"</th>
                            <th scope="col">"Over their caseload cap"</th>
                            <th scope="col">"Capacity"</th>
                        </tr>
                    </thead>
                    <tbody inner_html=move || team.report.with(|r| discipline_rows_html(r))></tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn Buildings() -> impl IntoView {
    let team = use_team();
    let from = RwSignal::new(String::new());
    let into = RwSignal::new(String::new());
    // Every spelling in use, for the merge's two choices.
    let spellings = Memo::new(move |_| {
        team.report.with(|r| {
            let mut all: Vec<String> = r
                .buildings
                .iter()
                .flat_map(|b| if b.spellings.is_empty() { vec![b.name.clone()] } else { b.spellings.clone() })
                .collect();
            all.sort_by_key(|s| s.to_ascii_lowercase());
            all.dedup();
            let mut options = vec![(String::new(), "Choose".to_string())];
            options.extend(all.into_iter().map(|s| (s.clone(), s)));
            options
        })
    });
    let body = NodeRef::<leptos::html::Tbody>::new();
    let drawn = StoredValue::new(Vec::<String>::new());
    Effect::new(move |_| {
        let Some(body) = body.get() else { return };
        let rows = team.report.with(|r| building_rows(r));
        drawn.update_value(|drawn| draw_rows(&body, drawn, &rows, String::clone, String::clone));
    });
    let merge = move |_| {
        let (f, i) = (from.get_untracked(), into.get_untracked());
        if f.is_empty() || i.is_empty() || f == i {
            team.said.set("Choose two different spellings to merge.".into());
            return;
        }
        match team.edit(|t| t.merge(&f, &i)) {
            Ok(()) => team.said.set(format!("\"{f}\" is now counted as \"{i}\".")),
            Err(why) => team.said.set(why.to_string()),
        }
    };
    let merges = Memo::new(move |_| team.merges());
    let unmerge = move |ev: leptos::ev::MouseEvent| {
        let index = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = index {
            let from = merges.with_untracked(|m| m.get(i).map(|(f, _)| f.clone())).unwrap_or_default();
            team.edit(|t| t.unmerge(i));
            team.said.set(format!("\"{from}\" is counted on its own again."));
        }
    };
    let merge_list = move || {
        merges.with(|m| {
            m.iter()
                .enumerate()
                .map(|(i, (f, t))| {
                    view! {
                        <li>
                            {format!("\"{f}\" counted as \"{t}\" ")}
                            <button type="button" class="secondary" data-index=i.to_string()>"Undo this merge"</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="buildings-title">
            <h2 id="buildings-title">"Buildings"</h2>
            <p class="help">
                "Each member's week is shared among their buildings: the students there and the travel, and the time \
                 not tied to a student in proportion to the students' time. Their FTE is assigned the same way. \
                 Buildings are matched by name, whatever the capitals and spaces."
            </p>
            <div class="table-scroll">
                <table class="team-buildings">
                    <thead>
                        <tr>
                            <th scope="col">"Building"</th>
                            <th scope="col">"Discipline"</th>
                            <th scope="col">"Students"</th>
                            <th scope="col">"Work a week"</th>
                            <th scope="col">"FTE assigned"</th>
                            <th scope="col">"FTE needed"</th>
                            <th scope="col">"FTE short or surplus"</th>
                            <th scope="col">"Hours short or surplus"</th>
                            <th scope="col">"Members"</th>
                        </tr>
                    </thead>
                    <tbody node_ref=body></tbody>
                </table>
            </div>
            <fieldset class="merge no-print">
                <legend>"Two spellings of one building"</legend>
                <div class="field">
                    <label for="merge-from">"Count this spelling"</label>
                    <select id="merge-from" on:change=move |ev| from.set(event_target_value(&ev))
                        inner_html=move || spellings.with(|o| options_html(o, &from.get()))></select>
                </div>
                <div class="field">
                    <label for="merge-into">"as this building"</label>
                    <select id="merge-into" on:change=move |ev| into.set(event_target_value(&ev))
                        inner_html=move || spellings.with(|o| options_html(o, &into.get()))></select>
                </div>
                <button type="button" id="merge-buildings" on:click=merge>"Merge"</button>
                <ul class="merges" on:click=unmerge>{merge_list}</ul>
            </fieldset>
        </section>
    }
}

#[component]
pub fn Downloads() -> impl IntoView {
    let team = use_team();
    let download = move |what: &str, text: String| {
        let stamp = today().map(IsoDate::iso).unwrap_or_default();
        download_text(&format!("team-{what}-{stamp}.csv"), "text/csv", &text);
    };
    let members = move |_| {
        download("members", team.after.with(|list| members_csv(&list.iter().map(|f| &*f.0).collect::<Vec<_>>())));
    };
    let buildings = move |_| download("buildings", team.report.with(|r| buildings_csv(r)));
    view! {
        <section class="card no-print" aria-labelledby="downloads-title">
            <h2 id="downloads-title">"Take it elsewhere"</h2>
            <p class="help">"The figures shown (with any moves being tried), as spreadsheets. The browser's Print gives the staffing report."</p>
            <button type="button" id="members-csv" on:click=members>"Members (.csv)"</button>
            " "
            <button type="button" id="buildings-csv" on:click=buildings>"Buildings (.csv)"</button>
        </section>
    }
}
