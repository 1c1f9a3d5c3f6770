//! The compare and present page (compare/index.html): its own wasm.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::Compare);
}
