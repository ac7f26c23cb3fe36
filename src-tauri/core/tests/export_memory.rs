//! The export's memory does not grow with the dossier. A dossier of PDF
//! reports and photos, and one three times larger, are each exported in a
//! process of its own (this test program started again, running only the
//! export), which reads its own peak resident memory (`VmHWM` in
//! /proc/self/status) once the bundle is written. The larger's peak stays
//! within a few megabytes of the smaller's, both stay under 150 MB, and
//! the larger bundle is itself bigger than either peak.

mod common;

use dossier::model::Document;
use dossier::pdf::{export_pdf, ExportOptions};
use dossier::Store;
use lopdf::{dictionary, Object, Stream};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Set in the process that runs one export: "data dir|dossier ID|out".
const CHILD: &str = "DOSSIER_MEMORY_EXPORT";
const TEST: &str = "export_memory_stays_flat_as_the_dossier_grows";

/// A PDF of `pages` pages, each with a line of text and a 300 x 300 colour
/// scan stored plainly (270 kB a page).
fn make_pdf(path: &Path, pages: usize, seed: u64) {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
    );
    let mut kids = Vec::new();
    for i in 0..pages {
        let mut pixels = vec![0u8; 300 * 300 * 3];
        for chunk in pixels.chunks_mut(8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let bytes = state.to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
        let img = doc.add_object(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 300, "Height" => 300,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8 },
            pixels,
        ));
        let content = format!(
            "BT /F1 12 Tf 72 760 Td (Report {seed} page {}) Tj ET q 400 0 0 400 100 200 cm /Im1 Do Q",
            i + 1
        );
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

/// A 1600 x 1200 JPEG photo.
fn make_photo(path: &Path, seed: u32) {
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
        let n = (x.wrapping_mul(2654435761) ^ y.wrapping_mul(40503) ^ seed) >> 26;
        image::Rgb([((x / 8 + seed) % 256) as u8, ((y / 6) % 256) as u8, n as u8])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode(img.as_raw(), 1600, 1200, image::ExtendedColorType::Rgb8)
        .unwrap();
    std::fs::write(path, out).unwrap();
}

/// A store in `dir` with a dossier of `pdfs` reports of 8 pages and
/// `photos` photos; returns the dossier's ID and the reports' total size.
fn dossier(dir: &Path, pdfs: usize, photos: usize) -> (i64, u64) {
    let store = Store::open(&dir.join("data")).unwrap();
    let id = common::empty_dossier(&store, "Memory Patient", "Memory");
    let inbox = dir.join("in");
    std::fs::create_dir_all(&inbox).unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    for i in 0..pdfs {
        let p = inbox.join(format!("report-{i:02}.pdf"));
        make_pdf(&p, 8, i as u64 + 1);
        files.push(p);
    }
    for i in 0..photos {
        let p = inbox.join(format!("photo-{i:02}.jpg"));
        make_photo(&p, i as u32);
        files.push(p);
    }
    let mut bytes = 0;
    for f in &files {
        bytes += std::fs::metadata(f).unwrap().len();
        let doc = Document {
            include_in_export: true,
            ..Document::default()
        };
        store.add_document(id, f, &doc).unwrap();
        std::fs::remove_file(f).unwrap();
    }
    (id, bytes)
}

/// Exports in a process of its own; returns its peak resident memory in
/// MB and the bundle's size in MB.
fn peak_of_export(dir: &Path, id: i64) -> (f64, f64) {
    let out = dir.join("bundle.pdf");
    let spec = format!("{}|{id}|{}", dir.join("data").display(), out.display());
    let run = Command::new(std::env::current_exe().unwrap())
        .args([TEST, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, spec)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "the export failed: {text}");
    let kb: f64 = text
        .lines()
        .find_map(|l| l.split("peak resident memory kB: ").nth(1))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| panic!("no peak reported: {text}"));
    let bundle = std::fs::metadata(&out).unwrap().len() as f64 / 1e6;
    (kb / 1024.0, bundle)
}

/// The export run in the process of its own.
fn export_and_report(spec: &str) {
    let parts: Vec<&str> = spec.split('|').collect();
    let store = Store::open(Path::new(parts[0])).unwrap();
    let id: i64 = parts[1].parse().unwrap();
    let report = export_pdf(&store, id, Path::new(parts[2]), &ExportOptions::default()).unwrap();
    assert!(report.not_enclosed.is_empty(), "{:?}", report.not_enclosed);
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_string())
        .unwrap();
    println!("peak resident memory kB: {peak}");
}

#[test]
fn export_memory_stays_flat_as_the_dossier_grows() {
    if let Ok(spec) = std::env::var(CHILD) {
        export_and_report(&spec);
        return;
    }
    let small = tempfile::tempdir().unwrap();
    let large = tempfile::tempdir().unwrap();
    let (small_id, small_in) = dossier(small.path(), 16, 6);
    let (large_id, large_in) = dossier(large.path(), 48, 18);
    assert!(large_in > 2 * small_in);
    let (small_peak, small_bundle) = peak_of_export(small.path(), small_id);
    let (large_peak, large_bundle) = peak_of_export(large.path(), large_id);
    println!(
        "bundle {small_bundle:.0} MB: peak {small_peak:.1} MB; bundle {large_bundle:.0} MB: peak {large_peak:.1} MB"
    );
    assert!(large_bundle > 2.5 * small_bundle);
    assert!(
        large_peak < large_bundle,
        "the bundle ({large_bundle:.0} MB) is never held whole (peak {large_peak:.1} MB)"
    );
    assert!(
        small_peak < 150.0 && large_peak < 150.0,
        "peaks {small_peak:.1} MB and {large_peak:.1} MB stay under 150 MB"
    );
    assert!(
        large_peak <= small_peak + 10.0,
        "the peak stays flat: {small_peak:.1} MB for a {small_bundle:.0} MB bundle, \
         {large_peak:.1} MB for a {large_bundle:.0} MB one"
    );
}
