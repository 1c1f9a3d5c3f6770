//! The team page (team/index.html): its own wasm, so that only those who bring colleagues'
//! scenarios together load its code.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::TeamPage);
}
