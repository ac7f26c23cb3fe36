//! Every script a patient writes prints, and comes back out, right: names
//! and notes in Arabic, Hebrew, Persian, Urdu, Hindi, Bengali, Thai,
//! Chinese, Japanese and Korean, mixed with Latin and digits.
//!
//! Checked with the tools a reader would trust: pdftotext gives back the
//! text as typed; a page rendered by pdftoppm is compared with the same
//! Arabic drawn by pango (pango-view); the glyphs in the PDF are the ones
//! HarfBuzz's shaping (rustybuzz) gives, in their contextual forms. The
//! fonts are the system's (`cargo xtask test` installs fonts-noto-core and
//! fonts-noto-cjk; on another machine: apt-get install fonts-noto-core
//! fonts-noto-cjk poppler-utils pango1.0-tools).

mod common;

use dossier::model::*;
use dossier::pdf::font::Weight;
use dossier::pdf::{export_pdf, write_simple, ExportOptions, Paper};
use dossier::Store;
use lopdf::Object;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test ({e}); run `cargo xtask test`"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Invisible bidirectional marks an extractor may add around right-to-left
/// text (pdftotext wraps it in embedding marks).
fn without_bidi_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

const ARABIC_NAME: &str = "مريم الحسن Maryam 1984";
const ARABIC_NOTE: &str = "أريد رأياً ثانياً قبل 15 مايو عن MRI";
const HEBREW_TITLE: &str = "Second opinion for שרה כהן, born 1962";
const PERSIAN_NOTE: &str = "بیمار ۴۵ ساله است و دیابت نوع 2 دارد";
const URDU_NOTE: &str = "مریض کی عمر 45 سال ہے";
const HINDI_DIAGNOSIS: &str = "हिन्दी रिपोर्ट: मधुमेह टाइप 2";
const BENGALI_NOTE: &str = "রোগীর বয়স ৪৫ বছর, ECG 2024";
const THAI_TREATMENT: &str = "ผ่าตัดหัวเข่า 2 ครั้ง (knee)";
const CHINESE_NAME: &str = "李小龍 医生";
const JAPANESE_NAME: &str = "山田 はなこ 先生";
const KOREAN_NAME: &str = "김민준 의사 3";
const ARABIC_CLINICIAN: &str = "مريم الحسن";

/// A dossier whose patient and notes are written in every script.
fn scripts_dossier(store: &Store) -> i64 {
    let patient = store
        .add_patient(&Patient {
            full_name: ARABIC_NAME.into(),
            date_of_birth: Some("1984-03-02".into()),
            ..Patient::default()
        })
        .unwrap();
    let id = store
        .create_dossier(
            patient,
            &Dossier {
                title: HEBREW_TITLE.into(),
                goal: ARABIC_NOTE.into(),
                notes: format!("{PERSIAN_NOTE}\n{URDU_NOTE}\n{BENGALI_NOTE}"),
                ..Dossier::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Diagnosis {
                name: HINDI_DIAGNOSIS.into(),
                ..Diagnosis::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Treatment {
                name: THAI_TREATMENT.into(),
                ..Treatment::default()
            },
        )
        .unwrap();
    for name in [
        CHINESE_NAME,
        JAPANESE_NAME,
        KOREAN_NAME,
        ARABIC_CLINICIAN,
        "Dr Sam Okafor",
    ] {
        store
            .add_item(
                id,
                &Clinician {
                    name: name.into(),
                    role: "Surgeon".into(),
                    ..Clinician::default()
                },
            )
            .unwrap();
    }
    // A bold label with brackets, in a bundle with right-to-left text.
    store
        .save_answers(
            id,
            &DailyLife {
                pain_score: Some(5),
                ..DailyLife::default()
            },
        )
        .unwrap();
    id
}

fn export_scripts() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    dossier::pdf::ExportReport,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let id = scripts_dossier(&store);
    let out = dir.path().join("bundle.pdf");
    let report = export_pdf(&store, id, &out, &ExportOptions::default()).unwrap();
    (dir, out, report)
}

#[test]
fn names_and_notes_in_every_script_come_back_as_typed() {
    let (_dir, out, report) = export_scripts();
    assert_eq!(report.missing_characters, "", "every script has a font");
    let text = without_bidi_marks(&tool("pdftotext", &[out.to_str().unwrap(), "-"]));
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for typed in [
        ARABIC_NAME,
        ARABIC_NOTE,
        HEBREW_TITLE,
        PERSIAN_NOTE,
        URDU_NOTE,
        HINDI_DIAGNOSIS,
        BENGALI_NOTE,
        THAI_TREATMENT,
        CHINESE_NAME,
        JAPANESE_NAME,
        KOREAN_NAME,
        ARABIC_CLINICIAN,
    ] {
        assert!(
            lines.iter().any(|l| l.contains(typed)),
            "{typed:?} does not come back from pdftotext:\n{text}"
        );
    }
    // Brackets read the right way round in left-to-right text of a bundle
    // whose right-to-left text draws them mirrored (in bold as in regular).
    assert!(
        lines.iter().any(|l| l.contains("Pain (0 to 10)")),
        "brackets come back mirrored:\n{text}"
    );
    // The footer keeps the name whole, then the date of birth.
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("{ARABIC_NAME} · born 2 March 1984"))),
        "footer:\n{text}"
    );
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// Words and their boxes from `pdftotext -bbox` on page `page` (their
/// letters as drawn, left to right).
fn words(pdf: &Path, page: usize) -> Vec<(String, [f32; 4])> {
    let n = page.to_string();
    let html = tool(
        "pdftotext",
        &["-bbox", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    );
    let attr = |line: &str, key: &str| -> f32 {
        let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| {
            let text = l[l.find('>').unwrap() + 1..l.rfind("</word>").unwrap()].to_string();
            let b = [
                attr(l, "xMin"),
                attr(l, "yMin"),
                attr(l, "xMax"),
                attr(l, "yMax"),
            ];
            (without_bidi_marks(&text), b)
        })
        .collect()
}

#[test]
fn right_to_left_text_sits_on_the_right_of_its_cell() {
    let (_dir, out, _) = export_scripts();
    // A4; margins of 18 mm; cells padded by 3 points.
    let (width, margin) = (595.28_f32, 18.0 * 72.0 / 25.4);
    let page = (1..=6)
        .find(|p| words(&out, *p).iter().any(|(t, _)| t.contains("Okafor")))
        .expect("the care team is in the bundle");
    let team = words(&out, page);
    let arabic = team
        .iter()
        .find(|(t, _)| t.chars().any(is_arabic))
        .expect("the Arabic name is on the care team's page");
    let latin = team.iter().find(|(t, _)| t == "Dr").unwrap();
    // The name column ends where the role column's heading starts, less
    // the padding on both sides of the line between them.
    let role = team.iter().find(|(t, _)| t == "Role").unwrap();
    let cell_right = role.1[0] - 6.0;
    assert!(
        (arabic.1[2] - cell_right).abs() < 1.5,
        "the Arabic name ends at {} in a cell whose text ends at {cell_right}",
        arabic.1[2]
    );
    assert!(
        (latin.1[0] - (margin + 3.0)).abs() < 1.5,
        "a Latin name starts at the cell's left: {}",
        latin.1[0]
    );
    // The right-to-left patient name on the cover ends at the right margin.
    let cover = words(&out, 1);
    let name = cover
        .iter()
        .find(|(t, _)| t.chars().any(is_arabic))
        .expect("the name is on the cover");
    assert!(
        (name.1[2] - (width - margin)).abs() < 2.0,
        "the name ends at {}",
        name.1[2]
    );
}

/// A PDF with one line of Arabic at 24 points, as the bundle draws it.
fn arabic_page(dir: &Path, text: &str) -> std::path::PathBuf {
    let out = dir.join("arabic.pdf");
    let patient = Patient {
        full_name: "Test".into(),
        ..Patient::default()
    };
    write_simple(
        &out,
        dossier::i18n::Catalogue::en(),
        Paper::A4,
        "Arabic",
        &patient,
        |l| {
            l.paragraph(text, 24.0, Weight::Regular, 0.0);
        },
    )
    .unwrap();
    out
}

/// The system's Noto Sans Arabic: its file's bytes and face index.
fn noto_arabic() -> (Vec<u8>, u32) {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    let id = db
        .query(&fontdb::Query {
            families: &[fontdb::Family::Name("Noto Sans Arabic")],
            ..Default::default()
        })
        .expect("Noto Sans Arabic is installed (fonts-noto-core)");
    db.with_face_data(id, |data, index| (data.to_vec(), index))
        .unwrap()
}

/// A glyph's outline as numbers, to recognise it in a subset font.
fn outline(face: &ttf_parser::Face, gid: u16) -> Vec<i32> {
    struct Points(Vec<i32>);
    impl ttf_parser::OutlineBuilder for Points {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.extend([1, x as i32, y as i32]);
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.extend([2, x as i32, y as i32]);
        }
        fn quad_to(&mut self, a: f32, b: f32, x: f32, y: f32) {
            self.0.extend([3, a as i32, b as i32, x as i32, y as i32]);
        }
        fn curve_to(&mut self, a: f32, b: f32, c: f32, d: f32, x: f32, y: f32) {
            self.0.extend([
                4, a as i32, b as i32, c as i32, d as i32, x as i32, y as i32,
            ]);
        }
        fn close(&mut self) {
            self.0.push(5);
        }
    }
    let mut p = Points(Vec::new());
    face.outline_glyph(ttf_parser::GlyphId(gid), &mut p);
    p.0.push(
        face.glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0) as i32,
    );
    p.0
}

/// The glyphs the PDF's first page shows in its Arabic font, in drawing
/// order, as outlines.
fn arabic_glyphs_in_pdf(pdf: &Path) -> Vec<Vec<i32>> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let fonts = doc.get_page_fonts(page).unwrap();
    let (name, font) = fonts
        .iter()
        .find(|(_, f)| {
            f.get(b"BaseFont")
                .and_then(Object::as_name)
                .is_ok_and(|n| String::from_utf8_lossy(n).contains("NotoSansArabic"))
        })
        .expect("the Arabic text uses Noto Sans Arabic");
    let descendant = match font.get(b"DescendantFonts").unwrap() {
        Object::Array(a) => a[0].clone(),
        o => panic!("{o:?}"),
    };
    let descendant = match descendant {
        Object::Reference(id) => doc.get_dictionary(id).unwrap().clone(),
        Object::Dictionary(d) => d,
        o => panic!("{o:?}"),
    };
    let descriptor = doc
        .get_dictionary(
            descendant
                .get(b"FontDescriptor")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let file = descriptor
        .get(b"FontFile2")
        .unwrap()
        .as_reference()
        .unwrap();
    let program = doc
        .get_object(file)
        .unwrap()
        .as_stream()
        .unwrap()
        .decompressed_content()
        .unwrap();
    let subset = ttf_parser::Face::parse(&program, 0).unwrap();
    let content = doc.get_and_decode_page_content(page).unwrap();
    let mut current: Vec<u8> = Vec::new();
    let mut codes = Vec::new();
    for op in content.operations {
        match op.operator.as_str() {
            "Tf" => current = op.operands[0].as_name().unwrap().to_vec(),
            "Tj" | "TJ" if current == *name => {
                let strings: Vec<&Object> = match &op.operands[0] {
                    Object::Array(a) => a.iter().collect(),
                    o => vec![o],
                };
                for s in strings {
                    if let Object::String(bytes, _) = s {
                        codes.extend(bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])));
                    }
                }
            }
            _ => {}
        }
    }
    codes.into_iter().map(|g| outline(&subset, g)).collect()
}

const ARABIC_LINE: &str = "مريم الحسن تحتاج رأياً ثانياً";

#[test]
fn arabic_is_drawn_with_the_shaped_joined_glyphs() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = arabic_page(dir.path(), ARABIC_LINE);
    let (data, index) = noto_arabic();
    let face = rustybuzz::Face::from_slice(&data, index).unwrap();
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(ARABIC_LINE);
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(&face, &[], buffer);
    let expected: Vec<u16> = shaped
        .glyph_infos()
        .iter()
        .map(|g| g.glyph_id as u16)
        .collect();
    let plain = ttf_parser::Face::parse(&data, index).unwrap();
    let by_outline: BTreeMap<Vec<i32>, u16> =
        expected.iter().map(|g| (outline(&plain, *g), *g)).collect();
    let used: Vec<u16> = arabic_glyphs_in_pdf(&pdf)
        .into_iter()
        .map(|o| *by_outline.get(&o).expect("a glyph rustybuzz does not give"))
        .collect();
    assert_eq!(
        used, expected,
        "the PDF shows HarfBuzz's glyphs, in visual order"
    );
    // Contextual forms: the letters' isolated (nominal) glyphs are not what
    // is drawn, except where a letter does not join.
    let nominal: Vec<u16> = ARABIC_LINE
        .chars()
        .filter_map(|c| plain.glyph_index(c).map(|g| g.0))
        .collect();
    let letters = ARABIC_LINE.chars().filter(|c| c.is_alphabetic()).count();
    let contextual = used.iter().filter(|g| !nominal.contains(g)).count();
    assert!(
        contextual * 3 >= letters * 2,
        "{contextual} of {letters} letters in a joining form"
    );
}

/// A grey image's ink: how dark each column is, over the rows that hold
/// ink above `bottom` (a fraction of the height), resampled to `bins`.
fn ink_profile(png: &Path, bottom: f32, bins: usize) -> Vec<f32> {
    let img = image::open(png).unwrap().to_luma8();
    let (w, h) = img.dimensions();
    let rows = (h as f32 * bottom) as u32;
    let ink = |x: u32, y: u32| 255.0 - img.get_pixel(x, y)[0] as f32;
    let columns: Vec<f32> = (0..w).map(|x| (0..rows).map(|y| ink(x, y)).sum()).collect();
    let first = columns.iter().position(|v| *v > 200.0).unwrap();
    let last = columns.iter().rposition(|v| *v > 200.0).unwrap();
    let span = &columns[first..=last];
    (0..bins)
        .map(|i| {
            let a = i * span.len() / bins;
            let b = ((i + 1) * span.len() / bins).max(a + 1);
            span[a..b].iter().sum::<f32>() / (b - a) as f32
        })
        .collect()
}

fn correlation(a: &[f32], b: &[f32]) -> f32 {
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
    let (ma, mb) = (mean(a), mean(b));
    let cov: f32 = a.iter().zip(b).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f32 = a.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f32 = b.iter().map(|y| (y - mb).powi(2)).sum();
    cov / (va.sqrt() * vb.sqrt())
}

fn pango(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let out = dir.join(name);
    tool(
        "pango-view",
        &[
            "-q",
            "--font=Noto Sans Arabic 24",
            "--dpi=100",
            "--margin=20",
            "--hinting=none",
            "-o",
            out.to_str().unwrap(),
            &format!("--text={text}"),
        ],
    );
    out
}

#[test]
fn arabic_renders_like_pango_joined_and_right_to_left() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = arabic_page(dir.path(), ARABIC_LINE);
    let base = dir.path().join("page");
    tool(
        "pdftoppm",
        &[
            "-r",
            "100",
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            pdf.to_str().unwrap(),
            base.to_str().unwrap(),
        ],
    );
    let ours = ink_profile(&dir.path().join("page.png"), 0.8, 240);
    let right = ink_profile(&pango(dir.path(), "right.png", ARABIC_LINE), 1.0, 240);
    // What printing without shaping looked like: every letter on its own,
    // in typed order from left to right.
    let unjoined: String = std::iter::once('\u{202D}')
        .chain(ARABIC_LINE.chars().flat_map(|c| [c, '\u{200C}']))
        .collect();
    let wrong = ink_profile(&pango(dir.path(), "wrong.png", &unjoined), 1.0, 240);
    let (good, bad) = (correlation(&ours, &right), correlation(&ours, &wrong));
    eprintln!("ink along the line: {good:.3} alike pango's, {bad:.3} alike unjoined");
    assert!(
        good > 0.9 && good - bad > 0.3,
        "ink along the line: {good:.3} alike pango's joined right-to-left Arabic, {bad:.3} alike unjoined left-to-right letters"
    );
}

#[test]
fn only_what_no_font_can_draw_is_reported_and_printed_as_a_question_mark() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data).unwrap();
    // U+E000 is a private-use character: no font gives it a meaning.
    let id = common::empty_dossier(&store, "Ana \u{E000} 李 سارا", "Scripts");
    drop(store);
    let out = dir.path().join("bundle.pdf");
    let cli = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--data-dir", data.to_str().unwrap(), "export-pdf"])
        .arg(id.to_string())
        .args(["--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(cli.status.success());
    let said = String::from_utf8_lossy(&cli.stdout);
    assert!(
        said.contains("no font on this computer can draw U+E000;"),
        "the tool names the one letter no font has: {said}"
    );
    let text = without_bidi_marks(&tool("pdftotext", &[out.to_str().unwrap(), "-"]));
    assert!(text.contains("Ana ? 李 سارا"), "{text}");
    let store = Store::open(&data).unwrap();
    let report = export_pdf(&store, id, &out, &ExportOptions::default()).unwrap();
    assert_eq!(report.missing_characters, "\u{E000}");
}
