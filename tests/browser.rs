//! Component tests in a real browser: the app mounted, driven through its DOM.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlElement, HtmlInputElement};
use workload_calculator::ui::{App, CaseloadPage, Planner};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh calculator (with nothing saved) in its own container.
fn mount() -> (Element, impl Drop) {
    mount_page(App)
}

fn mount_page<F, N>(page: F) -> (Element, impl Drop)
where
    F: FnOnce() -> N + 'static,
    N: leptos::IntoView + 'static,
{
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let container = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone().unchecked_into::<HtmlElement>(), page);
    (container, handle)
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} missing"))
        .text_content()
        .unwrap_or_default()
}

fn button(root: &Element, name: &str) -> HtmlButtonElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button {name}"))
        .unchecked_into()
}

/// The input whose <label> reads `label`.
fn input(root: &Element, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    let for_id = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .map(|l| l.unchecked_into::<Element>())
        .find(|l| l.text_content().as_deref() == Some(label))
        .and_then(|l| l.get_attribute("for"))
        .unwrap_or_else(|| panic!("no label {label}"));
    root.query_selector(&format!("#{for_id}")).unwrap().unwrap().unchecked_into()
}

/// Waits `ms` milliseconds of real time (saving waits for a pause; the lower half of a page
/// is built in a task after the first).
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn first_render_shows_the_typical_week() {
    let (root, _app) = mount();
    tick().await;
    assert_eq!(text(&root, "#headcount"), "48");
    assert_eq!(text(&root, "#status"), "At capacity");
}

#[wasm_bindgen_test]
async fn adding_a_student_updates_the_status_line() {
    let (root, _page) = mount_page(CaseloadPage);
    wait(50).await;
    // "37.1 of 37.5 h": the week's hours come first.
    let hours = |root: &Element| text(root, ".strip-hours").split(' ').next().unwrap().parse::<f64>().unwrap();
    let before = hours(&root);
    button(&root, "Add a student").click();
    tick().await;
    assert_eq!(text(&root, "#student-count"), "49 students");
    // 30 direct minutes plus paperwork: the week grows by more than half an hour.
    let grew = hours(&root) - before;
    assert!((0.6..=0.8).contains(&grew), "grew by {grew}");
}

#[wasm_bindgen_test]
async fn invalid_input_shows_its_message_and_changes_nothing() {
    let (root, _app) = mount();
    tick().await;
    let before = text(&root, "#utilization");
    let fte = input(&root, "FTE");
    type_into(&fte, "-1");
    tick().await;
    assert_eq!(fte.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(root.text_content().unwrap().contains("FTE cannot be negative."));
    assert_eq!(text(&root, "#utilization"), before);

    type_into(&fte, "0.5");
    tick().await;
    assert_eq!(fte.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(text(&root, "#status"), "Over capacity");
}

#[wasm_bindgen_test]
async fn every_change_is_saved() {
    let (root, _app) = mount();
    tick().await;
    type_into(&input(&root, "FTE"), "0.8");
    wait(500).await;
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("workload-calculator.data")
        .unwrap()
        .unwrap();
    assert!(saved.contains("\"fte\":0.8"), "{}", &saved[..200.min(saved.len())]);
}

#[wasm_bindgen_test]
async fn the_planner_lays_out_the_typical_year() {
    let (root, _page) = mount_page(Planner);
    tick().await;
    let counts = text(&root, "#year-counts");
    assert!(counts.contains("School weeks38"), "{counts}");
    assert!(counts.contains("Indirect weeks0"), "traditional until 3:1 is chosen: {counts}");
    assert_eq!(root.query_selector_all("table.month").unwrap().length(), 10, "September to June");
}

/// A backup damaged at each level of the model is refused with the place of the damage.
#[wasm_bindgen_test]
fn a_damaged_backup_names_the_field() {
    use workload_calculator::storage::browser_json::import;
    use workload_core::interchange::backup::Refused;
    use workload_core::interchange::envelope::encode;
    use workload_core::model::{demonstration, Scenarios};

    let [(a, wa), (b, wb)] = demonstration();
    let mut s = Scenarios::single(a, wa.clone());
    s.add(b, wb);
    let text = encode(&s, &wa).unwrap();
    let cases = [
        (r#""fte":1.0"#, r#""fte":"one""#, "list[0].workspace.profile.fte"),
        (
            r#""pull_out","rate":{"minutes":20.0"#,
            r#""pull_out","rate":{"minutes":"x""#,
            "list[0].workspace.students[0].services[0].rate.minutes",
        ),
        (r#""minutes":20.0"#, r#""minutes":true"#, "list[0].workspace.standards.progress_reports.rate.minutes"),
        (r#""first":"2026-10-12""#, r#""first":"12/10/2026""#, "list[0].workspace.school_year.days_off[0].first"),
        (r#""kind":"consultation""#, r#""kind":"chat""#, "list[0].workspace.checklist.tasks[0].kind"),
        (r#""label":"A01""#, r#""label":7"#, "list[0].workspace.students[0].label"),
    ];
    for (from, to, path) in cases {
        assert!(text.contains(from), "{from}");
        match import(&text.replacen(from, to, 1)) {
            Err(Refused::Damaged { path: found, .. }) => assert_eq!(found, path),
            other => panic!("{path}: {other:?}"),
        }
    }
}

/// Undo replaces the workspace whole: the fields show it in place, in the same elements,
/// and the keyboard stays where it was.
#[wasm_bindgen_test]
async fn undo_updates_the_fields_in_place() {
    let (root, _app) = mount();
    wait(50).await;
    let fte = input(&root, "FTE");
    fte.focus().unwrap();
    type_into(&fte, "0.8");
    tick().await;
    assert_eq!(text(&root, "#utilization"), "123.8%");
    button(&root, "Undo").click();
    fte.focus().unwrap();
    wait(20).await;
    assert_eq!(text(&root, "#utilization"), "99.1%");
    let again = input(&root, "FTE");
    assert!(again.is_same_node(Some(&fte)), "the same element");
    assert_eq!(fte.value(), "1");
    let focused = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert!(focused.is_same_node(Some(&fte)));
}
