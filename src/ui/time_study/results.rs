//! What the study shows: the time logged by category and by task, the work beyond the
//! contract, and the study's average week beside the week this scenario plans, in hours and
//! in words. Every number comes from the engine (`engine::time_study`).

use leptos::prelude::*;

use crate::ui::browser::download_text;
use crate::ui::state::use_state;
use workload_core::engine::study_charts::span_options_html;
use workload_core::engine::time_study::{
    average_week_of, days_of, plan_and_study, spans, study_totals, totals_over, Span, Totals,
};
use workload_core::format::{count, hours, percent_tenths};
use workload_core::interchange::time_study_csv::{log_csv, totals_csv};
use workload_core::model::{Category, NOT_WORK};

#[component]
pub fn StudyResults() -> impl IntoView {
    let state = use_state();
    let totals = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map(study_totals)));
    let week = Memo::new(move |_| {
        state.workspace.with(|w| w.time_study.as_ref().zip(totals.get()).map(|(s, t)| average_week_of(s, &t)))
    });
    let study_days = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map_or(0, |s| s.days.len())));
    let comparison = Memo::new(move |_| {
        state.report.with(|r| week.with(|w| w.as_ref().map(|w| plan_and_study(r, w)).unwrap_or_default()))
    });
    let task_names = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.time_study.iter().flat_map(|s| &s.tasks).map(|t| (t.id, t.name.clone(), t.category)).collect::<Vec<_>>()
        })
    });
    // The part of the study the tables below show: the whole of it, a week or a day.
    let span = RwSignal::new(Span::Study);
    let shown = Memo::new(move |_| match span.get() {
        Span::Study => totals.get(),
        part => state.workspace.with(|w| w.time_study.as_ref().map(|s| totals_over(s, &days_of(s, part)))),
    });
    // Every figure is its own text, read from the totals: an interval logged changes a few
    // words, not the tables.
    let figure_of = move |totals: Memo<Option<Totals>>, f: Box<dyn Fn(&Totals) -> String + Send + Sync>| {
        move || totals.with(|t| t.as_ref().map(&f).unwrap_or_default())
    };
    let figure = move |f| figure_of(totals, f);
    let days_logged = move || totals.with(|t| t.as_ref().map(|t| format!("{} of {}", t.days_logged, study_days.get())));
    let summary = view! {
        <dl class="study-summary">
            <div><dt>"Days logged"</dt><dd id="days-logged">{days_logged}</dd></div>
            <div><dt>"Work in contract hours"</dt><dd id="work-hours">{figure(Box::new(|t| format!("{} h", hours(t.work))))}</dd></div>
            <div><dt>"Work outside them"</dt><dd id="overflow-hours">{figure(Box::new(|t| format!("{} h", hours(t.overflow))))}</dd></div>
            <div><dt>"Lunch and breaks"</dt><dd>{figure(Box::new(|t| format!("{} h", hours(t.not_work))))}</dd></div>
            <div><dt>"Not logged yet"</dt><dd>{figure(Box::new(|t| format!("{} h", hours(t.unlogged))))}</dd></div>
        </dl>
    };
    let categories = Category::ALL
        .into_iter()
        .map(|c| {
            let line = move |f: fn(&workload_core::engine::CategoryLine) -> String| {
                figure_of(
                    shown,
                    Box::new(move |t| t.categories.iter().find(|l| l.category == c).map(f).unwrap_or_default()),
                )
            };
            view! {
                <tr class=c.key()>
                    <th scope="row">{c.label()}</th>
                    <td>{line(|l| hours(l.minutes))}</td>
                    <td>{line(|l| percent_tenths(l.share_tenths))}</td>
                </tr>
            }
        })
        .collect_view();
    // The tasks with time logged, in the study's order; a row's figures follow the totals.
    let logged_tasks = Memo::new(move |_| {
        shown
            .with(|t| t.iter().flat_map(|t| &t.by_task).filter(|t| t.minutes > 0.0).map(|t| t.task).collect::<Vec<_>>())
    });
    let task_row = move |id: u32| {
        let named = move |f: fn(&(u32, String, Option<Category>)) -> String| {
            move || task_names.with(|names| names.iter().find(|(t, _, _)| *t == id).map(f).unwrap_or_default())
        };
        let total = move |f: fn(&workload_core::engine::time_study::TaskTotal) -> String| {
            figure_of(shown, Box::new(move |t| t.by_task.iter().find(|x| x.task == id).map(f).unwrap_or_default()))
        };
        view! {
            <tr>
                <th scope="row">{named(|(_, n, _)| n.clone())}</th>
                <td>{named(|(_, _, c)| c.map_or(NOT_WORK, Category::short_label).to_string())}</td>
                <td>{total(|t| hours(t.minutes))}</td>
                <td>{total(|t| percent_tenths(t.share_tenths))}</td>
            </tr>
        }
    };
    let by_task = move || logged_tasks.get().into_iter().map(task_row).collect_view();
    let plan_rows = Category::ALL
        .into_iter()
        .map(|c| {
            let line = move |f: fn(&workload_core::engine::time_study::PlanAndStudy) -> String| {
                move || comparison.with(|lines| lines.iter().find(|l| l.category == c).map(f).unwrap_or_default())
            };
            view! {
                <tr>
                    <th scope="row">{c.label()}</th>
                    <td>{line(|l| hours(l.planned))}</td>
                    <td>{line(|l| hours(l.logged))}</td>
                    <td>{line(|l| hours(l.difference()))}</td>
                </tr>
            }
        })
        .collect_view();
    let sentences = move || {
        comparison.with(|lines| {
            lines
                .iter()
                .filter(|l| l.planned > 0.0 || l.logged > 0.0)
                .map(|l| view! { <li>{l.sentence()}</li> })
                .collect_view()
        })
    };
    let week_line = move || {
        week.with(|w| {
            w.as_ref().map(|w| {
                if w.days_logged == 0 {
                    "Log a day's work to see your average week.".to_string()
                } else {
                    format!(
                        "From {}, your average week holds {} hours of work, {} of them outside contract hours.",
                        count(w.days_logged, "day logged", "days logged"),
                        hours(w.work),
                        hours(w.overflow)
                    )
                }
            })
        })
    };
    // The setup: what the parts of the study and the heat map's frame follow (not what is
    // logged).
    let setup = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map(|s| s.setup.clone())));
    // The parts of the study (the whole, its weeks, its days), listed once for each setup.
    let span_list = Memo::new(move |_| {
        setup.with(|_| ()); // read, not only tracked: a memo only tracked is never brought up to date
        state.workspace.with_untracked(|w| w.time_study.as_ref().map(spans).unwrap_or_default())
    });
    // A changed setup may have other days and weeks: back to the whole study.
    Effect::new(move |first_run_done: Option<()>| {
        span_list.with(|_| ());
        if first_run_done.is_some() {
            span.set(Span::Study);
        }
    });
    // The part shown: its place in the choice, and its words for the heading (and so for the
    // printed page, where the choice is not shown).
    let span_at = Memo::new(move |_| {
        let chosen = span.get();
        span_list.with(|listed| {
            let at = listed.iter().position(|(part, _)| *part == chosen).unwrap_or(0);
            (at, listed.get(at).map(|(_, words)| words.clone()).unwrap_or_default())
        })
    });
    let choose_span = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev).parse::<usize>().ok();
        let part = span_list.with_untracked(|l| chosen.and_then(|i| l.get(i).map(|(part, _)| *part)));
        span.set(part.unwrap_or_default());
    };
    let nothing_logged = Memo::new(move |_| week.with(|w| w.as_ref().is_none_or(|w| w.days_logged == 0)));
    // One row per interval (date, start, end, task, category), or the totals: for a
    // spreadsheet, or the supervisor.
    let download = move |totals: bool| {
        state.workspace.with_untracked(|w| {
            if let Some(study) = &w.time_study {
                let (name, text) = if totals {
                    ("time-study-totals.csv", totals_csv(study))
                } else {
                    ("time-study-log.csv", log_csv(study))
                };
                download_text(name, "text/csv", &text);
            }
        })
    };
    view! {
        <section class="card study-results" aria-labelledby="study-results-title">
            <h2 id="study-results-title">"What the study shows"</h2>
            {summary}
            <h3>"Planned and logged, hours a week"</h3>
            <p id="average-week">{week_line}</p>
            <div class="table-scroll">
                <table class="plan-vs-study">
                    <thead><tr><th scope="col">"Category"</th><th scope="col">"Planned"</th><th scope="col">"Logged"</th><th scope="col">"Difference"</th></tr></thead>
                    <tbody>{plan_rows}</tbody>
                </table>
            </div>
            <ul class="differences" id="differences">{sentences}</ul>
            <super::use_week::UseStudyWeek nothing_logged />
            <crate::ui::folded::Folded title="Each day, against the contract day" class="study-charts folded"><super::charts::DayBars /></crate::ui::folded::Folded>
            <h3>{move || span_at.with(|(_, words)| words.clone())}": time by category and task"</h3>
            <p class="span-choice">
                <label for="study-span">"Show the time of "</label>
                <select id="study-span" on:change=choose_span inner_html=move || span_list.with(|l| span_options_html(l))
                    prop:value=move || span_at.with(|(at, _)| at.to_string())></select>
            </p>
            <div class="table-scroll">
                <table class="study-categories">
                    <thead><tr><th scope="col">"Category"</th><th scope="col">"Hours"</th><th scope="col">"% of work"</th></tr></thead>
                    <tbody>{categories}</tbody>
                </table>
            </div>
            <h3>"By task"</h3>
            <div class="table-scroll">
                <table class="study-tasks">
                    <thead><tr><th scope="col">"Task"</th><th scope="col">"Counts as"</th><th scope="col">"Hours"</th><th scope="col">"% of time logged"</th></tr></thead>
                    <tbody>{by_task}</tbody>
                </table>
            </div>
            <p class="study-downloads">
                <button type="button" on:click=|_| crate::ui::browser::print()>"Print the summary"</button>
                <button type="button" class="secondary" on:click=move |_| download(false)>"Download the log (.csv)"</button>
                <button type="button" class="secondary" on:click=move |_| download(true)>"Download the totals (.csv)"</button>
            </p>
            <crate::ui::folded::Folded title="When the time goes" class="study-charts folded"><super::charts::HeatMapTable setup /></crate::ui::folded::Folded>
        </section>
    }
}
