//! The fonts of generated pages: which face draws each character, and the
//! subsets embedded in the PDF.
//!
//! DejaVu Sans and DejaVu Sans Bold are shipped with the repository
//! (licence in `fonts/LICENSE-DejaVu.txt`) and draw Latin, Greek and
//! Cyrillic. Any other script is drawn with a font installed on the system,
//! found with `fontdb`: first the faces known to cover the script well on
//! Linux, macOS and Windows (Noto, Geeza Pro, Segoe UI, PingFang, ...), then
//! any installed face that has the glyph. A character no face can draw is
//! printed as "?" and reported in [`Fonts::missing`].
//!
//! Faces are embedded as subsets (by `subsetter`) through printpdf, which
//! writes them as CID fonts with a ToUnicode map (see [`super::render`]).

use lopdf::Stream;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};
use unicode_script::Script;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// The bytes of a face: shipped with the program or read from the system.
#[derive(Clone)]
enum Data {
    Shipped(&'static [u8]),
    Read(Arc<Vec<u8>>),
}

/// One face, by its bytes and index in a collection.
#[derive(Clone)]
pub struct Face {
    data: Data,
    pub index: u32,
    /// The PostScript name, used for the embedded font's name.
    pub name: String,
    pub units: f32,
}

impl Face {
    fn parse(data: Data, index: u32) -> Option<Face> {
        let bytes: &[u8] = match &data {
            Data::Shipped(b) => b,
            Data::Read(b) => b.as_slice(),
        };
        let face = ttf_parser::Face::parse(bytes, index).ok()?;
        let tables = face.tables();
        // Faces without outlines (colour bitmaps) cannot be embedded as CID fonts.
        if tables.glyf.is_none() && tables.cff.is_none() {
            return None;
        }
        let name = face
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
            .unwrap_or_else(|| "Font".into());
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Some(Face {
            units: face.units_per_em() as f32,
            data,
            index,
            name,
        })
    }

    /// The font file's bytes (the whole collection for a `.ttc`).
    pub fn bytes(&self) -> &[u8] {
        match &self.data {
            Data::Shipped(b) => b,
            Data::Read(b) => b.as_slice(),
        }
    }

    fn has(&self, c: char) -> bool {
        ttf_parser::Face::parse(self.bytes(), self.index)
            .map(|f| f.glyph_index(c).is_some())
            .unwrap_or(false)
    }
}

/// The fonts installed on the system, looked up once.
fn system() -> &'static fontdb::Database {
    static DB: OnceLock<fontdb::Database> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        db
    })
}

/// Families that draw a script well, in order of preference, across
/// Linux, macOS and Windows.
fn preferred(script: Script, cjk: Cjk) -> &'static [&'static str] {
    match script {
        Script::Arabic => &[
            "Noto Sans Arabic",
            "Noto Naskh Arabic",
            "Geeza Pro",
            "Segoe UI",
            "Arial",
            "Tahoma",
        ],
        Script::Hebrew => &[
            "Noto Sans Hebrew",
            "Arial Hebrew",
            "Segoe UI",
            "Arial",
            "Tahoma",
        ],
        Script::Devanagari => &[
            "Noto Sans Devanagari",
            "Kohinoor Devanagari",
            "Devanagari Sangam MN",
            "Nirmala UI",
            "Mangal",
            "Lohit Devanagari",
        ],
        Script::Bengali => &[
            "Noto Sans Bengali",
            "Kohinoor Bangla",
            "Bangla Sangam MN",
            "Nirmala UI",
            "Vrinda",
            "Lohit Bengali",
        ],
        Script::Thai => &[
            "Noto Sans Thai",
            "Thonburi",
            "Leelawadee UI",
            "Tahoma",
            "TLWG Typo",
        ],
        Script::Hangul => &[
            "Noto Sans CJK KR",
            "Apple SD Gothic Neo",
            "Malgun Gothic",
            "NanumGothic",
        ],
        Script::Han | Script::Hiragana | Script::Katakana | Script::Bopomofo => match cjk {
            Cjk::Japanese => &[
                "Noto Sans CJK JP",
                "Hiragino Sans",
                "Hiragino Kaku Gothic ProN",
                "Yu Gothic",
                "Meiryo",
            ],
            Cjk::Korean => &["Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic"],
            Cjk::Chinese => &[
                "Noto Sans CJK SC",
                "PingFang SC",
                "Microsoft YaHei",
                "WenQuanYi Micro Hei",
                "Noto Sans CJK TC",
            ],
        },
        _ => &[],
    }
}

/// Which regional forms Han characters take, guessed from the text around
/// them: kana mean Japanese, Hangul Korean, otherwise Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cjk {
    Chinese,
    Japanese,
    Korean,
}

impl Cjk {
    pub fn of(text: &str) -> Cjk {
        use unicode_script::UnicodeScript;
        let mut korean = false;
        for c in text.chars() {
            match c.script() {
                Script::Hiragana | Script::Katakana => return Cjk::Japanese,
                Script::Hangul => korean = true,
                _ => {}
            }
        }
        if korean {
            Cjk::Korean
        } else {
            Cjk::Chinese
        }
    }
}

/// Scripts the shipped DejaVu faces are meant for.
fn shipped_script(script: Script) -> bool {
    matches!(
        script,
        Script::Latin
            | Script::Greek
            | Script::Cyrillic
            | Script::Common
            | Script::Inherited
            | Script::Unknown
    )
}

/// Every face in use, and what could not be printed.
pub struct Fonts {
    faces: Vec<Face>,
    /// System faces already read, by fontdb ID, and their index in `faces`.
    loaded: HashMap<fontdb::ID, Option<usize>>,
    /// Files already read, shared by the faces of one collection.
    files: HashMap<std::path::PathBuf, Arc<Vec<u8>>>,
    /// The face chosen for a character, weight and script.
    chosen: HashMap<(char, Weight, Script, Cjk), Option<usize>>,
    /// Characters no face can draw, printed as "?".
    pub missing: BTreeSet<char>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    pub fn new() -> Fonts {
        let shipped =
            |b: &'static [u8]| Face::parse(Data::Shipped(b), 0).expect("the shipped fonts parse");
        Fonts {
            faces: vec![shipped(REGULAR), shipped(BOLD)],
            loaded: HashMap::new(),
            files: HashMap::new(),
            chosen: HashMap::new(),
            missing: BTreeSet::new(),
        }
    }

    /// The face at `index`, as given by [`Fonts::face_for`].
    pub fn face(&self, index: usize) -> &Face {
        &self.faces[index]
    }

    /// The shipped face of a weight.
    pub fn shipped(w: Weight) -> usize {
        w as usize
    }

    /// The face that draws `c` in text of `script`, or None when no face
    /// on this system has it.
    pub fn face_for(&mut self, c: char, w: Weight, script: Script, cjk: Cjk) -> Option<usize> {
        let key = (c, w, script, cjk);
        if let Some(found) = self.chosen.get(&key) {
            return *found;
        }
        let shipped = Fonts::shipped(w);
        let found = if shipped_script(script) && self.faces[shipped].has(c) {
            Some(shipped)
        } else {
            self.preferred_face(c, w, script, cjk)
                .or_else(|| self.faces[shipped].has(c).then_some(shipped))
                .or_else(|| self.any_face(c, w))
        };
        self.chosen.insert(key, found);
        found
    }

    fn preferred_face(&mut self, c: char, w: Weight, script: Script, cjk: Cjk) -> Option<usize> {
        let db = system();
        for family in preferred(script, cjk) {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(family)],
                weight: weight_of(w),
                ..Default::default()
            };
            let Some(id) = db.query(&query) else { continue };
            if let Some(i) = self.load(id) {
                if self.faces[i].has(c) {
                    return Some(i);
                }
            }
        }
        None
    }

    /// Any installed face with the glyph: of the right weight first, sans
    /// serif before others, then by name so the choice is stable.
    fn any_face(&mut self, c: char, w: Weight) -> Option<usize> {
        let db = system();
        let mut candidates: Vec<&fontdb::FaceInfo> = db
            .faces()
            .filter(|f| f.style == fontdb::Style::Normal)
            .collect();
        candidates.sort_by_key(|f| {
            let family = f.families.first().map(|x| x.0.clone()).unwrap_or_default();
            (
                (f.weight.0 >= 600) != (w == Weight::Bold),
                !family.contains("Sans"),
                family.contains("Mono"),
                family,
                f.index,
            )
        });
        for info in candidates {
            let covered = db
                .with_face_data(info.id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .map(|f| f.glyph_index(c).is_some())
                        .unwrap_or(false)
                })
                .unwrap_or(false);
            if covered {
                if let Some(i) = self.load(info.id) {
                    return Some(i);
                }
            }
        }
        None
    }

    /// Reads a system face (once); None when it cannot be used.
    fn load(&mut self, id: fontdb::ID) -> Option<usize> {
        if let Some(i) = self.loaded.get(&id) {
            return *i;
        }
        let db = system();
        let found = db.face_source(id).and_then(|(source, index)| {
            let data = match source {
                fontdb::Source::File(path) => match self.files.get(&path) {
                    Some(d) => d.clone(),
                    None => {
                        let d = Arc::new(std::fs::read(&path).ok()?);
                        self.files.insert(path, d.clone());
                        d
                    }
                },
                fontdb::Source::Binary(b) => Arc::new((*b).as_ref().to_vec()),
                fontdb::Source::SharedFile(_, b) => Arc::new((*b).as_ref().to_vec()),
            };
            Face::parse(Data::Read(data), index)
        });
        let index = found.map(|face| {
            self.faces.push(face);
            self.faces.len() - 1
        });
        self.loaded.insert(id, index);
        index
    }
}

fn weight_of(w: Weight) -> fontdb::Weight {
    match w {
        Weight::Regular => fontdb::Weight::NORMAL,
        Weight::Bold => fontdb::Weight::BOLD,
    }
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
