//! Draws generated pages with printpdf and hands them to lopdf.
//!
//! printpdf writes the pages' content streams and the fonts: each face in
//! use is first cut down to the glyphs used (by `subsetter`, since printpdf
//! subsets only with its HTML layout engine) and given to printpdf as a font
//! of its own; printpdf embeds it as a CID font with widths and a ToUnicode
//! map built from the text each glyph stands for. Shaped glyphs are shown by
//! glyph ID at exact positions, and lines whose glyphs alone do not give
//! their text back are wrapped in marked content with `ActualText`.
//!
//! What printpdf cannot do for the bundle is done on the lopdf side: the
//! rendered document is read back with lopdf ([`render`]); what its pages
//! draw ([`overlay`]) is moved into the bundle, where the pages are made
//! anew with their links, images and exact page boxes (or become footer
//! forms drawn on enclosed pages), and the bundle gets its two-level
//! outline, attachments and metadata.

use super::font::Fonts;
use super::layout::{Op, Page};
use crate::error::{Error, ErrorKind, Result};
use lopdf::{Dictionary, Document, Object, ObjectId};
use printpdf::{
    Codepoint, Color, CurTransMat, DictItem, FontId, Greyscale, LinePoint, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use std::collections::{BTreeMap, HashMap};

type Op2 = printpdf::Op;

/// One embedded face: its printpdf font, and each original glyph's ID in
/// the subset with the text it stands for.
struct Embedded {
    id: FontId,
    glyphs: HashMap<u16, (u16, String)>,
}

/// Pages drawn by printpdf and read back with lopdf.
pub struct Rendered {
    pub doc: Document,
    /// The page objects, in the order of the pages drawn.
    pub pages: Vec<ObjectId>,
}

/// Draws `pages` (of `width` by `height` points) and reads the result
/// back.
pub fn render(pages: &[Page], fonts: &Fonts, width: f32, height: f32) -> Result<Rendered> {
    let mut doc = PdfDocument::new("");
    let embedded = embed(&mut doc, fonts, pages)?;
    let mm = |pt: f32| printpdf::Mm(pt * 25.4 / 72.0);
    doc.pages = pages
        .iter()
        .map(|p| PdfPage::new(mm(width), mm(height), ops(p, &embedded)))
        .collect();
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        // Images are drawn by name (`Do`), which printpdf writes only when
        // it is not told to drop operators it does not know.
        secure: false,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let bytes = printpdf::serialize_pdf_into_bytes(&doc, &options, &mut warnings);
    let read = Document::load_mem(&bytes).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("the generated pages could not be read back: {e}"),
        )
    })?;
    let pages = read.get_pages().into_values().collect();
    Ok(Rendered { doc: read, pages })
}

/// The glyphs each face draws on `pages`, with the text they stand for
/// (the first met, unless it is only invisible marks such as direction
/// isolates and visible text meets the same glyph).
fn used_glyphs(pages: &[Page]) -> BTreeMap<usize, BTreeMap<u16, String>> {
    let invisible = |text: &str| {
        text.chars().all(|c| {
            matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
        })
    };
    let mut used: BTreeMap<usize, BTreeMap<u16, String>> = BTreeMap::new();
    for page in pages {
        for op in &page.ops {
            if let Op::Text { line, .. } = op {
                for g in &line.glyphs {
                    let text = used
                        .entry(g.face)
                        .or_default()
                        .entry(g.id)
                        .or_insert_with(|| g.text.clone());
                    if invisible(text) && !invisible(&g.text) {
                        text.clone_from(&g.text);
                    }
                }
            }
        }
    }
    used
}

/// Subsets every face in use and adds it to `doc`.
fn embed(doc: &mut PdfDocument, fonts: &Fonts, pages: &[Page]) -> Result<HashMap<usize, Embedded>> {
    let mut out = HashMap::new();
    for (face_index, glyphs) in used_glyphs(pages) {
        let face = fonts.face(face_index);
        let mut remapper = subsetter::GlyphRemapper::new();
        remapper.remap(0);
        let mapped: HashMap<u16, (u16, String)> = glyphs
            .iter()
            .map(|(old, text)| (*old, (remapper.remap(*old), text.clone())))
            .collect();
        let subset = subsetter::subset(face.bytes(), face.index, &remapper).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("the font {} could not be subset: {e:?}", face.name),
            )
        })?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&subset, 0, &mut warnings).ok_or_else(|| {
            Error::new(
                ErrorKind::Io,
                format!("the subset of the font {} could not be read", face.name),
            )
        })?;
        parsed.font_name = Some(format!("{}+{}", subset_tag(&face.name, &glyphs), face.name));
        let id = doc.add_font(&parsed);
        out.insert(face_index, Embedded { id, glyphs: mapped });
    }
    Ok(out)
}

/// Six capital letters naming a subset, derived from the glyphs used.
fn subset_tag(name: &str, glyphs: &BTreeMap<u16, String>) -> String {
    let mut h: u32 = 2166136261;
    for b in name.bytes() {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    for g in glyphs.keys() {
        h = (h ^ *g as u32).wrapping_mul(16777619);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

fn gray(v: f32) -> Color {
    Color::Greyscale(Greyscale::new(v, None))
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// A PDF text string in UTF-16BE.
fn utf16(text: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        data.extend_from_slice(&u.to_be_bytes());
    }
    DictItem::String {
        data,
        literal: false,
    }
}

/// A page's drawing operations as printpdf operations.
fn ops(page: &Page, fonts: &HashMap<usize, Embedded>) -> Vec<Op2> {
    let mut out = Vec::new();
    for op in &page.ops {
        match op {
            Op::Text {
                x,
                y,
                size,
                line,
                gray: g,
            } => text_ops(&mut out, *x, *y, *size, line, *g, fonts),
            Op::Rect { x, y, w, h, fill } => out.extend([
                Op2::SaveGraphicsState,
                Op2::SetFillColor { col: gray(*fill) },
                Op2::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(*y),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                },
                Op2::RestoreGraphicsState,
            ]),
            Op::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                gray: g,
            } => out.extend([
                Op2::SaveGraphicsState,
                Op2::SetOutlineColor { col: gray(*g) },
                Op2::SetOutlineThickness { pt: Pt(*width) },
                Op2::DrawLine {
                    line: printpdf::Line {
                        points: vec![point(*x1, *y1), point(*x2, *y2)],
                        is_closed: false,
                    },
                },
                Op2::RestoreGraphicsState,
            ]),
            Op::Image { object, matrix } => out.extend([
                Op2::SaveGraphicsState,
                Op2::SetTransformationMatrix {
                    matrix: CurTransMat::Raw(*matrix),
                },
                Op2::Unknown {
                    key: "Do".into(),
                    value: vec![DictItem::Name(image_name(*object).into_bytes())],
                },
                Op2::RestoreGraphicsState,
            ]),
            Op::Transform(matrix) => out.extend([
                Op2::SaveGraphicsState,
                Op2::SetTransformationMatrix {
                    matrix: CurTransMat::Raw(*matrix),
                },
            ]),
            Op::Restore => out.push(Op2::RestoreGraphicsState),
        }
    }
    out
}

fn text_ops(
    out: &mut Vec<Op2>,
    x: f32,
    y: f32,
    size: f32,
    line: &super::text::Line,
    g: f32,
    fonts: &HashMap<usize, Embedded>,
) {
    if let Some(actual) = &line.actual {
        let mut map = BTreeMap::new();
        map.insert("ActualText".to_string(), utf16(actual));
        out.push(Op2::BeginMarkedContentWithProperties {
            tag: "Span".into(),
            properties: DictItem::Dict { map },
        });
    }
    out.push(Op2::StartTextSection);
    out.push(Op2::SetFillColor { col: gray(g) });
    let mut current = None;
    for glyph in &line.glyphs {
        let Some(font) = fonts.get(&glyph.face) else {
            continue;
        };
        let Some((gid, text)) = font.glyphs.get(&glyph.id) else {
            continue;
        };
        if current != Some(glyph.face) {
            out.push(Op2::SetFont {
                font: PdfFontHandle::External(font.id.clone()),
                size: Pt(size),
            });
            current = Some(glyph.face);
        }
        out.push(Op2::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x + glyph.x), Pt(y + glyph.y)),
        });
        out.push(Op2::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                *gid,
                0.0,
                text.clone(),
            )])],
        });
    }
    out.push(Op2::EndTextSection);
    if line.actual.is_some() {
        out.push(Op2::EndMarkedContentWithProperties);
    }
}

/// The resource name an image is drawn by.
pub fn image_name(object: ObjectId) -> String {
    format!("Im{}", object.0)
}

/// A dictionary entry, following a reference.
pub fn resolved(doc: &Document, dict: &Dictionary, key: &[u8]) -> Dictionary {
    match dict.get(key) {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    }
}

/// The content streams and fonts of a drawn page.
pub fn overlay(pdf: &Document, page: ObjectId) -> (Vec<Object>, Dictionary) {
    let Ok(dict) = pdf.get_dictionary(page) else {
        return (Vec::new(), Dictionary::new());
    };
    let contents = match dict.get(b"Contents") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(o @ Object::Reference(_)) => vec![o.clone()],
        _ => Vec::new(),
    };
    let resources = resolved(pdf, dict, b"Resources");
    (contents, resolved(pdf, &resources, b"Font"))
}
