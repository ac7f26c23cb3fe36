//! Temporary files that a crash can leave behind.
//!
//! Owns how such a file is made and how left-overs are found. Each temporary
//! file is created holding an exclusive advisory lock (the standard
//! library's `File::try_lock`), kept until the file is renamed into place or
//! removed. The operating system drops the lock when its process ends, even
//! when it is killed, so a file whose lock can be taken belongs to no live
//! process and can be removed; a file another process is still writing is
//! never touched, however old it is.

use crate::error::{Error, Result};
use std::fs::{self, File};
use std::path::Path;
use tempfile::NamedTempFile;

/// How many times a new file is tried when a sweep removed it before it
/// could be locked.
const TRIES: usize = 8;

/// Random characters after the prefix in a temporary file's name.
const RANDOM_LEN: usize = 6;

/// Creates a temporary file `<prefix><random>` in `dir`, locked by this
/// process for as long as the returned file lives.
pub fn create(dir: &Path, prefix: &str) -> Result<NamedTempFile> {
    for _ in 0..TRIES {
        let tmp = tempfile::Builder::new()
            .prefix(prefix)
            .rand_bytes(RANDOM_LEN)
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        tmp.as_file().lock().map_err(|e| Error::io(tmp.path(), e))?;
        // A sweep in another process may have taken the lock and removed the
        // file between its creation and our lock: then start again.
        if still_there(&tmp) {
            return Ok(tmp);
        }
    }
    Err(Error::io(
        dir,
        std::io::Error::other("a temporary file kept disappearing"),
    ))
}

/// Whether the temporary file's name still leads to the file we hold.
fn still_there(tmp: &NamedTempFile) -> bool {
    let (Ok(by_name), Ok(held)) = (fs::metadata(tmp.path()), tmp.as_file().metadata()) else {
        return false;
    };
    same_file(&by_name, &held)
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    // Elsewhere an open file cannot be removed, so the name still leads to it.
    true
}

/// Whether `name` is one of ours: `<prefix>` and then exactly the random
/// part [`create`] makes.
pub fn is_ours(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix).is_some_and(|rest| {
        rest.len() == RANDOM_LEN && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Removes the files in `dir` whose names `ours` accepts and that no live
/// process holds. Returns how many went. A folder that cannot be read is
/// skipped.
pub fn sweep(dir: &Path, ours: impl Fn(&str) -> bool) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| ours(&e.file_name().to_string_lossy()))
        .filter(|e| remove_if_abandoned(&e.path()))
        .count()
}

/// Removes the file if no process holds its lock.
fn remove_if_abandoned(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    if file.try_lock().is_err() {
        return false;
    }
    fs::remove_file(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_file_stays_and_an_abandoned_one_goes() {
        let dir = tempfile::tempdir().unwrap();
        let held = create(dir.path(), ".partial-").unwrap();
        let abandoned = dir.path().join(".partial-abc123");
        fs::write(&abandoned, b"left by a crash").unwrap();
        let unrelated = dir.path().join(".partial-notes");
        fs::write(&unrelated, b"someone else's").unwrap();
        assert_eq!(sweep(dir.path(), |n| is_ours(n, ".partial-")), 1);
        assert!(held.path().exists(), "a live process's file is kept");
        assert!(!abandoned.exists());
        assert!(unrelated.exists(), "only our own naming pattern goes");
    }
}
