fn main() {
    leptos::mount::mount_to_body(workload_calculator::ui::App);
}
