//! The 3:1 planner page (planner/index.html): its own, smaller wasm.
fn main() {
    workload_calculator::ui::mount(workload_calculator::ui::Planner);
}
