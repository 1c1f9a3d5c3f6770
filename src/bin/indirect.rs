//! The indirect-services page (indirect/index.html): its own wasm, so that only those who
//! document indirect work load its code.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::IndirectPage);
}
