//! The team presented (present-team/index.html, reached from the team page): its own wasm,
//! with the team's engine and the presenter only.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::TeamPresentPage);
}
