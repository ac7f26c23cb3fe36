//! Tauri commands: unpack arguments, call the core, return its result or
//! its `{kind, message}` error. No SQL and no rules here.

use crate::error::{busy, CmdResult};
use crate::AppState;
use dossier::model::{DossierSummary, PatientSummary};
use serde::Serialize;
use tauri::State;

/// Facts for the About box and the window.
#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    data_dir: String,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
    }
}

#[tauri::command]
pub fn list_patients(state: State<'_, AppState>) -> CmdResult<Vec<PatientSummary>> {
    state.store.lock().map_err(|_| busy())?.patients()
}

#[tauri::command]
pub fn list_dossiers(
    state: State<'_, AppState>,
    patient_id: Option<i64>,
) -> CmdResult<Vec<DossierSummary>> {
    state.store.lock().map_err(|_| busy())?.dossiers(patient_id)
}
