//! Records from patient portals: C-CDA documents (a single XML file or an
//! IHE XDM zip) and FHIR R4 (a Bundle, a resource, NDJSON, a folder or zip
//! of resource files), read into the dossier's own sections.
//!
//! Owns finding what a file holds ([`read_files`]), marking what the dossier
//! already has ([`Found::mark_duplicates`]), checking the file's patient
//! against the dossier's ([`Found::patient_mismatch`]) and adding what the
//! patient chose in one transaction, the original files kept as documents
//! ([`add`]). Nothing is written before [`add`]. The formats themselves are
//! read by [`ccda`] and [`fhir`]; bytes to text by [`decode`].
//!
//! What the app itself says of what it read (why an item was skipped, the
//! words it gives a code, the labels and pages it makes) is written in the
//! catalogue given to [`read_files`], [`Records::patient_mismatch`] and
//! [`add`] (keys starting with `records-`): the app's language when the
//! window asks. What the files say is kept as they say it.

pub mod ccda;
pub mod decode;
pub mod fhir;

use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{Arg, Catalogue, Language};
use crate::model::*;
use crate::store::Store;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// How much a portal file may hold; more is refused as absurd.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest single file (or zip entry) read.
    pub file: u64,
    /// The most XML nodes a document may have.
    pub nodes: u32,
    /// The most entries a zip or folder may have.
    pub entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file: 64 << 20,
            nodes: 2_000_000,
            entries: 10_000,
        }
    }
}

/// Where an item was found: the file, and the document inside it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Source {
    /// The file's name as the patient chose it.
    pub file: String,
    /// The document inside it ("Continuity of Care Document", "Bundle
    /// example-ips", "Observation 3.json").
    pub document: String,
}

impl Source {
    /// The words stored with an imported item.
    pub fn words(&self) -> String {
        if self.document.is_empty() {
            self.file.clone()
        } else {
            format!("{} ({})", self.file, self.document)
        }
    }
}

/// One item found, in the archive's fields, with where it came from and
/// whether the dossier already has it.
#[derive(Debug, Clone, Serialize)]
pub struct Found<T> {
    #[serde(flatten)]
    pub item: T,
    /// The same item is in the dossier already (same code, or the same
    /// name and date): shown, unticked.
    pub duplicate: bool,
    /// The item is a repeat of an earlier one in the files themselves
    /// (then `duplicate` is set too).
    pub repeated: bool,
}

/// Something the file holds that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    /// The section it would have gone to, or "file".
    pub section: String,
    /// What it is, in words ("Condition without a name").
    pub item: String,
    pub reason: String,
    pub source: Source,
}

/// The patient a document is about, as the file names them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FilePatient {
    pub name: String,
    pub birth_date: Option<String>,
    pub source: Source,
}

/// A document's readable text, section by section.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Narrative {
    pub title: String,
    /// (heading, text) of each section. Only the headings are written out
    /// (the text goes into the pages that are kept, not into a preview).
    #[serde(serialize_with = "headings_only")]
    pub sections: Vec<(String, String)>,
    pub source: Source,
}

fn headings_only<S: serde::Serializer>(
    sections: &[(String, String)],
    out: S,
) -> std::result::Result<S::Ok, S::Error> {
    out.collect_seq(sections.iter().map(|(heading, _)| heading))
}

/// A device or piece of medical equipment a file names (a pacemaker, a
/// stent, a hip prosthesis, a cane), offered for the health background's
/// implants and devices.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Device {
    /// Its name as the record gives it, with the maker and model when given.
    pub name: String,
    /// The date the record gives with it, at its own precision.
    pub date: Option<String>,
    /// Its status in the record when that is not simply "active" (a device
    /// taken out may be listed as "completed" or "inactive").
    pub status: String,
    /// The file (and document in it) it came from.
    pub imported_from: String,
}

impl Device {
    /// The line added to the implants and devices text: what the record
    /// says, and where it says it, in `words`.
    pub fn line(&self, words: &Catalogue) -> String {
        let mut line = self.name.clone();
        if let Some(d) = &self.date {
            line = words.t_with(
                "records-device-dated",
                &[
                    ("device", Arg::Text(&line)),
                    ("date", Arg::Text(&words.date_text(d))),
                ],
            );
        }
        if !self.status.is_empty() {
            line = words.t_with(
                "records-device-status",
                &[
                    ("device", Arg::Text(&line)),
                    ("status", Arg::Text(&self.status)),
                ],
            );
        }
        words.t_with(
            "records-device-from",
            &[
                ("device", Arg::Text(&line)),
                ("source", Arg::Text(&self.imported_from)),
            ],
        )
    }
}

/// A file kept as a document of the dossier, with the title and date of
/// the document it holds when it gives them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeptFile {
    pub path: PathBuf,
    /// The SHA-256 of the file as it was read for the preview: what is
    /// kept must be what was shown.
    pub sha256: String,
    /// The document's own title ("Continuity of Care Document"); empty
    /// when it gives none (the file's name is used then).
    pub title: String,
    pub date: Option<String>,
}

/// The most skipped lines listed one by one; past it they are counted.
pub const MAX_SKIPPED: usize = 500;

/// Everything found in the files, grouped by the dossier's sections.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Records {
    pub patients: Vec<FilePatient>,
    pub diagnoses: Vec<Found<Diagnosis>>,
    pub medications: Vec<Found<Medication>>,
    pub allergies: Vec<Found<Allergy>>,
    pub events: Vec<Found<Event>>,
    pub clinicians: Vec<Found<Clinician>>,
    pub results: Vec<Found<LabResult>>,
    pub family_history: Vec<Found<FamilyHistory>>,
    pub devices: Vec<Found<Device>>,
    pub narratives: Vec<Narrative>,
    /// What could not be read, the first [`MAX_SKIPPED`] lines.
    pub skipped: Vec<Skipped>,
    /// How many more were skipped than are listed.
    pub skipped_more: usize,
    /// The files read, to be kept as documents of the dossier.
    #[serde(skip)]
    pub files: Vec<KeptFile>,
    /// The title and date of each document read from the file being read.
    #[serde(skip)]
    documents: Vec<(String, Option<String>)>,
}

impl Records {
    /// Lists something skipped, or counts it once [`MAX_SKIPPED`] are listed
    /// (a damaged export can have a million bad lines).
    pub(crate) fn skip(&mut self, skipped: Skipped) {
        if self.skipped.len() < MAX_SKIPPED {
            self.skipped.push(skipped);
        } else {
            self.skipped_more += 1;
        }
    }

    /// How many things were skipped in all, listed or counted.
    pub fn skipped_count(&self) -> usize {
        self.skipped.len() + self.skipped_more
    }
}

/// Collects what one document holds; the readers add to it.
pub(crate) struct Sink<'a> {
    pub records: &'a mut Records,
    pub source: Source,
    /// The words the app says what it read in.
    pub words: &'static Catalogue,
}

/// An error's sentence in `words`, when it was said from the catalogue
/// (else its English one).
pub(crate) fn reason_of(e: &Error, words: &Catalogue) -> String {
    let mut copy = Error::new(e.kind, e.message.clone());
    copy.said = e.said.clone();
    copy.in_language(words).message
}

impl Sink<'_> {
    /// The catalogue's message `key` in the sink's words.
    pub fn t(&self, key: &str) -> String {
        self.words.t(key)
    }

    /// The catalogue's message `key` with its arguments, in the sink's words.
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.words.t_with(key, args)
    }

    pub fn skip(&mut self, section: &str, item: impl Into<String>, reason: impl Into<String>) {
        self.records.skip(Skipped {
            section: section.into(),
            item: item.into(),
            reason: reason.into(),
            source: self.source.clone(),
        });
    }

    /// Notes the title and date the document gives itself, for the kept
    /// file.
    pub fn document(&mut self, title: &str, date: Option<String>) {
        self.records
            .documents
            .push((crate::error::shorten(title.trim(), 200), date));
    }

    /// Adds a device, or lists it as skipped when it has no name.
    pub fn device(&mut self, mut device: Device) {
        device.name = device.name.trim().to_string();
        if device.name.is_empty() {
            let (item, reason) = (
                self.t("records-device-without-name"),
                self.t("records-device-unnamed"),
            );
            self.skip("devices", item, reason);
            return;
        }
        if device.name.chars().count() > crate::model::MAX_LINE {
            let what = crate::error::shorten(&device.name, 80);
            let reason = self.t("records-device-name-too-long");
            self.skip("devices", what, reason);
            return;
        }
        device.imported_from = self.source.words();
        self.records.devices.push(found(device));
    }
}

fn found<T>(item: T) -> Found<T> {
    Found {
        item,
        duplicate: false,
        repeated: false,
    }
}

/// Adds a found item to its section, checked as the store would check it:
/// an item that would be refused is listed as skipped instead.
pub(crate) trait Collect: Item {
    fn list(records: &mut Records) -> &mut Vec<Found<Self>>;
    fn describe(&self) -> String;
    /// Notes where the item came from (`source`, the file and document).
    fn set_source(&mut self, source: String, words: &Catalogue);
}

macro_rules! collect {
    ($t:ty, $list:ident, $name:ident) => {
        impl Collect for $t {
            fn list(records: &mut Records) -> &mut Vec<Found<Self>> {
                &mut records.$list
            }
            fn describe(&self) -> String {
                self.$name.clone()
            }
            fn set_source(&mut self, source: String, _: &Catalogue) {
                self.imported_from = source;
            }
        }
    };
}
collect!(Diagnosis, diagnoses, name);
collect!(Medication, medications, name);
collect!(Allergy, allergies, substance);
collect!(Event, events, title);
collect!(Clinician, clinicians, name);
collect!(LabResult, results, test);

impl Collect for FamilyHistory {
    fn list(records: &mut Records) -> &mut Vec<Found<Self>> {
        &mut records.family_history
    }
    fn describe(&self) -> String {
        self.condition.clone()
    }
    /// The family history has no column for its source: it goes in the notes.
    fn set_source(&mut self, source: String, words: &Catalogue) {
        let from = words.t_with("records-from", &[("source", Arg::Text(&source))]);
        self.notes = [self.notes.trim().to_string(), from]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(". ");
    }
}

impl Sink<'_> {
    pub fn add<T: Collect>(&mut self, mut item: T) {
        item.set_source(self.source.words(), self.words);
        let what = item.describe();
        match item.validate() {
            Ok(()) => T::list(self.records).push(found(item)),
            Err(e) => {
                let what = if what.trim().is_empty() {
                    self.t(match T::SECTION {
                        "diagnoses" => "records-unnamed-diagnoses",
                        "medications" => "records-unnamed-medications",
                        "allergies" => "records-unnamed-allergies",
                        "events" => "records-unnamed-events",
                        "clinicians" => "records-unnamed-clinicians",
                        "results" => "records-unnamed-results",
                        "family_history" => "records-unnamed-family-history",
                        _ => "records-unnamed-entry",
                    })
                } else {
                    what
                };
                let reason = reason_of(&e, self.words);
                self.skip(T::SECTION, what, reason)
            }
        }
    }
}

/// What a file is, from its first bytes and its name.
enum Kind {
    Zip,
    Xml,
    Json,
    NdJson,
}

fn kind_of(path: &Path, head: &[u8]) -> Option<Kind> {
    // UTF-16 text is looked at by its first letter, as any other.
    let wide: Vec<u8>;
    let text = if let Some(u) = decode::utf16(head) {
        let first = &head[u.start..head.len().min(u.start + 64)];
        wide = first
            .chunks(2)
            .filter_map(|c| match (c, u.big_endian) {
                ([0, b], true) | ([b, 0], false) => Some(*b),
                _ => None,
            })
            .collect();
        &wide[..]
    } else {
        decode::skip_bom(head)
    };
    let first = text.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if head.starts_with(b"PK\x03\x04") {
        Some(Kind::Zip)
    } else if name.ends_with(".ndjson") || name.ends_with(".jsonl") {
        Some(Kind::NdJson)
    } else if first == Some(b'<') {
        Some(Kind::Xml)
    } else if first == Some(b'{') || first == Some(b'[') {
        Some(Kind::Json)
    } else {
        None
    }
}

fn bad(file: &str, what: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::BadFile, format!("{file}: {what}")).with_field("files")
}

/// A file that cannot be read: the catalogue's message `key`, which names
/// the file (`$file`) and says why, with `args`.
pub(crate) fn bad_said(key: &'static str, file: &str, args: &[(&'static str, &str)]) -> Error {
    let mut all = vec![("file", file)];
    all.extend_from_slice(args);
    Error::said(ErrorKind::BadFile, key, &all).with_field("files")
}

/// A UCUM unit in the words a lab report uses: annotations lose their
/// braces ("{tbl}" is "tbl"), powers of ten read as such ("10*9/L" is
/// "x10^9/L"), brackets go ("mm[Hg]" is "mmHg"), and "1" is no unit.
pub fn plain_unit(u: &str) -> String {
    let u = u.trim();
    if u == "1" {
        return String::new();
    }
    let u = u.trim_start_matches('{').trim_end_matches('}');
    let u = u.replace(['[', ']'], "");
    match u.strip_prefix("10*") {
        Some(rest) => format!("x10^{rest}"),
        None => u,
    }
}

/// How often, in words: "once a day", "twice a day", "3 times a week",
/// "every 8 hours", "2 times every 3 days", from a number of times in a
/// period and the period's UCUM unit (`h`, `d`, `wk`...), in `words`.
pub fn how_often(times: i64, period: &str, unit: &str, words: &Catalogue) -> String {
    let unit = unit.trim();
    // "a day" and "days", or a unit not known here as it is written.
    let (per, units) = match unit {
        "s" => ("records-per-second", "records-seconds"),
        "min" => ("records-per-minute", "records-minutes"),
        "h" | "hr" | "hour" | "hours" => ("records-per-hour", "records-hours"),
        "d" | "day" | "days" => ("records-per-day", "records-days"),
        "wk" | "week" | "weeks" => ("records-per-week", "records-weeks"),
        "mo" | "month" | "months" => ("records-per-month", "records-months"),
        "a" | "yr" | "year" | "years" => ("records-per-year", "records-years"),
        _ => ("records-per-unit", "records-units"),
    };
    let unit = Arg::Text(unit);
    let period = period.trim().trim_matches('"');
    let one = matches!(period.parse::<f64>(), Ok(p) if p == 1.0);
    let times = times.max(1);
    if one {
        let per = words.t_with(per, &[("unit", unit)]);
        let per = Arg::Text(&per);
        return match times {
            1 => words.t_with("records-often-once", &[("per", per)]),
            2 => words.t_with("records-often-twice", &[("per", per)]),
            n => words.t_with("records-often-times", &[("times", n.into()), ("per", per)]),
        };
    }
    let units = words.t_with(units, &[("unit", unit)]);
    let period = words.number(period);
    let (units, period) = (Arg::Text(&units), Arg::Text(&period));
    match times {
        1 => words.t_with(
            "records-often-every",
            &[("period", period), ("units", units)],
        ),
        n => words.t_with(
            "records-often-times-every",
            &[("times", n.into()), ("period", period), ("units", units)],
        ),
    }
}

/// An XML file that cannot be read, with the reason in plain words.
fn bad_xml(file: &str, e: &roxmltree::Error) -> Error {
    use roxmltree::Error as E;
    match e {
        E::DtdDetected => bad_said("records-xml-dtd", file, &[]),
        E::NodesLimitReached => bad_said("records-xml-too-large", file, &[]),
        E::EntityReferenceLoop(_) => bad_said("records-xml-loop", file, &[]),
        other => bad_said(
            "records-xml-malformed",
            file,
            &[("error", &other.to_string())],
        ),
    }
}

/// "outside the range given" (in `words`) when a number lies outside a
/// numeric range written as "low-high", "<high", "<=high", ">low" or
/// ">=low"; empty when either cannot be read as numbers (nothing is
/// guessed).
pub fn outside(value: &str, range: &str, words: &Catalogue) -> String {
    let num = |s: &str| s.trim().split(' ').next().unwrap_or("").parse::<f64>().ok();
    let Some(v) = num(value) else {
        return String::new();
    };
    let r = range.trim();
    let out = if let Some(h) = r.strip_prefix("<=").or_else(|| r.strip_prefix('<')) {
        num(h).map(|h| v > h)
    } else if let Some(l) = r.strip_prefix(">=").or_else(|| r.strip_prefix('>')) {
        num(l).map(|l| v < l)
    } else if let Some((l, h)) = r.split_once('-').filter(|(l, _)| !l.trim().is_empty()) {
        match (num(l), num(h)) {
            (Some(l), Some(h)) => Some(v < l || v > h),
            _ => None,
        }
    } else {
        None
    };
    if out == Some(true) {
        words.t("records-outside-range")
    } else {
        String::new()
    }
}

/// A size in words ("64 MB", "1 KB").
fn size_words(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MB", bytes >> 20)
    } else {
        format!("{} KB", (bytes >> 10).max(1))
    }
}

/// Reads one file's bytes, refusing one larger than the limit.
fn read_limited(path: &Path, limits: &Limits) -> Result<Vec<u8>> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    f.take(limits.file + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limits.file {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        return Err(bad_said(
            "records-file-too-large",
            &name,
            &[("size", &size_words(limits.file))],
        ));
    }
    Ok(bytes)
}

/// Reads the content of one file (or zip entry) named `name`.
fn read_bytes(
    records: &mut Records,
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<()> {
    match kind_of(Path::new(name), bytes) {
        Some(Kind::Xml) => {
            let text = decode::text(name, bytes)?;
            ccda::read(records, name, &text, limits, words)
        }
        Some(Kind::Json) => {
            let text = decode::text(name, bytes)?;
            fhir::read_json(records, name, &text, words)
        }
        Some(Kind::NdJson) => {
            let text = decode::text(name, bytes)?;
            fhir::read_ndjson(records, name, &text, words)
        }
        Some(Kind::Zip) => Err(bad_said("records-zip-in-zip", name, &[])),
        None => Err(bad_said("records-not-a-record", name, &[])),
    }
}

/// Reads a zip: an IHE XDM package of C-CDA documents, or FHIR resource
/// files. Entries that are neither are listed as skipped.
fn read_zip(
    records: &mut Records,
    path: &Path,
    file: &str,
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<()> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(f))
        .map_err(|_| bad_said("records-zip-damaged", file, &[]))?;
    if zip.len() > limits.entries {
        return Err(too_many_files(file, limits));
    }
    let before = records.skipped_count();
    let mut read = 0;
    for i in 0..zip.len() {
        let number = i.to_string();
        let mut entry = zip.by_index(i).map_err(|e| {
            bad_said(
                "records-zip-entry",
                file,
                &[("number", &number), ("error", &e.to_string())],
            )
        })?;
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .name()
            .map_err(|e| {
                bad_said(
                    "records-zip-entry-no-name",
                    file,
                    &[("number", &number), ("error", &e.to_string())],
                )
            })?
            .to_string();
        let base = name.rsplit('/').next().unwrap_or(&name).to_string();
        let upper = base.to_uppercase();
        // The XDM package's own index and style sheet are not records.
        if upper == "METADATA.XML"
            || upper.ends_with(".XSL")
            || upper.ends_with(".XSLT")
            || upper.ends_with(".HTM")
            || upper.ends_with(".HTML")
            || upper.ends_with(".TXT")
            || base.starts_with('.')
        {
            continue;
        }
        let mut bytes = Vec::new();
        (&mut entry)
            .take(limits.file + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| bad(file, format!("{name}: {e}")))?;
        if bytes.len() as u64 > limits.file {
            return Err(bad_said(
                "records-zip-entry-too-large",
                file,
                &[("name", &name), ("max", &(limits.file >> 20).to_string())],
            ));
        }
        let shown = format!("{file}: {name}");
        match read_bytes(records, &shown, &bytes, limits, words) {
            Ok(()) => read += 1,
            Err(e) => records.skip(Skipped {
                section: "file".into(),
                item: name.clone(),
                reason: reason_of(&e, words),
                source: Source {
                    file: file.into(),
                    document: name,
                },
            }),
        }
    }
    // Nothing read: either nothing in it looked like a record, or
    // everything that did could not be read (listed as skipped).
    if read == 0 && records.skipped_count() == before {
        return Err(bad_said("records-holds-no-record", file, &[]));
    }
    if read == 0 {
        return Err(bad_said("records-none-readable", file, &[]));
    }
    Ok(())
}

/// A zip or folder that holds more files than any portal export.
fn too_many_files(file: &str, limits: &Limits) -> Error {
    bad_said(
        "records-too-many-files",
        file,
        &[("max", &limits.entries.to_string())],
    )
}

/// Reads one path: a file, a zip or a folder of resource files.
fn read_path(
    records: &mut Records,
    path: &Path,
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<()> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if path.is_dir() {
        let mut names: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        if names.len() > limits.entries {
            return Err(too_many_files(&file, limits));
        }
        names.sort();
        let before = records.files.len();
        for p in names {
            // A folder from a phone or a portal may hold other files too
            // (a read-me, a picture): they are listed, not fatal.
            match read_path(records, &p, limits, words) {
                Ok(()) => {}
                Err(e) if e.kind == ErrorKind::BadFile && !is_fatal(&e) => records.skip(Skipped {
                    section: "file".into(),
                    item: p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    reason: reason_of(&e, words),
                    source: Source {
                        file: file.clone(),
                        document: String::new(),
                    },
                }),
                Err(e) => return Err(e),
            }
        }
        if records.files.len() == before {
            return Err(bad_said("records-holds-no-record", &file, &[]));
        }
        return Ok(());
    }
    let mut head = [0u8; 8];
    let n = {
        use std::io::Read;
        std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .map_err(|e| Error::io(path, e))?
    };
    records.documents.clear();
    let sha256 = if head[..n].starts_with(b"PK\x03\x04") {
        read_zip(records, path, &file, limits, words)?;
        sha256_of(path)?
    } else {
        use sha2::{Digest, Sha256};
        let bytes = read_limited(path, limits)?;
        read_bytes(records, &file, &bytes, limits, words)?;
        hex::encode(Sha256::digest(&bytes))
    };
    let documents = std::mem::take(&mut records.documents);
    records.files.push(kept(path, sha256, &documents, words));
    Ok(())
}

/// The file kept as a document: the title and date of the document in it
/// (the first one's, with how many others there are, in `words`).
fn kept(
    path: &Path,
    sha256: String,
    documents: &[(String, Option<String>)],
    words: &Catalogue,
) -> KeptFile {
    let titled: Vec<&(String, Option<String>)> =
        documents.iter().filter(|(t, _)| !t.is_empty()).collect();
    let Some((title, date)) = titled.first() else {
        return KeptFile {
            path: path.to_path_buf(),
            sha256,
            title: words.t_with(
                "records-portal-record",
                &[("file", Arg::Text(&file_name(path)))],
            ),
            date: documents.iter().find_map(|(_, d)| d.clone()),
        };
    };
    let title = match titled.len() {
        1 => title.clone(),
        n => words.t_with(
            "records-and-other-documents",
            &[("title", Arg::Text(title)), ("count", (n - 1).into())],
        ),
    };
    KeptFile {
        path: path.to_path_buf(),
        sha256,
        title,
        date: date.clone(),
    }
}

/// The SHA-256 of the file at `path`, read in pieces.
fn sha256_of(path: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

/// Whether an error about a file inside a folder stops the whole import
/// (files about different people do); a file that is simply not a record
/// does not.
fn is_fatal(e: &Error) -> bool {
    e.message.contains("different people")
}

/// Reads the portal files at `paths`. A file that cannot be read at all is
/// an error naming it; what is unreadable inside a readable file is listed
/// in `skipped` with the reason. What the app says of what it read is in
/// `words`. Nothing is written.
pub fn read_files(
    paths: &[PathBuf],
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<Records> {
    let mut records = Records::default();
    if let [path] = paths {
        read_path(&mut records, path, limits, words)?;
    } else {
        // Of several files, one that is not a record is listed with why;
        // the others are read.
        let mut first_error = None;
        for path in paths {
            match read_path(&mut records, path, limits, words) {
                Ok(()) => {}
                Err(e) if e.kind == ErrorKind::BadFile && !is_fatal(&e) => {
                    records.skip(Skipped {
                        section: "file".into(),
                        item: file_name(path),
                        reason: reason_of(&e, words),
                        source: Source {
                            file: file_name(path),
                            document: String::new(),
                        },
                    });
                    first_error.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        if records.files.is_empty() {
            if let Some(e) = first_error {
                return Err(e);
            }
        }
    }
    refuse_mixed_patients(&records)?;
    Ok(records)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Refuses files about different people: one import is one patient's.
fn refuse_mixed_patients(records: &Records) -> Result<()> {
    let Some(first) = records.patients.iter().find(|p| !p.name.is_empty()) else {
        return Ok(());
    };
    for p in &records.patients {
        let born_differs = match (&p.birth_date, &first.birth_date) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        };
        if (!p.name.is_empty() && !same_person(&p.name, &first.name)) || born_differs {
            return Err(Error::said(
                ErrorKind::BadFile,
                "records-different-people",
                &[
                    ("first", &first.name),
                    ("first_source", &first.source.words()),
                    ("other", &p.name),
                    ("other_source", &p.source.words()),
                ],
            )
            .with_field("files"));
        }
    }
    Ok(())
}

/// The notes that say where an imported condition stands, as the record
/// says it: its own status ("Status in the record: resolved") and the day
/// it ended ("Resolved 14 August 2008"), in `words`. Read back by
/// [`standing`].
pub fn standing_notes(
    status: Option<&str>,
    resolved: Option<&str>,
    words: &Catalogue,
) -> Vec<String> {
    let status = status
        .filter(|s| !s.trim().is_empty())
        .map(|s| words.t_with("records-status-note", &[("status", Arg::Text(s))]));
    let resolved = resolved.map(|d| {
        words.t_with(
            "records-resolved-note",
            &[("date", Arg::Text(&words.date_text(d)))],
        )
    });
    status.into_iter().chain(resolved).collect()
}

/// Of a condition's notes, those [`standing_notes`] wrote (in any of the
/// languages), for listing the condition in one line without showing it as
/// current when it is not.
pub fn standing(notes: &str) -> impl Iterator<Item = &str> {
    sentences(notes)
        .into_iter()
        .filter(|n| standing_starts().iter().any(|s| n.starts_with(s.as_str())))
}

/// Notes split at ". ", except after a day's number: German writes dates
/// "14. August 2008".
fn sentences(notes: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in notes.match_indices(". ") {
        let before = notes[start..at].rsplit(' ').next().unwrap_or("");
        let day =
            !before.is_empty() && before.len() <= 2 && before.chars().all(|c| c.is_ascii_digit());
        if !day {
            out.push(&notes[start..at]);
            start = at + 2;
        }
    }
    out.push(&notes[start..]);
    out
}

#[cfg(test)]
mod standing_tests {
    use super::*;

    #[test]
    fn a_german_date_is_not_cut_at_its_day() {
        let de = Catalogue::of(Language::De);
        let notes = standing_notes(Some("active"), Some("2008-08-14"), de).join(". ");
        let all = format!("Seit Jahren. {notes}");
        let found: Vec<&str> = standing(&all).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[1].ends_with("14. August 2008"), "{found:?}");
    }
}

/// How the notes [`standing_notes`] writes begin, in every language: the
/// words before the status or the date.
fn standing_starts() -> &'static [String] {
    static STARTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = Vec::new();
        for language in Language::OFFERED {
            let words = Catalogue::of(language);
            starts.push(words.t_with("records-status-note", &[("status", Arg::Text(""))]));
            starts.push(words.t_with("records-resolved-note", &[("date", Arg::Text(""))]));
        }
        starts.retain(|s| !s.trim().is_empty());
        starts
    })
}

/// A result's interpretation code (HL7 ObservationInterpretation) in the
/// words its code system gives it, in `words`; `None` for a code not listed
/// here, which is shown as the record has it. "Normal" is no flag.
pub fn interpretation_words(code: &str, words: &Catalogue) -> Option<String> {
    let key = match code {
        "H" => "records-flag-high",
        "HH" | "H>" => "records-flag-critically-high",
        "HU" => "records-flag-significantly-high",
        "L" => "records-flag-low",
        "LL" | "L<" => "records-flag-critically-low",
        "LU" => "records-flag-significantly-low",
        "A" => "records-flag-abnormal",
        "AA" => "records-flag-critically-abnormal",
        ">" => "records-flag-above-range",
        "<" => "records-flag-below-range",
        "POS" => "records-flag-positive",
        "NEG" => "records-flag-negative",
        "DET" => "records-flag-detected",
        "ND" => "records-flag-not-detected",
        "N" | "Normal" => return Some(String::new()),
        _ => return None,
    };
    Some(words.t(key))
}

/// A family member's HL7 role code ("FTH", "MGRMTH") in `words`; `None`
/// for a code not listed here, which is shown as the record has it.
pub fn relative_words(code: &str, words: &Catalogue) -> Option<String> {
    let key = match code {
        "FTH" | "NFTH" => "records-relative-father",
        "MTH" | "NMTH" => "records-relative-mother",
        "PRN" | "NPRN" => "records-relative-parent",
        "BRO" | "NBRO" => "records-relative-brother",
        "SIS" | "NSIS" => "records-relative-sister",
        "SIB" | "NSIB" => "records-relative-sibling",
        "HBRO" => "records-relative-half-brother",
        "HSIS" => "records-relative-half-sister",
        "TWINBRO" => "records-relative-twin-brother",
        "TWINSIS" => "records-relative-twin-sister",
        "SON" | "SONC" => "records-relative-son",
        "DAU" | "DAUC" => "records-relative-daughter",
        "CHILD" | "NCHILD" => "records-relative-child",
        "GRFTH" => "records-relative-grandfather",
        "GRMTH" => "records-relative-grandmother",
        "MGRFTH" => "records-relative-maternal-grandfather",
        "MGRMTH" => "records-relative-maternal-grandmother",
        "PGRFTH" => "records-relative-paternal-grandfather",
        "PGRMTH" => "records-relative-paternal-grandmother",
        "GRNDSON" => "records-relative-grandson",
        "GRNDDAU" => "records-relative-granddaughter",
        "UNCLE" => "records-relative-uncle",
        "AUNT" => "records-relative-aunt",
        "MUNCLE" => "records-relative-maternal-uncle",
        "MAUNT" => "records-relative-maternal-aunt",
        "PUNCLE" => "records-relative-paternal-uncle",
        "PAUNT" => "records-relative-paternal-aunt",
        "COUSN" => "records-relative-cousin",
        "NEPHEW" => "records-relative-nephew",
        "NIECE" => "records-relative-niece",
        "HUSB" => "records-relative-husband",
        "WIFE" => "records-relative-wife",
        "SPS" => "records-relative-spouse",
        _ => return None,
    };
    Some(words.t(key))
}

/// Letters and digits only, lower case: "Type 2 Diabetes." and "type 2
/// diabetes" are the same name.
pub fn normal(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn same_code(a: &str, b: &str) -> bool {
    let code = |s: &str| s.rsplit(' ').next().unwrap_or("").trim().to_uppercase();
    !code(a).is_empty() && code(a) == code(b)
}

/// How an item is compared with the others: its name, code, date (when
/// both have one), and what else it says that would make it another item
/// (an allergy's reaction and severity, a diagnosis's status).
type Key<'a> = (&'a str, &'a str, Option<&'a str>, String);

/// Whether an item matches another: the same code, or the same name and
/// (when both have one) date; and, when the item says more (a severe
/// reaction where the other says a mild one, "ruled out" where the other
/// says nothing), the same more.
fn matches(this: &Key, other: &Key) -> bool {
    let same_date = match (this.2, other.2) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let same_detail = this.3.is_empty() || this.3 == other.3;
    same_date
        && same_detail
        && (same_code(this.1, other.1)
            || (normal(this.0) == normal(other.0) && !normal(this.0).is_empty()))
}

fn mark<T>(found: &mut [Found<T>], have: &[T], key: impl Fn(&T) -> Key) {
    for i in 0..found.len() {
        let this = key(&found[i].item);
        let earlier = found[..i].iter().any(|f| matches(&this, &key(&f.item)));
        let had = have.iter().any(|h| matches(&this, &key(h)));
        found[i].duplicate = earlier || had;
        found[i].repeated = earlier && !had;
    }
}

impl Records {
    /// Marks each item the dossier already has, and each repeated within
    /// the files themselves (a CCD and a discharge summary list the same
    /// problems).
    pub fn mark_duplicates(&mut self, full: &FullDossier) {
        mark(&mut self.diagnoses, &full.diagnoses, |d| {
            let status = d.status.map(|s| s.label().to_string()).unwrap_or_default();
            (&d.name, &d.code, d.diagnosed_on.as_deref(), status)
        });
        mark(&mut self.medications, &full.medications, |m| {
            (&m.name, "", m.started_on.as_deref(), String::new())
        });
        mark(&mut self.allergies, &full.allergies, |a| {
            let severity = a.severity.map(|s| s.label()).unwrap_or_default();
            let detail = format!("{} {severity}", normal(&a.reaction));
            (&a.substance, "", None, detail.trim().to_string())
        });
        mark(&mut self.events, &full.events, |e| {
            (&e.title, "", e.date.as_deref(), String::new())
        });
        mark_clinicians(&mut self.clinicians, &full.clinicians);
        // The same condition of the same relative is there already.
        let key = |f: &FamilyHistory| (normal(&f.relative), normal(&f.condition));
        let have: std::collections::HashSet<_> = full.family_history.iter().map(key).collect();
        let mut seen = std::collections::HashSet::new();
        for f in &mut self.family_history {
            let k = key(&f.item);
            let had = have.contains(&k);
            let earlier = !seen.insert(k);
            f.duplicate = earlier || had;
            f.repeated = earlier && !had;
        }
        // A device the implants text names already is there.
        let have = normal(&full.background.implants);
        let mut seen = std::collections::HashSet::new();
        for f in &mut self.devices {
            let name = normal(&f.item.name);
            let had = !name.is_empty() && have.contains(&name);
            let earlier = !seen.insert(name);
            f.duplicate = earlier || had;
            f.repeated = earlier && !had;
        }
        // A result is the same only with the same test, value, unit and
        // date: two readings of one day are two results. Compared whole,
        // so a set finds them (a portal file may hold thousands).
        let key = |r: &LabResult| (format!("{} {} {}", r.test, r.value, r.unit), r.date.clone());
        let have: std::collections::HashSet<_> = full.results.iter().map(key).collect();
        let mut seen = std::collections::HashSet::new();
        for f in &mut self.results {
            let k = key(&f.item);
            let had = have.contains(&k);
            let earlier = !seen.insert(k);
            f.duplicate = earlier || had;
            f.repeated = earlier && !had;
        }
    }

    /// What the files say of the patient that differs from the dossier's
    /// patient, in `words`; empty when every document agrees.
    pub fn patient_mismatch(&self, patient: &Patient, words: &Catalogue) -> Vec<String> {
        // "Ana Ruiz, born 3 May 1970", or the name alone.
        let person = |name: &str, born: Option<&str>| match born {
            Some(b) => words.t_with(
                "records-person-born",
                &[
                    ("name", Arg::Text(name)),
                    ("date", Arg::Text(&words.date_text(b))),
                ],
            ),
            None => name.to_string(),
        };
        let mut out = Vec::new();
        for p in &self.patients {
            let name_differs = !p.name.is_empty() && !same_person(&p.name, &patient.full_name);
            let born_differs = match (&p.birth_date, &patient.date_of_birth) {
                (Some(a), Some(b)) => !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()),
                _ => false,
            };
            if name_differs || born_differs {
                out.push(words.t_with(
                    "records-mismatch",
                    &[
                        ("source", Arg::Text(&p.source.words())),
                        (
                            "person",
                            Arg::Text(&person(&p.name, p.birth_date.as_deref())),
                        ),
                        (
                            "patient",
                            Arg::Text(&person(
                                &patient.full_name,
                                patient.date_of_birth.as_deref(),
                            )),
                        ),
                    ],
                ));
            }
        }
        out.dedup();
        out
    }

    /// How many found items the dossier (or an earlier file) has already.
    pub fn duplicates(&self) -> usize {
        fn n<T>(v: &[Found<T>]) -> usize {
            v.iter().filter(|f| f.duplicate).count()
        }
        n(&self.diagnoses)
            + n(&self.medications)
            + n(&self.allergies)
            + n(&self.events)
            + n(&self.clinicians)
            + n(&self.results)
            + n(&self.family_history)
            + n(&self.devices)
    }

    /// How many items were found in all.
    pub fn count(&self) -> usize {
        self.diagnoses.len()
            + self.medications.len()
            + self.allergies.len()
            + self.events.len()
            + self.clinicians.len()
            + self.results.len()
            + self.family_history.len()
            + self.devices.len()
    }
}

/// How many of a clinician's fields are filled in.
fn filled(c: &Clinician) -> usize {
    [
        &c.name,
        &c.role,
        &c.specialty,
        &c.institution,
        &c.phone,
        &c.email,
    ]
    .iter()
    .filter(|f| !f.trim().is_empty())
    .count()
}

/// Marks the clinicians the dossier has already, and those the files name
/// more than once ("Dr. Ana Lopez" in one document, "Ana Lopez" in another
/// are one person). Of a person named more than once, the entry with the
/// most fields filled in is the one offered, its empty fields filled from
/// the others; the rest are marked as repeats.
fn mark_clinicians(found: &mut [Found<Clinician>], have: &[Clinician]) {
    let had: std::collections::HashSet<Vec<String>> =
        have.iter().map(|c| person_words(&c.name)).collect();
    // Each person's entries, in the order first named.
    let mut people: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    let mut index: std::collections::HashMap<Vec<String>, usize> = Default::default();
    for (i, f) in found.iter().enumerate() {
        let key = person_words(&f.item.name);
        match index.get(&key) {
            Some(&at) => people[at].1.push(i),
            None => {
                index.insert(key.clone(), people.len());
                people.push((key, vec![i]));
            }
        }
    }
    for (key, all) in people {
        let in_dossier = !key.is_empty() && had.contains(&key);
        // The first of the richest: max_by_key keeps the last of equals.
        let Some(best) = all
            .iter()
            .copied()
            .rev()
            .max_by_key(|i| filled(&found[*i].item))
        else {
            continue;
        };
        let mut merged = found[best].item.clone();
        for i in &all {
            let other = &found[*i].item;
            for (mine, theirs) in [
                (&mut merged.role, &other.role),
                (&mut merged.specialty, &other.specialty),
                (&mut merged.institution, &other.institution),
                (&mut merged.phone, &other.phone),
                (&mut merged.email, &other.email),
            ] {
                if mine.trim().is_empty() && !theirs.trim().is_empty() {
                    mine.clone_from(theirs);
                }
            }
        }
        found[best].item = merged;
        for i in all {
            let repeat = i != best;
            found[i].duplicate = in_dossier || repeat;
            found[i].repeated = repeat && !in_dossier;
        }
    }
}

/// Words of a title or degree that say nothing of who a person is.
const TITLES: &[&str] = &[
    "dr",
    "doctor",
    "prof",
    "professor",
    "md",
    "phd",
    "mbbs",
    "mbchb",
    "dds",
    "rn",
    "np",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
];

/// The words of a person's name, lower case and sorted, without titles or
/// degrees: "Dr. Ana Lopez", "LOPEZ, Ana, MD" and "Ana Lopez" give the same.
fn person_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        // "M.D." is one word; "Anne-Marie" two, as before.
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| {
            use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
            // "Ève" and "Eve" are one name, however the file spells it.
            w.nfd()
                .filter(|c| *c != '.' && !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // A name that is nothing but titles ("Miss") is kept as it is.
    let without: Vec<String> = words
        .iter()
        .filter(|w| !TITLES.contains(&w.as_str()))
        .cloned()
        .collect();
    if !without.is_empty() {
        words = without;
    }
    words.sort();
    words
}

/// Whether two names are the same person's: the same words in any order
/// ("Isabella Jones" and "JONES, Isabella").
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (person_words(a), person_words(b));
    a == b
        || (!a.is_empty() && a.iter().all(|w| b.contains(w)))
        || (!b.is_empty() && b.iter().all(|w| a.contains(w)))
}

/// Which found items to add, by section, as indexes into [`Records`]'s
/// lists. `None` takes every item not marked as a duplicate.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Choice {
    pub diagnoses: Option<Vec<usize>>,
    pub medications: Option<Vec<usize>>,
    pub allergies: Option<Vec<usize>>,
    pub events: Option<Vec<usize>>,
    pub clinicians: Option<Vec<usize>>,
    pub results: Option<Vec<usize>>,
    pub family_history: Option<Vec<usize>>,
    pub devices: Option<Vec<usize>>,
}

/// What an import added.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Added {
    pub diagnoses: usize,
    pub medications: usize,
    pub allergies: usize,
    pub events: usize,
    pub clinicians: usize,
    pub results: usize,
    pub family_history: usize,
    /// Devices added to the health background's implants and devices.
    pub devices: usize,
    /// The original files, kept as documents.
    pub documents: usize,
}

fn chosen<T: Clone>(found: &[Found<T>], pick: &Option<Vec<usize>>) -> Result<Vec<T>> {
    match pick {
        None => Ok(found
            .iter()
            .filter(|f| !f.duplicate)
            .map(|f| f.item.clone())
            .collect()),
        Some(idx) => idx
            .iter()
            .map(|i| {
                found.get(*i).map(|f| f.item.clone()).ok_or_else(|| {
                    Error::invalid("choice", format!("there is no item {i} in this list"))
                })
            })
            .collect(),
    }
}

/// What a staged file is: an original (with its document's title and
/// date, if given), or the readable text of a document (its title and the
/// file it came from).
enum Text {
    Original(String, Option<String>),
    /// The document's own title (without "(readable text)"), the file it
    /// is from, and that file's document date.
    Readable(String, String, Option<String>),
}

/// Writes a document's readable text as pages: its title, where it came
/// from (in `words`), then each section as its authors wrote it.
fn narrative_pdf(
    out: &Path,
    n: &Narrative,
    patient: &Patient,
    words: &'static Catalogue,
) -> Result<usize> {
    use crate::pdf::font::Weight;
    use crate::pdf::layout::BODY;
    crate::pdf::write_to_enclose(out, words, crate::pdf::Paper::A4, &n.title, patient, |l| {
        l.heading(&n.title, 0);
        l.paragraph(
            &words.t_with(
                "records-readable-text-lead",
                &[("source", Arg::Text(&n.source.words()))],
            ),
            BODY - 1.0,
            Weight::Regular,
            0.0,
        );
        l.gap(6.0);
        for (heading, body) in &n.sections {
            if !heading.is_empty() {
                l.heading(heading, 2);
            }
            for line in body.lines() {
                l.paragraph(line, BODY, Weight::Regular, 0.0);
            }
            l.gap(4.0);
        }
    })
}

/// Adds the devices' lines (in `words`) to the health background's
/// implants and devices text, after what is there.
fn add_devices(
    conn: &rusqlite::Connection,
    dossier_id: i64,
    devices: &[Device],
    words: &Catalogue,
) -> Result<()> {
    use crate::health::{Answers, Background};
    if devices.is_empty() {
        return Ok(());
    }
    let mut background: Background = crate::store::answers_in(conn, dossier_id)?;
    let mut lines: Vec<String> = Vec::new();
    if !background.implants.trim().is_empty() {
        lines.push(background.implants.trim_end().to_string());
    }
    lines.extend(devices.iter().map(|d| d.line(words)));
    background.implants = lines.join("\n");
    background.validate()?;
    crate::store::save_answers(conn, dossier_id, &background)?;
    crate::store::drop_answered_none(conn, dossier_id)
}

/// The document date of the file read as `file`.
fn date_of_file(records: &Records, file: &str) -> Option<String> {
    records
        .files
        .iter()
        .find(|k| file_name(&k.path) == file)
        .and_then(|k| k.date.clone())
}

/// The title of a document's readable text, in `words`: "Discharge
/// summary (readable text)".
fn readable_title(title: &str, words: &Catalogue) -> String {
    words.t_with(
        "records-readable-text-title",
        &[("title", Arg::Text(title))],
    )
}

/// Whether the dossier already has this readable text of this file, added
/// in any of the languages.
fn has_readable_text(
    conn: &rusqlite::Connection,
    dossier_id: i64,
    title: &str,
    from: &str,
) -> Result<bool> {
    for language in Language::OFFERED {
        let titled = readable_title(title, Catalogue::of(language));
        let had: bool = conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM documents WHERE dossier_id = ?1 AND title = ?2 AND source = ?3)",
            rusqlite::params![dossier_id, titled, from],
            |r| r.get(0),
        )?;
        if had {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Adds the chosen items to dossier `dossier_id` and keeps the original
/// files as documents, all in one transaction: either everything is there
/// afterwards, or nothing. Chosen devices are added to the health
/// background's implants and devices, each line saying where it came from.
/// What the app writes with them (those lines, the documents' notes, the
/// pages of each document's readable text) is in `words`.
pub fn add(
    store: &Store,
    dossier_id: i64,
    records: &Records,
    choice: &Choice,
    words: &'static Catalogue,
) -> Result<Added> {
    use crate::store::insert_items;
    store.dossier(dossier_id)?;
    let diagnoses = chosen(&records.diagnoses, &choice.diagnoses)?;
    let medications = chosen(&records.medications, &choice.medications)?;
    let allergies = chosen(&records.allergies, &choice.allergies)?;
    let events = chosen(&records.events, &choice.events)?;
    let clinicians = chosen(&records.clinicians, &choice.clinicians)?;
    let results = chosen(&records.results, &choice.results)?;
    let family = chosen(&records.family_history, &choice.family_history)?;
    let devices = chosen(&records.devices, &choice.devices)?;
    let mut staged = Vec::new();
    for kept in &records.files {
        let (file, stored) = store.files().stage_file(&kept.path)?;
        // A file changed (or replaced) since the preview is not kept in
        // place of the one shown.
        if stored.sha256 != kept.sha256 {
            return Err(Error::said(
                ErrorKind::BadFile,
                "records-file-changed",
                &[("file", &file_name(&kept.path))],
            ));
        }
        staged.push((
            kept.path.clone(),
            (file, stored),
            Text::Original(kept.title.clone(), kept.date.clone()),
        ));
    }
    // Each document's readable text becomes pages the bundle can enclose
    // (a C-CDA or FHIR file cannot be enclosed as it is).
    let patient = store.patient(store.dossier(dossier_id)?.patient_id)?;
    let scratch = tempfile::tempdir().map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
    for (i, n) in records.narratives.iter().enumerate() {
        let path = scratch.path().join(format!("{}.pdf", i + 1));
        narrative_pdf(&path, n, &patient, words)?;
        staged.push((
            path.clone(),
            store.files().stage_file(&path)?,
            Text::Readable(
                n.title.clone(),
                n.source.file.clone(),
                date_of_file(records, &n.source.file),
            ),
        ));
    }
    store.with_files(|conn, journal| {
        insert_items(conn, dossier_id, &diagnoses)?;
        insert_items(conn, dossier_id, &medications)?;
        insert_items(conn, dossier_id, &allergies)?;
        insert_items(conn, dossier_id, &events)?;
        insert_items(conn, dossier_id, &clinicians)?;
        insert_items(conn, dossier_id, &results)?;
        insert_items(conn, dossier_id, &family)?;
        add_devices(conn, dossier_id, &devices, words)?;
        let mut documents = 0;
        for (path, (file, stored), text) in staged {
            if crate::store::has_file(conn, dossier_id, &stored.sha256)? {
                continue;
            }
            // The readable text of a document added before is not added
            // again (its pages are made anew each time, so their hash differs).
            if let Text::Readable(title, from, _) = &text {
                if has_readable_text(conn, dossier_id, title, from)? {
                    continue;
                }
            }
            let meta = match text {
                Text::Readable(title, from, date) => Document {
                    title: readable_title(&title, words),
                    date,
                    kind: Some(DocumentKind::Other),
                    include_in_export: true,
                    notes: words
                        .t_with("records-readable-text-notes", &[("file", Arg::Text(&from))]),
                    source: from,
                    ..Document::default()
                },
                // The document's own title and date, when it gives them;
                // else the file's name.
                Text::Original(title, date) => Document {
                    title,
                    date,
                    kind: Some(DocumentKind::Other),
                    include_in_export: true,
                    notes: words.t("records-original-file-notes"),
                    ..Document::default()
                },
            };
            let doc = crate::store::document_for(&path, &meta, &stored);
            crate::store::insert_item(conn, dossier_id, &doc)?;
            journal.note(&stored.sha256)?;
            store.files().place(file)?;
            documents += 1;
        }
        Ok(Added {
            diagnoses: diagnoses.len(),
            medications: medications.len(),
            allergies: allergies.len(),
            events: events.len(),
            clinicians: clinicians.len(),
            results: results.len(),
            family_history: family.len(),
            devices: devices.len(),
            documents,
        })
    })
}
