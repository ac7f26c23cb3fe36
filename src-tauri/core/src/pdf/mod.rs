//! The PDF bundle for the consulting doctor.
//!
//! Owns the bundle's content and order (cover, summary, questions,
//! medicines and allergies, care team, timeline, index, then the enclosed
//! reports), the footer on every page, bookmarks, links, attachments and
//! metadata, and writing the file atomically. Text layout lives in
//! [`layout`], shaping in [`text`], fonts in [`font`], drawing generated
//! pages with printpdf in [`render`], footers and page assembly in
//! [`assemble`], and turning report files into pages in [`enclose`] (PDFs
//! copied defensively by [`clean`]).
//!
//! An export reads what it needs from the store first ([`gather`]), then
//! builds the bundle from that alone ([`build`]), so a caller may release
//! the store in between.

pub mod assemble;
pub mod clean;
pub mod enclose;
pub mod font;
pub mod layout;
mod pages;
pub mod render;
pub mod text;

use crate::date::display_long;
use crate::error::{Error, ErrorKind, Result};
use crate::model::*;
use crate::store::Store;
use assemble::Slot;
use clean as enclose_clean;
use enclose::{Limits, Prepared};
use font::{compressed, Fonts, Weight};
use layout::{Layout, Op, BODY, MARGIN, MM};
use lopdf::{dictionary, Document, Object, ObjectId};
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

    /// The section's heading in the bundle.
    pub fn title(self) -> &'static str {
        match self {
            Section::Summary => "Summary",
            Section::Questions => "Questions for the doctor",
            Section::Background => "Health background and daily life",
            Section::Medications => "Medicines and allergies",
            Section::Results => "Test results over time",
            Section::Clinicians => "Doctors and care team",
            Section::Timeline => "Timeline",
            Section::Index => "Index of enclosed documents",
            Section::Documents => "Enclosed documents",
        }
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
}

/// A document that could not be enclosed as pages, and why.
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

/// An enclosed document with what it became.
struct Enclosure {
    doc: Document_,
    prepared: Prepared,
    number: usize,
    start: usize,
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
    pub opts: ExportOptions,
    /// Bounds on what one report file may cost.
    pub limits: Limits,
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
        crate::guidance::checklist(&full, &store.checklist_marks(id)?)
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

/// The documents chosen for the bundle, in index order, turned into pages
/// or reasons. Each report is read on a worker thread with the input's
/// limits.
fn prepare_all(
    input: &ExportInput,
    max_px: Option<u32>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Vec<Enclosure>> {
    let opts = &input.opts;
    let on = |s: Section| !opts.exclude_sections.contains(&s);
    let chosen: Vec<&Document_> = if on(Section::Documents) || on(Section::Index) {
        input
            .full
            .documents
            .iter()
            .filter(|d| {
                (d.include_in_export || opts.include_documents.contains(&d.id))
                    && !opts.exclude_documents.contains(&d.id)
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut enclosures = Vec::new();
    for (i, doc) in chosen.iter().enumerate() {
        if !progress(i, chosen.len()) {
            return Err(cancelled());
        }
        let prepared = if on(Section::Documents) {
            let path = input.files.get(&doc.id).cloned().unwrap_or_default();
            enclose::prepare_guarded(
                &path,
                &doc.original_name,
                max_px,
                &input.limits,
                &mut || progress(i, chosen.len()),
            )
            .ok_or_else(cancelled)?
        } else {
            Prepared::Listed(String::new())
        };
        enclosures.push(Enclosure {
            doc: (*doc).clone(),
            prepared,
            number: i + 1,
            start: 0,
        });
    }
    if !progress(chosen.len(), chosen.len()) {
        return Err(cancelled());
    }
    Ok(enclosures)
}

/// Moves a cleaned report's objects into the bundle; returns its pages.
fn merge_pdf(pdf: &mut Document, clean: enclose_clean::CleanPdf) -> Vec<ObjectId> {
    let enclose_clean::CleanPdf { doc, pages, .. } = clean;
    render::graft(pdf, doc, &pages)
}

/// Builds the bundle from what [`gather`] read and writes it to `out`
/// (atomically), without the store.
pub fn build(
    input: &ExportInput,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ExportReport> {
    let full = &input.full;
    let opts = &input.opts;
    let checklist = &input.checklist;
    let (width, height) = opts.paper.size();
    let mut pdf = Document::with_version("1.7");
    let on = |s: Section| !opts.exclude_sections.contains(&s);

    // 1. The reports, in index order, turned into pages or reasons.
    let max_px = opts
        .email_size
        .then(|| ((height - 2.0 * MARGIN) / 72.0 * 150.0) as u32);
    let mut enclosures = prepare_all(input, max_px, progress)?;
    let all_docs = enclosures.len();
    let mut ticker = Ticker {
        progress,
        last: std::time::Instant::now(),
    };

    // 2. The generated front pages, laid out until page numbers settle.
    let mut fonts = Fonts::new();
    let mut toc: Vec<(String, usize)> = Vec::new();
    let mut front;
    let mut rounds = 0;
    loop {
        let mut layout = Layout::new(&mut fonts, width, height);
        pages::front_matter(
            &mut layout,
            &pages::Front {
                full,
                opts,
                docs: &enclosures,
                toc: &toc,
                checklist,
            },
        );
        let pages = layout.pages.len();
        let anchors = std::mem::take(&mut layout.anchors);
        front = (std::mem::take(&mut layout.pages), anchors);
        let mut next = pages + 1;
        for e in enclosures.iter_mut() {
            e.start = next;
            next += if on(Section::Documents) {
                e.prepared.pages()
            } else {
                0
            };
        }
        let new_toc: Vec<(String, usize)> = front
            .1
            .iter()
            .filter(|a| a.level == 0)
            .map(|a| (a.title.clone(), a.page + 1))
            .chain(
                enclosures
                    .first()
                    .filter(|_| on(Section::Documents))
                    .map(|e| (Section::Documents.title().to_string(), e.start)),
            )
            .collect();
        rounds += 1;
        if new_toc == toc || rounds >= 4 {
            break;
        }
        toc = new_toc;
    }
    let (front_pages, front_anchors) = front;

    // 3. Pages for images and for documents that cannot be enclosed.
    use Slot as Final;
    let mut finals: Vec<Final> = front_pages.into_iter().map(Final::Gen).collect();
    let mut outline: Vec<(String, usize, u8)> = front_anchors
        .iter()
        .filter(|a| a.level <= 1)
        .map(|a| (a.title.clone(), a.page, a.level))
        .collect();
    let mut not_enclosed = Vec::new();
    let mut repaired = Vec::new();
    let mut enclosed = Vec::new();
    let mut attachments: Vec<(Document_, PathBuf)> = Vec::new();
    if on(Section::Documents) && !enclosures.is_empty() {
        outline.push((Section::Documents.title().into(), finals.len(), 0));
    }
    for e in enclosures.iter_mut() {
        if !on(Section::Documents) {
            break;
        }
        ticker.ask(all_docs, all_docs)?;
        let label = format!("{}. {}", e.number, e.doc.title);
        outline.push((label, finals.len(), 1));
        match std::mem::replace(&mut e.prepared, Prepared::Listed(String::new())) {
            Prepared::Pdf(clean) => {
                // The report's pages (and what they use) join the bundle.
                if !clean.repairs.is_empty() {
                    repaired.push(NotEnclosed {
                        document_id: e.doc.id,
                        title: e.doc.title.clone(),
                        reason: clean.repairs.join("; "),
                    });
                }
                let pages = merge_pdf(&mut pdf, *clean);
                enclosed.push(Enclosed {
                    document_id: e.doc.id,
                    first_page: finals.len() + 1,
                    pages: pages.len(),
                });
                finals.extend(pages.into_iter().map(Final::Pdf));
            }
            Prepared::Images(pictures) => {
                let count = pictures.len();
                enclosed.push(Enclosed {
                    document_id: e.doc.id,
                    first_page: finals.len() + 1,
                    pages: count,
                });
                for (k, picture) in pictures.into_iter().enumerate() {
                    ticker.ask(all_docs, all_docs)?;
                    let img = picture.place(&mut pdf);
                    let mut l = Layout::new(&mut fonts, width, height);
                    l.new_page();
                    let mut caption = format!("Document {}: {}", e.number, e.doc.title);
                    if let Some(d) = &e.doc.date {
                        caption.push_str(&format!(", {}", display_long(d)));
                    }
                    if count > 1 {
                        caption.push_str(&format!(" (page {} of {count})", k + 1));
                    }
                    l.paragraph(&caption, 11.0, Weight::Bold, 0.0);
                    l.gap(4.0);
                    let (sw, sh) = img.seen();
                    let box_w = l.text_width();
                    let box_h = l.y - (MARGIN + layout::FOOTER - 6.0 * MM);
                    let scale = (box_w / sw).min(box_h / sh);
                    let (w, h) = (sw * scale, sh * scale);
                    let x = MARGIN + (box_w - w) / 2.0;
                    let y = l.y - h;
                    let matrix = img.matrix(x, y, w, h);
                    l.pages[0].ops.push(Op::Image {
                        object: img.object,
                        matrix,
                    });
                    finals.push(Final::Gen(l.pages.remove(0)));
                }
            }
            prepared @ (Prepared::Listed(_) | Prepared::Failed(_) | Prepared::Refused(_)) => {
                let (failed, reason) = match prepared {
                    Prepared::Failed(r) | Prepared::Refused(r) => (true, r),
                    Prepared::Listed(r) => (false, r),
                    _ => unreachable!("matched above"),
                };
                let mut l = Layout::new(&mut fonts, width, height);
                l.new_page();
                l.heading(&format!("Document {}: {}", e.number, e.doc.title), 1);
                l.field("Kind", e.doc.kind.map(|k| k.label()).unwrap_or(""));
                l.field(
                    "Date",
                    &e.doc.date.as_deref().map(display_long).unwrap_or_default(),
                );
                l.field("From", &e.doc.source);
                l.field("File", &e.doc.original_name);
                l.gap(8.0);
                let text = if failed {
                    format!("This document could not be included as pages: {reason}.")
                } else {
                    format!("This document is {reason}.")
                };
                l.paragraph(&text, BODY, Weight::Regular, 0.0);
                l.gap(6.0);
                l.paragraph(
                    "The original file is attached to this PDF. In most PDF viewers, open the attachments panel (a paper-clip symbol) to save it.",
                    BODY,
                    Weight::Regular,
                    0.0,
                );
                not_enclosed.push(NotEnclosed {
                    document_id: e.doc.id,
                    title: e.doc.title.clone(),
                    reason: reason.clone(),
                });
                let path = input.files.get(&e.doc.id).cloned().unwrap_or_default();
                attachments.push((e.doc.clone(), path));
                finals.extend(l.pages.into_iter().map(Final::Gen));
            }
        }
    }

    let total = finals.len();

    // 5. Every page with its footer: generated pages drawn, enclosed ones
    // stamped.
    let who = footer_who(&full.patient);
    let pages_id = pdf.new_object_id();
    let page_ids = assemble::assemble(
        &mut pdf,
        &mut fonts,
        finals,
        (width, height),
        &who,
        pages_id,
        &mut || ticker.ask(all_docs, all_docs),
    )?;
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => page_ids.iter().map(|id| Object::Reference(*id)).collect::<Vec<_>>(),
            "Count" => total as i64,
        }),
    );

    // 6. Bookmarks, attachments, metadata.
    let mut catalog =
        dictionary! { "Type" => "Catalog", "Pages" => pages_id, "PageMode" => "UseOutlines" };
    if let Some(outlines) = write_outline(&mut pdf, &outline, &page_ids) {
        catalog.set("Outlines", outlines);
    }
    if !attachments.is_empty() {
        let mut names = Vec::new();
        for (i, (doc, path)) in attachments.iter().enumerate() {
            ticker.ask(all_docs, all_docs)?;
            // An original too large or gone is named but not attached.
            let bytes = match std::fs::metadata(path) {
                Ok(m) if m.len() <= input.limits.max_file_bytes => {
                    std::fs::read(path).map_err(|e| Error::io(path, e))?
                }
                _ => continue,
            };
            let size = bytes.len() as i64;
            let file = pdf.add_object(compressed(
                dictionary! { "Type" => "EmbeddedFile", "Params" => dictionary! { "Size" => size } },
                bytes,
            ));
            let name = if doc.original_name.is_empty() {
                format!("document-{}", i + 1)
            } else {
                doc.original_name.clone()
            };
            let spec = pdf.add_object(dictionary! {
                "Type" => "Filespec",
                "F" => Object::string_literal(ascii_name(&name)),
                "UF" => text_string(&name),
                "Desc" => text_string(&doc.title),
                "EF" => dictionary! { "F" => file },
            });
            names.push(Object::string_literal(format!(
                "{:03} {}",
                i + 1,
                ascii_name(&name)
            )));
            names.push(spec.into());
        }
        catalog.set(
            "Names",
            dictionary! { "EmbeddedFiles" => dictionary! { "Names" => names } },
        );
    }
    let catalog_id = pdf.add_object(catalog);
    pdf.trailer.set("Root", catalog_id);
    let d = &full.dossier;
    let subject = if d.consultant.name.is_empty() {
        "Records and questions for a second opinion".to_string()
    } else {
        format!(
            "Records and questions for a second opinion by {}",
            d.consultant.name
        )
    };
    let info = pdf.add_object(dictionary! {
        "Title" => text_string(&format!("Second opinion dossier: {}", d.title)),
        "Author" => text_string(&full.patient.full_name),
        "Subject" => text_string(&subject),
        "Creator" => text_string(&format!("Second Opinion Dossier {}", env!("CARGO_PKG_VERSION"))),
        "Producer" => text_string(&format!("Second Opinion Dossier {}", env!("CARGO_PKG_VERSION"))),
        "CreationDate" => Object::string_literal(pdf_now()),
    });
    pdf.trailer.set("Info", info);
    pdf.prune_objects();

    save(&mut pdf, out)?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(ExportReport {
        path: out.to_path_buf(),
        pages: total,
        bytes,
        not_enclosed,
        repaired,
        enclosed,
        missing_characters: fonts.missing.iter().collect(),
        over_email_limit: bytes > EMAIL_LIMIT,
    })
}

/// Writes a short generated document (a letter, a comparison): pages laid
/// out by `build`, each with the footer, title and author set, written
/// atomically. Returns the number of pages.
pub fn write_simple(
    out: &Path,
    paper: Paper,
    title: &str,
    patient: &Patient,
    build: impl FnOnce(&mut Layout),
) -> Result<usize> {
    let (width, height) = paper.size();
    let mut fonts = Fonts::new();
    let pages = {
        let mut l = Layout::new(&mut fonts, width, height);
        l.new_page();
        build(&mut l);
        l.pages
    };
    let total = pages.len();
    let who = footer_who(patient);
    let mut pdf = Document::with_version("1.7");
    let pages_id = pdf.new_object_id();
    let kids = assemble::assemble(
        &mut pdf,
        &mut fonts,
        pages.into_iter().map(Slot::Gen).collect(),
        (width, height),
        &who,
        pages_id,
        &mut || Ok(()),
    )?;
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids.into_iter().map(Object::Reference).collect::<Vec<_>>(),
            "Count" => total as i64,
        }),
    );
    let catalog = pdf.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    pdf.trailer.set("Root", catalog);
    let info = pdf.add_object(dictionary! {
        "Title" => text_string(title),
        "Author" => text_string(&patient.full_name),
        "Creator" => text_string(&format!("Second Opinion Dossier {}", env!("CARGO_PKG_VERSION"))),
        "Producer" => text_string(&format!("Second Opinion Dossier {}", env!("CARGO_PKG_VERSION"))),
        "CreationDate" => Object::string_literal(pdf_now()),
    });
    pdf.trailer.set("Info", info);
    pdf.prune_objects();
    save(&mut pdf, out)?;
    Ok(total)
}

/// Writes a finished PDF so that it appears only when complete.
fn save(pdf: &mut Document, out: &Path) -> Result<()> {
    crate::write_atomically(out, |file| {
        let mut w = std::io::BufWriter::new(file);
        pdf.save_to(&mut w)
            .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", out.display())))?;
        std::io::Write::flush(&mut w).map_err(|e| Error::io(out, e))
    })
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
/// so that a right-to-left name keeps the rest of the line left to right.
fn footer_who(p: &Patient) -> String {
    match &p.date_of_birth {
        Some(d) => format!("\u{2068}{}\u{2069} · born {}", p.full_name, display_long(d)),
        None => p.full_name.clone(),
    }
}

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

/// Writes the outline; entries are (title, 0-based page, level 0 or 1).
fn write_outline(
    pdf: &mut Document,
    entries: &[(String, usize, u8)],
    pages: &[ObjectId],
) -> Option<ObjectId> {
    if entries.is_empty() {
        return None;
    }
    let root = pdf.new_object_id();
    // Group level-1 entries under the level-0 entry before them.
    let mut tops: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if e.2 == 0 || tops.is_empty() {
            tops.push((i, Vec::new()));
        } else if let Some(t) = tops.last_mut() {
            t.1.push(i);
        }
    }
    let ids: Vec<ObjectId> = entries.iter().map(|_| pdf.new_object_id()).collect();
    let dest = |i: usize| {
        vec![
            Object::Reference(pages[entries[i].1.min(pages.len() - 1)]),
            "Fit".into(),
        ]
    };
    let link = |pdf: &mut Document, list: &[usize], parent: ObjectId| {
        for (k, &i) in list.iter().enumerate() {
            let mut d = dictionary! {
                "Title" => text_string(&entries[i].0),
                "Parent" => parent,
                "Dest" => dest(i),
            };
            if k > 0 {
                d.set("Prev", ids[list[k - 1]]);
            }
            if k + 1 < list.len() {
                d.set("Next", ids[list[k + 1]]);
            }
            pdf.objects.insert(ids[i], Object::Dictionary(d));
        }
    };
    let top_list: Vec<usize> = tops.iter().map(|t| t.0).collect();
    link(pdf, &top_list, root);
    let mut count = top_list.len() as i64;
    for (top, kids) in &tops {
        if kids.is_empty() {
            continue;
        }
        link(pdf, kids, ids[*top]);
        if let Ok(d) = pdf.get_object_mut(ids[*top]).and_then(Object::as_dict_mut) {
            d.set("First", ids[kids[0]]);
            d.set("Last", ids[*kids.last().expect("not empty")]);
            d.set("Count", kids.len() as i64);
        }
        count += kids.len() as i64;
    }
    pdf.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Outlines",
            "First" => ids[top_list[0]],
            "Last" => ids[*top_list.last().expect("not empty")],
            "Count" => count,
        }),
    );
    Some(root)
}
