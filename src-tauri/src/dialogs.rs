//! System file dialogs, always off the main thread. With the `e2e-seam`
//! feature (end-to-end test builds only), a dialog answers with the lines of
//! the file named by `$DOSSIER_E2E_DIALOG` instead of opening.

use std::path::PathBuf;
use tauri::AppHandle;

/// A filter: name and extensions.
pub type Filter<'a> = (&'a str, &'a [&'a str]);

#[cfg(feature = "e2e-seam")]
fn seam() -> Option<Vec<PathBuf>> {
    let file = std::env::var_os("DOSSIER_E2E_DIALOG")?;
    let text = std::fs::read_to_string(file).ok()?;
    let lines: Vec<PathBuf> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect();
    Some(lines)
}

/// Asks for files to open; `None` when the user cancels.
pub async fn pick_files(
    app: &AppHandle,
    title: &str,
    filters: &[Filter<'_>],
    many: bool,
) -> Option<Vec<PathBuf>> {
    #[cfg(feature = "e2e-seam")]
    if let Some(lines) = seam() {
        return (!lines.is_empty()).then_some(lines);
    }
    use tauri_plugin_dialog::DialogExt;
    let mut dialog = app.dialog().file().set_title(title);
    for (name, ext) in filters {
        dialog = dialog.add_filter(*name, ext);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || {
        if many {
            dialog.blocking_pick_files()
        } else {
            dialog.blocking_pick_file().map(|f| vec![f])
        }
    })
    .await
    .ok()
    .flatten()?;
    Some(
        picked
            .into_iter()
            .filter_map(|f| f.into_path().ok())
            .collect(),
    )
}

/// Asks where to save; `None` when the user cancels.
pub async fn save_file(
    app: &AppHandle,
    title: &str,
    name: &str,
    filter: Filter<'_>,
) -> Option<PathBuf> {
    #[cfg(feature = "e2e-seam")]
    if let Some(lines) = seam() {
        return lines.into_iter().next();
    }
    use tauri_plugin_dialog::DialogExt;
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(filter.0, filter.1);
    use tauri::Manager;
    if let Ok(docs) = app.path().document_dir() {
        dialog = dialog.set_directory(docs);
    }
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .ok()
        .flatten()
        .and_then(|f| f.into_path().ok())
}
