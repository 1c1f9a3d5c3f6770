//! The calculator page (index.html).
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::App);
}
