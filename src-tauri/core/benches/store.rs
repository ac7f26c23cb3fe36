//! Store benchmarks, run with `cargo bench -p dossier --bench store`
//! (`-- files` or `-- list` for one of them).
//!
//! (a) Adding 200 report files of 2 MB each, against `cp` plus `sha256sum`
//!     of the same files measured in the same run.
//! (b) Opening a store with 1,000 dossiers and 20,000 documents and listing
//!     every dossier; then the same store protected with a passphrase
//!     against the unprotected one, in turn (unlocking, the passphrase's
//!     deliberately slow key derivation, is measured apart).
//!
//! Figures are medians of several rounds; ratios compare against the
//! reference measured in the same run, since machines are shared and noisy.

use dossier::model::{Document, Dossier, Patient};
use dossier::Store;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Writes `count` well-formed one-page PDFs of about `size` bytes each, as a
/// scanner makes them: one large image stream of incompressible bytes.
fn make_files(dir: &Path, count: usize, size: usize) {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..count {
        let mut scan = vec![0u8; size - 600];
        for chunk in scan.chunks_mut(8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let b = state.to_le_bytes();
            chunk.copy_from_slice(&b[..chunk.len()]);
        }
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        let mut obj = |pdf: &mut Vec<u8>, body: &[u8]| {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", offsets.len()).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n");
        };
        obj(&mut pdf, b"<< /Type /Catalog /Pages 2 0 R >>");
        obj(&mut pdf, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        obj(
            &mut pdf,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> >>",
        );
        let mut stream = format!(
            "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Length {} >>\nstream\n",
            scan.len()
        )
        .into_bytes();
        stream.extend_from_slice(&scan);
        stream.extend_from_slice(b"\nendstream");
        obj(&mut pdf, &stream);
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
        );
        for o in &offsets {
            pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                offsets.len() + 1
            )
            .as_bytes(),
        );
        std::fs::write(dir.join(format!("scan {i:03}.pdf")), pdf).unwrap();
    }
}

fn sh(script: &str) {
    let ok = Command::new("sh")
        .arg("-c")
        .arg(script)
        .status()
        .unwrap()
        .success();
    assert!(ok, "{script} failed");
}

fn bench_add_files() {
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("src");
    std::fs::create_dir(&src).unwrap();
    make_files(&src, 200, 2 * 1024 * 1024);
    let mut sources: Vec<_> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    sources.sort();
    let (mut ours, mut reference) = (Vec::new(), Vec::new());
    for round in 0..3 {
        let copy = work.path().join(format!("copy{round}"));
        std::fs::create_dir(&copy).unwrap();
        let t = Instant::now();
        sh(&format!(
            "cp '{}'/* '{}'/ && sha256sum '{}'/* > /dev/null",
            src.display(),
            copy.display(),
            copy.display()
        ));
        reference.push(t.elapsed());
        std::fs::remove_dir_all(&copy).unwrap();

        let data = work.path().join(format!("data{round}"));
        let store = Store::open(&data).unwrap();
        let p = store
            .add_patient(&Patient {
                full_name: "Bench".into(),
                ..Patient::default()
            })
            .unwrap();
        let d = store
            .create_dossier(
                p,
                &Dossier {
                    title: "Bench".into(),
                    ..Dossier::default()
                },
            )
            .unwrap();
        let t = Instant::now();
        for f in &sources {
            let doc = store.add_document(d, f, &Document::default()).unwrap();
            assert_eq!(doc.page_count, Some(1), "{}", f.display());
        }
        ours.push(t.elapsed());
        drop(store);
        std::fs::remove_dir_all(&data).unwrap();
    }
    let (o, r) = (median(ours), median(reference));
    println!(
        "add 200 files of 2 MB: dossier {:.2} s, cp + sha256sum {:.2} s, ratio {:.2} (aim <= 1.5)",
        o.as_secs_f64(),
        r.as_secs_f64(),
        o.as_secs_f64() / r.as_secs_f64()
    );
}

fn bench_list() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    {
        let mut store = Store::open(&data).unwrap();
        let mut dossier_ids = Vec::new();
        for p in 0..250 {
            let pid = store
                .add_patient(&Patient {
                    full_name: format!("Patient {p}"),
                    ..Patient::default()
                })
                .unwrap();
            for d in 0..4 {
                dossier_ids.push(
                    store
                        .create_dossier(
                            pid,
                            &Dossier {
                                title: format!("Question {d} of patient {p}"),
                                ..Dossier::default()
                            },
                        )
                        .unwrap(),
                );
            }
        }
        store
            .bulk(|s| {
                for (i, id) in dossier_ids.iter().enumerate() {
                    for k in 0..20 {
                        let n = i * 20 + k;
                        let doc = Document {
                            title: format!("Report {n}"),
                            sha256: format!("{n:064x}"),
                            media_type: "application/pdf".into(),
                            size: 1000,
                            include_in_export: true,
                            ..Document::default()
                        };
                        s.add_item(*id, &doc)?;
                    }
                }
                Ok(())
            })
            .unwrap();
    }
    let protected = work.path().join("protected");
    let copied = Command::new("cp")
        .arg("-r")
        .arg(&data)
        .arg(&protected)
        .status()
        .unwrap();
    assert!(copied.success());
    let passphrase = "bench lantern velvet harbor mosaic";
    dossier::protect::protect(&protected, passphrase).unwrap();
    let t = Instant::now();
    let keys = dossier::vault::unlock(&protected, passphrase).unwrap();
    let unlock = t.elapsed();
    let (mut times, mut guarded) = (Vec::new(), Vec::new());
    for round in 0..40 {
        let t = Instant::now();
        let count = if round % 2 == 0 {
            Store::open(&data).unwrap().dossiers(None).unwrap().len()
        } else {
            Store::open_with(&protected, Some(keys.clone()))
                .unwrap()
                .dossiers(None)
                .unwrap()
                .len()
        };
        assert_eq!(count, 1000);
        if round % 2 == 0 {
            times.push(t.elapsed());
        } else {
            guarded.push(t.elapsed());
        }
    }
    // Where the time goes: opening alone, and listing on a store already
    // open, each protected against plain.
    let (mut open_plain, mut open_guarded, mut list_plain, mut list_guarded) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let plain_store = Store::open(&data).unwrap();
    let guarded_store = Store::open_with(&protected, Some(keys.clone())).unwrap();
    for _ in 0..21 {
        let t = Instant::now();
        drop(Store::open(&data).unwrap());
        open_plain.push(t.elapsed());
        let t = Instant::now();
        drop(Store::open_with(&protected, Some(keys.clone())).unwrap());
        open_guarded.push(t.elapsed());
        let t = Instant::now();
        plain_store.dossiers(None).unwrap();
        list_plain.push(t.elapsed());
        let t = Instant::now();
        guarded_store.dossiers(None).unwrap();
        list_guarded.push(t.elapsed());
    }
    let ms = |v: Vec<Duration>| median(v).as_secs_f64() * 1000.0;
    println!(
        "  of which opening: {:.1} ms protected, {:.1} ms plain; listing an open store: {:.1} ms protected, {:.1} ms plain",
        ms(open_guarded),
        ms(open_plain),
        ms(list_guarded),
        ms(list_plain)
    );
    let (o, r) = (median(guarded), median(times));
    println!(
        "open a store of 1,000 dossiers and 20,000 documents and list them all: {:.1} ms (aim < 100 ms)",
        r.as_secs_f64() * 1000.0
    );
    println!(
        "  the same store protected: {:.1} ms, ratio {:.2} (aim <= 1.3); unlocking with the passphrase {:.2} s, once",
        o.as_secs_f64() * 1000.0,
        o.as_secs_f64() / r.as_secs_f64(),
        unlock.as_secs_f64()
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // A name after `--` runs that benchmark alone: `files` or `list`.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| only.is_empty() || only.iter().any(|a| a == name);
    if wanted("files") {
        bench_add_files();
    }
    if wanted("list") {
        bench_list();
    }
}
