//! PDF bundle benchmark, run with `cargo bench -p dossier --bench bundle`
//! (needs qpdf, img2pdf, pdfinfo and GNU time; `cargo xtask bench`
//! installs them).
//!
//! Two dossiers: 50 PDFs (1,000 pages in all) and 30 photos of 12
//! megapixels, and one three times larger (150 PDFs, 3,000 pages, and 90
//! photos). Each is exported by the release `dossier` tool, against, in the
//! same run, `qpdf --empty --pages ...` merging the same PDFs plus `img2pdf`
//! turning the same photos into a PDF. Reports for both the time ratio, the
//! export's peak memory (its own peak resident set, from GNU time) and the
//! bundle's size against the inputs'.
//!
//! `DOSSIER_BENCH_DIR=<dir>` keeps the generated files and stores there and
//! reuses them on the next run.

use dossier::model::{Document, Dossier, Patient};
use dossier::Store;
use lopdf::{dictionary, Object, Stream};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A PDF of `pages` pages, each with a line of text and a small scan-like
/// image, about 40 kB a page.
fn make_pdf(path: &Path, pages: usize, seed: u64) {
    let mut state = seed | 1;
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
    );
    let mut kids = Vec::new();
    for i in 0..pages {
        let mut pixels = vec![0u8; 200 * 200];
        for p in pixels.iter_mut() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *p = (state >> 56) as u8;
        }
        let img = doc.add_object(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 200, "Height" => 200,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
            pixels,
        ));
        let content = format!("BT /F1 12 Tf 72 760 Td (Report {seed} page {}) Tj ET q 300 0 0 300 150 300 cm /Im1 Do Q", i + 1);
        let c = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let p = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font }, "XObject" => dictionary! { "Im1" => img } },
        });
        kids.push(Object::Reference(p));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => pages as i64 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    doc.save(path).unwrap();
}

/// A 4000x3000 (12 MP) JPEG photo.
fn make_photo(path: &Path, seed: u32) {
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(2654435761) ^ y.wrapping_mul(40503) ^ seed) >> 27;
        image::Rgb([
            ((x / 16 + seed) % 256) as u8,
            ((y / 12) % 256) as u8,
            (128 + n) as u8,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
        .encode(img.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .unwrap();
    std::fs::write(path, out).unwrap();
}

/// Runs a command under GNU time; returns (seconds, peak resident MB).
fn timed(program: &str, args: &[String]) -> (f64, f64) {
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("TIME %e %M")
        .arg(program)
        .args(args)
        .output()
        .expect("GNU time is needed (apt-get install time)");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} failed: {err}");
    let line = err
        .lines()
        .rev()
        .find(|l| l.starts_with("TIME "))
        .expect("time output");
    let v: Vec<f64> = line[5..]
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    (v[0], v[1] / 1024.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// A dossier's reports on disk and in a store.
struct Set {
    pdfs: Vec<PathBuf>,
    photos: Vec<PathBuf>,
    data: PathBuf,
    id: i64,
}

/// Makes (or finds, when made before) `pdfs` reports of 20 pages and
/// `photos` photos in `dir`, and a store with a dossier holding them.
fn make_set(dir: &Path, pdfs: usize, photos: usize) -> Set {
    let input = dir.join("in");
    let data = dir.join("data");
    let ready = dir.join("ready");
    std::fs::create_dir_all(&input).unwrap();
    let pdf_paths: Vec<PathBuf> = (0..pdfs)
        .map(|i| input.join(format!("report-{i:03}.pdf")))
        .collect();
    let photo_paths: Vec<PathBuf> = (0..photos)
        .map(|i| input.join(format!("photo-{i:03}.jpg")))
        .collect();
    if let Ok(id) = std::fs::read_to_string(&ready) {
        return Set {
            pdfs: pdf_paths,
            photos: photo_paths,
            data,
            id: id.trim().parse().unwrap(),
        };
    }
    std::thread::scope(|s| {
        for half in 0..2 {
            let (pdf_paths, photo_paths) = (&pdf_paths, &photo_paths);
            s.spawn(move || {
                for (i, p) in pdf_paths.iter().enumerate().skip(half).step_by(2) {
                    make_pdf(p, 20, i as u64 + 1);
                }
                for (i, p) in photo_paths.iter().enumerate().skip(half).step_by(2) {
                    make_photo(p, i as u32);
                }
            });
        }
    });
    let store = Store::open(&data).unwrap();
    let p = store
        .add_patient(&Patient {
            full_name: "Bench Patient".into(),
            ..Patient::default()
        })
        .unwrap();
    let id = store
        .create_dossier(
            p,
            &Dossier {
                title: "Bench".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    for f in pdf_paths.iter().chain(&photo_paths) {
        let doc = Document {
            include_in_export: true,
            ..Document::default()
        };
        store.add_document(id, f, &doc).unwrap();
    }
    std::fs::write(&ready, id.to_string()).unwrap();
    Set {
        pdfs: pdf_paths,
        photos: photo_paths,
        data,
        id,
    }
}

fn pdf_pages(pdf: &Path) -> usize {
    let info = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils) is needed");
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reads the bundle")
}

/// Exports `set` to `bundle` with the release tool; returns (seconds, peak
/// resident MB).
fn export(set: &Set, bundle: &Path) -> (f64, f64) {
    let args: Vec<String> = vec![
        "--data-dir".into(),
        set.data.display().to_string(),
        "export-pdf".into(),
        set.id.to_string(),
        "--out".into(),
        bundle.display().to_string(),
    ];
    timed(env!("CARGO_BIN_EXE_dossier"), &args)
}

/// Exports `set` three times against qpdf plus img2pdf and prints the
/// figures.
fn measure(set: &Set, work: &Path, label: &str) {
    let bundle = work.join("bundle.pdf");
    let (mut ours, mut reference, mut peak) = (Vec::new(), Vec::new(), 0.0f64);
    for run in 0..3 {
        // Each goes first in turn, so that neither waits on what the other
        // left to be written to disk.
        if run % 2 == 1 {
            let (t, m) = export(set, &bundle);
            ours.push(t);
            peak = peak.max(m);
        }
        let mut args: Vec<String> = vec!["--empty".into(), "--pages".into()];
        args.extend(set.pdfs.iter().map(|p| p.display().to_string()));
        args.extend(["--".into(), work.join("merged.pdf").display().to_string()]);
        let (q, _) = timed("qpdf", &args);
        let mut args: Vec<String> = set.photos.iter().map(|p| p.display().to_string()).collect();
        args.extend(["-o".into(), work.join("photos.pdf").display().to_string()]);
        let (i, _) = timed("img2pdf", &args);
        reference.push(q + i);
        if run % 2 == 0 {
            let (t, m) = export(set, &bundle);
            ours.push(t);
            peak = peak.max(m);
        }
    }
    let pages = pdf_pages(&bundle);
    let least = set.pdfs.len() * 20 + set.photos.len();
    assert!(
        pages > least,
        "the bundle holds every page and photo ({pages} pages)"
    );
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&bundle)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );
    let input_bytes: u64 = set
        .pdfs
        .iter()
        .chain(&set.photos)
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    let out_bytes = std::fs::metadata(&bundle).unwrap().len();
    let (o, r) = (median(ours), median(reference));
    println!("{label}: {pages} pages, qpdf --check clean");
    println!(
        "  time: dossier {o:.2} s, qpdf + img2pdf {r:.2} s, ratio {:.2} (aim <= 0.8)",
        o / r
    );
    println!("  peak memory of the export: {peak:.0} MB (aim < 150 MB)");
    println!(
        "  bundle {:.1} MB against inputs {:.1} MB: {:+.1}% (aim within 2%)",
        out_bytes as f64 / 1e6,
        input_bytes as f64 / 1e6,
        (out_bytes as f64 / input_bytes as f64 - 1.0) * 100.0
    );
}

/// The same export from the same store protected with a passphrase,
/// against the unprotected one, in turn; the protected time includes
/// unlocking (the passphrase's key derivation), which is also given apart.
fn measure_protected(set: &Set, work: &Path) {
    let data = work.join("protected");
    let copied = Command::new("cp")
        .arg("-r")
        .arg(&set.data)
        .arg(&data)
        .status()
        .unwrap();
    assert!(copied.success());
    let pass = work.join("passphrase.txt");
    std::fs::write(&pass, "bench lantern velvet harbor mosaic\n").unwrap();
    let protect: Vec<String> = vec![
        "--data-dir".into(),
        data.display().to_string(),
        "protect".into(),
        "--passphrase-file".into(),
        pass.display().to_string(),
    ];
    let (p, _) = timed(env!("CARGO_BIN_EXE_dossier"), &protect);
    let locked = Set {
        pdfs: Vec::new(),
        photos: Vec::new(),
        data: data.clone(),
        id: set.id,
    };
    let (mut plain, mut guarded) = (Vec::new(), Vec::new());
    let bundle = work.join("bundle.pdf");
    for run in 0..3 {
        let mut one = |protected: bool| {
            if protected {
                std::env::set_var("DOSSIER_PASSPHRASE", "bench lantern velvet harbor mosaic");
                guarded.push(export(&locked, &bundle).0);
                std::env::remove_var("DOSSIER_PASSPHRASE");
            } else {
                plain.push(export(set, &bundle).0);
            }
        };
        one(run % 2 == 0);
        one(run % 2 == 1);
    }
    let list: Vec<String> = vec![
        "--data-dir".into(),
        data.display().to_string(),
        "--passphrase-file".into(),
        pass.display().to_string(),
        "list".into(),
    ];
    let (unlock, _) = timed(env!("CARGO_BIN_EXE_dossier"), &list);
    let (o, r) = (median(guarded), median(plain));
    // The app unlocks once a session; the tool, once a command. Without
    // that once-only cost (a `list` with the passphrase: unlocking,
    // opening and listing), the export's own cost.
    println!(
        "  protected record: turning protection on {p:.2} s; export {o:.2} s against {r:.2} s unprotected, ratio {:.2}; unlocking alone {unlock:.2} s; export once unlocked {:.2} s, ratio {:.2} (aim <= 1.3)",
        o / r,
        o - unlock,
        (o - unlock) / r
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let temp = tempfile::tempdir().unwrap();
    let root = std::env::var_os("DOSSIER_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| temp.path().to_path_buf());
    for (name, pdfs, photos, label) in [
        (
            "x1",
            50,
            30,
            "bundle of 50 PDFs (1,000 pages) and 30 photos of 12 MP",
        ),
        (
            "x3",
            150,
            90,
            "bundle of 150 PDFs (3,000 pages) and 90 photos of 12 MP",
        ),
    ] {
        let dir = root.join(name);
        let set = make_set(&dir, pdfs, photos);
        let work = tempfile::tempdir_in(&root).unwrap();
        measure(&set, work.path(), label);
        if name == "x1" {
            measure_protected(&set, work.path());
        }
    }
}
