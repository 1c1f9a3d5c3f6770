//! The administrator report page (report/index.html): its own wasm.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::Report);
}
