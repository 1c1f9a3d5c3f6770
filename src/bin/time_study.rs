//! The time study page (time-study/index.html): its own wasm, so that only those who log
//! load the grid.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::TimeStudyPage);
}
