//! Entry point: mounts the app, nothing else (components live in the library
//! so browser tests can import them).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(mla_app::App);
}
