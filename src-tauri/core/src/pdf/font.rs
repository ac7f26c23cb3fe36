//! The bundle's fonts: DejaVu Sans and DejaVu Sans Bold, shipped with the
//! repository (licence in `fonts/LICENSE-DejaVu.txt`), measured here and
//! embedded as subsets (CID fonts, Identity-H, with a ToUnicode map so the
//! text can be searched and copied).
//!
//! The fonts cover Latin, Greek and Cyrillic. A character the font lacks
//! (Chinese, Arabic, emoji, ...) is printed as "?" and reported, so a
//! bundle never shows an empty box or silently drops text.

use lopdf::{dictionary, Document, Object, ObjectId, Stream};
use std::collections::{BTreeMap, BTreeSet};

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One face: its parsed tables and the glyphs used so far.
pub struct Face {
    data: &'static [u8],
    face: ttf_parser::Face<'static>,
    units: f32,
    used: BTreeMap<u16, char>,
    pub name: &'static str,
}

impl Face {
    fn new(data: &'static [u8], name: &'static str) -> Face {
        let face = ttf_parser::Face::parse(data, 0).expect("the shipped font parses");
        Face {
            units: face.units_per_em() as f32,
            data,
            face,
            used: BTreeMap::new(),
            name,
        }
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.face.glyph_index(c).map(|g| g.0)
    }

    fn advance(&self, gid: u16) -> f32 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0) as f32
            / self.units
    }
}

/// Both faces, and what could not be printed.
pub struct Fonts {
    faces: [Face; 2],
    /// Characters the fonts lack, printed as "?".
    pub missing: BTreeSet<char>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    pub fn new() -> Fonts {
        Fonts {
            faces: [
                Face::new(REGULAR, "DejaVuSans"),
                Face::new(BOLD, "DejaVuSans-Bold"),
            ],
            missing: BTreeSet::new(),
        }
    }

    fn face(&self, w: Weight) -> &Face {
        &self.faces[w as usize]
    }

    /// Width of `text` in points at `size`, without recording anything.
    pub fn width(&self, w: Weight, size: f32, text: &str) -> f32 {
        let face = self.face(w);
        text.chars()
            .map(|c| {
                let g = face.glyph(c).or_else(|| face.glyph('?')).unwrap_or(0);
                face.advance(g)
            })
            .sum::<f32>()
            * size
    }

    /// The glyph IDs for `text`, recording them for the subset; characters
    /// the font lacks become "?" and are remembered in `missing`.
    pub fn encode(&mut self, w: Weight, text: &str) -> Vec<u16> {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let c = if c == '\t' { ' ' } else { c };
            if c.is_control() {
                continue;
            }
            let face = &mut self.faces[w as usize];
            let (gid, shown) = match face.glyph(c) {
                Some(g) => (g, c),
                None => {
                    self.missing.insert(c);
                    (face.glyph('?').unwrap_or(0), '?')
                }
            };
            face.used.entry(gid).or_insert(shown);
            out.push(gid);
        }
        out
    }

    /// Writes both fonts (subset to the glyphs used) into `doc`; returns
    /// their object IDs and, per face, the map from original glyph ID to the
    /// CID used in content streams.
    pub fn embed(&self, doc: &mut Document) -> Vec<(ObjectId, BTreeMap<u16, u16>)> {
        self.faces.iter().map(|f| embed_face(doc, f)).collect()
    }
}

fn embed_face(doc: &mut Document, face: &Face) -> (ObjectId, BTreeMap<u16, u16>) {
    let mut remapper = subsetter::GlyphRemapper::new();
    remapper.remap(0);
    let mut map = BTreeMap::new();
    for gid in face.used.keys() {
        map.insert(*gid, remapper.remap(*gid));
    }
    let subset = subsetter::subset(face.data, 0, &remapper).unwrap_or_else(|_| face.data.to_vec());
    let scale = 1000.0;
    let mut widths: Vec<Object> = Vec::new();
    for (gid, cid) in &map {
        widths.push(Object::Integer(*cid as i64));
        widths.push(Object::Array(vec![Object::Real(
            face.advance(*gid) * scale,
        )]));
    }
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, char)> = face.used.iter().map(|(g, c)| (map[g], *c)).collect();
    for chunk in entries.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (cid, c) in chunk {
            let mut utf16 = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut utf16)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            cmap.push_str(&format!("<{cid:04X}> <{hex}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let to_unicode = doc.add_object(compressed(dictionary! {}, cmap.into_bytes()));
    let file = doc.add_object(compressed(
        dictionary! { "Length1" => subset.len() as i64 },
        subset,
    ));
    let f = &face.face;
    let u = |v: i16| (v as f32 / face.units * scale) as i64;
    let bbox = f.global_bounding_box();
    let tag = format!("{}+{}", subset_tag(face), face.name);
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(tag.clone().into_bytes()),
        "Flags" => 32,
        "FontBBox" => vec![u(bbox.x_min).into(), u(bbox.y_min).into(), u(bbox.x_max).into(), u(bbox.y_max).into()],
        "ItalicAngle" => 0,
        "Ascent" => u(f.ascender()),
        "Descent" => u(f.descender()),
        "CapHeight" => u(f.capital_height().unwrap_or(f.ascender())),
        "StemV" => 80,
        "FontFile2" => file,
    });
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(tag.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "W" => widths,
        "CIDToGIDMap" => "Identity",
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(tag.into_bytes()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    });
    (font, map)
}

/// Six capital letters naming the subset, derived from the glyphs used.
fn subset_tag(face: &Face) -> String {
    let mut h: u32 = 2166136261;
    for g in face.used.keys() {
        h = (h ^ *g as u32).wrapping_mul(16777619);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// A Flate-compressed stream.
pub fn compressed(mut dict: lopdf::Dictionary, content: Vec<u8>) -> Stream {
    use std::io::Write;
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(&content);
    let data = enc.finish().unwrap_or_default();
    dict.set("Filter", "FlateDecode");
    Stream::new(dict, data)
}
