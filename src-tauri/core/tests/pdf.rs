//! The PDF bundle, checked with the tools a reader would trust: qpdf,
//! pdftotext and pdfinfo (installed by `cargo xtask test`; on another
//! machine: apt-get install qpdf poppler-utils imagemagick).

mod common;

use dossier::model::*;
use dossier::pdf::{export_pdf, ExportOptions, ExportReport, Paper, Password, Section};
use dossier::Store;
use lopdf::{dictionary, Object};
use std::path::{Path, PathBuf};
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test ({e}); run `cargo xtask test`, or apt-get install qpdf poppler-utils imagemagick"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn text_of(pdf: &Path, page: Option<usize>) -> String {
    let p = pdf.to_str().unwrap();
    let (ok, out) = match page {
        Some(n) => {
            let n = n.to_string();
            tool("pdftotext", &["-layout", "-f", &n, "-l", &n, p, "-"])
        }
        None => tool("pdftotext", &["-layout", p, "-"]),
    };
    assert!(ok, "pdftotext failed: {out}");
    out
}

fn assert_valid(pdf: &Path) {
    let (ok, out) = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(
        ok && !out.to_lowercase().contains("warning"),
        "qpdf --check: {out}"
    );
    let dir = tempfile::tempdir().unwrap();
    let (ok, out) = tool(
        "pdftoppm",
        &[
            "-r",
            "20",
            "-png",
            pdf.to_str().unwrap(),
            dir.path().join("p").to_str().unwrap(),
        ],
    );
    assert!(ok && !out.contains("Error"), "pdftoppm: {out}");
}

fn page_count(pdf: &Path) -> usize {
    let (ok, out) = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(ok, "{out}");
    out.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap()
}

/// A PDF with one page per (width, height, rotate), each saying "Marker
/// <tag> page N".
fn make_pdf(path: &Path, tag: &str, pages: &[(f32, f32, i64)]) {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
    );
    let mut kids = Vec::new();
    for (i, (w, h, rot)) in pages.iter().enumerate() {
        let content = format!(
            "BT /F1 14 Tf 72 {} Td (Marker {tag} page {}) Tj ET",
            h - 100.0,
            i + 1
        );
        let c = doc.add_object(lopdf::Stream::new(dictionary! {}, content.into_bytes()));
        let p = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(*w), Object::Real(*h)],
            "Rotate" => *rot,
        });
        kids.push(Object::Reference(p));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => pages.len() as i64,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    doc.save(path).unwrap();
}

/// A JPEG with an EXIF orientation tag, from a landscape picture.
fn jpeg_with_orientation(path: &Path, orientation: u16) {
    let img = image::RgbImage::from_fn(400, 200, |x, _| {
        if x < 200 {
            image::Rgb([200, 30, 30])
        } else {
            image::Rgb([30, 30, 200])
        }
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode(img.as_raw(), 400, 200, image::ExtendedColorType::Rgb8)
        .unwrap();
    let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    std::fs::write(path, out).unwrap();
}

fn magick(args: &[&str]) {
    let convert = if Path::new("/usr/bin/convert").exists() {
        "/usr/bin/convert"
    } else {
        "convert"
    };
    let (ok, out) = tool(convert, args);
    assert!(ok, "ImageMagick convert {args:?}: {out}");
}

struct Case {
    _dir: tempfile::TempDir,
    store: Store,
    id: i64,
    files: PathBuf,
}

fn case() -> Case {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let id = common::full_dossier(&store);
    let files = dir.path().join("in");
    std::fs::create_dir(&files).unwrap();
    Case {
        _dir: dir,
        store,
        id,
        files,
    }
}

impl Case {
    fn add(&self, name: &str, title: &str) -> Document {
        let doc = Document {
            title: title.into(),
            include_in_export: true,
            ..Document::default()
        };
        self.store
            .add_document(self.id, &self.files.join(name), &doc)
            .unwrap()
    }
    fn export(&self, opts: &ExportOptions) -> (PathBuf, ExportReport) {
        let out = self.files.join("bundle.pdf");
        let report = export_pdf(&self.store, self.id, &out, opts).unwrap();
        assert_valid(&out);
        assert_eq!(page_count(&out), report.pages);
        (out, report)
    }
}

/// The page number the index gives for documents 1..=count (the row
/// starting with the document's number ends with its page).
fn index_pages(text: &str, count: usize) -> Vec<usize> {
    (1..=count)
        .map(|k| {
            let line = text
                .lines()
                .find(|l| l.split_whitespace().next() == Some(&k.to_string()))
                .unwrap_or_else(|| panic!("document {k} not in the index:\n{text}"));
            line.split_whitespace()
                .last()
                .unwrap()
                .parse()
                .unwrap_or_else(|_| panic!("no page on: {line}"))
        })
        .collect()
}

/// The page whose text contains `marker`.
fn page_with(out: &Path, pages: usize, marker: &str) -> (usize, String) {
    (1..=pages)
        .map(|n| (n, text_of(out, Some(n))))
        .find(|(_, t)| t.contains(marker))
        .unwrap_or_else(|| panic!("no page holds {marker}"))
}

#[test]
fn the_first_pages_answer_the_consultants_first_five_minutes() {
    let c = case();
    let (out, report) = c.export(&ExportOptions::default());
    // The summary (page 2 or 3, after the cover and its contents) holds the
    // main problem, daily life, what was tried and the background.
    let (n, summary) = page_with(&out, report.pages, "The problem this opinion is about");
    assert!(n <= 3, "the summary is on page {n}");
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = flat(&format!("{summary}{}", text_of(&out, Some(n + 1))));
    for expected in [
        "Osteoarthritis of the right knee (M17.11)",
        "Pain and swelling in the right knee",
        "April 2023",
        "7 out of 10",
        "Cannot climb stairs or walk more than 200 m",
        "Looking after my grandchildren",
        "Physiotherapy for 3 months: a little better",
        "Type 2 diabetes (E11.9)",
        "Ibuprofen 400 mg twice a day",
        "Penicillin: Rash",
        "162.5 cm, 84 kg (BMI 31.8)",
        "Smokes now: 10 a day for 30 years",
        "Copper IUD",
        "Arthroscopy of the right knee (June 2019)",
        "Mother: Rheumatoid arthritis (from age 52)",
    ] {
        assert!(
            first.contains(expected),
            "{expected} on the first pages:\n{first}"
        );
    }
    let summary_flat = flat(&summary);
    assert!(
        summary_flat.find("Osteoarthritis").unwrap()
            < summary_flat.find("Type 2 diabetes").unwrap(),
        "the summary leads with the main problem"
    );

    // The details follow in their own section, named in the contents.
    let (_, details) = page_with(&out, report.pages, "Operations and hospital stays");
    let details = flat(&details);
    for expected in [
        "Health background and daily life",
        "A glass of wine at weekends",
        "Primary school teacher",
        "Does not apply",
        "Walks with a stick outdoors",
        "Valley Clinic",
        "Meniscus trimmed",
        "Rheumatoid arthritis",
        "52",
    ] {
        assert!(
            details.contains(expected),
            "{expected} in the details:\n{details}"
        );
    }
    assert!(flat(&text_of(&out, Some(1))).contains("Health background and daily life"));

    // Left out on request, like every section.
    let opts = ExportOptions {
        exclude_sections: [Section::Background].into(),
        ..ExportOptions::default()
    };
    let (out, _) = c.export(&opts);
    assert!(!text_of(&out, None).contains("Operations and hospital stays"));
}

#[test]
fn the_bundle_holds_everything_the_doctor_needs_with_working_numbers() {
    let c = case();
    let (out, report) = c.export(&ExportOptions::default());
    let full = c.store.full_dossier(c.id).unwrap();
    let all = text_of(&out, None);
    assert!(
        all.contains("Ελένη Παπαδοπούλου-Ivanova"),
        "the patient's name in Greek is real text"
    );
    for q in &full.questions {
        assert!(all.contains(&q.text), "question {}", q.text);
    }
    let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
    for d in &full.documents {
        // A long title may wrap inside its index cell.
        assert!(
            d.title.split_whitespace().all(|w| flat.contains(w)),
            "document title {}",
            d.title
        );
    }
    assert!(all.contains("Osteoarthritis of the right knee (M17.11)"));
    assert!(all.contains("Physiotherapy, injections"));
    assert!(
        all.contains("Боль усиливается по утрам."),
        "Cyrillic notes print"
    );
    assert!(report.not_enclosed.is_empty(), "{:?}", report.not_enclosed);
    assert!(report.missing_characters.is_empty());

    // Every page has the footer with its own number.
    for n in 1..=report.pages {
        let t = text_of(&out, Some(n));
        assert!(
            t.contains(&format!("page {n} of {}", report.pages)),
            "footer on page {n}:\n{t}"
        );
        assert!(
            t.contains("born March 1956"),
            "footer names the patient on page {n}"
        );
    }

    // The index's page numbers lead to each document's first page, and the
    // generated pages plus every enclosed page make the whole.
    let index_page = (1..=report.pages)
        .find(|n| {
            let t = text_of(&out, Some(*n));
            t.contains("Index of enclosed documents") && t.contains("Kind")
        })
        .unwrap();
    let starts = index_pages(&text_of(&out, Some(index_page)), full.documents.len());
    let mut expected_total = index_page;
    for (d, start) in full.documents.iter().zip(&starts) {
        assert_eq!(
            *start,
            expected_total + 1,
            "{} starts after the previous one",
            d.title
        );
        let page_text = text_of(&out, Some(*start));
        if let Some(n) = d.page_count {
            let source = c.store.files().path_of(&d.sha256);
            let first_line = text_of(&source, Some(1))
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let squashed: String = page_text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                squashed.contains(&first_line),
                "page {start} shows {}: {first_line}",
                d.title
            );
            expected_total += n as usize;
        } else {
            assert!(page_text.contains(&d.title), "image page captioned");
            expected_total += 1;
        }
    }
    assert_eq!(report.pages, expected_total);

    // Bookmarks and index links lead to those pages.
    let pdf = lopdf::Document::load(&out).unwrap();
    let numbers: std::collections::HashMap<lopdf::ObjectId, u32> =
        pdf.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let dest_page = |d: &Object| -> u32 {
        let arr = d.as_array().unwrap();
        numbers[&arr[0].as_reference().unwrap()]
    };
    let index_id = pdf.get_pages()[&(index_page as u32)];
    let annots = pdf
        .get_dictionary(index_id)
        .unwrap()
        .get(b"Annots")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let mut link_targets: Vec<u32> = annots
        .iter()
        .map(|a| dest_page(a.as_dict().unwrap().get(b"Dest").unwrap()))
        .collect();
    link_targets.sort();
    let mut want: Vec<u32> = starts.iter().map(|s| *s as u32).collect();
    want.sort();
    assert_eq!(link_targets, want, "index rows link to the documents");
    let catalog = pdf.catalog().unwrap();
    let outlines = pdf
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let mut titles_seen = Vec::new();
    let mut item = outlines.get(b"First").unwrap().as_reference().ok();
    while let Some(id) = item {
        let d = pdf.get_dictionary(id).unwrap();
        let title =
            String::from_utf8_lossy(d.get(b"Title").unwrap().as_str().unwrap()).into_owned();
        let page = dest_page(d.get(b"Dest").unwrap());
        if title == "Enclosed documents" {
            let mut kid = d.get(b"First").unwrap().as_reference().ok();
            let mut k = 0;
            while let Some(kid_id) = kid {
                let kd = pdf.get_dictionary(kid_id).unwrap();
                assert_eq!(
                    dest_page(kd.get(b"Dest").unwrap()) as usize,
                    starts[k],
                    "bookmark of document {k}"
                );
                k += 1;
                kid = kd.get(b"Next").and_then(Object::as_reference).ok();
            }
            assert_eq!(k, starts.len());
        }
        if title == "Questions for the doctor" {
            assert!(text_of(&out, Some(page as usize)).contains("Questions for the doctor"));
        }
        titles_seen.push(title);
        item = d.get(b"Next").and_then(Object::as_reference).ok();
    }
    for s in [
        "Cover",
        "Summary",
        "Questions for the doctor",
        "Timeline",
        "Index of enclosed documents",
        "Enclosed documents",
    ] {
        assert!(
            titles_seen.iter().any(|t| t == s),
            "bookmark {s} in {titles_seen:?}"
        );
    }
    let (_, info) = tool("pdfinfo", &[out.to_str().unwrap()]);
    assert!(info.contains("Title:           Second opinion dossier: Knee replacement"));
    assert!(info.contains("Author:          Ελένη"));
}

#[test]
fn damaged_and_unusual_reports_never_vanish_or_stop_the_export() {
    let c = case();
    let src = common::fixture_reports()
        .into_iter()
        .find(|p| p.ends_with("discharge-summary.pdf"))
        .unwrap();
    let bytes = std::fs::read(&src).unwrap();
    // Encrypted with a user password.
    let (ok, out) = tool(
        "qpdf",
        &[
            "--encrypt",
            "secret",
            "owner",
            "256",
            "--",
            src.to_str().unwrap(),
            c.files.join("locked.pdf").to_str().unwrap(),
        ],
    );
    assert!(ok, "{out}");
    // Truncated after the last page (no cross-reference table or trailer).
    let cut = bytes.windows(4).rposition(|w| w == b"xref").unwrap();
    std::fs::write(c.files.join("truncated.pdf"), &bytes[..cut - 1]).unwrap();
    // A broken cross-reference offset.
    let mut broken = bytes.clone();
    let mut sx = broken.windows(9).rposition(|w| w == b"startxref").unwrap() + 9;
    while !broken[sx].is_ascii_digit() {
        sx += 1;
    }
    for b in broken[sx..].iter_mut().take_while(|b| b.is_ascii_digit()) {
        *b = b'1';
    }
    std::fs::write(c.files.join("broken-xref.pdf"), &broken).unwrap();
    // Not what its name says.
    std::fs::write(
        c.files.join("scan.pdf"),
        "Dear Dr Lee,\nthis is a letter, not a PDF.\n",
    )
    .unwrap();
    // A DICOM image.
    let mut dicom = vec![0u8; 128];
    dicom.extend_from_slice(b"DICM\x02\x00\x00\x00");
    dicom.extend_from_slice(&[7u8; 300]);
    std::fs::write(c.files.join("IM0001.dcm"), &dicom).unwrap();
    // Rotated pages and mixed page sizes.
    make_pdf(
        &c.files.join("mixed.pdf"),
        "mixed",
        &[
            (595.0, 842.0, 0),
            (612.0, 792.0, 90),
            (842.0, 1191.0, 180),
            (1191.0, 842.0, 270),
        ],
    );
    // A real report cut short part way through its first page's content.
    let real = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/reports/discharge-summary.pdf"),
    )
    .unwrap();
    std::fs::write(c.files.join("cut-short.pdf"), &real[..3000]).unwrap();
    for (f, t) in [
        ("cut-short.pdf", "Cut short report"),
        ("locked.pdf", "Locked report"),
        ("truncated.pdf", "Truncated report"),
        ("broken-xref.pdf", "Broken xref report"),
        ("scan.pdf", "Mislabelled letter"),
        ("IM0001.dcm", "MRI knee study"),
        ("mixed.pdf", "Mixed sizes"),
    ] {
        c.add(f, t);
    }
    let (out, report) = c.export(&ExportOptions::default());
    let reasons: Vec<(String, String)> = report
        .not_enclosed
        .iter()
        .map(|n| (n.title.clone(), n.reason.clone()))
        .collect();
    let reason = |t: &str| {
        reasons
            .iter()
            .find(|(title, _)| title == t)
            .map(|(_, r)| r.clone())
    };
    assert!(
        reason("Locked report").unwrap().contains("password"),
        "{reasons:?}"
    );
    assert!(
        reason("Mislabelled letter")
            .unwrap()
            .contains("really a text file"),
        "{reasons:?}"
    );
    assert!(
        reason("MRI knee study").unwrap().contains("DICOM"),
        "{reasons:?}"
    );
    assert_eq!(reason("Truncated report"), None, "repaired: {reasons:?}");
    assert_eq!(reason("Broken xref report"), None, "repaired: {reasons:?}");
    // A repaired report is announced on a page before its own: what
    // follows may be incomplete, even blank.
    let repaired: Vec<&str> = report.repaired.iter().map(|n| n.title.as_str()).collect();
    assert!(repaired.contains(&"Cut short report"), "{repaired:?}");
    for title in &repaired {
        let note = (1..=report.pages).find(|n| {
            let t = text_of(&out, Some(*n));
            t.contains(title) && t.contains("file is damaged") && t.contains("may be incomplete")
        });
        assert!(note.is_some(), "no page says {title} was damaged");
    }
    let all = text_of(&out, None);
    assert!(
        all.contains("Document")
            && all.contains("Locked report")
            && all.contains("could not be included")
    );
    // The originals of what could not be shown are attached.
    let (ok, listing) = tool("qpdf", &["--list-attachments", out.to_str().unwrap()]);
    assert!(ok, "{listing}");
    for name in ["locked.pdf", "scan.pdf", "IM0001.dcm"] {
        assert!(listing.contains(name), "{name} attached: {listing}");
    }
    // Enclosed pages keep their size and rotation, with the footer on them.
    let (_, info) = tool(
        "pdfinfo",
        &[
            "-f",
            "1",
            "-l",
            &report.pages.to_string(),
            out.to_str().unwrap(),
        ],
    );
    let marker_pages: Vec<usize> = (1..=report.pages)
        .filter(|n| text_of(&out, Some(*n)).contains("Marker mixed page"))
        .collect();
    assert_eq!(marker_pages.len(), 4);
    let expect = [
        ("595", "842", "0"),
        ("612", "792", "90"),
        ("842", "1191", "180"),
        ("1191", "842", "270"),
    ];
    for (n, (w, h, rot)) in marker_pages.iter().zip(expect) {
        let size = info
            .lines()
            .find(|l| l.starts_with(&format!("Page {n:>4} size:")))
            .unwrap();
        assert!(size.contains(&format!("{w} x {h}")), "{size}");
        let r = info
            .lines()
            .find(|l| l.starts_with(&format!("Page {n:>4} rot:")))
            .unwrap();
        assert!(r.trim_end().ends_with(rot), "{r}");
        let t = text_of(&out, Some(*n));
        assert!(
            t.contains(&format!("page {n} of {}", report.pages)),
            "footer on rotated page {n}:\n{t}"
        );
    }
}

#[test]
fn photos_and_scans_of_every_kind_are_placed_upright() {
    let c = case();
    jpeg_with_orientation(&c.files.join("phone.jpg"), 6);
    magick(&[
        "-size",
        "300x200",
        "gradient:red-blue",
        "-colorspace",
        "CMYK",
        c.files.join("cmyk.jpg").to_str().unwrap(),
    ]);
    magick(&[
        "-size",
        "300x200",
        "gradient:",
        "-interlace",
        "JPEG",
        c.files.join("progressive.jpg").to_str().unwrap(),
    ]);
    magick(&[
        "-size",
        "300x200",
        "xc:none",
        "-fill",
        "red",
        "-draw",
        "circle 150,100 150,10",
        "-depth",
        "16",
        c.files.join("alpha16.png").to_str().unwrap(),
    ]);
    magick(&["rose:", c.files.join("rose.gif").to_str().unwrap()]);
    magick(&["rose:", c.files.join("rose.webp").to_str().unwrap()]);
    magick(&["rose:", c.files.join("rose.bmp").to_str().unwrap()]);
    magick(&[
        "rose:",
        "rose:",
        "rose:",
        "-adjoin",
        c.files.join("three-pages.tif").to_str().unwrap(),
    ]);
    let jpeg_doc = c.add("phone.jpg", "Photo of the swelling");
    for (f, t) in [
        ("cmyk.jpg", "CMYK scan"),
        ("progressive.jpg", "Progressive photo"),
        ("alpha16.png", "Transparent chart"),
        ("rose.gif", "GIF image"),
        ("rose.webp", "WebP image"),
        ("rose.bmp", "BMP image"),
        ("three-pages.tif", "Fax of three pages"),
    ] {
        c.add(f, t);
    }
    let heic = c.files.join("IMG_0001.HEIC");
    std::fs::write(&heic, b"\0\0\0\x18ftypheic\0\0\0\0mif1heic").unwrap();
    let err = c
        .store
        .add_document(c.id, &heic, &Document::default())
        .unwrap_err();
    assert!(
        err.message.contains("IMG_0001.HEIC") && err.message.contains("JPEG"),
        "{}",
        err.message
    );

    let (out, report) = c.export(&ExportOptions::default());
    assert!(report.not_enclosed.is_empty(), "{:?}", report.not_enclosed);
    let all = text_of(&out, None);
    for t in [
        "Fax of three pages (page 1 of 3)",
        "(page 3 of 3)",
        "CMYK scan",
        "WebP image",
        "Transparent chart",
    ] {
        assert!(all.contains(t), "{t}");
    }
    // The JPEG is embedded byte for byte, drawn turned a quarter (portrait).
    let original = std::fs::read(c.store.files().path_of(&jpeg_doc.sha256)).unwrap();
    let pdf = lopdf::Document::load(&out).unwrap();
    let stream = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .find(|s| s.content == original)
        .expect("the JPEG is passed through unchanged");
    assert_eq!(
        stream.dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"DCTDecode"
    );
    let page = (1..=report.pages)
        .find(|n| text_of(&out, Some(*n)).contains(": Photo of the swelling"))
        .unwrap();
    let page_id = pdf.get_pages()[&(page as u32)];
    let content = pdf.get_page_content(page_id);
    let ops = lopdf::content::Content::decode(&content)
        .unwrap()
        .operations;
    let cm = ops
        .iter()
        .rev()
        .skip_while(|o| o.operator != "Do")
        .find(|o| o.operator == "cm")
        .unwrap();
    let m: Vec<f32> = cm.operands.iter().map(|v| v.as_float().unwrap()).collect();
    let (w, h) = (
        (m[0] + m[2]).abs().max(m[2].abs()),
        (m[1] + m[3]).abs().max(m[1].abs()),
    );
    assert!(
        h > w,
        "an orientation-6 landscape photo is shown portrait: {m:?}"
    );
}

#[test]
fn the_user_chooses_sections_documents_paper_and_email_size() {
    let c = case();
    let full = c.store.full_dossier(c.id).unwrap();
    let left_out = full.documents[0].clone();
    let mut opts = ExportOptions {
        paper: Paper::Letter,
        ..ExportOptions::default()
    };
    opts.exclude_sections.insert(Section::Questions);
    opts.exclude_sections.insert(Section::Timeline);
    opts.exclude_documents.insert(left_out.id);
    let (out, _report) = c.export(&opts);
    let all = text_of(&out, None);
    assert!(!all.contains("Questions for the doctor"));
    assert!(!all.contains(&full.questions[0].text));
    assert!(!all.contains(&left_out.title));
    assert!(all.contains(&full.documents[1].title));
    let (_, info) = tool("pdfinfo", &[out.to_str().unwrap()]);
    assert!(info.contains("612 x 792"), "US Letter: {info}");

    // Email size shrinks a big photo and says how big the result is.
    let big = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x * y) % 239) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 92)
        .encode(big.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .unwrap();
    std::fs::write(c.files.join("big.jpg"), &jpeg).unwrap();
    c.add("big.jpg", "Big photo");
    // A scanned page: a 600 dpi JPEG filling an A4 page.
    let mut scan = lopdf::Document::with_version("1.5");
    let pages_id = scan.new_object_id();
    let mut jpeg_stream = lopdf::Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 4000, "Height" => 3000,
        "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode" },
        jpeg.clone(),
    );
    jpeg_stream.allows_compression = false;
    let img = scan.add_object(jpeg_stream);
    let content = scan.add_object(lopdf::Stream::new(
        dictionary! {},
        b"q 842 0 0 595 0 0 cm /Im1 Do Q".to_vec(),
    ));
    let page = scan.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => img } },
    });
    scan.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let cat = scan.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    scan.trailer.set("Root", cat);
    scan.save(c.files.join("scan.pdf")).unwrap();
    c.add("scan.pdf", "Scanned letter");
    let (_, normal) = c.export(&ExportOptions::default());
    let (_, small) = c.export(&ExportOptions {
        email_size: true,
        ..ExportOptions::default()
    });
    assert!(
        small.bytes < normal.bytes / 2,
        "email size {} vs {}",
        small.bytes,
        normal.bytes
    );
    assert!(!small.over_email_limit);
}

#[test]
fn a_500_page_report_and_long_text_flow_over_pages() {
    let c = case();
    let sizes: Vec<(f32, f32, i64)> = (0..500).map(|_| (595.0, 842.0, 0)).collect();
    make_pdf(&c.files.join("long.pdf"), "long", &sizes);
    c.add("long.pdf", "Five hundred pages");
    let long_note = "Ιστορικό. ".repeat(900);
    let mut d = c.store.dossier(c.id).unwrap();
    d.notes = long_note.clone();
    c.store.update_dossier(&d).unwrap();
    for i in 0..60 {
        c.store
            .add_item(
                c.id,
                &Event {
                    date: Some(format!("20{:02}-01", i % 24 + 1)),
                    title: format!("Visit number {i}"),
                    ..Event::default()
                },
            )
            .unwrap();
    }
    let (out, report) = c.export(&ExportOptions::default());
    assert!(report.pages > 500 + 8);
    let all = text_of(&out, None);
    assert!(all.contains("Visit number 59") && all.contains("Visit number 0"));
    // The timeline's header repeats on each of its pages.
    let timeline_pages: Vec<String> = (1..=12)
        .map(|n| text_of(&out, Some(n)))
        .filter(|t| t.contains("Visit number"))
        .collect();
    assert!(timeline_pages.len() >= 2, "the timeline runs over pages");
    for t in &timeline_pages {
        assert!(
            t.contains("When") && t.contains("What"),
            "header repeats:\n{t}"
        );
    }
    let marker_last = (1..=report.pages)
        .rev()
        .find(|n| text_of(&out, Some(*n)).contains("Marker long page 500"));
    assert_eq!(marker_last, Some(report.pages));
}

#[test]
fn the_records_request_letter_and_the_comparison_read_right() {
    use dossier::after::{comparison_pdf, records_request_pdf, RecordsRequest};
    let c = case();
    let req = RecordsRequest {
        to: "Records office, Valley Hospital".into(),
        records: "MRI report of the right knee\nX-ray images on CD".into(),
        from: Some("2023-01".into()),
        until: None,
        send_to: "eleni@example.org".into(),
    };
    let out = c.files.join("request.pdf");
    records_request_pdf(&c.store, c.id, &req, &out, dossier::i18n::Language::En).unwrap();
    assert_valid(&out);
    let text = text_of(&out, None);
    for want in [
        "Request for copies of my medical records",
        "Ελένη Παπαδοπούλου-Ivanova",
        "MRI report of the right knee",
        "X-ray images on CD",
        "from January 2023 to today",
        "second opinion",
        "not legal advice",
        "eleni@example.org",
    ] {
        assert!(text.contains(want), "letter has {want}:\n{text}");
    }
    let plain = std::fs::read_to_string(out.with_extension("txt")).unwrap();
    assert!(plain.contains("X-ray images on CD") && !plain.contains("legal advice"));
    let mut bad = req.clone();
    bad.records = " ".into();
    assert!(
        records_request_pdf(&c.store, c.id, &bad, &out, dossier::i18n::Language::En)
            .unwrap_err()
            .message
            .starts_with("records:")
    );

    let err = comparison_pdf(
        &c.store,
        c.id,
        &c.files.join("cmp.pdf"),
        dossier::i18n::Language::En,
    )
    .unwrap_err();
    assert_eq!(err.kind, dossier::ErrorKind::NotFound, "no opinion yet");
    c.store
        .save_opinion(
            c.id,
            &Opinion {
                given_by: "Dr Sam Okafor".into(),
                given_on: Some("2024-12-03".into()),
                diagnosis: "Osteoarthritis of the right knee".into(),
                treatment: "Physiotherapy for six months, then review".into(),
                key_points: "Surgery not urgent".into(),
                follow_ups: "Review in June".into(),
                diagnosis_code: String::new(),
                marks: [("treatment".to_string(), Mark::Different)].into(),
            },
        )
        .unwrap();
    let mut q: Question = c.store.items::<Question>(c.id).unwrap().remove(0);
    q.answer = "No, not now.".into();
    c.store.update_item(&q).unwrap();
    let out = c.files.join("comparison.pdf");
    comparison_pdf(&c.store, c.id, &out, dossier::i18n::Language::En).unwrap();
    assert_valid(&out);
    let text: String = text_of(&out, None)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "First and second opinion",
        "Dr Sam Okafor",
        "Physiotherapy for six",
        "Total knee replacement",
        "Patient's mark",
        "Different",
        "Not marked",
        "Review in June",
        "No, not now.",
    ] {
        assert!(text.contains(want), "comparison has {want}:\n{text}");
    }
    assert!(
        !text.contains("The same"),
        "no topic was marked the same by the patient:\n{text}"
    );
}

#[test]
fn a_password_protected_bundle_opens_with_its_password_only_and_keeps_everything() {
    let c = case();
    // An original that cannot be shown, so that the bundle has an attachment.
    let mut dicom = vec![0u8; 128];
    dicom.extend_from_slice(b"DICM\x02\x00\x00\x00");
    dicom.extend_from_slice(&[7u8; 300]);
    std::fs::write(c.files.join("IM0001.dcm"), &dicom).unwrap();
    c.add("IM0001.dcm", "MRI knee study");
    let pw = "Ωmega knee 2024";
    let opts = ExportOptions {
        password: Some(Password::new(pw).unwrap()),
        ..ExportOptions::default()
    };
    let out = c.files.join("protected.pdf");
    let report = export_pdf(&c.store, c.id, &out, &opts).unwrap();
    let f = out.to_str().unwrap();
    let upw = format!("--password={pw}");

    // AES-256: the security handler's revision 6 (V 5), for strings,
    // streams and attached files alike.
    let (ok, shown) = tool("qpdf", &["--show-encryption", &upw, f]);
    assert!(ok, "{shown}");
    for line in [
        "R = 6",
        "Supplied password is user password",
        "print high resolution: allowed",
        "extract for any purpose: allowed",
        "modify other: not allowed",
        "stream encryption method: AESv3",
        "string encryption method: AESv3",
        "file encryption method: AESv3",
    ] {
        assert!(shown.contains(line), "{line} in:\n{shown}");
    }
    let (ok, checked) = tool("qpdf", &["--check", &upw, f]);
    assert!(
        ok && checked.contains("No syntax or stream encoding errors")
            && !checked.to_lowercase().contains("warning"),
        "qpdf --check: {checked}"
    );

    // Without the password, or with a wrong one, nothing is read.
    let (ok, text) = tool("pdftotext", &[f, "-"]);
    assert!(!ok, "read without the password: {text}");
    let (ok, text) = tool("pdftotext", &["-upw", "Omega knee 2024", f, "-"]);
    assert!(!ok, "read with a wrong password: {text}");
    let bytes = std::fs::read(&out).unwrap();
    for clear in ["Second opinion dossier", "Knee replacement", "DICM"] {
        assert!(
            !bytes.windows(clear.len()).any(|w| w == clear.as_bytes()),
            "{clear} is in the file in clear"
        );
    }

    // With it, every word is there, on pages numbered as before.
    let (ok, all) = tool("pdftotext", &["-upw", pw, "-layout", f, "-"]);
    assert!(ok, "{all}");
    assert!(all.contains("Ελένη Παπαδοπούλου-Ivanova"), "{all}");
    let full = c.store.full_dossier(c.id).unwrap();
    for q in &full.questions {
        assert!(all.contains(&q.text), "question {}", q.text);
    }
    assert!(all.contains(&format!("page {} of {}", report.pages, report.pages)));
    let (ok, info) = tool("pdfinfo", &["-upw", pw, f]);
    assert!(ok, "{info}");
    assert!(
        info.contains(
            "Encrypted:       yes (print:yes copy:yes change:no addNotes:no algorithm:AES-256)"
        ),
        "{info}"
    );
    assert!(
        info.contains("Title:           Second opinion dossier: Knee replacement"),
        "{info}"
    );
    assert!(info.contains("Author:          Ελένη"), "{info}");
    assert!(
        info.contains(&format!("Pages:           {}", report.pages)),
        "{info}"
    );

    // The original is attached and comes out as it went in.
    let (ok, listing) = tool("pdfdetach", &["-upw", pw, "-list", f]);
    assert!(ok && listing.contains("IM0001.dcm"), "{listing}");
    let saved = c.files.join("detached.dcm");
    let (ok, said) = tool(
        "pdfdetach",
        &["-upw", pw, "-save", "1", "-o", saved.to_str().unwrap(), f],
    );
    assert!(ok, "{said}");
    assert_eq!(std::fs::read(&saved).unwrap(), dicom);

    // Bookmarks keep their titles and lead to their pages.
    let pdf = lopdf::Document::load_with_password(&out, pw).unwrap();
    let numbers: std::collections::HashMap<lopdf::ObjectId, u32> =
        pdf.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let outlines = pdf
        .get_dictionary(
            pdf.catalog()
                .unwrap()
                .get(b"Outlines")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let mut titles = Vec::new();
    let mut item = outlines.get(b"First").unwrap().as_reference().ok();
    while let Some(id) = item {
        let d = pdf.get_dictionary(id).unwrap();
        let title = lopdf::decode_text_string(d.get(b"Title").unwrap()).unwrap();
        let dest = d.get(b"Dest").unwrap().as_array().unwrap();
        let page = numbers[&dest[0].as_reference().unwrap()];
        if title == "Questions for the doctor" {
            let n = page.to_string();
            let (ok, text) = tool("pdftotext", &["-upw", pw, "-f", &n, "-l", &n, f, "-"]);
            assert!(ok && text.contains("Questions for the doctor"), "{text}");
        }
        titles.push(title);
        item = d.get(b"Next").and_then(Object::as_reference).ok();
    }
    for t in [
        "Cover",
        "Summary",
        "Questions for the doctor",
        "Enclosed documents",
    ] {
        assert!(titles.iter().any(|s| s == t), "bookmark {t} in {titles:?}");
    }

    // The first page draws.
    let dir = tempfile::tempdir().unwrap();
    let (ok, said) = tool(
        "pdftoppm",
        &[
            "-upw",
            pw,
            "-r",
            "50",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            f,
            dir.path().join("p").to_str().unwrap(),
        ],
    );
    assert!(ok && !said.contains("Error"), "pdftoppm: {said}");
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let img = image::open(&png).unwrap().to_luma8();
    assert!(img.pixels().any(|p| p.0[0] < 128), "page 1 has ink");

    // An empty or short password, and one a PDF reader cannot take, are
    // refused before anything is written, saying why.
    for (bad, why) in [
        ("", "at least 10 characters"),
        ("knee 2024", "at least 10 characters"),
        ("knee joint \u{1F600} 2024", "emoji"),
        ("          ", "space at its start or end"),
        ("  knee joint 2024", "space at its start or end"),
        ("knee  joint 2024", "two spaces in a row"),
        (&"y".repeat(128), "too long"),
        (&"é".repeat(64), "too long"),
    ] {
        let e = Password::new(bad).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("password"), "{bad:?}");
        assert!(e.message.contains(why), "{bad:?}: {}", e.message);
    }
    assert!(Password::new("contraseña de rodilla").is_ok());
    assert!(
        Password::new("y".repeat(127)).is_ok(),
        "127 bytes is the most"
    );
    // Prepared as the standard says, so that a reader matches an accent
    // however the patient's keyboard typed it.
    assert_eq!(
        Password::new("cre\u{300}me brulee 12").unwrap().as_str(),
        "cr\u{e8}me brulee 12"
    );
}
