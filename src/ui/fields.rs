//! Labelled inputs that validate as the user types. A value reaches the model only when it
//! is valid; otherwise the field keeps the text and says what is wrong, in words. The input
//! element holds the text itself: it is set once from the model when the field is built.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use workload_core::engine::format;
use workload_core::model::validation::{parse_number, NumberRule};

/// A document-unique id for tying labels, help and messages to their input.
pub fn dom_id(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A decimal number, as text, parsed by `rule` on every keystroke.
#[component]
pub fn NumberField(
    #[prop(into)] label: String,
    value: f64,
    rule: NumberRule,
    #[prop(into)] on_valid: Callback<f64>,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] unit: &'static str,
    /// Shown only to screen readers (in tables, where a column header labels it visually).
    #[prop(optional)]
    hide_label: bool,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("num"));
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<String>);
    let describedby = if help.is_some() { format!("{help_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class=format!("field {class}") class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone() class:visually-hidden=hide_label>{label}</label>
            <span class="input-with-unit">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-describedby=describedby
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    value=format::number(value, 3)
                    on:input=move |ev| match parse_number(&event_target_value(&ev), rule) {
                        Ok(v) => {
                            error.set(None);
                            on_valid.run(v);
                        }
                        Err(message) => error.set(Some(message)),
                    }
                />
                {(!unit.is_empty()).then(|| view! { <span class="unit" aria-hidden="true">{unit}</span> })}
            </span>
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
            <p class="error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// Free text, checked by `parse` on every keystroke.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    parse: fn(&str) -> Result<String, String>,
    #[prop(into)] on_valid: Callback<String>,
    #[prop(optional, into)] help: Option<String>,
    /// A gentle note that does not block the value (e.g. "this looks like a name").
    #[prop(optional)]
    advise: Option<fn(&str) -> Option<String>>,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("text"));
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<String>);
    let advice = RwSignal::new(advise.and_then(|a| a(&value)));
    let describedby = if help.is_some() { format!("{help_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class=format!("field {class}") class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone() class:visually-hidden=hide_label>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=describedby
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    match parse(&text) {
                        Ok(v) => {
                            error.set(None);
                            on_valid.run(v);
                        }
                        Err(message) => error.set(Some(message)),
                    }
                    advice.set(advise.and_then(|a| a(&text)));
                }
            />
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
            <p class="error" id=error_id aria-live="polite">
                {move || error.get().or_else(|| advice.get())}
            </p>
        </div>
    }
}

/// A choice among fixed options, given as (key, label) pairs.
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let id = dom_id("select");
    let help_id = format!("{id}-help");
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone() class:visually-hidden=hide_label>{label}</label>
            <select
                id=id
                aria-describedby=help.as_ref().map(|_| help_id.clone())
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        let is_selected = key == selected;
                        view! { <option value=key selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
        </div>
    }
}

#[component]
pub fn CheckboxField(
    #[prop(into)] label: String,
    checked: bool,
    #[prop(into)] on_change: Callback<bool>,
    #[prop(optional, into)] help: Option<String>,
) -> impl IntoView {
    let id = dom_id("check");
    let help_id = format!("{id}-help");
    view! {
        <div class="field checkbox">
            <input
                id=id.clone()
                type="checkbox"
                checked=checked
                aria-describedby=help.as_ref().map(|_| help_id.clone())
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
        </div>
    }
}

/// Minutes × times per period: one editor wherever a rate is entered. Each part is
/// validated on its own; the whole rate is passed on whenever a part changes validly.
#[component]
pub fn RateFields(
    value: workload_core::model::Rate,
    /// The range of the minutes (a session is shorter than an evaluation).
    minutes_rule: NumberRule,
    #[prop(into)] on_change: Callback<workload_core::model::Rate>,
) -> impl IntoView {
    use workload_core::model::{validation, Period};
    let rate = StoredValue::new(value);
    let change = move |edit: fn(&mut workload_core::model::Rate, f64), x: f64| {
        rate.update_value(|r| edit(r, x));
        on_change.run(rate.get_value());
    };
    view! {
        <NumberField label="Minutes" value=value.minutes rule=minutes_rule class="narrow"
            on_valid=move |m: f64| change(|r, m| r.minutes = m, m) />
        <NumberField label="Times" value=value.times rule=validation::TIMES class="narrow"
            on_valid=move |t: f64| change(|r, t| r.times = t, t) />
        <SelectField label="Per" options=options(&Period::ALL, Period::key, Period::label) selected=value.per.key()
            on_change=move |k: String| {
                if let Some(per) = Period::from_key(&k) {
                    rate.update_value(|r| r.per = per);
                    on_change.run(rate.get_value());
                }
            } />
    }
}

/// (key, label) pairs for a [`SelectField`].
pub fn options<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|&x| (key(x).to_string(), label(x).to_string())).collect()
}
