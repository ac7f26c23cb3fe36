//! One bad report never stops or breaks an export: mutants of the real
//! fixture reports and hand-made attacks are added to dossiers and
//! exported. Each export must succeed, pass `qpdf --check`, and name every
//! report it could not enclose.
//!
//! The normal run uses a fixed seed; `DOSSIER_MUTATION_ROUNDS=N` runs N
//! rounds of fresh mutants (seeded from `DOSSIER_MUTATION_SEED`, if set).
//! A failing batch is saved under `target/hostile-failures/` to be kept
//! as a fixture in `tests/fixtures/hostile/`.

mod common;
#[path = "common/hostile.rs"]
mod hostile;

use dossier::model::*;
use dossier::pdf::enclose::{check_file, check_file_with, Limits};
use dossier::pdf::{export_pdf, export_pdf_with_progress, ExportOptions, ExportReport};
use dossier::Store;
use hostile::{Mutant, Rng};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn qpdf_check(pdf: &Path) -> Result<(), String> {
    let out = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .unwrap_or_else(|e| panic!("qpdf is needed for this test ({e}); apt-get install qpdf"));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    // qpdf's own warnings (exit status 3) fail; lines that libjpeg prints
    // about a photo it decodes ("Corrupt JPEG data") do not.
    if out.status.success() && !text.contains("WARNING:") {
        Ok(())
    } else {
        Err(format!("qpdf --check: {text}"))
    }
}

fn pdfinfo_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| {
            panic!("pdfinfo is needed for this test ({e}); apt-get install poppler-utils")
        });
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

/// A dossier holding only the given reports.
fn dossier_with(dir: &Path, reports: &[Mutant]) -> (Store, i64, Vec<(i64, usize)>) {
    let store = Store::open(&dir.join("data")).unwrap();
    let id = common::empty_dossier(&store, "Test Patient", "Hostile reports");
    let inbox = dir.join("in");
    std::fs::create_dir_all(&inbox).unwrap();
    let mut ids = Vec::new();
    for (k, m) in reports.iter().enumerate() {
        let path = inbox.join(&m.name);
        std::fs::write(&path, &m.bytes).unwrap();
        let doc = Document {
            title: format!("Report {k}"),
            include_in_export: true,
            ..Document::default()
        };
        match store.add_document(id, &path, &doc) {
            Ok(d) => ids.push((d.id, k)),
            // The same bytes twice (a mutation that changed nothing).
            Err(e) if e.to_string().contains("already in the dossier") => {}
            // Refused when added, with its name and the reason.
            Err(e) if e.to_string().contains(&m.name) && m.must_refuse.is_none() => {}
            Err(e) => panic!("{}: could not be added: {e}", m.name),
        }
    }
    (store, id, ids)
}

/// Exports the reports together and checks what a user relies on; returns
/// the report and how long the export took.
fn export_and_check(
    reports: &[Mutant],
    opts: &ExportOptions,
) -> Result<(ExportReport, Duration), String> {
    let dir = tempfile::tempdir().unwrap();
    let (store, id, ids) = dossier_with(dir.path(), reports);
    let out = dir.path().join("bundle.pdf");
    let started = Instant::now();
    let report = export_pdf(&store, id, &out, opts).map_err(|e| format!("export failed: {e}"))?;
    let took = started.elapsed();
    qpdf_check(&out)?;
    let pages = pdfinfo_pages(&out);
    if pages != report.pages {
        return Err(format!(
            "pdfinfo counts {pages} pages, the export {}",
            report.pages
        ));
    }
    for (doc_id, k) in ids {
        let m = &reports[k];
        let named = report.not_enclosed.iter().find(|n| n.document_id == doc_id);
        let enclosed = report.enclosed.iter().find(|n| n.document_id == doc_id);
        match (named, enclosed, m.must_refuse) {
            (Some(_), Some(_), _) => return Err(format!("{}: both enclosed and named", m.name)),
            (None, None, _) => return Err(format!("{}: neither enclosed nor named", m.name)),
            (None, Some(e), _) if e.pages == 0 => {
                return Err(format!("{}: enclosed with no pages", m.name))
            }
            (Some(n), None, _) if n.reason.trim().is_empty() => {
                return Err(format!("{}: named without a reason", m.name))
            }
            (None, Some(_), Some(why)) => {
                return Err(format!("{}: enclosed, but must be refused ({why})", m.name))
            }
            (Some(n), None, Some(why)) if !n.reason.contains(why) => {
                return Err(format!(
                    "{}: reason \"{}\" lacks \"{why}\"",
                    m.name, n.reason
                ))
            }
            _ => {}
        }
    }
    if took > Duration::from_secs(60) {
        return Err(format!("the export took {took:?}"));
    }
    Ok((report, took))
}

/// Runs the reports in batches; saves any failing batch and fails.
fn run_batches(reports: Vec<Mutant>, batch: usize, opts: &ExportOptions) -> (usize, Duration) {
    let mut failures = Vec::new();
    let mut longest = Duration::ZERO;
    let count = reports.len();
    for chunk in reports.chunks(batch) {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            export_and_check(chunk, opts)
        }));
        let problem = match result {
            Ok(Ok((_, took))) => {
                longest = longest.max(took);
                None
            }
            Ok(Err(e)) => Some(e),
            Err(_) => Some("panicked".to_string()),
        };
        if let Some(p) = problem {
            let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-failures");
            std::fs::create_dir_all(&keep).unwrap();
            for m in chunk {
                std::fs::write(keep.join(&m.name), &m.bytes).unwrap();
            }
            let names: Vec<&str> = chunk.iter().map(|m| m.name.as_str()).collect();
            failures.push(format!("{names:?}: {p} (saved in {})", keep.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    (count, longest)
}

fn sources() -> Vec<(String, Vec<u8>)> {
    let mut s: Vec<(String, Vec<u8>)> = common::fixture_reports()
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(p).unwrap(),
            )
        })
        .collect();
    s.push(("photo.jpg".into(), hostile::small_jpeg(120, 90)));
    s.push(("scan.jpg".into(), hostile::small_jpeg(64, 200)));
    // The other picture kinds a patient may have.
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(48, 40, |x, y| {
        image::Rgb([(x * 5) as u8, (y * 6) as u8, 90])
    }));
    for (name, format) in [
        ("scan.tif", image::ImageFormat::Tiff),
        ("chart.gif", image::ImageFormat::Gif),
        ("xray.bmp", image::ImageFormat::Bmp),
        ("photo.webp", image::ImageFormat::WebP),
    ] {
        let mut b = std::io::Cursor::new(Vec::new());
        img.write_to(&mut b, format).unwrap();
        s.push((name.into(), b.into_inner()));
    }
    s
}

#[test]
fn hand_made_attacks_are_named_or_repaired_never_fatal() {
    let (n, longest) = run_batches(hostile::attacks(), 6, &ExportOptions::default());
    eprintln!("{n} attacks, longest export {longest:?}");
    // The bombs again, with photos and scans shrunk for email.
    let email = ExportOptions {
        email_size: true,
        ..ExportOptions::default()
    };
    let bombs: Vec<Mutant> = hostile::attacks()
        .into_iter()
        .filter(|m| m.name.contains("bomb") || m.name.contains("huge") || m.name.contains("60000"))
        .collect();
    run_batches(bombs, 6, &email);
}

#[test]
fn mutants_of_real_reports_never_stop_or_break_an_export() {
    let rounds: u64 = std::env::var("DOSSIER_MUTATION_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let seed: u64 = std::env::var("DOSSIER_MUTATION_SEED")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(0x5EC0_DD05);
    let sources = sources();
    let mut total = 0;
    let mut longest = Duration::ZERO;
    for round in 0..rounds {
        let mut rng = Rng(seed.wrapping_add(round.wrapping_mul(0x9E37_79B9)) | 1);
        let mut mutants = hostile::random_mutants(&mut rng, &sources, 120);
        mutants.extend(hostile::structural_mutants(&mut rng, &sources, 30));
        let (n, l) = run_batches(mutants, 8, &ExportOptions::default());
        total += n;
        longest = longest.max(l);
    }
    eprintln!("{total} mutants in {rounds} round(s), longest export {longest:?}");
}

/// Every file kept in `tests/fixtures/hostile/` (inputs that once broke an
/// export) still exports cleanly; those named `refuse-*` are named.
#[test]
fn kept_hostile_files_export_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let reports: Vec<Mutant> = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            Mutant {
                must_refuse: name.starts_with("refuse-").then_some(""),
                name,
                bytes: std::fs::read(p).unwrap(),
            }
        })
        .collect();
    run_batches(reports, 8, &ExportOptions::default());
}

#[test]
fn a_file_that_trips_a_limit_can_be_refused_before_it_is_added() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge-photo.jpg");
    std::fs::write(&huge, hostile::jpeg_claiming(60000, 60000)).unwrap();
    let err = check_file(&huge).unwrap_err();
    assert!(
        err.contains("huge-photo.jpg") && err.contains("60000 x 60000"),
        "{err}"
    );
    let pages = dir.path().join("pages.pdf");
    std::fs::write(&pages, hostile::tiny_pages(3000)).unwrap();
    let err = check_file(&pages).unwrap_err();
    assert!(err.contains("pages.pdf") && err.contains("pages"), "{err}");
    // A real report passes, and a merely damaged one is left to the
    // export, which explains it on a page.
    for p in common::fixture_reports() {
        assert_eq!(check_file(&p), Ok(()), "{}", p.display());
    }
    let cut = dir.path().join("cut.pdf");
    std::fs::write(&cut, b"%PDF-1.7\n1 0 obj\n<<").unwrap();
    assert_eq!(check_file(&cut), Ok(()));
    // A file that takes longer than allowed is refused with that reason.
    let slow = Limits {
        seconds: Duration::ZERO,
        ..Limits::default()
    };
    let report = common::fixture_reports()
        .into_iter()
        .find(|p| p.ends_with("clinical-summary-itext.pdf"))
        .unwrap();
    let err = check_file_with(&report, &slow).unwrap_err();
    assert!(err.contains("longer than"), "{err}");
}

/// Cancel takes effect within a second while a bundle of a thousand
/// pages is being made.
#[test]
fn cancel_stops_a_thousand_page_export_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let reports = vec![Mutant {
        name: "long.pdf".into(),
        bytes: hostile::tiny_pages(1000),
        must_refuse: None,
    }];
    let (store, id, _) = dossier_with(dir.path(), &reports);
    let out = dir.path().join("bundle.pdf");
    let mut read_at: Option<Instant> = None;
    let mut cancel_at: Option<Instant> = None;
    let mut after_reading = 0;
    let result = export_pdf_with_progress(
        &store,
        id,
        &out,
        &ExportOptions::default(),
        &mut |done, all| {
            // The first question after reading is the end of reading; the
            // next ones come while pages are made: cancel at the first.
            if done == all {
                after_reading += 1;
                match after_reading {
                    1 => read_at = Some(Instant::now()),
                    2 => {
                        cancel_at = Some(Instant::now());
                        return false;
                    }
                    _ => {}
                }
            }
            true
        },
    );
    match result {
        Err(err) => {
            assert!(err.to_string().contains("cancelled"), "{err}");
            assert!(!out.exists(), "nothing written");
            let since = cancel_at.expect("cancelled while making pages").elapsed();
            assert!(
                since < Duration::from_secs(1),
                "stopped {since:?} after cancel"
            );
        }
        Ok(report) => {
            // Made too quickly to be asked again: a cancel could not have
            // waited longer than the whole making of the pages.
            assert!(report.pages > 1000);
            let since = read_at.expect("asked after reading").elapsed();
            assert!(since < Duration::from_secs(1), "pages made in {since:?}");
        }
    }
}
