//! A bare Tauri window showing a static page, built the same way as the
//! app: the reference for the launch benchmark (`tests/bench/launch.mjs`).

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!(
            "../tests/bench/bare/tauri.conf.json"
        ))
        .expect("the bare window runs");
}
