//! The attachment store: report files kept in the data folder, named by the
//! SHA-256 of their bytes.
//!
//! Owns how a file gets in (copied to a temporary file while hashing, synced,
//! then renamed into place) and out, and the sweep of temporary files left by
//! a crash. It never decides whether a file is still needed: the record store
//! does, and calls [`FileStore::remove_all`].

use crate::error::{Error, ErrorKind, Result};
use crate::media::{self, PdfFacts};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Prefix of temporary files inside the files folder.
const TMP_PREFIX: &str = ".incoming-";

/// Temporary files older than this are left-overs of a crash.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The folder of report files.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

/// A file that has been copied and hashed but not yet put in place.
#[derive(Debug)]
pub struct Staged {
    tmp: PathBuf,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Media type read from the first bytes.
    pub media_type: &'static str,
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
        })
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

    /// Copies `source` into a temporary file of the store while hashing it,
    /// refusing more than `limit` bytes. The error names `label`.
    pub fn stage(&self, label: &str, source: &mut dyn Read, limit: u64) -> Result<Staged> {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = self
            .dir
            .join(format!("{TMP_PREFIX}{}-{n}", std::process::id()));
        let result = (|| {
            let mut out = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
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
                        return Err(Error::new(
                            ErrorKind::BadFile,
                            format!("{label}: could not be read: {e}"),
                        ))
                    }
                };
                size += got as u64;
                if size > limit {
                    return Err(Error::new(
                        ErrorKind::BadFile,
                        format!("{label}: larger than the {} MB allowed", limit / 1_000_000),
                    ));
                }
                if head.len() < 1024 {
                    let take = (1024 - head.len()).min(got);
                    head.extend_from_slice(&buf[..take]);
                }
                hasher.update(&buf[..got]);
                out.write_all(&buf[..got]).map_err(|e| Error::io(&tmp, e))?;
            }
            out.sync_all().map_err(|e| Error::io(&tmp, e))?;
            Ok(Staged {
                tmp: tmp.clone(),
                sha256: hex::encode(hasher.finalize()),
                size,
                media_type: media::sniff(&head),
            })
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Puts a staged file in place (or drops it when the same bytes are
    /// already kept).
    pub fn commit(&self, staged: Staged) -> Result<PathBuf> {
        let dest = self.path_of(&staged.sha256);
        if dest.is_file() {
            let _ = fs::remove_file(&staged.tmp);
        } else {
            fs::rename(&staged.tmp, &dest).map_err(|e| Error::io(&dest, e))?;
            sync_dir(&self.dir);
        }
        Ok(dest)
    }

    /// Drops a staged file.
    pub fn discard(&self, staged: Staged) {
        let _ = fs::remove_file(&staged.tmp);
    }

    /// Copies a file from outside into the store. Empty files and folders are
    /// refused with a message naming the file.
    pub fn add_file(&self, path: &Path) -> Result<StoredFile> {
        let label = path.display().to_string();
        let meta = fs::metadata(path).map_err(|e| unreadable(&label, e))?;
        if meta.is_dir() {
            return Err(Error::new(
                ErrorKind::BadFile,
                format!("{label}: is a folder, not a file"),
            ));
        }
        if meta.len() == 0 {
            return Err(Error::new(
                ErrorKind::BadFile,
                format!("{label}: the file is empty"),
            ));
        }
        let mut file = File::open(path).map_err(|e| unreadable(&label, e))?;
        let staged = self.stage(&label, &mut file, u64::MAX)?;
        let (sha256, size, media_type) = (staged.sha256.clone(), staged.size, staged.media_type);
        let dest = self.commit(staged)?;
        let pdf = if media_type == media::PDF {
            media::pdf_facts(&dest)
        } else {
            PdfFacts::default()
        };
        Ok(StoredFile {
            sha256,
            size,
            media_type,
            pdf,
        })
    }

    /// Removes the files with these hashes (already unreferenced). A file that
    /// cannot be removed stays; `dossier check` reports it.
    pub fn remove_all(&self, shas: &[String]) {
        for sha in shas {
            let _ = fs::remove_file(self.path_of(sha));
        }
    }

    /// Hashes of every kept file.
    pub fn list(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))? {
            let entry = entry.map_err(|e| Error::io(&self.dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with(TMP_PREFIX) {
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    /// SHA-256 of a kept file as it is on disk now.
    pub fn hash_of(&self, sha256: &str) -> Result<String> {
        let path = self.path_of(sha256);
        let mut file = File::open(&path).map_err(|e| Error::io(&path, e))?;
        let mut hasher = Sha256::new();
        std::io::copy(&mut file, &mut HashWriter(&mut hasher)).map_err(|e| Error::io(&path, e))?;
        Ok(hex::encode(hasher.finalize()))
    }

    /// Removes temporary files left by a crash (older than an hour, so a copy
    /// under way in another process is left alone). Returns how many went.
    pub fn sweep_temporary(&self) -> Result<usize> {
        let mut removed = 0;
        let now = SystemTime::now();
        for entry in fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))? {
            let Ok(entry) = entry else { continue };
            if !entry.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
                continue;
            }
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .map(|t| now.duration_since(t).unwrap_or_default() >= STALE_AFTER)
                .unwrap_or(true);
            if stale && fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// A plain-words error for a file that cannot be read.
fn unreadable(label: &str, e: std::io::Error) -> Error {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => {
            "the file could not be found; it may have been moved or deleted".to_string()
        }
        std::io::ErrorKind::PermissionDenied => {
            "this computer does not allow the app to read the file".to_string()
        }
        _ => format!("the file could not be read ({e})"),
    };
    Error::new(ErrorKind::BadFile, format!("{label}: {why}"))
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
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
