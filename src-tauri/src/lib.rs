//! The desktop shell of Second Opinion Dossier: opens the store from the
//! core crate and exposes it to the window through a few commands.

mod commands;
mod error;

use std::path::PathBuf;
use std::sync::Mutex;

/// What every command can reach.
pub struct AppState {
    store: Mutex<dossier::Store>,
    data_dir: PathBuf,
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
    let opened = dossier::data_dir(data_dir_arg().as_deref())
        .and_then(|dir| dossier::Store::open(&dir).map(|store| (store, dir)));
    let (store, data_dir) = match opened {
        Ok(v) => v,
        Err(e) => {
            eprintln!(
                "Second Opinion Dossier could not open its record: {}",
                e.message
            );
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        .manage(AppState {
            store: Mutex::new(store),
            data_dir,
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::list_patients,
            commands::list_dossiers,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Second Opinion Dossier could not start: {e}");
        std::process::exit(1);
    }
}
