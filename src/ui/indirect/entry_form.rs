//! Logging indirect work: one entry, or the same work for several students at once (a
//! classroom consultation on behalf of a group), its minutes each or shared among them; and
//! editing an entry of the log, which the form takes in. The form is a draft until it is
//! added or saved; the model checks it (`Workspace::log_entries`, `update_entry`) and
//! changes all of it or nothing.

use leptos::prelude::*;

use super::use_log_page;
use crate::ui::browser::today;
use crate::ui::fields::{dom_id, BoundChoice, BoundText, CheckboxInput, DateBox, SelectInput, TextInput, WholeInput};
use crate::ui::state::use_state;
use workload_core::format::count;
use workload_core::model::fields::options;
use workload_core::model::{rules, Draft, IndirectService, IsoDate, Role};

#[component]
pub fn EntryForm() -> impl IntoView {
    let state = use_state();
    let start = today().unwrap_or_else(|| state.workspace.with_untracked(|w| w.school_year.first_day));
    let date = RwSignal::new(start);
    let service = RwSignal::new(IndirectService::Consultation);
    let with = RwSignal::new(Role::ClassroomTeacher);
    let minutes = RwSignal::new(15u32);
    let note = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<u32>::new());
    let share = RwSignal::new(false);
    let said = RwSignal::new(None::<(bool, String)>);
    let page = use_log_page();
    // An entry to edit fills the form in with what it holds.
    Effect::new(move |_| {
        let Some(id) = page.editing.get() else { return };
        let found = state.workspace.with_untracked(|w| {
            let e = w.indirect_log.as_ref()?.entry(id)?;
            Some((Draft::of(e), w.student(e.student).map(|s| s.id)))
        });
        match found {
            Some((draft, student)) => {
                date.set(draft.date);
                service.set(draft.service);
                with.set(draft.with);
                minutes.set(draft.minutes);
                note.set(draft.note);
                said.set(student.is_none().then(|| {
                    (false, "This entry's student is no longer on the caseload: choose the student it is for, or remove it from the log.".into())
                }));
                chosen.set(student.into_iter().collect());
            }
            None => page.editing.set(None),
        }
    });

    // Another scenario (or another tab's data): an entry being edited is not in it.
    let active = Memo::new(move |_| state.scenarios.with(|s| s.active));
    Effect::new(move |_| {
        active.with(|_| ());
        if page.editing.get_untracked().is_some() {
            page.editing.set(None);
            chosen.set(Vec::new());
            note.set(String::new());
        }
    });

    let students = page.students;
    let groups = Memo::new(move |_| state.workspace.with(|w| w.group_names()));
    // Students who have left the caseload leave the choice too.
    Effect::new(move |_| {
        let ids = students.with(|s| s.iter().map(|(id, _)| *id).collect::<Vec<_>>());
        if chosen.with_untracked(|c| c.iter().any(|id| !ids.contains(id))) {
            chosen.update(|c| c.retain(|id| ids.contains(id)));
        }
    });

    let service_bound = BoundChoice {
        options: Signal::stored(options(&IndirectService::ALL, IndirectService::key, IndirectService::label)),
        selected: Signal::derive(move || service.get().key().to_string()),
        on_change: Callback::new(move |key: String| {
            if let Some(s) = IndirectService::from_key(&key) {
                service.set(s);
                with.set(Role::usual_for(s));
            }
        }),
    };
    let with_bound = BoundChoice {
        options: Signal::stored(options(&Role::ALL, Role::key, Role::label)),
        selected: Signal::derive(move || with.get().key().to_string()),
        on_change: Callback::new(move |key: String| {
            if let Some(r) = Role::from_key(&key) {
                with.set(r);
            }
        }),
    };
    let note_bound = BoundText {
        rule: rules::LOG_NOTE,
        value: Signal::derive(move || Some(note.get())),
        on_valid: Callback::new(move |t| note.set(t)),
    };

    let form = NodeRef::<leptos::html::Form>::new();
    let add = move || {
        // A field showing a problem still holds its last valid value: adding would log that,
        // not what is on screen. Refused, and the keyboard taken to the field.
        if let Some(field) = first_invalid(form) {
            let _ = field.focus();
            said.set(Some((
                false,
                "A field above has a problem (said under it): fix it first. Nothing was added.".into(),
            )));
            return;
        }
        let draft = Draft {
            date: date.get_untracked(),
            service: service.get_untracked(),
            with: with.get_untracked(),
            minutes: minutes.get_untracked(),
            note: note.get_untracked(),
        };
        let ids = chosen.get_untracked();
        let labels: Vec<String> = students.with_untracked(|s| {
            ids.iter().filter_map(|id| s.iter().find(|(i, _)| i == id).map(|(_, l)| l.clone())).collect()
        });
        if let Some(id) = page.editing.get_untracked() {
            let mut result = Ok(());
            state.edit_step(|w| result = w.update_entry(id, &ids, &draft));
            match result {
                Ok(()) => {
                    page.editing.set(None);
                    said.set(Some((
                        true,
                        format!("Saved the entry of {} for {}.", draft.date.readable(), labels.join(", ")),
                    )));
                    chosen.set(Vec::new());
                    note.set(String::new());
                }
                Err(error) => said.set(Some((false, error.to_string()))),
            }
            return;
        }
        let shared = share.get_untracked() && ids.len() > 1;
        let mut result = Ok(Vec::new());
        state.edit_step(|w| result = w.log_entries(&draft, &ids, shared));
        match result {
            Ok(added) => {
                let how = if shared { "shared among" } else { "each, for" };
                said.set(Some((
                    true,
                    format!(
                        "Logged {}: {} on {}, {} minutes {how} {}.",
                        count(added.len(), "entry", "entries"),
                        draft.service.label(),
                        draft.date.readable(),
                        draft.minutes,
                        labels.join(", ")
                    ),
                )));
                chosen.set(Vec::new());
                note.set(String::new());
                // Sharing is asked afresh for the next group: a choice left on, unseen, would
                // surprise.
                share.set(false);
            }
            Err(error) => said.set(Some((false, error.to_string()))),
        }
    };
    let cancel = move |_| {
        page.editing.set(None);
        chosen.set(Vec::new());
        note.set(String::new());
        said.set(None);
    };
    let editing = move || page.editing.with(Option::is_some);

    let pick_group = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        if !name.is_empty() {
            let ids = state.workspace.with_untracked(|w| w.students_in_group(&name));
            chosen.update(|c| {
                for id in ids {
                    if !c.contains(&id) {
                        c.push(id);
                    }
                }
            });
        }
    };
    let group_id = dom_id("group");
    let several = move || chosen.with(|c| c.len() > 1);

    view! {
        <section class="card entry-form" aria-labelledby="log-heading">
            <h2 id="log-heading">{move || if editing() { "Edit an entry" } else { "Log indirect work" }}</h2>
            <p class="help">
                "Work on a student's behalf counts toward their plan even when they are not in the room. "
                "Name people by their role, never by name."
            </p>
            // Checked by the model, in words (`Draft::check`), not by the browser's validation.
            <form node_ref=form novalidate on:submit=move |ev| { ev.prevent_default(); add(); }>
                <fieldset class="students-picked">
                    <legend>"For which students"</legend>
                    {move || students.with(|s| s.is_empty()).then(|| view! {
                        <p>"This caseload has no students yet: add them on the " <a href="../caseload/">"caseload page"</a> "."</p>
                    })}
                    <ul class="student-checks">
                        <For each=move || students.get() key=|(id, label)| (*id, label.clone()) let:student>
                            {
                                let (id, label) = student;
                                let box_id = format!("log-for-{id}");
                                view! {
                                    <li>
                                        <input type="checkbox" id=box_id.clone()
                                            prop:checked=Memo::new(move |_| chosen.with(|c| c.contains(&id)))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| if on { if !c.contains(&id) { c.push(id) } } else { c.retain(|x| *x != id) });
                                            } />
                                        <label for=box_id>{label}</label>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <div class="field-row">
                        {move || (!groups.with(Vec::is_empty)).then(|| view! {
                            <div class="field">
                                <label for=group_id.clone()>"Add a group's students"</label>
                                <select id=group_id.clone() on:change=pick_group prop:value="">
                                    <option value="">"Choose a group…"</option>
                                    {groups.get().into_iter().map(|g| view! { <option value=g.clone()>{g.clone()}</option> }).collect_view()}
                                </select>
                            </div>
                        })}
                        <button type="button" class="small" on:click=move |_| chosen.set(Vec::new())
                            disabled=move || chosen.with(Vec::is_empty)>"Clear the choice"</button>
                        <p class="picked" aria-live="polite">{move || format!("{} chosen", count(chosen.with(Vec::len), "student", "students"))}</p>
                    </div>
                </fieldset>
                <div class="field-row">
                    <DateBox label="Date" value=Signal::derive(move || Some(date.get())) on_valid=Callback::new(move |d: IsoDate| date.set(d)) />
                    <SelectInput label="Type of service" bound=service_bound />
                    <SelectInput label="With whom" bound=with_bound />
                    <WholeInput label="Minutes" rule=rules::LOG_MINUTES class="narrow"
                        value=Signal::derive(move || Some(minutes.get())) on_valid=Callback::new(move |m| minutes.set(m)) />
                </div>
                <TextInput label="Note" bound=note_bound class="wide"
                    help="What was done, in a few words (up to 200 characters)." />
                {move || (several() && !editing()).then(|| view! {
                    <CheckboxInput label="Share the minutes among these students"
                        checked=share on_change=Callback::new(move |on| share.set(on))
                        help="Off: each student's log gets the full minutes (the work was on behalf of each). On: the minutes are divided between them." />
                })}
                <div class="field-row">
                    // A click (or Enter in a field, which clicks this button) adds the entry at
                    // once: the form's own submission, cancelled anyway, costs a few ms more.
                    <button type="submit" on:click=move |ev| { ev.prevent_default(); add(); }>
                        {move || if editing() { "Save the changes" } else { "Add to the log" }}
                    </button>
                    {move || editing().then(|| view! { <button type="button" class="secondary" on:click=cancel>"Cancel"</button> })}
                </div>
                <p role="status" class="form-status" class:error=move || said.with(|s| matches!(s, Some((false, _))))>
                    {move || said.get().map(|(_, words)| words)}
                </p>
            </form>
        </section>
    }
}

/// The first field of the form that shows a problem, as the fields mark it (`aria-invalid`).
fn first_invalid(form: NodeRef<leptos::html::Form>) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let found = form.get_untracked()?.query_selector("[aria-invalid=true]").ok().flatten()?;
    found.dyn_into::<web_sys::HtmlElement>().ok()
}
