//! Second Opinion Dossier core.
//!
//! Everything the app knows about a patient's second-opinion dossier lives
//! here, free of any window or web view: the record ([`model`]), half-known
//! dates ([`date`]), the SQLite store and its migrations ([`store`]), the
//! report files ([`files`], [`media`]), temporary files a crash can leave
//! ([`tempfiles`]), the portable archive ([`archive`]) and the integrity
//! check ([`check`]). The desktop shell and the `dossier`
//! command-line tool are thin fronts over this crate.

pub mod after;
pub mod archive;
pub mod check;
pub mod date;
pub mod error;
pub mod files;
pub mod guidance;
pub mod health;
pub mod i18n;
pub mod media;
pub mod model;
pub mod pdf;
pub mod progress;
pub mod protect;
pub mod records;
pub mod sections;
pub mod settings;
pub mod share;
pub mod store;
pub mod tempfiles;
pub mod vault;
pub mod viewer;

pub use error::{Error, ErrorKind, Result};
pub use store::Store;

use std::path::{Path, PathBuf};

/// The app's identifier; also the name of its data folder.
pub const APP_ID: &str = "org.secondopinion.dossier";

/// The environment variable that points the app and the tool at another
/// data folder.
pub const DATA_DIR_ENV: &str = "DOSSIER_DATA_DIR";

/// The data folder: `explicit` if given, else `$DOSSIER_DATA_DIR`, else the
/// operating system's per-user app data folder.
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(APP_ID)).ok_or_else(|| {
        Error::new(
            ErrorKind::Io,
            format!("no per-user data folder is known on this system; set {DATA_DIR_ENV}"),
        )
    })
}

/// Prefix of the temporary file beside an export while it is written.
pub const PARTIAL_PREFIX: &str = ".partial-";

/// Writes a file so that it appears only when complete: `write` fills a
/// temporary file in the same folder, which is synced and renamed over
/// `path`. On failure the temporary file is removed and any existing file
/// at `path` is untouched. Temporary files of earlier exports to that folder
/// that no live process holds (left by a crash) are removed first.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    tempfiles::sweep(&parent, |name| tempfiles::is_ours(name, PARTIAL_PREFIX));
    let mut tmp = tempfiles::create(&parent, PARTIAL_PREFIX)?;
    write(tmp.as_file_mut())?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}
