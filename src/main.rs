fn main() {
    leptos::mount::mount_to_body(workshop::App);
}
