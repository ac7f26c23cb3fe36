/// The app's own commands; only these get permissions, and
/// capabilities/default.json grants them to the main window.
const COMMANDS: &[&str] = &[
    "app_info",
    "vocabularies",
    "list_patients",
    "get_patient",
    "save_patient",
    "delete_patient",
    "list_dossiers",
    "create_dossier",
    "save_dossier",
    "delete_dossier",
    "get_dossier",
    "save_item",
    "save_answers",
    "read_records",
    "add_records",
    "delete_item",
    "move_item",
    "guidance",
    "add_suggested_question",
    "mark_checklist_item",
    "pick_documents",
    "add_dropped_documents",
    "open_document",
    "show_document",
    "export_pdf",
    "cancel_export",
    "open_export",
    "show_export",
    "email_export",
    "export_archive",
    "import_archive",
    "resolve_import",
    "opened_file",
    "import_opened_file",
    "show_data_dir",
    "get_opinion",
    "save_opinion",
    "export_comparison",
    "write_records_request",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run the Tauri build script");
}
