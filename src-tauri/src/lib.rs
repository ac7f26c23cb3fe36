//! The desktop shell of Second Opinion Dossier: opens the store from the
//! core crate, exposes it to the window through commands, and hands
//! dropped files and dialogs to the core.

mod commands;
mod dialogs;
mod error;
mod protection;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use tauri::{DragDropEvent, Emitter, Manager, WindowEvent};

/// What every command can reach.
pub struct AppState {
    /// The open record; `None` while a protected record is locked.
    store: Mutex<Option<dossier::Store>>,
    data_dir: PathBuf,
    /// Files dropped on the window, waiting for the UI to say which dossier.
    dropped: Mutex<Vec<PathBuf>>,
    /// The last PDF bundle written.
    last_export: Mutex<Option<PathBuf>>,
    /// An archive whose patient exists, or that needs its passphrase,
    /// waiting for the user's answer (with the passphrase already given).
    pending_import: Mutex<Option<(PathBuf, Option<String>)>>,
    /// Portal records read and shown to the patient, waiting for their
    /// choice: the dossier they are for, and what was found.
    pending_records: Mutex<Option<(i64, dossier::records::Records)>>,
    /// Set to cancel the export under way.
    cancel: AtomicBool,
    /// A `.dossier` file the app was asked to open (double-click, command
    /// line, or a second launch), waiting for the user to say yes.
    opened: Mutex<Option<PathBuf>>,
}

/// The first `.dossier` file among command-line arguments.
fn dossier_file_arg<I: IntoIterator<Item = std::ffi::OsString>>(args: I) -> Option<PathBuf> {
    args.into_iter().skip(1).map(PathBuf::from).find(|p| {
        p.extension()
            .map(|e| e.eq_ignore_ascii_case("dossier"))
            .unwrap_or(false)
            && p.is_file()
    })
}

/// `--data-dir DIR` from the command line, if given.
fn data_dir_arg() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(v) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(v));
        }
    }
    None
}

/// Starts the app.
pub fn run() {
    // A protected record starts locked: the window asks for its passphrase.
    let opened = dossier::data_dir(data_dir_arg().as_deref()).and_then(|dir| {
        match dossier::Store::open(&dir) {
            Ok(store) => Ok((Some(store), dir)),
            Err(e) if e.kind == dossier::ErrorKind::Locked => Ok((None, dir)),
            Err(e) => Err(e),
        }
    });
    let (store, data_dir) = match opened {
        Ok(v) => {
            let _ = dossier::viewer::sweep(&v.1);
            error::set_language(dossier::settings::language(&v.1).language);
            v
        }
        Err(e) => {
            eprintln!(
                "Second Opinion Dossier could not open its record: {}",
                e.message
            );
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        // A second launch hands its file to the window already open.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            let file = dossier_file_arg(args.into_iter().map(std::ffi::OsString::from)).map(|p| {
                if p.is_relative() {
                    PathBuf::from(&cwd).join(p)
                } else {
                    p
                }
            });
            if let Some(file) = file {
                if let Ok(mut opened) = app.state::<AppState>().opened.lock() {
                    *opened = Some(file);
                }
                let _ = app.emit("file-opened", ());
            }
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(AppState {
            store: Mutex::new(store),
            data_dir,
            dropped: Mutex::new(Vec::new()),
            last_export: Mutex::new(None),
            pending_import: Mutex::new(None),
            pending_records: Mutex::new(None),
            cancel: AtomicBool::new(false),
            opened: Mutex::new(dossier_file_arg(std::env::args_os())),
        })
        .on_window_event(|window, event| {
            if let WindowEvent::Destroyed = event {
                let _ = dossier::viewer::sweep(&window.state::<AppState>().data_dir);
            }
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
                let state = window.state::<AppState>();
                // A second drop while the first is being added joins it.
                let mut dropped = state
                    .dropped
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                for p in paths {
                    if !dropped.contains(p) {
                        dropped.push(p.clone());
                    }
                }
                drop(dropped);
                let names: Vec<String> = paths
                    .iter()
                    .map(|p| {
                        p.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                let _ = window.emit("files-dropped", names);
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::set_window_title,
            commands::vocabularies,
            commands::app_language,
            commands::set_app_language,
            commands::list_patients,
            commands::get_patient,
            commands::save_patient,
            commands::delete_patient,
            commands::list_dossiers,
            commands::create_dossier,
            commands::save_dossier,
            commands::delete_dossier,
            commands::get_dossier,
            commands::save_item,
            commands::save_answers,
            commands::read_records,
            commands::add_records,
            commands::delete_item,
            commands::move_item,
            commands::guidance,
            commands::add_suggested_question,
            commands::mark_checklist_item,
            commands::pick_documents,
            commands::add_dropped_documents,
            commands::open_document,
            commands::show_document,
            commands::export_pdf,
            commands::cancel_export,
            commands::open_export,
            commands::show_export,
            commands::email_export,
            commands::export_archive,
            commands::import_archive,
            commands::resolve_import,
            commands::opened_file,
            commands::import_opened_file,
            commands::show_data_dir,
            commands::get_opinion,
            commands::save_opinion,
            commands::export_comparison,
            commands::write_records_request,
            protection::protection_status,
            protection::suggest_passphrase,
            protection::unlock_record,
            protection::recover_record,
            protection::lock_record,
            protection::protect_record,
            protection::unprotect_record,
            protection::change_passphrase,
            protection::set_idle_minutes,
            protection::new_recovery_code,
            protection::recovery_code_kept,
            protection::forget_interrupted,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Second Opinion Dossier could not start: {e}");
        std::process::exit(1);
    }
}
