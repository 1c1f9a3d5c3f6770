use wasm_bindgen::JsCast;

fn main() {
    // The app goes below the static header of index.html.
    let mount_point = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match mount_point {
        Some(element) => {
            // Replaces the "Loading" line.
            element.set_inner_html("");
            leptos::mount::mount_to(element, workload_calculator::ui::App).forget()
        }
        None => leptos::mount::mount_to_body(workload_calculator::ui::App),
    }
}
