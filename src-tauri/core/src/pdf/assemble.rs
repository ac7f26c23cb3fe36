//! Page assembly shared by the bundle, the records letter and the
//! comparison: the footer on every page (patient, date of birth, "page N
//! of M"), generated pages drawn by [`super::render`] and written to the
//! [`Sink`], and enclosed report pages written with room for the footer.
//!
//! On an enclosed page the report's own content is shrunk slightly, away
//! from the page's visual bottom edge (whatever its rotation), to free a
//! strip for the footer: nothing of it is covered and the page keeps its
//! size. The page is written as soon as its report is read, drawing a form
//! whose number is reserved then; the form (a white strip and the footer's
//! text, drawn by printpdf like any generated text) is written at the end,
//! once the number of pages is known ([`write_footers`]).
//!
//! Generated pages and footers are drawn a batch at a time, so that what
//! is held while drawing does not grow with the bundle.

use super::font::{Fonts, Weight};
use super::layout::{Op, Page, MARGIN};
use super::render::{self, overlay, resolved};
use super::sink::Sink;
use crate::error::Result;
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};
use std::collections::HashMap;
use std::io::Write;

/// Height of the strip freed for the footer on enclosed pages.
const FOOT_STRIP: f32 = 20.0;
/// Size of the footer's text.
pub const FOOTER_SIZE: f32 = 8.0;
/// Generated pages drawn at once.
const BATCH: usize = 64;
/// Footers of enclosed pages drawn at once.
const FOOTER_BATCH: usize = 256;

/// What every page of a document shares: the paper of generated pages,
/// the patient named in the footer, the page count, the page tree's node
/// and each page's object, in order.
pub struct Frame<'a> {
    pub size: (f32, f32),
    pub who: &'a str,
    /// The language of "page N of M".
    pub words: &'static crate::i18n::Catalogue,
    /// Whether generated pages get the footer (pages made to be enclosed
    /// in a bundle later do not: the bundle stamps its own).
    pub footer: bool,
    pub parent: ObjectId,
    pub ids: &'a [ObjectId],
}

impl Frame<'_> {
    fn right(&self, index: usize) -> String {
        self.words.t_with(
            "pdf-footer-page",
            &[
                ("page", (index + 1).into()),
                ("count", self.ids.len().into()),
            ],
        )
    }

    /// Writes the page tree: one node holding every page, in order.
    pub fn write_tree<W: Write>(&self, sink: &mut Sink<W>) -> Result<()> {
        let kids: Vec<Object> = self.ids.iter().map(|id| Object::Reference(*id)).collect();
        sink.write(
            self.parent,
            &Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => kids,
                "Count" => self.ids.len() as i64,
            }),
        )
    }
}

/// The visible box and rotation of an enclosed page.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    visible: [f32; 4],
    rotate: i64,
}

/// An enclosed page written to the file, waiting for its footer.
#[derive(Debug, Clone, Copy)]
pub struct Stamped {
    pub page: ObjectId,
    /// The footer form the page draws, written by [`write_footers`].
    pub form: ObjectId,
    sheet: Sheet,
}

/// Small content streams that many enclosed pages share (the same
/// shrinking, the same call of the footer), written once each.
#[derive(Default)]
pub struct Shared {
    streams: HashMap<Vec<u8>, ObjectId>,
}

impl Shared {
    fn stream<W: Write>(&mut self, sink: &mut Sink<W>, content: Vec<u8>) -> Result<ObjectId> {
        if let Some(id) = self.streams.get(&content) {
            return Ok(*id);
        }
        let id = sink.add(&Object::Stream(Stream::new(
            dictionary! {},
            content.clone(),
        )))?;
        // Pages of unusual sizes each bring one; past a few hundred, they
        // are simply written again.
        if self.streams.len() < 512 {
            self.streams.insert(content, id);
        }
        Ok(id)
    }
}

/// Where the footer goes on an enclosed page: how its content shrinks
/// (`[s, tx, ty]`), the strip freed, and the text's position.
struct Plan {
    shrink: [f32; 3],
    strip: [f32; 4],
    left: [f32; 6],
    right: [f32; 6],
}

/// Draws `pages` (each with its 0-based place in the document) with their
/// footers and writes them as `frame.ids` says, a batch at a time.
pub fn write_generated<W: Write>(
    sink: &mut Sink<W>,
    fonts: &mut Fonts,
    frame: &Frame,
    pages: Vec<(usize, Page)>,
    tick: &mut dyn FnMut() -> Result<()>,
) -> Result<()> {
    let mut pages = pages.into_iter().peekable();
    while pages.peek().is_some() {
        tick()?;
        let batch: Vec<(usize, Page)> = pages.by_ref().take(BATCH).collect();
        write_batch(sink, fonts, frame, batch)?;
    }
    Ok(())
}

fn write_batch<W: Write>(
    sink: &mut Sink<W>,
    fonts: &mut Fonts,
    frame: &Frame,
    batch: Vec<(usize, Page)>,
) -> Result<()> {
    let (width, height) = frame.size;
    let mut drawn = Vec::with_capacity(batch.len());
    let mut extras = Vec::with_capacity(batch.len());
    for (index, mut page) in batch {
        if frame.footer {
            generated_footer(fonts, &mut page, width, frame.who, &frame.right(index));
        }
        let images: Vec<ObjectId> = page
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Image { object, .. } => Some(*object),
                _ => None,
            })
            .collect();
        extras.push((index, std::mem::take(&mut page.links), images));
        drawn.push(page);
    }
    let rendered = render::render(&drawn, fonts, width, height)?;
    drop(drawn);
    let mut roots = Vec::with_capacity(2 * rendered.pages.len());
    for page in &rendered.pages {
        let (contents, fonts) = overlay(&rendered.doc, *page);
        roots.push(Object::Array(contents));
        roots.push(Object::Dictionary(fonts));
    }
    let mut roots = sink.put(rendered.doc, roots)?.into_iter();
    for (index, links, images) in extras {
        let (Some(contents), Some(fonts)) = (roots.next(), roots.next()) else {
            break;
        };
        let mut resources = dictionary! { "Font" => fonts };
        if !images.is_empty() {
            let mut xobjects = Dictionary::new();
            for image in images {
                xobjects.set(render::image_name(image), image);
            }
            resources.set("XObject", xobjects);
        }
        let mut dict = dictionary! {
            "Type" => "Page",
            "Parent" => frame.parent,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(width), Object::Real(height)],
            "Contents" => contents,
            "Resources" => resources,
        };
        let annots = link_annots(&links, frame.ids);
        if !annots.is_empty() {
            dict.set("Annots", annots);
        }
        sink.write(frame.ids[index], &Object::Dictionary(dict))?;
    }
    Ok(())
}

fn link_annots(links: &[([f32; 4], usize)], page_ids: &[ObjectId]) -> Vec<Object> {
    links
        .iter()
        .filter_map(|(rect, target)| page_ids.get(target.wrapping_sub(1)).map(|t| (rect, t)))
        .map(|(rect, t)| {
            Object::Dictionary(dictionary! {
                "Type" => "Annot", "Subtype" => "Link",
                "Rect" => rect.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
                "Border" => vec![0.into(), 0.into(), 0.into()],
                "Dest" => vec![(*t).into(), "Fit".into()],
            })
        })
        .collect()
}

/// Writes a cleaned report's pages (under `parent`), each shrunk to free
/// the footer's strip and drawing a footer form to be written later, with
/// everything they use; returns the pages in order.
pub fn write_report<W: Write>(
    sink: &mut Sink<W>,
    shared: &mut Shared,
    mut doc: Document,
    pages: &[ObjectId],
    parent: ObjectId,
) -> Result<Vec<Stamped>> {
    let mut dicts = Vec::with_capacity(pages.len());
    let mut sheets = Vec::with_capacity(pages.len());
    for id in pages {
        let mut dict = match doc.objects.remove(id) {
            Some(Object::Dictionary(d)) => d,
            _ => dictionary! {
                "Type" => "Page",
                "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            },
        };
        let sheet = sheet(&doc, &dict);
        move_annots(&mut doc, &dict, plan(sheet, 0.0).shrink);
        // The page's own resources, with its images and forms in a
        // dictionary of its own, to which the footer is added.
        let mut resources = resolved(&doc, &dict, b"Resources");
        let xobjects = resolved(&doc, &resources, b"XObject");
        resources.set("XObject", xobjects);
        dict.set("Resources", resources);
        for key in [&b"Parent"[..], b"StructParents", b"Tabs"] {
            dict.remove(key);
        }
        dicts.push(Object::Dictionary(dict));
        sheets.push(sheet);
    }
    let dicts = sink.put(doc, dicts)?;
    let mut stamped = Vec::with_capacity(pages.len());
    for (dict, sheet) in dicts.into_iter().zip(sheets) {
        let Object::Dictionary(dict) = dict else {
            continue;
        };
        let (page, form) = (sink.reserve(), sink.reserve());
        let dict = stamp(sink, shared, dict, sheet, parent, form)?;
        sink.write(page, &Object::Dictionary(dict))?;
        stamped.push(Stamped { page, form, sheet });
    }
    Ok(stamped)
}

/// An enclosed page (already numbered as in the file) made to shrink its
/// content and draw the footer form `form` below it.
fn stamp<W: Write>(
    sink: &mut Sink<W>,
    shared: &mut Shared,
    mut dict: Dictionary,
    sheet: Sheet,
    parent: ObjectId,
    form: ObjectId,
) -> Result<Dictionary> {
    let [k, tx, ty] = plan(sheet, 0.0).shrink;
    let before = shared.stream(
        sink,
        format!("q {k:.5} 0 0 {k:.5} {tx:.3} {ty:.3} cm\n").into_bytes(),
    )?;
    let mut resources = match dict.remove(b"Resources") {
        Some(Object::Dictionary(d)) => d,
        _ => Dictionary::new(),
    };
    let mut xobjects = match resources.remove(b"XObject") {
        Some(Object::Dictionary(d)) => d,
        _ => Dictionary::new(),
    };
    let mut name = String::from("SodFooter");
    while xobjects.has(name.as_bytes()) {
        name.push('X');
    }
    xobjects.set(name.as_bytes(), form);
    resources.set("XObject", xobjects);
    let after = shared.stream(sink, format!("Q q /{name} Do Q\n").into_bytes())?;
    let mut contents = vec![Object::Reference(before)];
    match dict.remove(b"Contents") {
        Some(Object::Array(a)) => contents.extend(a),
        Some(r @ Object::Reference(_)) => contents.push(r),
        _ => {}
    }
    contents.push(Object::Reference(after));
    dict.set("Parent", parent);
    dict.set("Contents", contents);
    dict.set("Resources", resources);
    Ok(dict)
}

/// Writes the footer forms of enclosed pages, each given with its 0-based
/// place in the document, a batch at a time.
pub fn write_footers<W: Write>(
    sink: &mut Sink<W>,
    fonts: &mut Fonts,
    frame: &Frame,
    pages: &[(usize, Stamped)],
    tick: &mut dyn FnMut() -> Result<()>,
) -> Result<()> {
    for batch in pages.chunks(FOOTER_BATCH) {
        tick()?;
        let mut drawn = Vec::with_capacity(batch.len());
        for (index, stamped) in batch {
            let right = frame.right(*index);
            let right_w = fonts.width(Weight::Regular, FOOTER_SIZE, &right);
            let mut page = Page::default();
            enclosed_footer(
                fonts,
                &mut page,
                &plan(stamped.sheet, right_w),
                frame.who,
                &right,
            );
            drawn.push(page);
        }
        let mut rendered = render::render(&drawn, fonts, frame.size.0, frame.size.1)?;
        drop(drawn);
        let mut forms = Vec::with_capacity(batch.len());
        for (page, (_, stamped)) in rendered.pages.iter().zip(batch) {
            forms.push(Object::Stream(form_of(
                &mut rendered.doc,
                *page,
                stamped.sheet.visible,
            )));
        }
        let forms = sink.put(rendered.doc, forms)?;
        for (form, (_, stamped)) in forms.iter().zip(batch) {
            sink.write(stamped.form, form)?;
        }
    }
    Ok(())
}

/// A drawn page's content as a form with the page's fonts, its box
/// `bbox`.
fn form_of(doc: &mut Document, page: ObjectId, bbox: [f32; 4]) -> Stream {
    let (contents, fonts) = overlay(doc, page);
    let mut streams: Vec<Stream> = contents
        .iter()
        .filter_map(|c| c.as_reference().ok())
        .filter_map(|id| match doc.objects.remove(&id) {
            Some(Object::Stream(s)) => Some(s),
            _ => None,
        })
        .collect();
    let mut form = if streams.len() == 1 {
        streams.remove(0)
    } else {
        let mut joined = Vec::new();
        for s in &streams {
            joined.extend(
                s.decompressed_content()
                    .unwrap_or_else(|_| s.content.clone()),
            );
            joined.push(b'\n');
        }
        super::font::compressed(Dictionary::new(), joined)
    };
    form.dict.set("Type", "XObject");
    form.dict.set("Subtype", "Form");
    form.dict.set(
        "BBox",
        bbox.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
    );
    form.dict.set("Resources", dictionary! { "Font" => fonts });
    form
}

/// The footer of a generated page: a rule, the patient on the left and the
/// page number on the right.
fn generated_footer(fonts: &mut Fonts, page: &mut Page, width: f32, who: &str, right: &str) {
    let y = MARGIN * 0.55;
    page.ops.push(Op::Line {
        x1: MARGIN,
        y1: y + 10.0,
        x2: width - MARGIN,
        y2: y + 10.0,
        width: 0.4,
        gray: 0.35,
    });
    let left = fonts.shape_line(Weight::Regular, FOOTER_SIZE, who);
    let right = fonts.shape_line(Weight::Regular, FOOTER_SIZE, right);
    let right_x = width - MARGIN - right.width;
    for (x, line) in [(MARGIN, left), (right_x, right)] {
        page.ops.push(Op::Text {
            x,
            y,
            size: FOOTER_SIZE,
            line,
            gray: 0.25,
        });
    }
}

/// The footer drawn over an enclosed page: a white strip, then the texts
/// turned with the page.
fn enclosed_footer(fonts: &mut Fonts, page: &mut Page, plan: &Plan, who: &str, right: &str) {
    let [x, y, w, h] = plan.strip;
    page.ops.push(Op::Rect {
        x,
        y,
        w,
        h,
        fill: 1.0,
    });
    for (matrix, text) in [(plan.left, who), (plan.right, right)] {
        let line = fonts.shape_line(Weight::Regular, FOOTER_SIZE, text);
        page.ops.push(Op::Transform(matrix));
        page.ops.push(Op::Text {
            x: 0.0,
            y: 0.0,
            size: FOOTER_SIZE,
            line,
            gray: 0.25,
        });
        page.ops.push(Op::Restore);
    }
}

fn number(o: &Object, doc: &Document) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        Object::Reference(id) => doc.get_object(*id).map(|x| number(x, doc)).unwrap_or(0.0),
        _ => 0.0,
    }
}

fn rect_of(doc: &Document, o: Option<&Object>) -> Option<[f32; 4]> {
    let o = match o? {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        other => other,
    };
    let a = o.as_array().ok()?;
    if a.len() != 4 {
        return None;
    }
    let v: Vec<f32> = a.iter().map(|x| number(x, doc)).collect();
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

/// A page's visible box (its crop box within its media box) and rotation.
fn sheet(doc: &Document, dict: &Dictionary) -> Sheet {
    let media = rect_of(doc, dict.get(b"MediaBox").ok()).unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let visible = rect_of(doc, dict.get(b"CropBox").ok())
        .map(|c| {
            [
                c[0].max(media[0]),
                c[1].max(media[1]),
                c[2].min(media[2]),
                c[3].min(media[3]),
            ]
        })
        .filter(|c| c[2] > c[0] && c[3] > c[1])
        .unwrap_or(media);
    let rotate = dict
        .get(b"Rotate")
        .map(|r| number(r, doc) as i64)
        .unwrap_or(0)
        .rem_euclid(360);
    Sheet { visible, rotate }
}

/// Where the footer goes on an enclosed page, from its visible box and
/// rotation; `right_w` is the width of the page number's text.
fn plan(sheet: Sheet, right_w: f32) -> Plan {
    let [x0, y0, x1, y1] = sheet.visible;
    let (w, h) = (x1 - x0, y1 - y0);
    let s = FOOT_STRIP;
    let (shrink, strip, left, right) = match sheet.rotate {
        90 => {
            let k = (w - s) / w;
            (
                [k, x0 - k * x0, y0 + (h - k * h) / 2.0 - k * y0],
                [x1 - s, y0, s, h],
                [0.0, 1.0, -1.0, 0.0, x1 - 7.0, y0 + 14.0],
                [0.0, 1.0, -1.0, 0.0, x1 - 7.0, y1 - 14.0 - right_w],
            )
        }
        180 => {
            let k = (h - s) / h;
            (
                [k, x0 + (w - k * w) / 2.0 - k * x0, y0 - k * y0],
                [x0, y1 - s, w, s],
                [-1.0, 0.0, 0.0, -1.0, x1 - 14.0, y1 - 7.0],
                [-1.0, 0.0, 0.0, -1.0, x0 + 14.0 + right_w, y1 - 7.0],
            )
        }
        270 => {
            let k = (w - s) / w;
            (
                [k, x0 + s - k * x0, y0 + (h - k * h) / 2.0 - k * y0],
                [x0, y0, s, h],
                [0.0, -1.0, 1.0, 0.0, x0 + 7.0, y1 - 14.0],
                [0.0, -1.0, 1.0, 0.0, x0 + 7.0, y0 + 14.0 + right_w],
            )
        }
        _ => {
            let k = (h - s) / h;
            (
                [k, x0 + (w - k * w) / 2.0 - k * x0, y0 + s - k * y0],
                [x0, y0, w, s],
                [1.0, 0.0, 0.0, 1.0, x0 + 14.0, y0 + 7.0],
                [1.0, 0.0, 0.0, 1.0, x1 - 14.0 - right_w, y0 + 7.0],
            )
        }
    };
    Plan {
        shrink,
        strip,
        left,
        right,
    }
}

/// Links and form fields move with the content they sit on.
fn move_annots(doc: &mut Document, dict: &Dictionary, shrink: [f32; 3]) {
    let [k, tx, ty] = shrink;
    let annots: Vec<ObjectId> = match dict.get(b"Annots") {
        Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
        Ok(Object::Reference(id)) => doc
            .get_object(*id)
            .and_then(Object::as_array)
            .map(|a| a.iter().filter_map(|o| o.as_reference().ok()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for a in annots {
        let rect = doc
            .get_dictionary(a)
            .ok()
            .and_then(|d| rect_of(doc, d.get(b"Rect").ok()));
        if let (Some(r), Ok(d)) = (rect, doc.get_object_mut(a).and_then(Object::as_dict_mut)) {
            let moved = [r[0] * k + tx, r[1] * k + ty, r[2] * k + tx, r[3] * k + ty];
            d.set(
                "Rect",
                moved.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
            );
        }
    }
}
