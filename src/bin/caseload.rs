//! The caseload page (caseload/index.html): its own, smaller wasm.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::CaseloadPage);
}
