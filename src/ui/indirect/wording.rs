//! The chosen student's services as an IEP states them (`engine::iep_wording`), in a box
//! the therapist edits before copying: districts word these their own way.

use leptos::prelude::*;

use super::use_log_page;
use crate::ui::browser::copy_text;
use crate::ui::state::use_state;
use workload_core::engine::iep_wording::service_statements;

#[component]
pub fn IepWording() -> impl IntoView {
    let state = use_state();
    let page = use_log_page();
    let generated = Memo::new(move |_| {
        let id = page.student.get();
        state.workspace.with(|w| {
            id.and_then(|id| w.student(id)).map(|s| (s.label.clone(), service_statements(s, &w.profile).join("\n")))
        })
    });
    // The edited text, until the student or their plan changes.
    let edited = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        generated.with(|_| ());
        edited.set(None);
    });
    let text =
        move || edited.get().or_else(|| generated.with(|g| g.as_ref().map(|(_, t)| t.clone()))).unwrap_or_default();
    let said = RwSignal::new(String::new());
    let copy = move |_| {
        let words = text();
        leptos::task::spawn_local(async move {
            said.set(if copy_text(&words).await {
                "Copied. Paste it into the IEP.".into()
            } else {
                "This browser did not allow copying: select the text and copy it.".into()
            });
        });
    };
    view! {
        <section class="card iep-wording" aria-labelledby="wording-heading">
            <h2 id="wording-heading">
                "Service statements for the IEP"
                {move || generated.with(|g| g.as_ref().map(|(label, _)| format!(": {label}")))}
            </h2>
            <p class="help">
                "From the student's services on the caseload page, one line each. Edit the words to your district's before copying; "
                "the edits last until you choose another student."
            </p>
            {move || generated.with(Option::is_none).then(|| view! { <p>"Choose a student in the log above."</p> })}
            <label for="iep-wording-text">"Service statements"</label>
            <textarea id="iep-wording-text" rows="5" prop:value=text on:input=move |ev| edited.set(Some(event_target_value(&ev)))></textarea>
            <div class="field-row">
                <button type="button" on:click=copy>"Copy the statements"</button>
                <button type="button" on:click=move |_| edited.set(None) disabled=move || edited.with(Option::is_none)>
                    "Back to the plan's wording"
                </button>
            </div>
            <p role="status">{move || said.get()}</p>
        </section>
    }
}
