fn main() {
    // Only the commands listed here get permissions; capabilities/ grants
    // them to the main window.
    let manifest =
        tauri_build::AppManifest::new().commands(&["list_patients", "list_dossiers", "app_info"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run the Tauri build script");
}
