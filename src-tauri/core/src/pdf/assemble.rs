//! Page assembly shared by the bundle, the records letter and the
//! comparison: the footer on every page (patient, date of birth, "page N
//! of M"), generated pages drawn by [`super::render`] and moved into the
//! output document, and enclosed report pages stamped with the footer.
//!
//! On an enclosed page the report's own content is shrunk slightly, away
//! from the page's visual bottom edge (whatever its rotation), to free a
//! strip for the footer: nothing of it is covered and the page keeps its
//! size. The footer is drawn by printpdf like any generated text, on an
//! overlay page whose content is then added to the report page.

use super::font::{Fonts, Weight};
use super::layout::{Op, Page, MARGIN};
use super::render::{self, finish_page, graft, overlay};
use crate::error::{Error, ErrorKind, Result};
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

/// Height of the strip freed for the footer on enclosed pages.
const FOOT_STRIP: f32 = 20.0;
/// Size of the footer's text.
pub const FOOTER_SIZE: f32 = 8.0;

/// A page of the output: generated, or an enclosed report's page already
/// in the output document.
pub enum Slot {
    Gen(Page),
    Pdf(ObjectId),
}

/// Where the footer goes on an enclosed page: how its content shrinks
/// (`[s, tx, ty]`), the strip freed, and the text's position.
struct Plan {
    shrink: [f32; 3],
    strip: [f32; 4],
    left: [f32; 6],
    right: [f32; 6],
}

/// Draws every page with its footer and puts them, in order, under
/// `parent`; returns the page objects. `tick` is called between pages and
/// may cancel.
pub fn assemble(
    pdf: &mut Document,
    fonts: &mut Fonts,
    slots: Vec<Slot>,
    size: (f32, f32),
    who: &str,
    parent: ObjectId,
    tick: &mut dyn FnMut() -> Result<()>,
) -> Result<Vec<ObjectId>> {
    let total = slots.len();
    let mut drawn: Vec<Page> = Vec::with_capacity(total);
    let mut plans: Vec<Option<Plan>> = Vec::with_capacity(total);
    // Per page: the enclosed page it is (None for a generated one), its
    // links and its images.
    let mut kinds: Vec<Option<ObjectId>> = Vec::with_capacity(total);
    let mut links = Vec::with_capacity(total);
    let mut images: Vec<Vec<ObjectId>> = Vec::with_capacity(total);
    for (i, slot) in slots.into_iter().enumerate() {
        if i % 64 == 0 {
            tick()?;
        }
        let right = format!("page {} of {total}", i + 1);
        match slot {
            Slot::Gen(mut page) => {
                generated_footer(fonts, &mut page, size.0, who, &right);
                links.push(std::mem::take(&mut page.links));
                images.push(
                    page.ops
                        .iter()
                        .filter_map(|op| match op {
                            Op::Image { object, .. } => Some(*object),
                            _ => None,
                        })
                        .collect(),
                );
                drawn.push(page);
                plans.push(None);
                kinds.push(None);
            }
            Slot::Pdf(id) => {
                let right_w = fonts.width(Weight::Regular, FOOTER_SIZE, &right);
                let plan = plan(pdf, id, right_w);
                let mut page = Page::default();
                if let Some(plan) = &plan {
                    enclosed_footer(fonts, &mut page, plan, who, &right);
                }
                links.push(Vec::new());
                images.push(Vec::new());
                drawn.push(page);
                plans.push(plan);
                kinds.push(Some(id));
            }
        }
    }
    let rendered = render::render(&drawn, fonts, size.0, size.1)?;
    drop(drawn);
    let grafted = graft(pdf, rendered.doc, &rendered.pages);
    let page_ids: Vec<ObjectId> = kinds
        .iter()
        .zip(&grafted)
        .map(|(kind, drawn_id)| kind.unwrap_or(*drawn_id))
        .collect();
    for (i, kind) in kinds.iter().enumerate() {
        if i % 64 == 0 {
            tick()?;
        }
        match (kind, &plans[i]) {
            (None, _) => {
                let annots = link_annots(&links[i], &page_ids);
                finish_page(pdf, page_ids[i], parent, size, annots, &images[i]);
            }
            (Some(id), plan) => {
                let stamped = plan
                    .as_ref()
                    .map(|plan| stamp(pdf, *id, parent, plan, grafted[i]))
                    .unwrap_or(Ok(()));
                // A page the footer cannot be added to keeps its content.
                if stamped.is_err() || plan.is_none() {
                    if let Ok(d) = pdf.get_object_mut(*id).and_then(Object::as_dict_mut) {
                        d.set("Parent", parent);
                    }
                }
            }
        }
    }
    Ok(page_ids)
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

/// Where the footer goes on an enclosed page, from its visible box and
/// rotation; None when the page cannot be read.
fn plan(pdf: &Document, page: ObjectId, right_w: f32) -> Option<Plan> {
    let dict = pdf.get_dictionary(page).ok()?;
    let media = rect_of(pdf, dict.get(b"MediaBox").ok()).unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let visible = rect_of(pdf, dict.get(b"CropBox").ok())
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
        .map(|r| number(r, pdf) as i64)
        .unwrap_or(0)
        .rem_euclid(360);
    let [x0, y0, x1, y1] = visible;
    let (w, h) = (x1 - x0, y1 - y0);
    let s = FOOT_STRIP;
    let (shrink, strip, left, right) = match rotate {
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
    Some(Plan {
        shrink,
        strip,
        left,
        right,
    })
}

fn damaged(e: lopdf::Error) -> Error {
    Error::new(
        ErrorKind::BadFile,
        format!("an enclosed page is damaged: {e}"),
    )
}

/// Shrinks an enclosed page's content as planned and draws the overlay
/// page `footer` (already in `pdf`) over it.
fn stamp(
    pdf: &mut Document,
    page: ObjectId,
    parent: ObjectId,
    plan: &Plan,
    footer: ObjectId,
) -> Result<()> {
    let dict = pdf.get_dictionary(page).map_err(damaged)?.clone();
    let [k, tx, ty] = plan.shrink;
    let before = pdf.add_object(Stream::new(
        dictionary! {},
        format!("q {k:.5} 0 0 {k:.5} {tx:.3} {ty:.3} cm\n").into_bytes(),
    ));
    let close = pdf.add_object(Stream::new(dictionary! {}, b"Q\n".to_vec()));
    move_annots(pdf, &dict, plan.shrink);
    // The footer is drawn as a form of its own, with its own fonts: its
    // resource names can then never replace the report's own (a report
    // made by this app names its fonts the same way).
    let form = footer_form(pdf, footer);
    let mut contents = vec![Object::Reference(before)];
    match dict.get(b"Contents") {
        Ok(Object::Reference(id)) => match pdf.get_object(*id) {
            Ok(Object::Array(a)) => contents.extend(a.clone()),
            _ => contents.push(Object::Reference(*id)),
        },
        Ok(Object::Array(a)) => contents.extend(a.clone()),
        _ => {}
    }
    contents.push(Object::Reference(close));
    // Resources: the page's own (resolved) plus the footer's form, under a
    // name the page does not use.
    let mut resources = render::resolved(pdf, &dict, b"Resources");
    let mut forms = render::resolved(pdf, &resources, b"XObject");
    let mut name = String::from("DossierFooter");
    while forms.has(name.as_bytes()) {
        name.push('_');
    }
    forms.set(name.as_bytes().to_vec(), Object::Reference(form));
    resources.set("XObject", forms);
    let draw = pdf.add_object(Stream::new(
        dictionary! {},
        format!("q /{name} Do Q\n").into_bytes(),
    ));
    contents.push(Object::Reference(draw));
    let page_dict = pdf
        .get_object_mut(page)
        .and_then(Object::as_dict_mut)
        .map_err(damaged)?;
    page_dict.set("Parent", parent);
    page_dict.set("Contents", contents);
    page_dict.set("Resources", resources);
    for key in [&b"StructParents"[..], b"Tabs"] {
        page_dict.remove(key);
    }
    Ok(())
}

/// The overlay page `footer` as a form XObject carrying its own fonts.
fn footer_form(pdf: &mut Document, footer: ObjectId) -> ObjectId {
    let (contents, fonts) = overlay(pdf, footer);
    let mut bytes = Vec::new();
    for c in contents {
        if let Object::Reference(id) = c {
            if let Ok(Object::Stream(s)) = pdf.get_object(id) {
                let data = s
                    .decompressed_content()
                    .unwrap_or_else(|_| s.content.clone());
                bytes.extend(data);
                bytes.push(b'\n');
            }
        }
    }
    let bbox = pdf
        .get_dictionary(footer)
        .ok()
        .and_then(|d| d.get(b"MediaBox").ok().cloned())
        .unwrap_or_else(|| {
            vec![(-1.0e4).into(), (-1.0e4).into(), 1.0e4.into(), 1.0e4.into()].into()
        });
    let mut form = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => bbox,
            "Resources" => dictionary! { "Font" => fonts },
        },
        bytes,
    );
    let _ = form.compress();
    pdf.add_object(form)
}

/// Links and form fields move with the content they sit on.
fn move_annots(pdf: &mut Document, dict: &Dictionary, shrink: [f32; 3]) {
    let [k, tx, ty] = shrink;
    let annots: Vec<ObjectId> = match dict.get(b"Annots") {
        Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
        Ok(Object::Reference(id)) => pdf
            .get_object(*id)
            .and_then(Object::as_array)
            .map(|a| a.iter().filter_map(|o| o.as_reference().ok()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for a in annots {
        let rect = pdf
            .get_dictionary(a)
            .ok()
            .and_then(|d| rect_of(pdf, d.get(b"Rect").ok()));
        if let (Some(r), Ok(d)) = (rect, pdf.get_object_mut(a).and_then(Object::as_dict_mut)) {
            let moved = [r[0] * k + tx, r[1] * k + ty, r[2] * k + tx, r[3] * k + ty];
            d.set(
                "Rect",
                moved.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
            );
        }
    }
}
