//! The portable archive: one dossier, its patient and all its report files
//! in a single `.dossier` file (a zip of `dossier.json` and `files/`).
//!
//! Owns the archive format (documented in `docs/archive-format.md`), export
//! (written to a temporary file and renamed into place) and import, which
//! checks everything before it writes anything and applies the rows in one
//! transaction, so a bad archive leaves the store exactly as it was.

use crate::error::{Error, ErrorKind, Result};
use crate::files::Staged;
use crate::model::*;
use crate::store::{insert_dossier, insert_item, insert_patient, now, Store};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            json: 50 << 20,
            file: 4 << 30,
            total: 32 << 30,
            entries: 100_000,
        }
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
    #[serde(default)]
    pub diagnoses: Vec<Diagnosis>,
    #[serde(default)]
    pub treatments: Vec<Treatment>,
    #[serde(default)]
    pub medications: Vec<Medication>,
    #[serde(default)]
    pub allergies: Vec<Allergy>,
    #[serde(default)]
    pub clinicians: Vec<Clinician>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub documents: Vec<ArchiveDocument>,
    #[serde(default)]
    pub questions: Vec<Question>,
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
        documents,
        checklist_marks: store.checklist_marks(id)?,
        opinion: store.opinion(id)?,
    };
    let body = serde_json::to_vec_pretty(&json).map_err(|e| Error::archive(e.to_string()))?;
    let count = json.documents.len();
    crate::write_atomically(out, |file| {
        let mut zip = zip::ZipWriter::new(BufWriter::new(file));
        let deflate = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(true);
        let stored = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .large_file(true);
        let zerr =
            |e: zip::result::ZipError| Error::new(ErrorKind::Io, format!("{}: {e}", out.display()));
        zip.start_file("dossier.json", deflate).map_err(zerr)?;
        zip.write_all(&body).map_err(|e| Error::io(out, e))?;
        let mut written = HashSet::new();
        for doc in &json.documents {
            if !written.insert(doc.file.clone()) {
                continue;
            }
            let src = store.files().path_of(&doc.document.sha256);
            let mut f = File::open(&src).map_err(|e| {
                Error::new(
                    ErrorKind::Integrity,
                    format!(
                        "the file of \"{}\" is missing from the store ({}): {e}",
                        doc.document.title,
                        src.display()
                    ),
                )
            })?;
            zip.start_file(doc.file.as_str(), stored).map_err(zerr)?;
            std::io::copy(&mut f, &mut zip).map_err(|e| Error::io(&src, e))?;
        }
        let mut inner = zip.finish().map_err(zerr)?;
        inner.flush().map_err(|e| Error::io(out, e))?;
        Ok(())
    })?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(Exported {
        path: out.to_path_buf(),
        bytes,
        documents: count,
    })
}

/// Checks an entry name: `dossier.json` or `files/NAME`, nothing else.
fn check_entry_name(raw: &[u8]) -> Result<String> {
    let name = std::str::from_utf8(raw)
        .map_err(|_| Error::archive("an entry has a name that is not valid text"))?;
    let bad = |why: &str| Err(Error::archive(format!("entry \"{name}\": {why}")));
    if name.starts_with('/') || name.starts_with('\\') || name.contains(':') {
        return bad("absolute paths are not allowed");
    }
    if name.contains('\\') {
        return bad("backslashes are not allowed in paths");
    }
    if name.split('/').any(|part| part == ".." || part == ".") {
        return bad("\"..\" and \".\" are not allowed in paths");
    }
    if name == "dossier.json" || name == "files/" {
        return Ok(name.to_string());
    }
    match name.strip_prefix("files/") {
        Some(rest) if !rest.is_empty() && !rest.contains('/') => Ok(name.to_string()),
        _ => bad("only dossier.json and files directly under files/ are allowed"),
    }
}

fn named<T>(field: String, r: Result<T>) -> Result<T> {
    r.map_err(|e| {
        Error::new(
            ErrorKind::BadArchive,
            format!("dossier.json: {field}.{}", e.message),
        )
    })
}

fn check_items<T: Item>(items: &mut [T]) -> Result<()> {
    for (i, item) in items.iter_mut().enumerate() {
        named(format!("{}[{i}]", T::SECTION), item.validate())?;
    }
    Ok(())
}

/// A checked archive: its record, the open zip, and entry indexes by name.
type Checked = (
    ArchiveJson,
    zip::ZipArchive<BufReader<File>>,
    HashMap<String, usize>,
);

/// Reads and checks an archive fully, without writing anything.
fn read_checked(path: &Path, limits: &Limits) -> Result<Checked> {
    let label = path.display();
    let file = File::open(path).map_err(|e| {
        Error::new(
            ErrorKind::BadFile,
            format!("{label}: could not be opened: {e}"),
        )
    })?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| {
        Error::archive(format!(
            "{label}: not a dossier archive (not a readable zip: {e})"
        ))
    })?;
    if zip.len() > limits.entries {
        return Err(Error::archive(format!(
            "{label}: holds {} entries, more than the {} allowed",
            zip.len(),
            limits.entries
        )));
    }
    let mut entries = HashMap::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| Error::archive(format!("{label}: entry {i} is damaged: {e}")))?;
        let name = check_entry_name(entry.name_raw())?;
        if entry.is_symlink() {
            return Err(Error::archive(format!(
                "entry \"{name}\": links are not allowed"
            )));
        }
        if entry.is_dir() {
            if name != "files/" {
                return Err(Error::archive(format!(
                    "entry \"{name}\": unexpected folder"
                )));
            }
            continue;
        }
        if entry.encrypted() {
            return Err(Error::archive(format!(
                "entry \"{name}\": encrypted entries are not supported"
            )));
        }
        if entry.size() > limits.file {
            return Err(Error::archive(format!(
                "entry \"{name}\": unpacks to {} bytes, more than allowed",
                entry.size()
            )));
        }
        total = total.saturating_add(entry.size());
        if total > limits.total {
            return Err(Error::archive(format!(
                "{label}: unpacks to more than the {} MB allowed",
                limits.total >> 20
            )));
        }
        if entries.insert(name.clone(), i).is_some() {
            return Err(Error::archive(format!("entry \"{name}\": appears twice")));
        }
    }
    let json_index = *entries.get("dossier.json").ok_or_else(|| {
        Error::archive(format!("{label}: not a dossier archive (no dossier.json)"))
    })?;
    let mut body = Vec::new();
    zip.by_index(json_index)
        .map_err(|e| Error::archive(format!("dossier.json: {e}")))?
        .take(limits.json + 1)
        .read_to_end(&mut body)
        .map_err(|e| Error::archive(format!("dossier.json: could not be unpacked: {e}")))?;
    if body.len() as u64 > limits.json {
        return Err(Error::archive("dossier.json: larger than allowed"));
    }
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| Error::archive(format!("dossier.json: not valid JSON: {e}")))?;
    match value.get("format").and_then(|v| v.as_str()) {
        Some(FORMAT) => {}
        other => {
            return Err(Error::archive(format!(
                "dossier.json: format is {}, expected \"{FORMAT}\"",
                other
                    .map(|s| format!("\"{s}\""))
                    .unwrap_or_else(|| "missing".into())
            )))
        }
    }
    match value.get("format_version").and_then(|v| v.as_u64()) {
        Some(v) if v == FORMAT_VERSION as u64 => {}
        Some(v) if v > FORMAT_VERSION as u64 => {
            return Err(Error::archive(format!(
                "dossier.json: format_version {v} was written by a newer version of the app (this one reads {FORMAT_VERSION})"
            )))
        }
        _ => return Err(Error::archive("dossier.json: format_version is missing or not 1")),
    }
    let mut json: ArchiveJson = serde_path_to_error::deserialize(value)
        .map_err(|e| Error::archive(format!("dossier.json: {}: {}", e.path(), e.inner())))?;
    named("patient".into(), json.patient.validate())?;
    named("dossier".into(), json.dossier.validate())?;
    check_items(&mut json.diagnoses)?;
    check_items(&mut json.treatments)?;
    check_items(&mut json.medications)?;
    check_items(&mut json.allergies)?;
    check_items(&mut json.clinicians)?;
    check_items(&mut json.events)?;
    check_items(&mut json.questions)?;
    if let Some(o) = json.opinion.as_mut() {
        named("opinion".into(), o.validate())?;
    }
    crate::guidance::check_marks(&json.checklist_marks)
        .map_err(|e| Error::archive(format!("dossier.json: {}", e.message)))?;
    let mut seen = HashSet::new();
    for (i, doc) in json.documents.iter_mut().enumerate() {
        let field = format!("documents[{i}]");
        named(field.clone(), doc.document.validate())?;
        let sha = &doc.document.sha256;
        if sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::archive(format!(
                "dossier.json: {field}.sha256 is not a SHA-256 hash"
            )));
        }
        doc.document.sha256 = sha.to_ascii_lowercase();
        check_entry_name(doc.file.as_bytes())
            .map_err(|e| Error::archive(format!("dossier.json: {field}.file: {}", e.message)))?;
        if !doc.file.starts_with("files/") || !entries.contains_key(&doc.file) {
            return Err(Error::archive(format!(
                "dossier.json: {field}.file \"{}\" is not in the archive",
                doc.file
            )));
        }
        if !seen.insert(doc.document.sha256.clone()) {
            return Err(Error::archive(format!(
                "dossier.json: {field} is the same file as an earlier document"
            )));
        }
    }
    Ok((json, zip, entries))
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

/// [`import_archive`] with explicit size limits.
pub fn import_archive_with(
    store: &mut Store,
    path: &Path,
    existing: ExistingPatient,
    limits: &Limits,
) -> Result<Imported> {
    let (json, mut zip, entries) = read_checked(path, limits)?;
    let found = store.find_patient(
        &json.patient.full_name,
        json.patient.date_of_birth.as_deref(),
    )?;
    if found.is_some() && existing == ExistingPatient::Refuse {
        return Err(Error::new(
            ErrorKind::PatientExists,
            format!(
                "{}: a patient named {} with the same date of birth already exists; import as a new patient or add the dossier to the existing one",
                path.display(),
                json.patient.full_name
            ),
        ));
    }
    // Unpack and hash every file into temporary files.
    let mut staged: BTreeMap<String, Staged> = BTreeMap::new();
    let mut unpacked: u64 = 0;
    let unpack = (|| {
        for doc in &json.documents {
            let index = entries[&doc.file];
            let mut entry = zip
                .by_index(index)
                .map_err(|e| Error::archive(format!("entry \"{}\": {e}", doc.file)))?;
            let s = store
                .files()
                .stage(&format!("entry \"{}\"", doc.file), &mut entry, limits.file)
                .map_err(|e| Error::archive(e.message))?;
            if s.sha256 != doc.document.sha256 {
                let file = doc.file.clone();
                store.files().discard(s);
                return Err(Error::archive(format!(
                    "entry \"{file}\": its contents do not match the SHA-256 hash in dossier.json (damaged or altered)"
                )));
            }
            unpacked += s.size;
            staged.insert(doc.document.sha256.clone(), s);
            if unpacked > limits.total {
                return Err(Error::archive(format!(
                    "{}: unpacks to more than the {} MB allowed",
                    path.display(),
                    limits.total >> 20
                )));
            }
        }
        Ok(())
    })();
    if let Err(e) = unpack {
        for (_, s) in staged {
            store.files().discard(s);
        }
        return Err(e);
    }
    let already: HashSet<String> = staged
        .keys()
        .filter(|sha| store.files().contains(sha))
        .cloned()
        .collect();
    let files = store.files().clone();
    let result = store.transaction(|tx| {
        let patient_id = match (found, existing) {
            (Some(id), ExistingPatient::Attach) => id,
            _ => insert_patient(tx, &json.patient)?,
        };
        let dossier_id = insert_dossier(tx, patient_id, &json.dossier)?;
        for d in &json.diagnoses {
            insert_item(tx, dossier_id, d)?;
        }
        for t in &json.treatments {
            insert_item(tx, dossier_id, t)?;
        }
        for m in &json.medications {
            insert_item(tx, dossier_id, m)?;
        }
        for a in &json.allergies {
            insert_item(tx, dossier_id, a)?;
        }
        for c in &json.clinicians {
            insert_item(tx, dossier_id, c)?;
        }
        for e in &json.events {
            insert_item(tx, dossier_id, e)?;
        }
        for q in &json.questions {
            insert_item(tx, dossier_id, q)?;
        }
        for d in &json.documents {
            insert_item(tx, dossier_id, &d.document)?;
        }
        if let Some(o) = &json.opinion {
            crate::store::save_opinion(tx, dossier_id, o)?;
        }
        for (item, mark) in &json.checklist_marks {
            tx.execute(
                "INSERT INTO checklist_marks (dossier_id, item, mark) VALUES (?1, ?2, ?3)",
                rusqlite::params![dossier_id, item, mark],
            )?;
        }
        // Files go in place before the rows are committed: never a row
        // without its file.
        let mut placed = Vec::new();
        for (sha, s) in std::mem::take(&mut staged) {
            match files.commit(s) {
                Ok(_) => placed.push(sha),
                Err(e) => {
                    let fresh: Vec<String> = placed
                        .into_iter()
                        .filter(|p| !already.contains(p))
                        .collect();
                    files.remove_all(&fresh);
                    return Err(e);
                }
            }
        }
        Ok((patient_id, dossier_id, placed))
    });
    match result {
        Ok((patient_id, dossier_id, _)) => Ok(Imported {
            patient_id,
            dossier_id,
            documents: json.documents.len(),
        }),
        Err(e) => {
            for (_, s) in staged {
                files.discard(s);
            }
            // A failed commit after files were placed: remove the new ones.
            let fresh: Vec<String> = json
                .documents
                .iter()
                .map(|d| d.document.sha256.clone())
                .filter(|sha| !already.contains(sha))
                .collect();
            let unused: Vec<String> = fresh
                .into_iter()
                .filter(|sha| {
                    store
                        .referenced_files()
                        .map(|r| !r.iter().any(|(s, _)| s == sha))
                        .unwrap_or(false)
                })
                .collect();
            files.remove_all(&unused);
            Err(e)
        }
    }
}
