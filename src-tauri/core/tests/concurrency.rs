//! Two writers and an exporter at once: two `dossier add-document`
//! processes and `dossier export-pdf` runs on the same data folder at the
//! same time. Nobody is told "database is locked", every report gets in,
//! and `dossier check` is clean afterwards.

mod common;

use dossier::model::*;
use dossier::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// Reports each writer adds.
const FILES: usize = 100;

fn tool(data: &Path, args: &[String]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finished(child: Child, what: &str) -> Output {
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what} failed: {err}{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        !err.contains("locked") && !err.contains("busy"),
        "{what}: {err}"
    );
    out
}

/// Report files for one writer; the first few are the same bytes for both
/// writers (the same report added to two dossiers at once).
fn reports(dir: &Path, writer: usize) -> Vec<String> {
    let pdf = std::fs::read(&common::fixture_reports()[0]).unwrap();
    (0..FILES)
        .map(|k| {
            let owner = if k < 5 { 9 } else { writer };
            let mut bytes = pdf.clone();
            bytes.extend(format!("\n% writer {owner} report {k}\n").as_bytes());
            let path = dir.join(format!("writer {writer} report {k}.pdf"));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        })
        .collect()
}

#[test]
fn two_writers_and_an_exporter_never_see_a_locked_database() {
    let tmp = tempfile::tempdir().unwrap();
    let data: PathBuf = tmp.path().join("data");
    let store = Store::open(&data).unwrap();
    let exported = common::full_dossier(&store);
    let patient = store.dossier(exported).unwrap().patient_id;
    let targets: Vec<i64> = (0..2)
        .map(|w| {
            store
                .create_dossier(
                    patient,
                    &Dossier {
                        title: format!("Writer {w}"),
                        ..Dossier::default()
                    },
                )
                .unwrap()
        })
        .collect();
    drop(store);
    let mut writers = Vec::new();
    for (w, id) in targets.iter().enumerate() {
        let mut args = vec!["add-document".to_string(), id.to_string()];
        args.extend(reports(tmp.path(), w));
        writers.push(tool(&data, &args));
    }
    // Export again and again while the writers are at work.
    let mut exports = 0;
    while exports < 2 || writers.iter_mut().any(|c| matches!(c.try_wait(), Ok(None))) {
        let out = tmp.path().join(format!("bundle {exports}.pdf"));
        let args = [
            "export-pdf".to_string(),
            exported.to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        finished(tool(&data, &args), "export-pdf");
        exports += 1;
        assert!(exports < 200, "the writers never finished");
    }
    eprintln!("{exports} exports while the writers ran");
    for (w, child) in writers.into_iter().enumerate() {
        let out = finished(child, &format!("writer {w}"));
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), FILES);
    }
    let store = Store::open(&data).unwrap();
    for id in &targets {
        assert_eq!(store.items::<Document>(*id).unwrap().len(), FILES);
    }
    let report = dossier::check::check(&store).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
}
