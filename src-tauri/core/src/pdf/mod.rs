//! The PDF bundle for the consulting doctor.
//!
//! Owns the bundle's content and order (cover, summary, questions,
//! medicines and allergies, care team, timeline, index, then the enclosed
//! reports), the footer on every page, bookmarks, links, attachments and
//! metadata, and writing the file atomically. Writing the bundle as it is
//! built lives in [`bundle`], text layout in [`layout`], shaping in
//! [`text`], fonts in [`font`], drawing generated pages with printpdf in
//! [`render`], footers and page assembly in [`assemble`], writing a PDF
//! object by object in [`sink`], and turning report files into pages in
//! [`enclose`] (PDFs copied defensively by [`clean`]).
//!
//! An export reads what it needs from the store first ([`gather`]), then
//! builds the bundle from that alone ([`build`]), so a caller may release
//! the store in between.

pub mod assemble;
mod bundle;
pub mod clean;
pub mod enclose;
pub mod font;
mod jpeg_data;
pub mod layout;
mod pages;
pub mod render;
pub mod sink;
pub mod text;

use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{Catalogue, Language};
use crate::model::*;
use crate::store::Store;
use enclose::Limits;
use font::Fonts;
use layout::Layout;
use lopdf::{dictionary, Object, ObjectId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Paper size of generated pages (enclosed PDFs keep theirs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// A part of the bundle that the user may leave out (the cover is always
/// there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Summary,
    Questions,
    Background,
    Medications,
    Results,
    Clinicians,
    Timeline,
    Index,
    Documents,
}

impl Section {
    /// Every section, in bundle order.
    pub const ALL: [Section; 9] = [
        Section::Summary,
        Section::Questions,
        Section::Background,
        Section::Medications,
        Section::Results,
        Section::Clinicians,
        Section::Timeline,
        Section::Index,
        Section::Documents,
    ];

    /// The key used by the tool and the app (`questions`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Summary => "summary",
            Section::Questions => "questions",
            Section::Background => "background",
            Section::Medications => "medications",
            Section::Results => "results",
            Section::Clinicians => "clinicians",
            Section::Timeline => "timeline",
            Section::Index => "index",
            Section::Documents => "documents",
        }
    }

    /// The section's heading in the bundle, in a language.
    pub fn title_in(self, words: &Catalogue) -> String {
        words.t(&format!("section-{}", self.key()))
    }

    /// Finds a section by key.
    pub fn parse(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What goes into the bundle.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportOptions {
    pub paper: Paper,
    /// Shrink photos and scanned pages above 150 dpi.
    pub email_size: bool,
    /// Sections left out.
    pub exclude_sections: BTreeSet<Section>,
    /// Documents left out (by ID), on top of those not marked for export.
    pub exclude_documents: BTreeSet<i64>,
    /// Documents put in even though they are not marked for export.
    pub include_documents: BTreeSet<i64>,
    /// Leave the what-to-bring checklist off the cover.
    pub hide_checklist: bool,
    /// The language of the generated words (the doctor's language); the
    /// patient's own text stays as typed.
    #[serde(default, with = "language_code")]
    pub language: Language,
    /// Protect the bundle with this password (AES-256). Never stored nor
    /// read from saved options: the app and the tool pass it for one
    /// export.
    #[serde(skip)]
    pub password: Option<Password>,
}

/// A language as its code in saved options (`"es"`).
mod language_code {
    use crate::i18n::Language;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(l: &Language, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(l.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let code = String::deserialize(d)?;
        Language::parse("language", &code).map_err(serde::de::Error::custom)
    }
}

/// The fewest characters a bundle's password may have.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// The most bytes (in UTF-8, once prepared) a bundle's password may have:
/// PDF readers use no more.
pub const MAX_PASSWORD_BYTES: usize = 127;

/// The password a bundle is protected with. Printed as `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// A password; one too short to protect a medical record, or with
    /// characters a PDF password cannot hold (emoji and other symbols PDF
    /// readers cannot all take), is refused.
    pub fn new(password: impl Into<String>) -> Result<Password> {
        let password = password.into();
        if password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(Error::said(
                ErrorKind::InvalidInput,
                "error-pdf-password-short",
                &[("count", &MIN_PASSWORD_CHARS.to_string())],
            )
            .with_field("password"));
        }
        crate::vault::check_spoken("password", &password)?;
        // The PDF standard prepares passwords as SASLprep does (RFC 4013),
        // and readers use the first 127 bytes of what that gives.
        match stringprep::saslprep(&password) {
            Err(_) => Err(Error::invalid(
                "password",
                "use letters, digits, spaces and punctuation only: emoji and some symbols cannot be typed in every PDF reader",
            )),
            Ok(prepared) if prepared.len() > MAX_PASSWORD_BYTES => Err(Error::invalid(
                "password",
                format!("it is too long for a PDF password: use at most {MAX_PASSWORD_BYTES} letters (fewer with accents or other alphabets)"),
            )),
            // Given to the PDF as prepared, so that an accented letter
            // matches however it is typed in a reader.
            Ok(prepared) => Ok(Password(prepared.into_owned())),
        }
    }

    /// Reads the password from the first line of `path`, without its line
    /// ending; a missing or empty one is an error naming the file.
    pub fn from_file(path: &Path) -> Result<Password> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let line = text.split('\n').next().unwrap_or_default();
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            return Err(Error::invalid(
                &path.display().to_string(),
                "the password file's first line is empty",
            ));
        }
        Password::new(line).map_err(|e| {
            let field = path.display().to_string();
            Error::invalid(&field, e.message.trim_start_matches("password: "))
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

/// A document that could not be enclosed as pages, and why (in the
/// bundle's language, as its page says it).
#[derive(Debug, Clone, Serialize)]
pub struct NotEnclosed {
    pub document_id: i64,
    pub title: String,
    pub reason: String,
}

/// A document enclosed as pages.
#[derive(Debug, Clone, Serialize)]
pub struct Enclosed {
    pub document_id: i64,
    /// The bundle page it starts on (1-based) and how many pages it takes.
    pub first_page: usize,
    pub pages: usize,
}

/// What an export produced.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: u64,
    /// Documents shown by a page that explains why they are not enclosed
    /// (their originals are attached to the PDF).
    pub not_enclosed: Vec<NotEnclosed>,
    /// Documents enclosed after a repair (what could not be read was left
    /// out); the reason says what was repaired.
    pub repaired: Vec<NotEnclosed>,
    /// Documents enclosed as pages (their own or their photos').
    pub enclosed: Vec<Enclosed>,
    /// Characters the fonts lack, printed as "?".
    pub missing_characters: String,
    /// True when the bundle is over 20 MB, a common email limit.
    pub over_email_limit: bool,
}

/// 20 MB, a common limit for email attachments.
pub const EMAIL_LIMIT: u64 = 20 * 1000 * 1000;

/// A document chosen for the bundle: its number in the index, the bundle
/// page it starts on and how many pages it takes.
struct Enclosure {
    doc: Document_,
    number: usize,
    start: usize,
    /// Its first page counted from the first enclosed page (0-based).
    first: usize,
    pages: usize,
}

type Document_ = crate::model::Document;

/// Everything an export needs from the store, gathered at once so that the
/// bundle can be built without holding the store (see [`gather`] and
/// [`build`]).
#[derive(Debug, Clone)]
pub struct ExportInput {
    pub full: FullDossier,
    pub checklist: Vec<crate::guidance::ChecklistItem>,
    /// The stored file of each document that may be enclosed, by ID.
    pub files: BTreeMap<i64, PathBuf>,
    /// The record's keys when it is protected: the files are encrypted.
    pub keys: Option<crate::vault::Keys>,
    pub opts: ExportOptions,
    /// Bounds on what one report file may cost.
    pub limits: Limits,
}

impl ExportInput {
    /// The catalogue of the bundle's language.
    pub fn words(&self) -> &'static Catalogue {
        Catalogue::of(self.opts.language)
    }
}

/// Builds the bundle for dossier `id` and writes it to `out` (atomically).
pub fn export_pdf(
    store: &Store,
    id: i64,
    out: &Path,
    opts: &ExportOptions,
) -> Result<ExportReport> {
    export_pdf_with_progress(store, id, out, opts, &mut |_, _| true)
}

/// [`export_pdf`] reporting progress as (documents done, documents in all);
/// `progress` returning false cancels the export (nothing is written). It
/// is asked several times a second while reports are read and pages made.
pub fn export_pdf_with_progress(
    store: &Store,
    id: i64,
    out: &Path,
    opts: &ExportOptions,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ExportReport> {
    build(&gather(store, id, opts)?, out, progress)
}

/// Reads from the store what an export of dossier `id` needs.
pub fn gather(store: &Store, id: i64, opts: &ExportOptions) -> Result<ExportInput> {
    let full = store.full_dossier(id)?;
    let checklist = if opts.hide_checklist {
        Vec::new()
    } else {
        crate::guidance::checklist(
            &full,
            &store.checklist_marks(id)?,
            Catalogue::of(opts.language),
        )
    };
    let files = full
        .documents
        .iter()
        .map(|d| (d.id, store.files().path_of(&d.sha256)))
        .collect();
    Ok(ExportInput {
        full,
        checklist,
        files,
        keys: store.files().keys().cloned(),
        opts: opts.clone(),
        limits: Limits::default(),
    })
}

fn cancelled() -> Error {
    Error::new(
        ErrorKind::Cancelled,
        "The export was cancelled; no file was written.",
    )
}

/// Asks `progress` whether to go on, at most every 100 ms.
struct Ticker<'a> {
    progress: &'a mut dyn FnMut(usize, usize) -> bool,
    last: std::time::Instant,
}

impl Ticker<'_> {
    fn ask(&mut self, done: usize, all: usize) -> Result<()> {
        if self.last.elapsed() < std::time::Duration::from_millis(100) {
            return Ok(());
        }
        self.last = std::time::Instant::now();
        if (self.progress)(done, all) {
            Ok(())
        } else {
            Err(cancelled())
        }
    }
}

/// Builds the bundle from what [`gather`] read and writes it to `out`
/// (atomically), without the store. The bundle is written as it is built
/// (see [`bundle`]): what is held at once is about one report, whatever the
/// dossier's size.
pub fn build(
    input: &ExportInput,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ExportReport> {
    let mut report = None;
    crate::write_atomically(out, |file| {
        report = Some(bundle::write(input, out, file, progress)?);
        Ok(())
    })?;
    let mut report = report.ok_or_else(cancelled)?;
    report.bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    report.over_email_limit = report.bytes > EMAIL_LIMIT;
    Ok(report)
}

/// Writes a short generated document (a letter, a comparison): pages laid
/// out by `build`, each with the footer, title and author set, written
/// atomically. Returns the number of pages.
pub fn write_simple(
    out: &Path,
    words: &'static Catalogue,
    paper: Paper,
    title: &str,
    patient: &Patient,
    build: impl FnOnce(&mut Layout),
) -> Result<usize> {
    write_pages(out, words, paper, title, patient, true, build)
}

/// As [`write_simple`], without the footer: for pages that will be
/// enclosed in a bundle, which stamps its own.
pub fn write_to_enclose(
    out: &Path,
    words: &'static Catalogue,
    paper: Paper,
    title: &str,
    patient: &Patient,
    build: impl FnOnce(&mut Layout),
) -> Result<usize> {
    write_pages(out, words, paper, title, patient, false, build)
}

fn write_pages(
    out: &Path,
    words: &'static Catalogue,
    paper: Paper,
    title: &str,
    patient: &Patient,
    footer: bool,
    build: impl FnOnce(&mut Layout),
) -> Result<usize> {
    let size = paper.size();
    let mut fonts = Fonts::new();
    let pages = {
        let mut l = Layout::new(&mut fonts, words, size.0, size.1);
        l.new_page();
        build(&mut l);
        l.pages
    };
    let total = pages.len();
    let who = footer_who(words, patient);
    crate::write_atomically(out, |file| {
        let mut sink = sink::Sink::new(file, out)?;
        let parent = sink.reserve();
        let ids: Vec<ObjectId> = pages.iter().map(|_| sink.reserve()).collect();
        let frame = assemble::Frame {
            size,
            who: &who,
            words,
            footer,
            parent,
            ids: &ids,
        };
        assemble::write_generated(
            &mut sink,
            &mut fonts,
            &frame,
            pages.into_iter().enumerate().collect(),
            &mut || Ok(()),
        )?;
        frame.write_tree(&mut sink)?;
        let catalog = sink.add(&Object::Dictionary(
            dictionary! { "Type" => "Catalog", "Pages" => parent },
        ))?;
        let info = sink.add(&info_dict(title, &patient.full_name, None))?;
        sink.finish(catalog, info)?;
        Ok(())
    })?;
    Ok(total)
}

/// The document information dictionary: title, author, subject, the
/// program and the time.
fn info_dict(title: &str, author: &str, subject: Option<&str>) -> Object {
    let program = format!("Second Opinion Dossier {}", env!("CARGO_PKG_VERSION"));
    let mut info = dictionary! {
        "Title" => text_string(title),
        "Author" => text_string(author),
        "Creator" => text_string(&program),
        "Producer" => text_string(&program),
        "CreationDate" => Object::string_literal(pdf_now()),
    };
    if let Some(subject) = subject {
        info.set("Subject", text_string(subject));
    }
    Object::Dictionary(info)
}

/// The non-empty parts, joined.
/// What an empty section says: the patient's "none", or that it was not
/// filled in (never "none" on the patient's behalf).
fn none_or_unknown<'a>(
    full: &FullDossier,
    section: &str,
    none: &'a str,
    not_filled: &'a str,
) -> String {
    if full.dossier.none_known.iter().any(|k| k == section) {
        none.to_string()
    } else {
        not_filled.to_string()
    }
}

fn joined(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(sep)
}

/// The patient in the footer; the name is isolated (FIRST STRONG ISOLATE)
/// so that a right-to-left name keeps the rest of the line left to right,
/// on one line and shortened to [`FOOTER_NAME_CHARS`] so that it never runs
/// into the page number (longer in Spanish and German: "página 2 de 5").
fn footer_who(words: &Catalogue, p: &Patient) -> String {
    let one_line = p.full_name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = crate::error::shorten(&one_line, FOOTER_NAME_CHARS);
    match &p.date_of_birth {
        Some(d) => format!(
            "\u{2068}{name}\u{2069} · {}",
            words.t_with("pdf-footer-born", &[("date", (&words.date_text(d)).into())])
        ),
        None => name,
    }
}

/// The most characters of the patient's name a footer shows.
const FOOTER_NAME_CHARS: usize = 48;

/// Plain-ASCII version of a file name for the `/F` entry.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '(' && *c != ')' && *c != '\\')
        .collect()
}

/// A PDF text string: PDFDocEncoding-safe ASCII as is, else UTF-16BE.
fn text_string(s: &str) -> Object {
    if s.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        Object::string_literal(s)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, lopdf::StringFormat::Hexadecimal)
    }
}

fn pdf_now() -> String {
    chrono::Utc::now().format("D:%Y%m%d%H%M%SZ").to_string()
}
