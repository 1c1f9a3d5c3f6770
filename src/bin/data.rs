//! The data page (data/index.html): import, export and share. Its own wasm, so the parsers
//! and compression never weigh on the calculator.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::DataPage);
}
