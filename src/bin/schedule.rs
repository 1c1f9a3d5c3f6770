//! The weekly schedule page (schedule/index.html): its own wasm, so that only those who lay
//! out their week load its code.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::SchedulePage);
}
