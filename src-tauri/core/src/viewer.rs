//! Copies of reports for the system viewer, made so that opening one can
//! never run a program.
//!
//! A report's name and stated type come from whoever sent it (an imported
//! archive sets both), so neither is trusted: the copy's extension comes
//! from the type sniffed from the bytes, and only types a viewer shows
//! (PDF, images, plain text) are handed to the system's opener. Copies go
//! to a folder of the data folder that only the user can read, are removed
//! when the app closes, and any left by a crash are swept at start.

use crate::error::{Error, Result};
use crate::i18n::Catalogue;
use crate::media;
use crate::model::Document;
use crate::share::file_name;
use crate::store::Store;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The folder of viewer copies inside the data folder.
pub const VIEW_DIR: &str = "viewing";

/// A copy made for viewing.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ViewerCopy {
    pub path: PathBuf,
    /// The type sniffed from the bytes, in plain words after its article
    /// ("an XML document").
    pub what: String,
    /// Whether the system viewer may open it; if not, the app offers to
    /// show it in its folder, with a warning.
    pub viewable: bool,
}

/// The types the system viewer is trusted with, and the extension each gets.
fn viewable_extension(media_type: &str) -> Option<&'static str> {
    Some(match media_type {
        media::PDF => "pdf",
        media::JPEG => "jpg",
        media::PNG => "png",
        media::GIF => "gif",
        media::WEBP => "webp",
        media::TIFF => "tif",
        media::BMP => "bmp",
        media::TEXT => "txt",
        _ => return None,
    })
}

/// The viewer folder, made owner-only.
pub fn view_dir(data_dir: &Path) -> Result<PathBuf> {
    let dir = data_dir.join(VIEW_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(&dir, e))?;
    }
    Ok(dir)
}

/// Removes every viewer copy (at start, and when the app closes).
pub fn sweep(data_dir: &Path) -> Result<usize> {
    let dir = data_dir.join(VIEW_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(0);
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Copies a report into the viewer folder under a safe name whose
/// extension matches its bytes (`.bin` when it is not a viewable type).
pub fn copy_for_viewing(store: &Store, data_dir: &Path, document_id: i64) -> Result<ViewerCopy> {
    copy_for_viewing_in(store, data_dir, document_id, Catalogue::en())
}

/// [`copy_for_viewing`], what the copy is said in the catalogue's language.
pub fn copy_for_viewing_in(
    store: &Store,
    data_dir: &Path,
    document_id: i64,
    words: &Catalogue,
) -> Result<ViewerCopy> {
    let doc: Document = store.item(document_id)?;
    let source = store.files().path_of(&doc.sha256);
    let mut head = Vec::with_capacity(1024);
    crate::files::open_kept(&source, store.files().keys())
        .and_then(|f| f.take(1024).read_to_end(&mut head))
        .map_err(|e| Error::io(&source, e))?;
    let sniffed = media::sniff(&head);
    let ext = viewable_extension(sniffed);
    let stem = Path::new(&doc.original_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| doc.title.clone());
    // No dots in the stem: "scan.exe.pdf" must not look like anything but a PDF.
    let stem = stem.replace('.', " ");
    let dir = view_dir(data_dir)?;
    let target = dir.join(file_name(&[&stem], ext.unwrap_or("bin")));
    crate::write_atomically(&target, |out| {
        let mut input = crate::files::open_kept(&source, store.files().keys())
            .map_err(|e| Error::io(&source, e))?;
        std::io::copy(&mut input, out).map_err(|e| Error::io(&target, e))?;
        Ok(())
    })?;
    Ok(ViewerCopy {
        path: target,
        what: media::a_described_in(sniffed, words),
        viewable: ext.is_some(),
    })
}
