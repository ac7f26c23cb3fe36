//! The portable archive: one dossier, its patient and all its report files
//! in a single `.dossier` file (a zip of `dossier.json` and `files/`).
//!
//! Owns the archive format (documented in `docs/archive-format.md`), export
//! (written to a temporary file and renamed into place) and import, which
//! checks everything before it writes anything (names, sizes against the
//! archive's own size and the free disk space, fields, hashes) and then puts
//! the files in place and writes the rows in one step, so a bad archive, or
//! a crash, leaves the store exactly as it was.

use crate::error::{quote, Error, ErrorKind, Result};
use crate::files::Staged;
use crate::model::*;
use crate::store::{insert_dossier, insert_items, insert_patient, now, Store};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

/// The value of `format` in `dossier.json`.
pub const FORMAT: &str = "second-opinion-dossier";
/// The version of the format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// How much an archive may unpack to; anything larger is refused as absurd.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest `dossier.json`.
    pub json: u64,
    /// The largest single report file.
    pub file: u64,
    /// The most that all entries together may unpack to.
    pub total: u64,
    /// The most entries.
    pub entries: usize,
    /// The report files together may unpack to at most this many times the
    /// archive's own size (plus `allowance`). They are stored as they are
    /// (already compressed PDFs and photos), so a real archive's reports
    /// unpack to less than its own size; only a deflate bomb goes further.
    /// (`dossier.json`, which only ever goes to memory and the database, is
    /// bounded by `json` alone: a long, repetitive record compresses well.)
    pub ratio: u64,
    /// Added to the ratio's bound, so that a small archive is never held to
    /// a few kilobytes.
    pub allowance: u64,
    /// Disk space that must stay free after the import.
    pub keep_free: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            json: 50 << 20,
            file: 4 << 30,
            total: 32 << 30,
            entries: 100_000,
            ratio: 20,
            allowance: 1 << 20,
            keep_free: 64 << 20,
        }
    }
}

impl Limits {
    /// The most the report files of an archive of `archive_size` bytes may
    /// unpack to.
    pub fn total_for(&self, archive_size: u64) -> u64 {
        archive_size
            .saturating_mul(self.ratio)
            .saturating_add(self.allowance)
            .min(self.total)
    }
}

/// A document as the archive lists it: the record plus the path of its file
/// inside the zip.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArchiveDocument {
    #[serde(flatten)]
    pub document: Document,
    /// Path inside the zip, `files/<sha256>`.
    pub file: String,
}

/// `dossier.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArchiveJson {
    pub format: String,
    pub format_version: u32,
    pub exported_at: String,
    pub patient: Patient,
    pub dossier: Dossier,
    #[serde(default, deserialize_with = "bounded")]
    pub diagnoses: Vec<Diagnosis>,
    #[serde(default, deserialize_with = "bounded")]
    pub treatments: Vec<Treatment>,
    #[serde(default, deserialize_with = "bounded")]
    pub medications: Vec<Medication>,
    #[serde(default, deserialize_with = "bounded")]
    pub allergies: Vec<Allergy>,
    #[serde(default, deserialize_with = "bounded")]
    pub clinicians: Vec<Clinician>,
    #[serde(default, deserialize_with = "bounded")]
    pub events: Vec<Event>,
    #[serde(default, deserialize_with = "bounded")]
    pub documents: Vec<ArchiveDocument>,
    #[serde(default, deserialize_with = "bounded")]
    pub questions: Vec<Question>,
    #[serde(default, deserialize_with = "bounded")]
    pub operations: Vec<Operation>,
    #[serde(default, deserialize_with = "bounded")]
    pub family_history: Vec<FamilyHistory>,
    /// Lab and other test results, as brought in from portal files.
    #[serde(default, deserialize_with = "bounded")]
    pub results: Vec<LabResult>,
    /// Health background (height, weight, smoking, implants, ...).
    #[serde(default)]
    pub background: Background,
    /// How the problem affects daily life.
    #[serde(default)]
    pub daily_life: DailyLife,
    /// The patient's marks on the what-to-bring checklist (item to
    /// `requested` or `not_applicable`).
    #[serde(default)]
    pub checklist_marks: BTreeMap<String, String>,
    /// The second opinion received, once recorded.
    #[serde(default)]
    pub opinion: Option<Opinion>,
}

/// What to do when the archive's patient (same name and date of birth)
/// already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExistingPatient {
    /// Refuse with [`ErrorKind::PatientExists`] (the default: never merge
    /// silently).
    #[default]
    Refuse,
    /// Create a new patient anyway.
    AsNew,
    /// Add the dossier to the existing patient, keeping their details.
    Attach,
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub patient_id: i64,
    pub dossier_id: i64,
    pub documents: usize,
}

/// What an export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub path: std::path::PathBuf,
    pub bytes: u64,
    pub documents: usize,
}

fn clear_ids<T: Item>(items: Vec<T>) -> Vec<T> {
    items
        .into_iter()
        .map(|i| {
            let mut v = serde_json::to_value(&i).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.remove("id");
            }
            serde_json::from_value(v).unwrap_or(i)
        })
        .collect()
}

/// Writes dossier `id` to `out` as a `.dossier` archive. The file appears
/// only when complete; an existing file of that name is replaced whole.
pub fn export_archive(store: &Store, id: i64, out: &Path) -> Result<Exported> {
    export_archive_sealed(store, id, out, None)
}

/// [`export_archive`], the whole file encrypted with `passphrase` when one
/// is given (an age file: nothing in it is readable without it).
pub fn export_archive_sealed(
    store: &Store,
    id: i64,
    out: &Path,
    passphrase: Option<&str>,
) -> Result<Exported> {
    if let Some(p) = passphrase {
        crate::vault::check_passphrase(p)?;
        crate::vault::check_spoken("passphrase", p)?;
    }
    let full = store.full_dossier(id)?;
    let mut patient = full.patient;
    patient.id = 0;
    let mut dossier = full.dossier;
    dossier.id = 0;
    dossier.patient_id = 0;
    let documents: Vec<ArchiveDocument> = clear_ids(full.documents)
        .into_iter()
        .map(|d| ArchiveDocument {
            file: format!("files/{}", d.sha256),
            document: d,
        })
        .collect();
    let json = ArchiveJson {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        exported_at: now(),
        patient,
        dossier,
        diagnoses: clear_ids(full.diagnoses),
        treatments: clear_ids(full.treatments),
        medications: clear_ids(full.medications),
        allergies: clear_ids(full.allergies),
        clinicians: clear_ids(full.clinicians),
        events: clear_ids(full.events),
        questions: clear_ids(full.questions),
        operations: clear_ids(full.operations),
        family_history: clear_ids(full.family_history),
        results: clear_ids(full.results),
        background: full.background,
        daily_life: full.daily_life,
        documents,
        checklist_marks: store.checklist_marks(id)?,
        opinion: store.opinion(id)?,
    };
    let body = serde_json::to_vec_pretty(&json).map_err(|e| Error::archive(e.to_string()))?;
    let count = json.documents.len();
    crate::write_atomically(out, |file| match passphrase {
        None => {
            let mut zip = zip::ZipWriter::new(BufWriter::new(file));
            write_entries(&mut zip, store, &json, &body, out)?;
            let mut inner = zip.finish().map_err(|e| zip_error(out, e))?;
            inner.flush().map_err(|e| Error::io(out, e))
        }
        Some(passphrase) => {
            let sealing = crate::vault::encrypt_with_passphrase(BufWriter::new(file), passphrase)
                .map_err(|e| Error::io(out, e))?;
            let mut zip = zip::ZipWriter::new_stream(sealing);
            write_entries(&mut zip, store, &json, &body, out)?;
            let sealing = zip.finish().map_err(|e| zip_error(out, e))?.into_inner();
            let mut inner = sealing.finish().map_err(|e| Error::io(out, e))?;
            inner.flush().map_err(|e| Error::io(out, e))
        }
    })?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(Exported {
        path: out.to_path_buf(),
        bytes,
        documents: count,
    })
}

fn zip_error(out: &Path, e: zip::result::ZipError) -> Error {
    Error::new(ErrorKind::Io, format!("{}: {e}", out.display()))
}

/// Writes the record and each report file once into `zip`.
fn write_entries<W: Write + Seek>(
    zip: &mut zip::ZipWriter<W>,
    store: &Store,
    json: &ArchiveJson,
    body: &[u8],
    out: &Path,
) -> Result<()> {
    let deflate = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .large_file(true);
    zip.start_file("dossier.json", deflate)
        .map_err(|e| zip_error(out, e))?;
    zip.write_all(body).map_err(|e| Error::io(out, e))?;
    let mut written = HashSet::new();
    for doc in &json.documents {
        if !written.insert(doc.file.clone()) {
            continue;
        }
        let src = store.files().path_of(&doc.document.sha256);
        let mut f = crate::files::open_kept(&src, store.files().keys()).map_err(|e| {
            Error::said(
                ErrorKind::Integrity,
                "error-archive-file-missing",
                &[
                    ("title", &format!("\"{}\"", doc.document.title)),
                    ("path", &src.display().to_string()),
                    ("reason", &e.to_string()),
                ],
            )
        })?;
        zip.start_file(doc.file.as_str(), stored)
            .map_err(|e| zip_error(out, e))?;
        std::io::copy(&mut f, zip).map_err(|e| Error::io(&src, e))?;
    }
    Ok(())
}

/// Checks an entry name: `dossier.json` or `files/NAME`, nothing else.
fn check_entry_name(raw: &[u8]) -> Result<String> {
    let name = std::str::from_utf8(raw).map_err(|_| {
        Error::said(
            ErrorKind::BadArchive,
            "error-archive-entry-name-not-text",
            &[],
        )
    })?;
    let bad = |key| Err(said_entry(key, name, &[]));
    if name.starts_with('/') || name.starts_with('\\') || name.contains(':') {
        return bad("error-archive-entry-absolute");
    }
    if name.contains('\\') {
        return bad("error-archive-entry-backslash");
    }
    if name.split('/').any(|part| part == ".." || part == ".") {
        return bad("error-archive-entry-dots");
    }
    if name == "dossier.json" || name == "files/" {
        return Ok(name.to_string());
    }
    match name.strip_prefix("files/") {
        Some(rest) if !rest.is_empty() && !rest.contains('/') => Ok(name.to_string()),
        _ => bad("error-archive-entry-not-allowed"),
    }
}

/// An archive error of the catalogue naming the entry `name` as `$entry`.
fn said_entry(key: &'static str, name: &str, args: &[(&'static str, &str)]) -> Error {
    let quoted = quote(name);
    let mut all = vec![("entry", quoted.as_str())];
    all.extend_from_slice(args);
    Error::said(ErrorKind::BadArchive, key, &all)
}

/// An archive error about `dossier.json`, the error `inner` saying what
/// is wrong.
fn about_record(key: &'static str, args: &[(&'static str, &str)], inner: &Error) -> Error {
    Error::said(ErrorKind::BadArchive, key, args).with_error("reason", inner)
}

fn named<T>(field: String, r: Result<T>) -> Result<T> {
    r.map_err(|e| {
        let inner = e.field.clone().map(|f| format!("{field}.{f}"));
        let err = about_record("error-archive-record-field", &[("field", &field)], &e);
        err.with_field(inner.unwrap_or(field))
    })
}

fn check_items<T: Item>(items: &mut [T]) -> Result<()> {
    for (i, item) in items.iter_mut().enumerate() {
        named(format!("{}[{i}]", T::SECTION), item.validate())?;
    }
    Ok(())
}

/// Something an archive is read from: the file, or its decrypted bytes.
pub trait Source: Read + Seek {}
impl<T: Read + Seek> Source for T {}

/// An open archive.
type Zip = zip::ZipArchive<Box<dyn Source>>;

/// A checked archive: its record, the open zip, and entry indexes by name.
type Checked = (ArchiveJson, Zip, HashMap<String, usize>);

/// Opens an archive file, decrypting it with `passphrase` when it is
/// encrypted; returns its reader and its size on disk.
fn open_source(path: &Path, passphrase: Option<&str>) -> Result<(Box<dyn Source>, u64)> {
    let label = path.display().to_string();
    let mut file = File::open(path).map_err(|e| {
        Error::said(
            ErrorKind::BadFile,
            "error-archive-cannot-open",
            &[("file", &label), ("reason", &e.to_string())],
        )
    })?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if !is_encrypted_file(&mut file).map_err(|e| Error::io(path, e))? {
        return Ok((Box::new(BufReader::new(file)), size));
    }
    let Some(passphrase) = passphrase else {
        return Err(Error::said(
            ErrorKind::Locked,
            "error-archive-protected",
            &[("file", &label), ("env", crate::vault::PASSPHRASE_ENV)],
        )
        .with_field("passphrase"));
    };
    let reader = crate::vault::decrypt_with_passphrase(BufReader::new(file), passphrase, &label)?;
    Ok((Box::new(BufReader::new(reader)), size))
}

/// Whether the file is an encrypted `.dossier` (the reading position is
/// put back at the start).
pub fn is_encrypted_file(file: &mut File) -> std::io::Result<bool> {
    let mut head = [0u8; 32];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..])? {
            0 => break,
            n => got += n,
        }
    }
    file.seek(std::io::SeekFrom::Start(0))?;
    Ok(crate::vault::is_encrypted(&head[..got]))
}

/// Reads and checks an archive fully, without writing anything.
fn read_checked(path: &Path, passphrase: Option<&str>, limits: &Limits) -> Result<Checked> {
    let label = path.display().to_string();
    let (source, archive_size) = open_source(path, passphrase)?;
    let mut zip = zip::ZipArchive::new(source).map_err(|e| {
        // An encrypted file that opened with its passphrase is a dossier
        // file: one its zip cannot be read from was cut short or damaged.
        let encrypted = File::open(path)
            .and_then(|mut f| is_encrypted_file(&mut f))
            .unwrap_or(false);
        if encrypted {
            return crate::vault::damaged_file(&label);
        }
        Error::said(
            ErrorKind::BadArchive,
            "error-archive-not-zip",
            &[("file", &label), ("reason", &e.to_string())],
        )
    })?;
    if zip.len() > limits.entries {
        return Err(Error::said(
            ErrorKind::BadArchive,
            "error-archive-too-many-entries",
            &[
                ("file", &label),
                ("count", &zip.len().to_string()),
                ("max", &limits.entries.to_string()),
            ],
        ));
    }
    if zip.has_duplicate_names() {
        return Err(Error::said(
            ErrorKind::BadArchive,
            "error-archive-duplicate-names",
            &[("file", &label)],
        ));
    }
    let entries = check_entries(&mut zip, limits.total_for(archive_size), limits)?;
    let json = read_json(&mut zip, &entries, limits, &label)?;
    Ok((json, zip, entries))
}

/// Checks every entry's name, kind and declared size; returns the entries
/// by name.
fn check_entries(zip: &mut Zip, bound: u64, limits: &Limits) -> Result<HashMap<String, usize>> {
    let mut entries = HashMap::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let raw = zip.by_index_raw(i).map_err(|e| {
            Error::said(
                ErrorKind::BadArchive,
                "error-archive-entry-damaged",
                &[("index", &i.to_string()), ("reason", &e.to_string())],
            )
        })?;
        let name = check_entry_name(raw.name_raw())?;
        if raw.is_symlink() {
            return Err(said_entry("error-archive-entry-link", &name, &[]));
        }
        if raw.is_dir() {
            if name != "files/" {
                return Err(said_entry("error-archive-entry-folder", &name, &[]));
            }
            continue;
        }
        if raw.encrypted() {
            return Err(said_entry("error-archive-entry-encrypted", &name, &[]));
        }
        let most = if name == "dossier.json" {
            limits.json
        } else {
            limits.file
        };
        if raw.size() > most {
            return Err(said_entry(
                "error-archive-entry-too-large",
                &name,
                &[("size", &raw.size().to_string())],
            ));
        }
        if name != "dossier.json" {
            total = total.saturating_add(raw.size());
        }
        if total > bound {
            return Err(said_entry(
                "error-archive-bomb",
                &name,
                &[("size", &(bound >> 20).to_string())],
            ));
        }
        if entries.insert(name.clone(), i).is_some() {
            return Err(said_entry("error-archive-entry-twice", &name, &[]));
        }
    }
    Ok(entries)
}

/// The two fields read before the rest, to refuse another format or a
/// newer version with a plain message.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

fn check_header(body: &[u8]) -> Result<()> {
    let header: Header = serde_json::from_slice(body).map_err(|e| {
        Error::said(
            ErrorKind::BadArchive,
            "error-archive-record-invalid",
            &[("reason", &e.to_string())],
        )
    })?;
    let expected = format!("\"{FORMAT}\"");
    match header.format.as_ref().and_then(|v| v.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(Error::said(
                ErrorKind::BadArchive,
                "error-archive-format-wrong",
                &[("format", &quote(other)), ("expected", &expected)],
            )
            .with_field("format"))
        }
        None => {
            return Err(Error::said(
                ErrorKind::BadArchive,
                "error-archive-format-missing",
                &[("expected", &expected)],
            )
            .with_field("format"))
        }
    }
    let reads = FORMAT_VERSION.to_string();
    match header.format_version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if v == FORMAT_VERSION as u64 => Ok(()),
        Some(v) if v > FORMAT_VERSION as u64 => Err(Error::said(
            ErrorKind::BadArchive,
            "error-archive-newer",
            &[("version", &v.to_string()), ("reads", &reads)],
        )
        .with_field("format_version")),
        _ => Err(Error::said(
            ErrorKind::BadArchive,
            "error-archive-version-missing",
            &[("reads", &reads)],
        )
        .with_field("format_version")),
    }
}

/// Reads the record straight into its types (never into a generic JSON
/// tree, which would take many times the memory of a hostile file).
fn parse_record(body: &[u8]) -> Result<ArchiveJson> {
    let mut de = serde_json::Deserializer::from_slice(body);
    ITEMS_LEFT.set(MAX_ITEMS);
    let json = serde_path_to_error::deserialize::<_, ArchiveJson>(&mut de);
    ITEMS_LEFT.set(usize::MAX);
    let json = json.map_err(|e| {
        Error::archive(format!("dossier.json: {}: {}", e.path(), e.inner()))
            .with_field(e.path().to_string())
    })?;
    de.end().map_err(|e| {
        Error::said(
            ErrorKind::BadArchive,
            "error-archive-not-json",
            &[("reason", &e.to_string())],
        )
    })?;
    Ok(json)
}

/// The most items the lists of `dossier.json` may hold together (a real
/// dossier has tens; this bounds the memory and time a hostile file can
/// take).
pub const MAX_ITEMS: usize = 500_000;

thread_local! {
    /// How many more list items the record being read may hold.
    static ITEMS_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(usize::MAX) };
}

/// Reads a list, counting its items against [`MAX_ITEMS`].
fn bounded<'de, D, T>(d: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Bounded<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Bounded<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a list")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element()? {
                let left = ITEMS_LEFT.get();
                if left == 0 {
                    return Err(serde::de::Error::custom(format!(
                        "more than the {MAX_ITEMS} items allowed in all lists together"
                    )));
                }
                ITEMS_LEFT.set(left - 1);
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(Bounded(std::marker::PhantomData))
}

/// Reads and checks `dossier.json`.
fn read_json(
    zip: &mut Zip,
    entries: &HashMap<String, usize>,
    limits: &Limits,
    label: &str,
) -> Result<ArchiveJson> {
    let json_index = *entries.get("dossier.json").ok_or_else(|| {
        Error::said(
            ErrorKind::BadArchive,
            "error-archive-no-record",
            &[("file", label)],
        )
    })?;
    let mut body = Vec::new();
    zip.by_index(json_index)
        .map_err(|e| Error::archive(format!("dossier.json: {e}")))?
        .take(limits.json + 1)
        .read_to_end(&mut body)
        .map_err(|e| {
            Error::said(
                ErrorKind::BadArchive,
                "error-archive-record-unpack",
                &[("reason", &e.to_string())],
            )
        })?;
    if body.len() as u64 > limits.json {
        return Err(Error::said(
            ErrorKind::BadArchive,
            "error-archive-record-too-large",
            &[],
        ));
    }
    check_header(&body)?;
    let mut json = parse_record(&body)?;
    named("patient".into(), json.patient.validate())?;
    named("dossier".into(), json.dossier.validate())?;
    check_items(&mut json.diagnoses)?;
    check_items(&mut json.treatments)?;
    check_items(&mut json.medications)?;
    check_items(&mut json.allergies)?;
    check_items(&mut json.clinicians)?;
    check_items(&mut json.events)?;
    check_items(&mut json.questions)?;
    check_items(&mut json.operations)?;
    check_items(&mut json.family_history)?;
    check_items(&mut json.results)?;
    named("background".into(), json.background.validate())?;
    named("daily_life".into(), json.daily_life.validate())?;
    if let Some(o) = json.opinion.as_mut() {
        named("opinion".into(), o.validate())?;
    }
    crate::guidance::check_marks(&json.checklist_marks)
        .map_err(|e| about_record("error-archive-record", &[], &e).with_field("checklist_marks"))?;
    let mut seen = HashSet::new();
    for (i, doc) in json.documents.iter_mut().enumerate() {
        let field = format!("documents[{i}]");
        named(field.clone(), doc.document.validate())?;
        let sha = &doc.document.sha256;
        if !crate::files::is_sha256(sha) {
            return Err(Error::said(
                ErrorKind::BadArchive,
                "error-archive-not-sha256",
                &[("field", &field)],
            )
            .with_field(format!("{field}.sha256")));
        }
        doc.document.sha256 = sha.to_ascii_lowercase();
        check_entry_name(doc.file.as_bytes()).map_err(|e| {
            about_record("error-archive-record-file", &[("field", &field)], &e)
                .with_field(format!("{field}.file"))
        })?;
        if !doc.file.starts_with("files/") || !entries.contains_key(&doc.file) {
            return Err(Error::said(
                ErrorKind::BadArchive,
                "error-archive-file-absent",
                &[("field", &field), ("file", &quote(&doc.file))],
            )
            .with_field(format!("{field}.file")));
        }
        if !seen.insert(doc.document.sha256.clone()) {
            return Err(Error::said(
                ErrorKind::BadArchive,
                "error-archive-same-file",
                &[("field", &field)],
            )
            .with_field(field));
        }
    }
    Ok(json)
}

/// Imports a `.dossier` archive. Everything is checked first (format,
/// fields, paths, sizes, hashes); then files are put in place and rows
/// written in one transaction. On any failure the store is as it was.
pub fn import_archive(
    store: &mut Store,
    path: &Path,
    existing: ExistingPatient,
) -> Result<Imported> {
    import_archive_with(store, path, existing, &Limits::default())
}

/// [`import_archive`] of a file that may be encrypted: `passphrase` opens
/// it. Without one, an encrypted file is refused with [`ErrorKind::Locked`];
/// with a wrong one, [`ErrorKind::WrongPassphrase`]. Either way nothing is
/// written.
pub fn import_sealed_archive(
    store: &mut Store,
    path: &Path,
    existing: ExistingPatient,
    passphrase: Option<&str>,
) -> Result<Imported> {
    import(store, path, existing, passphrase, &Limits::default())
}

/// [`import_archive`] with explicit size limits.
pub fn import_archive_with(
    store: &mut Store,
    path: &Path,
    existing: ExistingPatient,
    limits: &Limits,
) -> Result<Imported> {
    import(store, path, existing, None, limits)
}

fn import(
    store: &mut Store,
    path: &Path,
    existing: ExistingPatient,
    passphrase: Option<&str>,
    limits: &Limits,
) -> Result<Imported> {
    let (json, mut zip, entries) = read_checked(path, passphrase, limits)?;
    let found = store.find_patient(
        &json.patient.full_name,
        json.patient.date_of_birth.as_deref(),
    )?;
    if found.is_some() && existing == ExistingPatient::Refuse {
        return Err(Error::said(
            ErrorKind::PatientExists,
            "error-patient-exists",
            &[
                ("file", &path.display().to_string()),
                ("name", &quote(&json.patient.full_name)),
            ],
        ));
    }
    check_free_space(store, &json, &mut zip, &entries, limits)?;
    let staged = unpack(store, &json, &mut zip, &entries, path, limits)?;
    // What a report is comes from its bytes, never from what the archive
    // says (a sender could call a program a PDF).
    let mut json = json;
    for (doc, s) in json.documents.iter_mut().zip(&staged) {
        doc.document.media_type = s.media_type.to_string();
        doc.document.size = s.size as i64;
    }
    let (patient_id, dossier_id) = store.with_files(|tx, journal| {
        let patient_id = match (found, existing) {
            (Some(id), ExistingPatient::Attach) => id,
            _ => insert_patient(tx, &json.patient)?,
        };
        let dossier_id = write_rows(tx, patient_id, &json)?;
        for s in staged {
            journal.note(&s.sha256)?;
            store.files().place(s)?;
        }
        Ok((patient_id, dossier_id))
    })?;
    Ok(Imported {
        patient_id,
        dossier_id,
        documents: json.documents.len(),
    })
}

/// Refuses an archive whose new files would not fit on the disk (keeping
/// [`Limits::keep_free`] free), naming the first entry that would not fit.
fn check_free_space(
    store: &Store,
    json: &ArchiveJson,
    zip: &mut Zip,
    entries: &HashMap<String, usize>,
    limits: &Limits,
) -> Result<()> {
    let dir = store.files().dir();
    let free = fs4::available_space(dir).map_err(|e| Error::io(dir, e))?;
    let mut needed = limits.keep_free;
    for doc in &json.documents {
        if store.files().contains(&doc.document.sha256) {
            continue;
        }
        let size = zip
            .by_index_raw(entries[&doc.file])
            .map(|e| e.size())
            .unwrap_or(0);
        needed = needed.saturating_add(size);
        if needed > free {
            let mut e = said_entry(
                "error-archive-no-space",
                &doc.file,
                &[
                    ("free", &(free >> 20).to_string()),
                    ("keep", &(limits.keep_free >> 20).to_string()),
                ],
            );
            e.kind = ErrorKind::Io;
            return Err(e);
        }
    }
    Ok(())
}

/// Unpacks and hashes every report file into temporary files of the store
/// (removed again if anything fails), never writing more than the entry
/// declares nor than the archive may unpack to.
fn unpack(
    store: &Store,
    json: &ArchiveJson,
    zip: &mut Zip,
    entries: &HashMap<String, usize>,
    path: &Path,
    limits: &Limits,
) -> Result<Vec<Staged>> {
    let archive_size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let mut budget = limits.total_for(archive_size);
    let mut staged = Vec::with_capacity(json.documents.len());
    for doc in &json.documents {
        let mut reader = zip.by_index(entries[&doc.file]).map_err(|e| {
            said_entry(
                "error-archive-entry-unreadable",
                &doc.file,
                &[("reason", &e.to_string())],
            )
        })?;
        let limit = reader.size().min(limits.file).min(budget);
        let s = store
            .files()
            .stage(crate::files::Label::Entry(&doc.file), &mut reader, limit)
            .map_err(|mut e| {
                e.kind = ErrorKind::BadArchive;
                e.field = None;
                e
            })?;
        if s.sha256 != doc.document.sha256 {
            return Err(said_entry("error-archive-hash-mismatch", &doc.file, &[]));
        }
        budget -= s.size.min(budget);
        staged.push(s);
    }
    Ok(staged)
}

/// Writes the dossier's rows for patient `patient_id`; returns the dossier's
/// ID.
fn write_rows(tx: &rusqlite::Connection, patient_id: i64, json: &ArchiveJson) -> Result<i64> {
    let dossier_id = insert_dossier(tx, patient_id, &json.dossier)?;
    insert_items(tx, dossier_id, &json.diagnoses)?;
    insert_items(tx, dossier_id, &json.treatments)?;
    insert_items(tx, dossier_id, &json.medications)?;
    insert_items(tx, dossier_id, &json.allergies)?;
    insert_items(tx, dossier_id, &json.clinicians)?;
    insert_items(tx, dossier_id, &json.events)?;
    insert_items(tx, dossier_id, &json.questions)?;
    insert_items(tx, dossier_id, &json.operations)?;
    insert_items(tx, dossier_id, &json.family_history)?;
    insert_items(tx, dossier_id, &json.results)?;
    crate::store::save_answers(tx, dossier_id, &json.background)?;
    crate::store::save_answers(tx, dossier_id, &json.daily_life)?;
    let documents: Vec<Document> = json.documents.iter().map(|d| d.document.clone()).collect();
    insert_items(tx, dossier_id, &documents)?;
    if let Some(o) = &json.opinion {
        crate::store::save_opinion(tx, dossier_id, o)?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO checklist_marks (dossier_id, item, mark) VALUES (?1, ?2, ?3)",
    )?;
    for (item, mark) in &json.checklist_marks {
        stmt.execute(rusqlite::params![dossier_id, item, mark])?;
    }
    Ok(dossier_id)
}
