//! The spreadsheet import page (spreadsheet/index.html): its own wasm, as reading any
//! spreadsheet's shapes of text is more code than the rest of the data page can carry.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::SpreadsheetPage);
}
