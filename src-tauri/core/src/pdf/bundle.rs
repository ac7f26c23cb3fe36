//! Writing the bundle as it is built, so that memory does not grow with
//! the dossier.
//!
//! The chosen reports are read one at a time (each on a worker thread,
//! within its [`Limits`](super::enclose::Limits)), and what each becomes is
//! written to the file at once and dropped: a report's pages with what they
//! use, a photo's image, an original that cannot be shown (as an
//! attachment). Only a few numbers a page are kept. Once every report's
//! page count is known, the front pages (whose contents and index give page
//! numbers) are laid out, then they, the pages drawn around photos and
//! explanations and every footer are drawn and written, a batch at a time,
//! and last the page tree, bookmarks, the list of attachments and the
//! metadata. A page's place in the bundle is set by the page tree, not by
//! where its object lies in the file.

use super::assemble::{self, Frame, Shared, Stamped};
use super::enclose::{Placed, Prepared, Readers};
use super::font::{Fonts, Weight};
use super::layout::{self, Anchor, Layout, Op, Page, BODY, MARGIN, MM};
use super::sink::Sink;
use super::{
    cancelled, footer_who, pages, text_string, Enclosed, Enclosure, ExportInput, ExportReport,
    NotEnclosed, Section, Ticker,
};
use crate::error::Result;
use crate::i18n::Catalogue;
use crate::model::Vocabulary;
use lopdf::{dictionary, Object, ObjectId};
use std::fs::File;
use std::path::Path;

/// A page of the enclosed documents, as kept while the reports are written.
enum Part {
    /// An enclosed report's page, in the file already.
    Report(Stamped),
    /// A photo or scan, in the file already; its page (caption, picture,
    /// footer) is drawn at the end.
    Photo {
        page: ObjectId,
        doc: usize,
        image: Placed,
        k: usize,
        count: usize,
    },
    /// Page `k` of what says why document `doc` is not enclosed.
    Note {
        page: ObjectId,
        doc: usize,
        k: usize,
    },
}

impl Part {
    fn page(&self) -> ObjectId {
        match self {
            Part::Report(s) => s.page,
            Part::Photo { page, .. } | Part::Note { page, .. } => *page,
        }
    }
}

/// What the reports became, kept for the end.
#[derive(Default)]
struct Written {
    parts: Vec<Part>,
    /// Why each document not enclosed is not, by document index, and
    /// whether it should have been.
    notes: Vec<Option<(Note, String)>>,
    /// Attachments: the name they are listed by and their file
    /// specification.
    attachments: Vec<(String, ObjectId)>,
    not_enclosed: Vec<NotEnclosed>,
    repaired: Vec<NotEnclosed>,
    /// First pages counted from the first enclosed page (0-based).
    enclosed: Vec<Enclosed>,
}

fn on(input: &ExportInput, s: Section) -> bool {
    !input.opts.exclude_sections.contains(&s)
}

/// The documents chosen for the bundle, in index order.
fn chosen(input: &ExportInput) -> Vec<Enclosure> {
    let opts = &input.opts;
    if !on(input, Section::Documents) && !on(input, Section::Index) {
        return Vec::new();
    }
    input
        .full
        .documents
        .iter()
        .filter(|d| {
            (d.include_in_export || opts.include_documents.contains(&d.id))
                && !opts.exclude_documents.contains(&d.id)
        })
        .enumerate()
        .map(|(i, d)| Enclosure {
            doc: d.clone(),
            number: i + 1,
            start: 0,
            first: 0,
            pages: 0,
        })
        .collect()
}

/// Writes the whole bundle to `file` (named `path` in errors).
pub(super) fn write(
    input: &ExportInput,
    path: &Path,
    file: &mut File,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ExportReport> {
    let size = input.opts.paper.size();
    let mut sink = Sink::new(file, path)?;
    if let Some(password) = &input.opts.password {
        sink.protect(password.as_str())?;
    }
    let parent = sink.reserve();
    let mut fonts = Fonts::new();
    let mut docs = chosen(input);
    let all = docs.len();
    let mut w = Written {
        notes: vec![None; all],
        ..Written::default()
    };
    if on(input, Section::Documents) {
        enclose_all(
            input, &mut sink, &mut fonts, &mut docs, &mut w, parent, progress,
        )?;
    } else if !progress(all, all) {
        return Err(cancelled());
    }
    let mut ticker = Ticker {
        progress,
        last: std::time::Instant::now(),
    };
    let mut tick = || ticker.ask(all, all);

    let (front, anchors) = front_pages(input, &mut fonts, &mut docs);
    let front_count = front.len();
    let ids: Vec<ObjectId> = (0..front_count)
        .map(|_| sink.reserve())
        .chain(w.parts.iter().map(Part::page))
        .collect();
    let words = input.words();
    let who = footer_who(words, &input.full.patient);
    let frame = Frame {
        size,
        who: &who,
        words,
        footer: true,
        parent,
        ids: &ids,
    };
    assemble::write_generated(
        &mut sink,
        &mut fonts,
        &frame,
        front.into_iter().enumerate().collect(),
        &mut tick,
    )?;
    write_parts(
        &mut sink,
        &mut fonts,
        &frame,
        &docs,
        &w,
        front_count,
        &mut tick,
    )?;
    frame.write_tree(&mut sink)?;
    let entries = outline_entries(input, &anchors, &docs, front_count);
    let outlines = write_outline(&mut sink, &entries, &ids)?;
    let catalog = catalog(&mut sink, parent, outlines, &w.attachments)?;
    let info = info(&mut sink, input)?;
    sink.finish(catalog, info)?;
    Ok(ExportReport {
        path: path.to_path_buf(),
        pages: ids.len(),
        bytes: 0,
        not_enclosed: w.not_enclosed,
        repaired: w.repaired,
        enclosed: w
            .enclosed
            .into_iter()
            .map(|e| Enclosed {
                first_page: front_count + e.first_page + 1,
                ..e
            })
            .collect(),
        missing_characters: fonts.missing.iter().collect(),
        over_email_limit: false,
    })
}

/// Reports read at once: the next to be written, and one ahead of it.
const READ_AT_ONCE: usize = 2;
/// A report is read ahead only while the files being read add up to no
/// more than this, so that a large report is read alone.
const AHEAD_BYTES: u64 = 24 << 20;

/// Reads each chosen report and writes what it becomes, one after the
/// other; the next is read while one is written.
fn enclose_all(
    input: &ExportInput,
    sink: &mut Sink<&mut File>,
    fonts: &mut Fonts,
    docs: &mut [Enclosure],
    w: &mut Written,
    parent: ObjectId,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<()> {
    let (_, height) = input.opts.paper.size();
    let max_px = input
        .opts
        .email_size
        .then(|| ((height - 2.0 * MARGIN) / 72.0 * 150.0) as u32);
    let paths: Vec<_> = docs
        .iter()
        .map(|e| input.files.get(&e.doc.id).cloned().unwrap_or_default())
        .collect();
    let sizes: Vec<u64> = paths
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .collect();
    let mut shared = Shared::default();
    let readers = Readers::new(READ_AT_ONCE);
    let mut reading = std::collections::VecDeque::new();
    let all = docs.len();
    for i in 0..all {
        if !progress(i, all) {
            return Err(cancelled());
        }
        let mut next = i + reading.len();
        while next < all
            && (next == i
                || (next - i < READ_AT_ONCE && sizes[i..=next].iter().sum::<u64>() <= AHEAD_BYTES))
        {
            let name = &docs[next].doc.original_name;
            let keys = input.keys.clone();
            reading.push_back(readers.start(
                &paths[next],
                keys,
                name,
                max_px,
                &input.limits,
                input.words(),
            ));
            next += 1;
        }
        let prepared = reading
            .pop_front()
            .and_then(|job| readers.wait(job, &mut || progress(i, all)))
            .ok_or_else(cancelled)?;
        let e = &mut docs[i];
        e.first = w.parts.len();
        let enclosed = matches!(prepared, Prepared::Pdf(_) | Prepared::Images(_));
        write_prepared(input, sink, fonts, &mut shared, e, i, w, parent, prepared)?;
        e.pages = w.parts.len() - e.first;
        if enclosed {
            w.enclosed.push(Enclosed {
                document_id: e.doc.id,
                first_page: e.first,
                pages: e.pages,
            });
        }
    }
    if !progress(all, all) {
        return Err(cancelled());
    }
    Ok(())
}

/// Writes what report `i` became, and drops it.
#[allow(clippy::too_many_arguments)]
fn write_prepared(
    input: &ExportInput,
    sink: &mut Sink<&mut File>,
    fonts: &mut Fonts,
    shared: &mut Shared,
    e: &Enclosure,
    i: usize,
    w: &mut Written,
    parent: ObjectId,
    prepared: Prepared,
) -> Result<()> {
    match prepared {
        Prepared::Pdf(clean) => {
            if !clean.repairs.is_empty() {
                let reason = clean.repairs.join("; ");
                w.repaired.push(NotEnclosed {
                    document_id: e.doc.id,
                    title: e.doc.title.clone(),
                    reason: reason.clone(),
                });
                // The doctor reads first that what follows was damaged and
                // may be incomplete (a page may even be blank).
                note(input, sink, fonts, e, i, w, Note::Repaired, reason);
            }
            let clean = *clean;
            let stamped = assemble::write_report(sink, shared, clean.doc, &clean.pages, parent)?;
            w.parts.extend(stamped.into_iter().map(Part::Report));
        }
        Prepared::Images(pictures) => {
            let count = pictures.len();
            for (k, picture) in pictures.into_iter().enumerate() {
                let image = picture.place(sink)?;
                let page = sink.reserve();
                w.parts.push(Part::Photo {
                    page,
                    doc: i,
                    image,
                    k,
                    count,
                });
            }
        }
        Prepared::Failed(r) | Prepared::Refused(r) => {
            not_enclosed(input, sink, fonts, e, i, w, Note::Failed, r)?
        }
        Prepared::Listed(r) => not_enclosed(input, sink, fonts, e, i, w, Note::Listed, r)?,
    }
    Ok(())
}

/// What a page standing for, or before, a document says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Note {
    /// It could not be included as pages.
    #[default]
    Failed,
    /// It is of a kind that is listed, not shown as pages.
    Listed,
    /// It was damaged and repaired: its pages follow, maybe incomplete.
    Repaired,
}

/// A document that cannot be enclosed as pages: its original is attached
/// and pages are kept for saying why.
#[allow(clippy::too_many_arguments)]
fn not_enclosed(
    input: &ExportInput,
    sink: &mut Sink<&mut File>,
    fonts: &mut Fonts,
    e: &Enclosure,
    i: usize,
    w: &mut Written,
    kind: Note,
    reason: String,
) -> Result<()> {
    w.not_enclosed.push(NotEnclosed {
        document_id: e.doc.id,
        title: e.doc.title.clone(),
        reason: reason.clone(),
    });
    let path = input.files.get(&e.doc.id).cloned().unwrap_or_default();
    let number = w.not_enclosed.len();
    if let Some(a) = attach(sink, input, e, &path, number)? {
        w.attachments.push(a);
    }
    note(input, sink, fonts, e, i, w, kind, reason);
    Ok(())
}

/// Keeps the pages of a note about document `i` (written later, with the
/// other generated pages).
#[allow(clippy::too_many_arguments)]
fn note(
    input: &ExportInput,
    sink: &mut Sink<&mut File>,
    fonts: &mut Fonts,
    e: &Enclosure,
    i: usize,
    w: &mut Written,
    kind: Note,
    reason: String,
) {
    let count = note_pages(
        fonts,
        input.words(),
        input.opts.paper.size(),
        e,
        kind,
        &reason,
    )
    .len();
    for k in 0..count {
        let page = sink.reserve();
        w.parts.push(Part::Note { page, doc: i, k });
    }
    w.notes[i] = Some((kind, reason));
}

/// Attaches an original, read and compressed as it is written; one too
/// large or gone is named on its page but not attached. `number` is its
/// place among the documents not enclosed.
fn attach(
    sink: &mut Sink<&mut File>,
    input: &ExportInput,
    e: &Enclosure,
    path: &Path,
    number: usize,
) -> Result<Option<(String, ObjectId)>> {
    let doc = &e.doc;
    let size = match std::fs::metadata(path) {
        Ok(m) if m.len() <= input.limits.max_file_bytes => doc.size,
        _ => return Ok(None),
    };
    // Read whole before a byte goes into the bundle: a stored file damaged
    // part way (an encrypted one fails its check only where the damage is)
    // is left out, not allowed to stop the export half written.
    let Ok(bytes) = crate::files::read_kept(path, input.keys.as_ref()) else {
        return Ok(None);
    };
    let embedded = sink.add_flate_stream(
        dictionary! { "Type" => "EmbeddedFile", "Params" => dictionary! { "Size" => size } },
        &mut bytes.as_slice(),
    )?;
    let name = if doc.original_name.is_empty() {
        format!("document-{number}")
    } else {
        doc.original_name.clone()
    };
    let spec = sink.add(&Object::Dictionary(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal(super::ascii_name(&name)),
        "UF" => text_string(&name),
        "Desc" => text_string(&doc.title),
        "EF" => dictionary! { "F" => embedded },
    }))?;
    Ok(Some((
        format!("{number:03} {}", super::ascii_name(&name)),
        spec,
    )))
}

/// The generated front pages and their bookmarks, laid out until the page
/// numbers they give settle; sets each document's first page.
fn front_pages(
    input: &ExportInput,
    fonts: &mut Fonts,
    docs: &mut [Enclosure],
) -> (Vec<Page>, Vec<Anchor>) {
    let (width, height) = input.opts.paper.size();
    let enclosed = on(input, Section::Documents);
    let mut toc: Vec<(String, usize)> = Vec::new();
    let mut rounds = 0;
    loop {
        let mut l = Layout::new(fonts, input.words(), width, height);
        pages::front_matter(
            &mut l,
            &pages::Front {
                full: &input.full,
                opts: &input.opts,
                docs,
                toc: &toc,
                checklist: &input.checklist,
            },
        );
        let count = l.pages.len();
        let front = (std::mem::take(&mut l.pages), std::mem::take(&mut l.anchors));
        for e in docs.iter_mut() {
            e.start = count + e.first + 1;
        }
        let new_toc: Vec<(String, usize)> = front
            .1
            .iter()
            .filter(|a| a.level == 0)
            .map(|a| (a.title.clone(), a.page + 1))
            .chain(
                docs.first()
                    .filter(|_| enclosed)
                    .map(|e| (Section::Documents.title_in(input.words()), e.start)),
            )
            .collect();
        rounds += 1;
        if new_toc == toc || rounds >= 4 {
            return front;
        }
        toc = new_toc;
    }
}

/// Draws and writes the pages around photos and explanations, and the
/// footers of enclosed pages.
fn write_parts(
    sink: &mut Sink<&mut File>,
    fonts: &mut Fonts,
    frame: &Frame,
    docs: &[Enclosure],
    w: &Written,
    front_count: usize,
    tick: &mut dyn FnMut() -> Result<()>,
) -> Result<()> {
    let mut footers: Vec<(usize, Stamped)> = Vec::new();
    let mut batch: Vec<(usize, Page)> = Vec::new();
    let mut note: Option<(usize, Vec<Page>)> = None;
    for (i, part) in w.parts.iter().enumerate() {
        let index = front_count + i;
        match part {
            Part::Report(s) => footers.push((index, *s)),
            Part::Photo {
                doc,
                image,
                k,
                count,
                ..
            } => batch.push((
                index,
                photo_page(
                    fonts,
                    frame.words,
                    frame.size,
                    &docs[*doc],
                    image,
                    *k,
                    *count,
                ),
            )),
            Part::Note { doc, k, .. } => {
                if note.as_ref().map(|n| n.0) != Some(*doc) {
                    let (kind, reason) = w.notes[*doc].clone().unwrap_or_default();
                    let pages =
                        note_pages(fonts, frame.words, frame.size, &docs[*doc], kind, &reason);
                    note = Some((*doc, pages));
                }
                let page = note
                    .as_mut()
                    .and_then(|n| n.1.get_mut(*k))
                    .map(std::mem::take)
                    .unwrap_or_default();
                batch.push((index, page));
            }
        }
        if batch.len() >= 64 {
            assemble::write_generated(sink, fonts, frame, std::mem::take(&mut batch), tick)?;
        }
    }
    assemble::write_generated(sink, fonts, frame, batch, tick)?;
    assemble::write_footers(sink, fonts, frame, &footers, tick)
}

/// The page showing photo `k` of `count` of a document: a caption, then
/// the picture as large as the page allows.
fn photo_page(
    fonts: &mut Fonts,
    words: &'static Catalogue,
    (width, height): (f32, f32),
    e: &Enclosure,
    img: &Placed,
    k: usize,
    count: usize,
) -> Page {
    let mut l = Layout::new(fonts, words, width, height);
    l.new_page();
    let mut caption = document_heading(words, e);
    if let Some(d) = &e.doc.date {
        caption.push_str(&format!(", {}", words.date_text(d)));
    }
    if count > 1 {
        let page = words.t_with(
            "pdf-photo-page",
            &[("page", (k + 1).into()), ("count", count.into())],
        );
        caption.push_str(&format!(" {page}"));
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
    l.pages.remove(0)
}

/// The page(s) saying why a document is not enclosed.
fn note_pages(
    fonts: &mut Fonts,
    words: &'static Catalogue,
    (width, height): (f32, f32),
    e: &Enclosure,
    kind: Note,
    reason: &str,
) -> Vec<Page> {
    let w = words;
    let mut l = Layout::new(fonts, w, width, height);
    l.new_page();
    l.heading(&document_heading(w, e), 1);
    l.field(
        &w.t("pdf-kind"),
        &e.doc.kind.map(|k| k.label_in(w)).unwrap_or_default(),
    );
    l.field(
        &w.t("pdf-date"),
        &e.doc
            .date
            .as_deref()
            .map(|d| w.date_text(d))
            .unwrap_or_default(),
    );
    l.field(&w.t("pdf-from"), &e.doc.source);
    l.field(&w.t("pdf-file"), &e.doc.original_name);
    l.gap(8.0);
    let key = match kind {
        Note::Failed => "pdf-not-included",
        Note::Listed => "pdf-document-is",
        Note::Repaired => "pdf-repaired",
    };
    let text = w.t_with(key, &[("reason", reason.into())]);
    l.paragraph(&text, BODY, Weight::Regular, 0.0);
    l.gap(6.0);
    let after = match kind {
        Note::Repaired => "pdf-repaired-follows",
        _ => "pdf-attached",
    };
    l.paragraph(&w.t(after), BODY, Weight::Regular, 0.0);
    l.pages
}

/// "Document 3: Biopsy report", as a document's pages are headed.
fn document_heading(words: &Catalogue, e: &Enclosure) -> String {
    words.t_with(
        "pdf-document",
        &[
            ("number", e.number.into()),
            ("title", (&e.doc.title).into()),
        ],
    )
}

/// Bookmarks: (title, 0-based page, level 0 or 1).
fn outline_entries(
    input: &ExportInput,
    anchors: &[Anchor],
    docs: &[Enclosure],
    front_count: usize,
) -> Vec<(String, usize, u8)> {
    let mut entries: Vec<(String, usize, u8)> = anchors
        .iter()
        .filter(|a| a.level <= 1)
        .map(|a| (a.title.clone(), a.page, a.level))
        .collect();
    if on(input, Section::Documents) && !docs.is_empty() {
        entries.push((Section::Documents.title_in(input.words()), front_count, 0));
        for e in docs {
            let label = format!("{}. {}", e.number, e.doc.title);
            entries.push((label, front_count + e.first, 1));
        }
    }
    entries
}

/// Writes the outline; entries are (title, 0-based page, level 0 or 1).
fn write_outline(
    sink: &mut Sink<&mut File>,
    entries: &[(String, usize, u8)],
    pages: &[ObjectId],
) -> Result<Option<ObjectId>> {
    if entries.is_empty() || pages.is_empty() {
        return Ok(None);
    }
    let root = sink.reserve();
    // Group level-1 entries under the level-0 entry before them.
    let mut tops: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if e.2 == 0 || tops.is_empty() {
            tops.push((i, Vec::new()));
        } else if let Some(t) = tops.last_mut() {
            t.1.push(i);
        }
    }
    let ids: Vec<ObjectId> = entries.iter().map(|_| sink.reserve()).collect();
    let dest = |i: usize| {
        vec![
            Object::Reference(pages[entries[i].1.min(pages.len() - 1)]),
            "Fit".into(),
        ]
    };
    let item = |list: &[usize], k: usize, parent: ObjectId| {
        let i = list[k];
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
        d
    };
    let top_list: Vec<usize> = tops.iter().map(|t| t.0).collect();
    let mut count = top_list.len() as i64;
    for (k, (top, kids)) in tops.iter().enumerate() {
        let mut d = item(&top_list, k, root);
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            d.set("First", ids[*first]);
            d.set("Last", ids[*last]);
            d.set("Count", kids.len() as i64);
            count += kids.len() as i64;
            for j in 0..kids.len() {
                sink.write(ids[kids[j]], &Object::Dictionary(item(kids, j, ids[*top])))?;
            }
        }
        sink.write(ids[*top], &Object::Dictionary(d))?;
    }
    let (Some(first), Some(last)) = (top_list.first(), top_list.last()) else {
        return Ok(None);
    };
    sink.write(
        root,
        &Object::Dictionary(dictionary! {
            "Type" => "Outlines",
            "First" => ids[*first],
            "Last" => ids[*last],
            "Count" => count,
        }),
    )?;
    Ok(Some(root))
}

fn catalog(
    sink: &mut Sink<&mut File>,
    pages: ObjectId,
    outlines: Option<ObjectId>,
    attachments: &[(String, ObjectId)],
) -> Result<ObjectId> {
    let mut catalog =
        dictionary! { "Type" => "Catalog", "Pages" => pages, "PageMode" => "UseOutlines" };
    if let Some(outlines) = outlines {
        catalog.set("Outlines", outlines);
    }
    if sink.protected() {
        // AES-256 came to PDF 1.7 as Adobe's extension level 8.
        catalog.set(
            "Extensions",
            dictionary! { "ADBE" => dictionary! { "BaseVersion" => "1.7", "ExtensionLevel" => 8 } },
        );
    }
    if !attachments.is_empty() {
        let mut names = Vec::new();
        for (name, spec) in attachments {
            names.push(Object::string_literal(name.as_str()));
            names.push(Object::Reference(*spec));
        }
        catalog.set(
            "Names",
            dictionary! { "EmbeddedFiles" => dictionary! { "Names" => names } },
        );
    }
    sink.add(&Object::Dictionary(catalog))
}

fn info(sink: &mut Sink<&mut File>, input: &ExportInput) -> Result<ObjectId> {
    let d = &input.full.dossier;
    let w = input.words();
    let subject = if d.consultant.name.is_empty() {
        w.t("pdf-info-subject")
    } else {
        w.t_with(
            "pdf-info-subject-by",
            &[("name", (&d.consultant.name).into())],
        )
    };
    sink.add(&super::info_dict(
        &w.t_with("pdf-info-title", &[("title", (&d.title).into())]),
        &input.full.patient.full_name,
        Some(&subject),
    ))
}
