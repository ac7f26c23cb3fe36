//! Turning a record's protection on and off, so that a crash at any moment
//! leaves a record that opens, with nothing lost.
//!
//! A conversion first builds the whole new record in [`STAGE`] beside the
//! old one: the database rewritten by SQLCipher's `sqlcipher_export`, every
//! report file encrypted (or decrypted) and checked against its hash, and the
//! protection file. Once all of it is synced, a [`READY`] mark is written;
//! only then are the new parts moved into place and the old ones removed.
//! [`recover`], run on every open, finishes a conversion that has its mark
//! and removes one that has not: before the mark the old record is untouched,
//! after it the new one is complete.
//!
//! Every open store holds a shared lock on [`RECORD_LOCK`]; a conversion
//! takes it alone, so that no window or `dossier` command has the record
//! open while it is rebuilt, and nothing opens it until the conversion ends.

use crate::error::{Error, ErrorKind, Result};
use crate::files::{is_sha256, open_kept, sync_dir, FileStore, KeptWriter};
use crate::store::{apply_key, DB_FILE, SCHEMA_VERSION};
use crate::vault::{self, Keys, LOCK_FILE};
use rusqlite::Connection;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The folder the new record is built in.
pub const STAGE: &str = ".converting";
/// The mark, inside [`STAGE`], that the new record is complete; it holds
/// `protected` or `plain`.
const READY: &str = "ready";
/// The folder the replaced parts go to until the conversion is over.
const REPLACED: &str = ".replaced";
/// The database's companion files, moved with it.
const DB_SIDE_FILES: [&str; 2] = ["-wal", "-shm"];

/// The file whose lock says who uses the record: shared by every open
/// store, held alone by a conversion.
pub const RECORD_LOCK: &str = ".record.lock";

/// A hold on the record, released when dropped.
#[derive(Debug)]
pub struct RecordLock {
    _file: fs::File,
}

fn lock_file(dir: &Path) -> Result<fs::File> {
    let path = dir.join(RECORD_LOCK);
    fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))
}

/// Takes the shared hold every open store keeps; refused while the record
/// is being converted.
pub(crate) fn hold_shared(dir: &Path) -> Result<RecordLock> {
    hold(dir, false)
}

/// Takes the record alone, for a conversion; refused while any window or
/// command has it open.
fn hold_alone(dir: &Path) -> Result<RecordLock> {
    hold(dir, true)
}

fn hold(dir: &Path, alone: bool) -> Result<RecordLock> {
    let file = lock_file(dir)?;
    let taken = if alone {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    let busy = if alone {
        "error-record-in-use"
    } else {
        "error-record-being-converted"
    };
    match taken {
        Ok(()) => Ok(RecordLock { _file: file }),
        Err(fs::TryLockError::WouldBlock) => Err(Error::said(ErrorKind::Busy, busy, &[])),
        Err(fs::TryLockError::Error(e)) => Err(Error::io(&dir.join(RECORD_LOCK), e)),
    }
}

/// Finishes or removes a conversion a crash cut short, if there is one and
/// no one else is using the record. Run before anything reads the record's
/// state.
pub fn settle(dir: &Path) -> Result<()> {
    if [STAGE, REPLACED, DONE]
        .iter()
        .all(|p| !dir.join(p).exists())
    {
        return Ok(());
    }
    match hold_alone(dir) {
        Ok(_alone) => recover(dir),
        // Someone else has the record open; they settled it when they did.
        Err(e) if e.kind == ErrorKind::Busy => Ok(()),
        Err(e) => Err(e),
    }
}

/// A note left when a conversion a crash cut short was undone: "on" when
/// protection was being turned on, "off" when off.
const INTERRUPTED: &str = ".conversion-interrupted";

/// A finished conversion's stage on its way out.
const DONE: &str = ".converted";

/// Whether turning protection on (`Some(true)`) or off (`Some(false)`) was
/// cut short and undone, leaving the record as it was, since the user last
/// saw it said.
pub fn interrupted(dir: &Path) -> Option<bool> {
    match fs::read_to_string(dir.join(INTERRUPTED)).ok()?.trim() {
        "on" => Some(true),
        "off" => Some(false),
        _ => None,
    }
}

/// Forgets that a conversion was cut short (it was said, or one finished).
pub fn forget_interrupted(dir: &Path) -> Result<()> {
    let note = dir.join(INTERRUPTED);
    match fs::remove_file(&note) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(&note, e)),
        _ => Ok(()),
    }
}

/// Whether the record in `dir` is protected, once any conversion a crash
/// cut short is settled.
pub fn is_protected(dir: &Path) -> Result<bool> {
    settle(dir)?;
    vault::refuse_missing_protection(dir)?;
    Ok(vault::is_protected(dir))
}

/// Protects the record in `dir` with `passphrase`: new keys, the database
/// and every report file encrypted. Returns the recovery code, to be shown
/// to the user once.
pub fn protect(dir: &Path, passphrase: &str) -> Result<String> {
    vault::check_passphrase(passphrase)?;
    let _alone = hold_alone(dir)?;
    recover(dir)?;
    vault::refuse_missing_protection(dir)?;
    if vault::is_protected(dir) {
        return Err(Error::invalid_said(
            "passphrase",
            "error-already-protected",
            &[],
        ));
    }
    let keys = Keys::generate()?;
    let stage = build(dir, None, Some(&keys))?;
    let code = vault::seal_new(&stage, &keys, passphrase)?;
    mark_ready(&stage, "protected")?;
    finish(dir)?;
    Ok(code)
}

/// Removes the protection of the record in `dir`, whose keys are `keys`:
/// the database and the report files are written back in plain form.
pub fn unprotect(dir: &Path, keys: &Keys) -> Result<()> {
    let _alone = hold_alone(dir)?;
    recover(dir)?;
    vault::refuse_missing_protection(dir)?;
    if !vault::is_protected(dir) {
        return Ok(());
    }
    let stage = build(dir, Some(keys), None)?;
    mark_ready(&stage, "plain")?;
    finish(dir)
}

/// Finishes a conversion a crash cut short, or removes one that never got
/// its mark. Run with the record held alone (see [`settle`]).
fn recover(dir: &Path) -> Result<()> {
    let stage = dir.join(STAGE);
    if stage.join(READY).is_file() {
        return finish(dir);
    }
    if stage.exists() {
        // The record stays as it was; the user is told, so that nobody
        // believes it protected (or plain) when the change did not happen.
        let was = if vault::is_protected(dir) {
            "off"
        } else {
            "on"
        };
        let note = dir.join(INTERRUPTED);
        fs::write(&note, was).map_err(|e| Error::io(&note, e))?;
        fs::remove_dir_all(&stage).map_err(|e| Error::io(&stage, e))?;
    }
    for left in [REPLACED, DONE] {
        let left = dir.join(left);
        if left.exists() {
            fs::remove_dir_all(&left).map_err(|e| Error::io(&left, e))?;
        }
    }
    Ok(())
}

/// Builds the converted record in [`STAGE`]: the database and the report
/// files, from keys `from` to keys `to` (`None`: plain).
fn build(dir: &Path, from: Option<&Keys>, to: Option<&Keys>) -> Result<PathBuf> {
    let stage = dir.join(STAGE);
    if stage.exists() {
        fs::remove_dir_all(&stage).map_err(|e| Error::io(&stage, e))?;
    }
    fs::create_dir_all(stage.join("files")).map_err(|e| Error::io(&stage, e))?;
    owner_only(&stage, 0o700)?;
    owner_only(&stage.join("files"), 0o700)?;
    let files = FileStore::open(&dir.join("files"))?;
    // No file comes or goes while the copy is made.
    let _lock = files.lock_folder()?;
    export_database(dir, &stage, from, to)?;
    for sha in files.list()?.iter().filter(|s| is_sha256(s)) {
        convert_file(
            &files.path_of(sha),
            &stage.join("files").join(sha),
            sha,
            from,
            to,
        )?;
    }
    sync_dir(&stage.join("files"));
    Ok(stage)
}

/// Writes the database of `dir` into `stage`, re-keyed.
fn export_database(dir: &Path, stage: &Path, from: Option<&Keys>, to: Option<&Keys>) -> Result<()> {
    let db_path = dir.join(DB_FILE);
    let conn = Connection::open(&db_path)?;
    if let Some(keys) = from {
        apply_key(&conn, keys, &db_path)?;
    }
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let target = stage.join(DB_FILE);
    let key = to.map(Keys::sqlcipher_key).unwrap_or_default();
    // The key is given as the pragma takes it, without its outer quotes.
    let key = key.trim_matches('"').to_string();
    conn.execute(
        "ATTACH DATABASE ?1 AS converted KEY ?2",
        rusqlite::params![target.to_string_lossy(), key],
    )?;
    if let Some(keys) = to {
        conn.execute_batch(&keys.sqlcipher_settings("converted"))?;
    }
    conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
    conn.execute_batch(&format!(
        "PRAGMA converted.user_version = {};",
        version.min(SCHEMA_VERSION)
    ))?;
    conn.execute_batch("DETACH DATABASE converted;")?;
    drop(conn);
    let f = fs::File::open(&target).map_err(|e| Error::io(&target, e))?;
    owner_only(&target, 0o600)?;
    f.sync_all().map_err(|e| Error::io(&target, e))
}

/// Makes `path` readable by its owner alone, as the files it replaces were.
pub(crate) fn owner_only(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io(path, e))?;
    }
    let _ = (path, mode);
    Ok(())
}

/// Copies one report file, re-keyed, and checks that its plain bytes still
/// have the hash it is named by.
fn convert_file(
    src: &Path,
    dest: &Path,
    sha: &str,
    from: Option<&Keys>,
    to: Option<&Keys>,
) -> Result<()> {
    use sha2::{Digest, Sha256};
    let mut input = open_kept(src, from).map_err(|e| Error::io(src, e))?;
    let out = fs::File::create(dest).map_err(|e| Error::io(dest, e))?;
    owner_only(dest, 0o600)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut sealing = KeptWriter::new(&out, to).map_err(|e| Error::io(dest, e))?;
    loop {
        let got = input.read(&mut buf).map_err(|e| Error::io(src, e))?;
        if got == 0 {
            break;
        }
        hasher.update(&buf[..got]);
        sealing
            .write_all(&buf[..got])
            .map_err(|e| Error::io(dest, e))?;
    }
    sealing.finish().map_err(|e| Error::io(dest, e))?;
    out.sync_all().map_err(|e| Error::io(dest, e))?;
    if hex::encode(hasher.finalize()) != sha {
        return Err(Error::said(
            ErrorKind::Integrity,
            "error-report-changed",
            &[("file", &src.display().to_string())],
        ));
    }
    Ok(())
}

fn mark_ready(stage: &Path, what: &str) -> Result<()> {
    sync_dir(stage);
    let path = stage.join(READY);
    let mut f = fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
    f.write_all(what.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| Error::io(&path, e))?;
    sync_dir(stage);
    Ok(())
}

/// The environment variable that makes a conversion stop dead (as a crash
/// would) before its Nth move, so that tests can check [`recover`] after
/// each one.
pub const CRASH_ENV: &str = "DOSSIER_CONVERSION_CRASH_AT";

fn crash_point(step: usize) {
    if std::env::var(CRASH_ENV).ok().and_then(|v| v.parse().ok()) == Some(step) {
        std::process::abort();
    }
}

/// Moves `from` to `to` if it is there (the step may have been done before
/// a crash).
fn shift(from: &Path, to: &Path) -> Result<()> {
    match fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(from, e)),
    }
}

/// Moves the converted record into place. Every step may be done again:
/// this is what [`recover`] runs after a crash.
fn finish(dir: &Path) -> Result<()> {
    let mut step = 0;
    let mut shift = |from: &Path, to: &Path| {
        step += 1;
        crash_point(step);
        shift(from, to)
    };
    let stage = dir.join(STAGE);
    let replaced = dir.join(REPLACED);
    let protected =
        fs::read_to_string(stage.join(READY)).map_err(|e| Error::io(&stage, e))? == "protected";
    fs::create_dir_all(&replaced).map_err(|e| Error::io(&replaced, e))?;
    if stage.join(DB_FILE).exists() {
        for side in DB_SIDE_FILES {
            let name = format!("{DB_FILE}{side}");
            shift(&dir.join(&name), &replaced.join(&name))?;
        }
        shift(&dir.join(DB_FILE), &replaced.join(DB_FILE))?;
        shift(&stage.join(DB_FILE), &dir.join(DB_FILE))?;
    }
    if stage.join("files").exists() {
        if dir.join("files").exists() && !replaced.join("files").exists() {
            shift(&dir.join("files"), &replaced.join("files"))?;
        }
        shift(&stage.join("files"), &dir.join("files"))?;
    }
    if protected {
        shift(&stage.join(LOCK_FILE), &dir.join(LOCK_FILE))?;
    } else {
        shift(&dir.join(LOCK_FILE), &replaced.join(LOCK_FILE))?;
    }
    // Backups made before migrations were in the old form: they go too.
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(DB_FILE) && name.ends_with(".bak") {
            shift(&entry.path(), &replaced.join(&name))?;
        }
    }
    let _ = crate::viewer::sweep(dir);
    sync_dir(dir);
    // The stage leaves in one rename, so that a crash from here on is not
    // taken for a conversion that never got its mark.
    let done = dir.join(DONE);
    if done.exists() {
        fs::remove_dir_all(&done).map_err(|e| Error::io(&done, e))?;
    }
    fs::rename(&stage, &done).map_err(|e| Error::io(&stage, e))?;
    sync_dir(dir);
    crash_point(step + 1);
    fs::remove_dir_all(&done).map_err(|e| Error::io(&done, e))?;
    fs::remove_dir_all(&replaced).map_err(|e| Error::io(&replaced, e))?;
    forget_interrupted(dir)?;
    sync_dir(dir);
    Ok(())
}
