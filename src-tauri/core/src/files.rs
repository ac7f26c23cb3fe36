//! The attachment store: report files kept in the data folder, named by the
//! SHA-256 of their bytes.
//!
//! Owns how a file gets in (copied to a temporary file while hashing, synced,
//! then renamed into place) and out, the folder lock that orders those
//! changes across processes, the journals that let a crash cut short be
//! finished at the next start, and the sweep of temporary files left by a
//! crash. It never decides whether a file is still needed: the record store
//! does, and calls [`FileStore::remove_all`].
//!
//! In a protected record every kept file (and every temporary file on its
//! way in) is encrypted to the record's keys ([`crate::vault`]); its name is
//! still the SHA-256 of the plain bytes. Whoever reads a kept file goes
//! through [`FileStore::open_plain`] or [`read_kept`].

use crate::error::{quote, Error, ErrorKind, Result};
use crate::media::{self, PdfFacts};
use crate::tempfiles;
use crate::vault::Keys;
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Prefix of temporary files inside the files folder.
const TMP_PREFIX: &str = ".incoming-";

/// Prefix of the journals that list files being put in place or removed.
const JOURNAL_PREFIX: &str = ".journal-";

/// The lock file that orders every change to the set of kept files.
const FOLDER_LOCK: &str = ".lock";

/// The folder of report files.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
    /// The record's keys when it is protected.
    keys: Option<Keys>,
}

/// A file that has been copied and hashed but not yet put in place. Its
/// temporary file is removed when it is dropped.
#[derive(Debug)]
pub struct Staged {
    tmp: NamedTempFile,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Media type read from the first bytes.
    pub media_type: &'static str,
}

impl Staged {
    /// Where the bytes are until they are put in place.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }
}

/// The exclusive right to put files in place and remove them, across
/// processes; released when dropped.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

/// A journal of the files one change may put in place or leave unused,
/// written (and synced) before the change. After the change, the files it
/// lists that no row uses are removed and [`Journal::finish`] removes it; a
/// journal found at start-up (also one dropped unfinished, by a panic) is
/// the mark of a change cut short.
#[derive(Debug)]
pub struct Journal {
    dir: PathBuf,
    file: Option<(File, PathBuf)>,
    shas: Vec<String>,
}

impl Journal {
    /// Records `sha256` before its file is put in place or released.
    pub fn note(&mut self, sha256: &str) -> Result<()> {
        self.note_all(&[sha256.to_string()])
    }

    /// Records several hashes at once (synced once).
    pub fn note_all(&mut self, shas: &[String]) -> Result<()> {
        if shas.is_empty() {
            return Ok(());
        }
        let first = self.file.is_none();
        let (file, path) = match self.file.as_mut() {
            Some(open) => open,
            None => {
                let tmp = tempfiles::create(&self.dir, JOURNAL_PREFIX)?;
                let kept = tmp.keep().map_err(|e| Error::io(&self.dir, e.error))?;
                self.file.insert(kept)
            }
        };
        let text: String = shas.iter().map(|s| format!("{s}\n")).collect();
        file.write_all(text.as_bytes())
            .and_then(|_| file.sync_all())
            .map_err(|e| Error::io(path, e))?;
        if first {
            sync_dir(&self.dir);
        }
        self.shas.extend_from_slice(shas);
        Ok(())
    }

    /// Removes the journal: the change it lists is done.
    pub fn finish(self) {
        if let Some((file, path)) = self.file {
            drop(file);
            let _ = fs::remove_file(path);
        }
    }

    /// The hashes noted so far.
    pub fn shas(&self) -> &[String] {
        &self.shas
    }
}

/// A journal left by a change that did not finish.
#[derive(Debug)]
pub struct Abandoned {
    pub path: PathBuf,
    pub shas: Vec<String>,
}

/// How the errors of [`FileStore::stage`] name what is copied.
#[derive(Debug, Clone, Copy)]
pub enum Label<'a> {
    /// A file, by its path.
    File(&'a str),
    /// An entry of a dossier file (`files/<sha256>`), by its name.
    Entry(&'a str),
}

impl Label<'_> {
    /// The catalogue's error `key`, its `$file` naming this.
    fn said(self, key: &'static str, args: &[(&'static str, &str)]) -> Error {
        match self {
            Label::File(path) => {
                let mut all = vec![("file", path)];
                all.extend_from_slice(args);
                Error::said(ErrorKind::BadFile, key, &all)
            }
            Label::Entry(name) => {
                let entry = Error::said(
                    ErrorKind::BadArchive,
                    "error-archive-entry",
                    &[("entry", &quote(name))],
                );
                Error::said(ErrorKind::BadFile, key, args).with_error("file", &entry)
            }
        }
    }
}

/// A file now kept in the store.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub sha256: String,
    pub size: u64,
    pub media_type: &'static str,
    /// For PDFs: page count, title and date as far as they could be read.
    pub pdf: PdfFacts,
}

impl FileStore {
    /// Opens (creating) the folder.
    pub fn open(dir: &Path) -> Result<FileStore> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(FileStore {
            dir: dir.to_path_buf(),
            keys: None,
        })
    }

    /// The same folder, its files encrypted to `keys`.
    pub fn with_keys(mut self, keys: Option<Keys>) -> FileStore {
        self.keys = keys;
        self
    }

    /// The record's keys, when it is protected.
    pub fn keys(&self) -> Option<&Keys> {
        self.keys.as_ref()
    }

    /// The plain bytes of a kept file, read as they are needed.
    pub fn open_plain(&self, sha256: &str) -> Result<Box<dyn Read + Send>> {
        let path = self.path_of(sha256);
        open_kept(&path, self.keys.as_ref()).map_err(|e| Error::io(&path, e))
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the file with this hash is kept.
    pub fn path_of(&self, sha256: &str) -> PathBuf {
        self.dir.join(sha256)
    }

    /// Whether the file with this hash is present.
    pub fn contains(&self, sha256: &str) -> bool {
        self.path_of(sha256).is_file()
    }

    /// Waits for, then takes, the right to put files in place or remove
    /// them. Held by one process at a time.
    pub fn lock_folder(&self) -> Result<FolderLock> {
        let path = self.dir.join(FOLDER_LOCK);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        file.lock().map_err(|e| Error::io(&path, e))?;
        Ok(FolderLock { _file: file })
    }

    /// A new, empty journal (nothing is written until a hash is noted).
    /// Only to be used while holding [`FileStore::lock_folder`].
    pub fn journal(&self) -> Journal {
        Journal {
            dir: self.dir.clone(),
            file: None,
            shas: Vec::new(),
        }
    }

    /// The journals left by changes a crash cut short. Only meaningful
    /// while holding [`FileStore::lock_folder`]: every journal is then
    /// abandoned.
    pub fn abandoned_journals(&self) -> Vec<Abandoned> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter(|e| tempfiles::is_ours(&e.file_name().to_string_lossy(), JOURNAL_PREFIX))
            .map(|e| Abandoned {
                shas: fs::read_to_string(e.path())
                    .unwrap_or_default()
                    .lines()
                    .filter(|l| is_sha256(l))
                    .map(str::to_string)
                    .collect(),
                path: e.path(),
            })
            .collect()
    }

    /// Copies `source` into a temporary file of the store while hashing it,
    /// refusing more than `limit` bytes. The error names `label`.
    pub fn stage(&self, label: Label, source: &mut dyn Read, limit: u64) -> Result<Staged> {
        let tmp = tempfiles::create(&self.dir, TMP_PREFIX)?;
        let path = tmp.path().to_path_buf();
        let file: &File = tmp.as_file();
        let mut out = KeptWriter::new(file, self.keys.as_ref()).map_err(|e| Error::io(&path, e))?;
        let mut hasher = Sha256::new();
        let mut head = Vec::with_capacity(1024);
        let mut buf = vec![0u8; 256 * 1024];
        let mut size: u64 = 0;
        loop {
            let got = match source.read(&mut buf) {
                Ok(0) => break,
                Ok(got) => got,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(label.said("error-file-read-failed", &[("reason", &e.to_string())]))
                }
            };
            size += got as u64;
            if size > limit {
                return Err(too_large(label, limit));
            }
            if head.len() < 1024 {
                let take = (1024 - head.len()).min(got);
                head.extend_from_slice(&buf[..take]);
            }
            hasher.update(&buf[..got]);
            out.write_all(&buf[..got])
                .map_err(|e| Error::io(&path, e))?;
        }
        out.finish().map_err(|e| Error::io(&path, e))?;
        file.sync_all().map_err(|e| Error::io(&path, e))?;
        Ok(Staged {
            tmp,
            sha256: hex::encode(hasher.finalize()),
            size,
            media_type: media::sniff(&head),
        })
    }

    /// Puts a staged file in place (or drops it when the same bytes are
    /// already kept). Returns whether the file is new. Only to be used while
    /// holding [`FileStore::lock_folder`], with the hash noted in a journal.
    pub fn place(&self, staged: Staged) -> Result<bool> {
        let dest = self.path_of(&staged.sha256);
        if dest.is_file() {
            return Ok(false);
        }
        staged
            .tmp
            .persist(&dest)
            .map_err(|e| Error::io(&dest, e.error))?;
        sync_dir(&self.dir);
        Ok(true)
    }

    /// Copies a file from outside into a temporary file of the store, with
    /// what could be read from it. Empty files and folders are refused with
    /// a message naming the file.
    pub fn stage_file(&self, path: &Path) -> Result<(Staged, StoredFile)> {
        let label = path.display().to_string();
        let meta = fs::metadata(path).map_err(|e| unreadable(&label, e))?;
        if meta.is_dir() {
            return Err(Error::said(
                ErrorKind::BadFile,
                "error-file-is-folder",
                &[("file", &label)],
            ));
        }
        if meta.len() == 0 {
            return Err(Error::said(
                ErrorKind::BadFile,
                "error-file-empty",
                &[("file", &label)],
            ));
        }
        let mut file = File::open(path).map_err(|e| unreadable(&label, e))?;
        let staged = self.stage(Label::File(&label), &mut file, u64::MAX)?;
        let pdf = if staged.media_type == media::PDF {
            // Read through the handle that holds the lock (on some systems
            // another handle could not read a locked file).
            let mut held = staged.tmp.as_file();
            held.seek(std::io::SeekFrom::Start(0))
                .map_err(|e| Error::io(staged.path(), e))?;
            match &self.keys {
                Some(keys) => keys
                    .decrypt(held)
                    .map(|r| media::pdf_facts_from(std::io::BufReader::new(r)))
                    .unwrap_or_default(),
                None => media::pdf_facts_from(std::io::BufReader::new(held)),
            }
        } else {
            PdfFacts::default()
        };
        let facts = StoredFile {
            sha256: staged.sha256.clone(),
            size: staged.size,
            media_type: staged.media_type,
            pdf,
        };
        Ok((staged, facts))
    }

    /// Removes the files with these hashes (already unreferenced). A file that
    /// cannot be removed stays; `dossier check` reports it.
    pub fn remove_all(&self, shas: &[String]) {
        for sha in shas {
            let _ = fs::remove_file(self.path_of(sha));
        }
        if !shas.is_empty() {
            sync_dir(&self.dir);
        }
    }

    /// Hashes of every kept file (the folder's names not starting with a dot).
    pub fn list(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))? {
            let entry = entry.map_err(|e| Error::io(&self.dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') {
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    /// SHA-256 of a kept file as it is on disk now.
    pub fn hash_of(&self, sha256: &str) -> Result<String> {
        let path = self.path_of(sha256);
        let mut file = open_kept(&path, self.keys.as_ref()).map_err(|e| Error::io(&path, e))?;
        let mut hasher = Sha256::new();
        std::io::copy(&mut file, &mut HashWriter(&mut hasher)).map_err(|e| Error::io(&path, e))?;
        Ok(hex::encode(hasher.finalize()))
    }

    /// Removes temporary files left by a crash: those no live process holds
    /// (a copy under way in another process is left alone, however old).
    /// Returns how many went.
    pub fn sweep_temporary(&self) -> usize {
        tempfiles::sweep(&self.dir, |name| {
            tempfiles::is_ours(name, TMP_PREFIX) || is_legacy_temporary(name)
        })
    }
}

/// A writer of a kept file's bytes: encrypted to the record's keys when it
/// is protected, as they are otherwise. Call [`KeptWriter::finish`].
pub(crate) enum KeptWriter<'a> {
    Plain(&'a File),
    Sealed(age::stream::StreamWriter<&'a File>),
}

impl<'a> KeptWriter<'a> {
    pub(crate) fn new(file: &'a File, keys: Option<&Keys>) -> std::io::Result<KeptWriter<'a>> {
        Ok(match keys {
            Some(keys) => KeptWriter::Sealed(keys.encrypt(file)?),
            None => KeptWriter::Plain(file),
        })
    }

    /// Writes what is left (for an encrypted file, its last chunk).
    pub(crate) fn finish(self) -> std::io::Result<()> {
        match self {
            KeptWriter::Plain(mut f) => f.flush(),
            KeptWriter::Sealed(w) => w.finish().map(|_| ()),
        }
    }
}

impl Write for KeptWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            KeptWriter::Plain(f) => f.write(buf),
            KeptWriter::Sealed(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            KeptWriter::Plain(f) => f.flush(),
            KeptWriter::Sealed(w) => w.flush(),
        }
    }
}

/// Opens a kept file at `path` for reading its plain bytes, decrypting
/// them when `keys` are given.
pub fn open_kept(path: &Path, keys: Option<&Keys>) -> std::io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    Ok(match keys {
        Some(keys) => Box::new(keys.decrypt(std::io::BufReader::new(file))?),
        None => Box::new(file),
    })
}

/// The plain bytes of a kept file at `path`.
pub fn read_kept(path: &Path, keys: Option<&Keys>) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    open_kept(path, keys)?.read_to_end(&mut out)?;
    Ok(out)
}

/// The error for more than `limit` bytes, the limit in words: "12 MB", or
/// "900 bytes" below a megabyte.
fn too_large(label: Label, limit: u64) -> Error {
    if limit >= 1_000_000 {
        let size = (limit / 1_000_000).to_string();
        label.said("error-file-too-large-mb", &[("size", &size)])
    } else {
        label.said(
            "error-file-too-large-bytes",
            &[("size", &limit.to_string())],
        )
    }
}

/// Whether `name` is a temporary file of an earlier version
/// (`.incoming-<process>-<number>`).
fn is_legacy_temporary(name: &str) -> bool {
    name.strip_prefix(TMP_PREFIX)
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(pid, n)| {
            [pid, n]
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether `text` looks like a SHA-256 in hex.
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A plain-words error for a file that cannot be read.
fn unreadable(label: &str, e: std::io::Error) -> Error {
    let file = ("file", label);
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::said(ErrorKind::BadFile, "error-file-not-found", &[file])
        }
        std::io::ErrorKind::PermissionDenied => {
            Error::said(ErrorKind::BadFile, "error-file-not-allowed", &[file])
        }
        _ => Error::said(
            ErrorKind::BadFile,
            "error-file-unreadable",
            &[file, ("reason", &e.to_string())],
        ),
    }
}

struct HashWriter<'a>(&'a mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Makes a rename durable (where the platform allows syncing a folder).
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
