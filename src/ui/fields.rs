//! Labelled inputs bound to the model. Each shows the model's current value at all times
//! and writes back only values its rule accepts; while the user's text is not valid, the
//! field keeps that text as a draft and says what is wrong, in words.
//!
//! When the model changes from elsewhere (undo, a preset, another scenario, another tab),
//! the field shows the new value in place: the same element, so focus and selection stay.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::html;
use leptos::prelude::*;

use super::state::use_state;
pub use workload_core::model::fields::options;
use workload_core::model::fields::{ChoiceField, DateField, NumberField, RateField, TextField};
use workload_core::model::rules::{Invalid, NumberRule, TextRule};
#[cfg(feature = "indirect-log")]
use workload_core::model::validation::parse_whole;
use workload_core::model::validation::{parse_date, parse_number, parse_text};
use workload_core::model::IsoDate;

/// A document-unique id for tying labels, help and messages to their input.
pub fn dom_id(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// What the user typed, and the model's value once it was taken (the value typed, if valid;
/// else what the model held). It is shown for as long as the model still holds that value;
/// once the model changes elsewhere, the model's value is shown instead (and any message
/// about the draft goes with it).
#[derive(Clone, Debug, PartialEq)]
struct Draft<T> {
    text: String,
    against: Option<T>,
}

/// The draft still standing against `value`.
fn standing<T: Clone + PartialEq + Send + Sync + 'static>(
    draft: RwSignal<Option<Draft<T>>>,
    value: Signal<Option<T>>,
) -> Memo<Option<String>> {
    Memo::new(move |_| draft.with(|d| d.as_ref().filter(|d| value.with(|v| d.against == *v)).map(|d| d.text.clone())))
}

/// A number exactly as the model holds it, in the shortest form that reads back the same
/// ("0.6", "37.5", "3"), as the browser writes numbers: what a number field shows.
fn exact(x: f64) -> String {
    js_sys::Number::from(x).to_string_with_radix(10).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// A number field's model value and how to write it.
#[derive(Clone, Copy)]
pub struct BoundNumber {
    pub rule: NumberRule,
    pub value: Signal<Option<f64>>,
    pub on_valid: Callback<f64>,
}

/// A number field of the open scenario's workspace (`model::fields`).
pub fn bind_number<K: Copy + Send + Sync + 'static>(field: NumberField<K>, key: K) -> BoundNumber {
    let state = use_state();
    let value = Memo::new(move |_| state.workspace.with(|w| (field.get)(w, key)));
    BoundNumber {
        rule: field.rule,
        value: value.into(),
        on_valid: Callback::new(move |v| state.edit(|w| (field.set)(w, key, v))),
    }
}

/// A decimal number, as text, checked against its rule on every keystroke.
#[component]
pub fn NumberInput(
    #[prop(into)] label: String,
    bound: BoundNumber,
    /// Where an empty field means "none" (a student's own weight): called then.
    #[prop(optional, into)]
    on_empty: Option<Callback<()>>,
    #[prop(optional, into)] help: MaybeProp<String>,
    #[prop(optional)] unit: &'static str,
    /// Shown only to screen readers (in tables, where a column header labels it visually).
    #[prop(optional)]
    hide_label: bool,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: Option<String>,
    /// Takes the keyboard once shown (the minutes of a student opened for editing).
    #[prop(optional)]
    focus: bool,
) -> impl IntoView {
    let BoundNumber { rule, value, on_valid } = bound;
    let draft = RwSignal::new(None::<Draft<f64>>);
    let standing = standing(draft, value);
    let parse = move |text: &str| -> Result<Option<f64>, Invalid> {
        match on_empty {
            Some(_) if text.trim().is_empty() => Ok(None),
            _ => parse_number(text, rule).map(Some),
        }
    };
    let error =
        Signal::derive(move || standing.with(|t| t.as_deref().and_then(|t| parse(t).err()).map(|e| e.to_string())));
    let shown = move || standing.get().unwrap_or_else(|| value.get().map(exact).unwrap_or_default());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        // What the model holds once this input is taken: what was typed, if valid.
        let against = match parse(&text) {
            Ok(Some(v)) => {
                on_valid.run(v);
                Some(v)
            }
            Ok(None) => {
                if let Some(clear) = on_empty {
                    clear.run(())
                }
                None
            }
            Err(_) => value.get_untracked(),
        };
        draft.set(Some(Draft { text, against }));
    };
    let node = NodeRef::<html::Input>::new();
    if focus {
        focus_when_shown(node);
    }
    view! {
        <FieldFrame label hide_label help class id message=error invalid=Signal::derive(move || error.with(Option::is_some))
            unit=unit.into() input=Box::new(move |id, describedby| view! {
            <input
                node_ref=node
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=describedby
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=shown
                on:input=on_input
            />
        }.into_any()) />
    }
}

/// A whole number (a log entry's minutes), as text, checked against its rule on every
/// keystroke. Its own small parser: the decimal one is a large part of a page's code. (Only
/// the indirect-services page has whole-number fields.)
#[cfg(feature = "indirect-log")]
#[component]
pub fn WholeInput(
    #[prop(into)] label: String,
    rule: NumberRule,
    value: Signal<Option<u32>>,
    on_valid: Callback<u32>,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let draft = RwSignal::new(None::<Draft<u32>>);
    let standing = standing(draft, value);
    let error = Signal::derive(move || {
        standing.with(|t| t.as_deref().and_then(|t| parse_whole(t, rule).err()).map(|e| e.to_string()))
    });
    let shown = move || standing.get().unwrap_or_else(|| value.get().map(|v| v.to_string()).unwrap_or_default());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let against = match parse_whole(&text, rule) {
            Ok(v) => {
                on_valid.run(v);
                Some(v)
            }
            Err(_) => value.get_untracked(),
        };
        draft.set(Some(Draft { text, against }));
    };
    view! {
        <FieldFrame label hide_label=false help=MaybeProp::default() class id=None message=error
            invalid=Signal::derive(move || error.with(Option::is_some)) unit=String::new() input=Box::new(move |id, describedby| view! {
            <input id=id type="text" inputmode="numeric" autocomplete="off" aria-describedby=describedby
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=shown on:input=on_input />
        }.into_any()) />
    }
}

/// A text field's model value and how to write it.
#[derive(Clone, Copy)]
pub struct BoundText {
    pub rule: TextRule,
    pub value: Signal<Option<String>>,
    pub on_valid: Callback<String>,
}

/// A text field of the open scenario's workspace (`model::fields`).
pub fn bind_text<K: Copy + Send + Sync + 'static>(field: TextField<K>, key: K) -> BoundText {
    let state = use_state();
    let value = Memo::new(move |_| state.workspace.with(|w| (field.get)(w, key)));
    BoundText {
        rule: field.rule,
        value: value.into(),
        on_valid: Callback::new(move |v| state.edit(|w| (field.set)(w, key, v))),
    }
}

/// Free text, checked against its rule on every keystroke.
#[component]
pub fn TextInput(
    #[prop(into)] label: String,
    bound: BoundText,
    #[prop(optional, into)] help: MaybeProp<String>,
    /// A gentle note that does not block the value (e.g. "this looks like a name").
    #[prop(optional)]
    advise: Option<fn(&str) -> Option<String>>,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: Option<String>,
    /// `datalist` suggestions.
    #[prop(optional, into)]
    list: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// Takes the keyboard once shown (a row just added).
    #[prop(optional)]
    focus: bool,
) -> impl IntoView {
    let BoundText { rule, value, on_valid } = bound;
    let draft = RwSignal::new(None::<Draft<String>>);
    let standing = standing(draft, value);
    let shown = Memo::new(move |_| standing.get().or_else(|| value.get()).unwrap_or_default());
    let error = Signal::derive(move || {
        standing
            .with(|t| t.as_deref().and_then(|t| parse_text(t, rule).err()).map(|e| e.to_string()))
            .or_else(|| advise.and_then(|a| shown.with(|t| a(t))))
    });
    let invalid = Signal::derive(move || standing.with(|t| t.as_deref().is_some_and(|t| parse_text(t, rule).is_err())));
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let against = match parse_text(&text, rule) {
            Ok(v) => {
                on_valid.run(v.clone());
                Some(v)
            }
            Err(_) => value.get_untracked(),
        };
        draft.set(Some(Draft { text, against }));
    };
    let node = NodeRef::<html::Input>::new();
    if focus {
        focus_when_shown(node);
    }
    view! {
        <FieldFrame label hide_label help class id message=error invalid unit=String::new() input=Box::new(move |id, describedby| view! {
            <input
                node_ref=node
                id=id
                type="text"
                autocomplete="off"
                spellcheck="false"
                list=list
                placeholder=placeholder
                aria-describedby=describedby
                aria-invalid=move || if invalid.get() { "true" } else { "false" }
                prop:value=shown
                on:input=on_input
            />
        }.into_any()) />
    }
}

/// A date field of the open scenario's workspace (`model::fields`).
#[component]
pub fn DateInput<K: Copy + Send + Sync + 'static>(
    #[prop(into)] label: String,
    field: DateField<K>,
    key: K,
) -> impl IntoView {
    let state = use_state();
    let value: Signal<Option<IsoDate>> = Memo::new(move |_| state.workspace.with(|w| (field.get)(w, key))).into();
    let on_valid = Callback::new(move |d: IsoDate| state.edit(|w| (field.set)(w, key, d)));
    view! { <DateBox label value on_valid /> }
}

#[component]
pub fn DateBox(
    #[prop(into)] label: String,
    value: Signal<Option<IsoDate>>,
    on_valid: Callback<IsoDate>,
) -> impl IntoView {
    let draft = RwSignal::new(None::<Draft<IsoDate>>);
    let standing = standing(draft, value);
    let error = Signal::derive(move || {
        standing.with(|t| t.as_deref().and_then(|t| parse_date(t).err()).map(|e| e.to_string()))
    });
    let shown = move || standing.get().unwrap_or_else(|| value.get().map(IsoDate::iso).unwrap_or_default());
    view! {
        <FieldFrame label hide_label=false help=MaybeProp::default() class=String::new() id=None message=error
            invalid=Signal::derive(move || error.with(Option::is_some)) unit=String::new() input=Box::new(move |id, describedby| view! {
            <input id=id type="date" min="2000-01-01" max="2100-12-31" aria-describedby=describedby
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=shown
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let against = match parse_date(&text) {
                        Ok(d) => {
                            on_valid.run(d);
                            Some(d)
                        }
                        Err(_) => value.get_untracked(),
                    };
                    draft.set(Some(Draft { text, against }));
                } />
        }.into_any()) />
    }
}

/// Builds the input itself, given its id and the ids that describe it.
type InputBuilder = Box<dyn FnOnce(String, String) -> AnyView>;

/// The label, help, message and unit around one input, tied together for screen readers.
#[component]
fn FieldFrame(
    label: String,
    hide_label: bool,
    help: MaybeProp<String>,
    class: String,
    id: Option<String>,
    /// What is wrong with the text, or advice about it.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// Whether the message says the text is not valid (advice leaves the value valid).
    #[prop(into)]
    invalid: Signal<bool>,
    unit: String,
    input: InputBuilder,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("field"));
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let has_help = help.with_untracked(Option::is_some);
    let describedby = if has_help { format!("{help_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class=format!("field {class}") class:invalid=invalid>
            <label for=id.clone() class:visually-hidden=hide_label>{label}</label>
            <span class="input-with-unit">
                {input(id, describedby)}
                {(!unit.is_empty()).then(|| view! { <span class="unit" aria-hidden="true">{unit}</span> })}
            </span>
            {has_help.then(|| view! { <p class="help" id=help_id>{move || help.get()}</p> })}
            <p class="error" id=error_id aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A select's options as (key, label) pairs (fixed, or read from the model, such as the
/// buildings), the key chosen, and what to do with a new choice.
#[derive(Clone, Copy)]
pub struct BoundChoice {
    pub options: Signal<Vec<(String, String)>>,
    pub selected: Signal<String>,
    pub on_change: Callback<String>,
}

/// A choice of the open scenario's workspace (`model::fields`).
pub fn bind_choice<K: Copy + Send + Sync + 'static>(field: ChoiceField<K>, key: K) -> BoundChoice {
    let state = use_state();
    BoundChoice {
        options: Memo::new(move |_| state.workspace.with(field.options)).into(),
        selected: Memo::new(move |_| state.workspace.with(|w| (field.get)(w, key).unwrap_or_default())).into(),
        on_change: Callback::new(move |chosen: String| state.edit(|w| (field.set)(w, key, &chosen))),
    }
}

/// A choice among options; shows the chosen one at all times.
#[component]
pub fn SelectInput(
    #[prop(into)] label: String,
    bound: BoundChoice,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let BoundChoice { options, selected, on_change } = bound;
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
                {move || options.get()
                    .into_iter()
                    .map(|(key, text)| {
                        let is_selected = {
                            let key = key.clone();
                            move || selected.with(|s| *s == key)
                        };
                        view! { <option value=key prop:selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
        </div>
    }
}

#[component]
pub fn CheckboxInput(
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
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
                prop:checked=checked
                aria-describedby=help.as_ref().map(|_| help_id.clone())
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
            {help.map(|h| view! { <p class="help" id=help_id>{h}</p> })}
        </div>
    }
}

/// Minutes × times per period of one rate of the open scenario's workspace: one editor
/// wherever a rate is entered. `focus_minutes`: the minutes take the keyboard once shown.
pub fn rate_inputs<K: Copy + Send + Sync + 'static>(field: RateField<K>, key: K, focus_minutes: bool) -> impl IntoView {
    view! {
        <RateInputs minutes=bind_number(field.minutes, key) times=bind_number(field.times, key) per=bind_choice(field.per, key)
            focus_minutes />
    }
}

#[component]
fn RateInputs(minutes: BoundNumber, times: BoundNumber, per: BoundChoice, focus_minutes: bool) -> impl IntoView {
    view! {
        <NumberInput label="Minutes" bound=minutes class="narrow" focus=focus_minutes />
        <NumberInput label="Times" bound=times class="narrow" />
        <SelectInput label="Per" bound=per />
    }
}

/// Focuses `node` once it is in the page (a row just added takes the keyboard).
pub fn focus_when_shown<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        match node.get() {
            Some(element) => {
                let element: &web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_ref(&element);
                let _ = element.focus();
                true
            }
            None => false,
        }
    });
}
