//! The `dossier` tool as a script would use it: IDs first on each line,
//! one-line messages and a non-zero exit on bad input, never a panic.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn dossier(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "failed: {}", stderr(&o));
    stdout(&o)
}

fn fails_in_one_line(o: Output, expected: &str) {
    assert!(!o.status.success(), "should have failed: {}", stdout(&o));
    let err = stderr(&o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line, got: {err}");
    assert!(
        err.contains(expected),
        "\"{err}\" should mention {expected}"
    );
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"));
}

#[test]
fn a_dossier_is_built_listed_moved_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let patient = ok(dossier(
        &data,
        &["add-patient", "--name", "Jan Novák", "--dob", "1970"],
    ));
    let id = ok(dossier(
        &data,
        &["new-dossier", patient.trim(), "--title", "Thyroid nodule"],
    ));
    let id = id.trim();
    let reports = common::fixture_reports();
    let mut args = vec!["add-document", id];
    let paths: Vec<String> = reports.iter().map(|p| p.display().to_string()).collect();
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--kind", "lab"]);
    ok(dossier(&data, &args));
    let list = ok(dossier(&data, &["list"]));
    assert_eq!(
        list.lines().next().unwrap(),
        format!("{id}\tJan Novák\tThyroid nodule")
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(dossier(&data, &["show", id, "--json"]))).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), reports.len());
    assert!(ok(dossier(&data, &["check"])).contains("no problems"));

    let archive = dir.path().join("Jan.dossier");
    ok(dossier(
        &data,
        &["export-archive", id, "--out", archive.to_str().unwrap()],
    ));
    fails_in_one_line(
        dossier(&data, &["import-archive", archive.to_str().unwrap()]),
        "--as-new or --attach",
    );
    ok(dossier(
        &data,
        &["import-archive", archive.to_str().unwrap(), "--attach"],
    ));
    assert_eq!(ok(dossier(&data, &["list"])).lines().count(), 2);
    let elsewhere = dir.path().join("other");
    ok(dossier(
        &elsewhere,
        &["import-archive", archive.to_str().unwrap()],
    ));
    assert!(ok(dossier(&elsewhere, &["patients"])).contains("Jan Novák\t1970"));

    // A report changed behind the app's back is found.
    let files = data.join("files");
    let victim = std::fs::read_dir(&files)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&victim, b"tampered").unwrap();
    let out = dossier(&data, &["check"]);
    assert!(!out.status.success());
    assert!(stdout(&out).contains("changed"));
}

#[test]
fn bad_input_ends_in_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fails_in_one_line(dossier(&data, &["show", "42"]), "no dossier with ID 42");
    fails_in_one_line(dossier(&data, &["show", "forty-two"]), "forty-two");
    fails_in_one_line(dossier(&data, &["frobnicate"]), "frobnicate");
    fails_in_one_line(
        dossier(
            &data,
            &["add-patient", "--name", "A", "--dob", "31/31/2024"],
        ),
        "date_of_birth",
    );
    let p = ok(dossier(&data, &["add-patient", "--name", "A"]));
    let id = ok(dossier(&data, &["new-dossier", p.trim(), "--title", "T"]));
    fails_in_one_line(
        dossier(&data, &["add-document", id.trim(), "/no/such/scan.pdf"]),
        "/no/such/scan.pdf",
    );
    fails_in_one_line(
        dossier(
            &data,
            &["add-document", id.trim(), "/etc/hostname", "--kind", "xray"],
        ),
        "--kind",
    );
    fails_in_one_line(
        dossier(&data, &["import-archive", "/etc/hostname"]),
        "not a dossier archive",
    );
    assert!(ok(dossier(&data, &["--help"])).contains("export-archive"));
    assert!(ok(dossier(&data, &["--version"])).contains(env!("CARGO_PKG_VERSION")));
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A patient and a dossier titled "Knee", through the tool: (patient ID, dossier ID).
fn new_dossier(data: &Path, name: &str) -> (String, String) {
    let patient = ok(dossier(data, &["add-patient", "--name", name]));
    let patient = patient.trim().to_string();
    let id = ok(dossier(data, &["new-dossier", &patient, "--title", "Knee"]));
    (patient, id.trim().to_string())
}

#[test]
fn compare_and_records_request_write_the_apps_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (_, id) = new_dossier(&data, "Ana Ruiz");
    let id = id.as_str();
    let cmp = dir.path().join("cmp.pdf");
    fails_in_one_line(
        dossier(&data, &["compare", id, "--out", cmp.to_str().unwrap()]),
        "second opinion",
    );
    let opinion = dir.path().join("opinion.json");
    std::fs::write(
        &opinion,
        r#"{"given_by": "Dr Okafor", "diagnosis": "Osteoarthritis of the RIGHT knee",
            "treatment": "Total knee replacement not recommended",
            "marks": {"treatment": "different", "diagnosis": "not_sure"}}"#,
    )
    .unwrap();
    ok(dossier(
        &data,
        &["save-opinion", id, opinion.to_str().unwrap()],
    ));
    ok(dossier(
        &data,
        &["compare", id, "--out", cmp.to_str().unwrap()],
    ));
    let text = pdf_text(&cmp);
    for want in [
        "Osteoarthritis of the RIGHT knee",
        "Different",
        "Not sure",
        "Not marked",
    ] {
        assert!(text.contains(want), "comparison has {want}: {text}");
    }
    assert!(!text.contains("The same"), "{text}");

    std::fs::write(&opinion, r#"{"marks": {"goal": "same"}}"#).unwrap();
    fails_in_one_line(
        dossier(&data, &["save-opinion", id, opinion.to_str().unwrap()]),
        "marks",
    );

    let letter = dir.path().join("letter.pdf");
    ok(dossier(
        &data,
        &[
            "records-request",
            id,
            "--out",
            letter.to_str().unwrap(),
            "--to",
            "Records office, Valley Hospital",
            "--record",
            "MRI report of my knee",
            "--record",
            "Blood tests",
            "--from",
            "2023-01",
        ],
    ));
    let text = pdf_text(&letter);
    assert!(text.contains("Records office, Valley Hospital") && text.contains("Blood tests"));
    assert!(letter.with_extension("txt").exists());
    fails_in_one_line(
        dossier(
            &data,
            &[
                "records-request",
                id,
                "--out",
                letter.to_str().unwrap(),
                "--record",
                "x",
                "--from",
                "2023-13",
            ],
        ),
        "from",
    );
}

#[test]
fn outputs_never_replace_the_record_and_huge_text_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (patient, id) = new_dossier(&data, "Ana");
    let id = id.as_str();
    let db = data.join("dossier.db");
    let before = std::fs::read(&db).unwrap();
    for args in [
        vec!["export-pdf", id, "--out", db.to_str().unwrap()],
        vec!["export-archive", id, "--out", db.to_str().unwrap()],
    ] {
        fails_in_one_line(dossier(&data, &args), "data folder");
    }
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database is untouched"
    );
    ok(dossier(&data, &["check"]));

    let long = "A".repeat(120_000);
    fails_in_one_line(
        dossier(&data, &["new-dossier", &patient, "--title", &long]),
        "title: this is too long",
    );
    let err = stderr(&dossier(&data, &["add-patient", "--name", &long]));
    assert!(
        err.len() < 300,
        "the message does not repeat the value: {err}"
    );
}

#[test]
fn an_edit_keeps_a_questions_place_and_a_pdfs_file_date_is_not_the_reports() {
    let dir = tempfile::tempdir().unwrap();
    let store = dossier::Store::open(&dir.path().join("data")).unwrap();
    let d = common::empty_dossier(&store, "A", "T");
    let mut ids = vec![];
    for text in ["first", "second", "third"] {
        ids.push(
            store
                .add_item(
                    d,
                    &dossier::model::Question {
                        text: text.into(),
                        ..Default::default()
                    },
                )
                .unwrap(),
        );
    }
    let mut q: dossier::model::Question = store.item(ids[2]).unwrap();
    q.text = "third, changed".into();
    q.priority = 0;
    store.update_item(&q).unwrap();
    let texts: Vec<String> = store
        .items::<dossier::model::Question>(d)
        .unwrap()
        .into_iter()
        .map(|q| q.text)
        .collect();
    assert_eq!(texts, ["first", "second", "third, changed"]);

    let report = &common::fixture_reports()[1];
    let doc = store
        .add_document(d, report, &dossier::model::Document::default())
        .unwrap();
    assert_eq!(
        doc.date,
        None,
        "{}: the file's creation date is not the report's",
        report.display()
    );
}

#[test]
fn an_export_clears_what_a_killed_export_left_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = ok(dossier(&data, &["add-patient", "--name", "A"]));
    let id = ok(dossier(&data, &["new-dossier", p.trim(), "--title", "T"]));
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let left = out.join(".partial-Ab12Cd");
    std::fs::write(&left, b"half a bundle").unwrap();
    let theirs = out.join(".partial notes.txt");
    std::fs::write(&theirs, b"not ours").unwrap();
    let target = out.join("T.dossier");
    ok(dossier(
        &data,
        &[
            "export-archive",
            id.trim(),
            "--out",
            target.to_str().unwrap(),
        ],
    ));
    assert!(!left.exists(), "a stale partial file of ours is removed");
    assert!(theirs.exists(), "other files are left alone");
    assert!(target.is_file());
}

#[test]
fn export_pdf_takes_its_password_from_the_first_line_of_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (_, id) = new_dossier(&data, "Ana Ruiz");
    let id = id.as_str();
    let out = dir.path().join("bundle.pdf");
    let export = |pw: &Path| {
        dossier(
            &data,
            &[
                "export-pdf",
                id,
                "--out",
                out.to_str().unwrap(),
                "--password-file",
                pw.to_str().unwrap(),
            ],
        )
    };
    let empty = dir.path().join("empty.txt");
    for text in ["", "\n", "\r\nsecond line\n"] {
        std::fs::write(&empty, text).unwrap();
        fails_in_one_line(
            export(&empty),
            "empty.txt: the password file's first line is empty",
        );
    }
    fails_in_one_line(export(&dir.path().join("missing.txt")), "missing.txt");
    assert!(!out.exists(), "nothing is written without a password");

    let file = dir.path().join("pw.txt");
    std::fs::write(&file, "knee joint 2024\r\nnot this line\n").unwrap();
    ok(export(&file));
    let bytes = std::fs::read(&out).unwrap();
    let open = |pw: &str| {
        lopdf::Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password(pw))
    };
    assert!(open("").is_err(), "no empty password");
    assert!(
        open("knee joint 2024\r").is_err(),
        "the line ending is not kept"
    );
    let pdf = open("knee joint 2024").unwrap();
    assert_eq!(pdf.encryption_state.as_ref().unwrap().revision(), 6);
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, Read};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = {
        let store = dossier::Store::open(&data).unwrap();
        let id = common::empty_dossier(&store, "Ana Lopez", "Knee");
        // Far more than a pipe holds, so the writer meets the closed end.
        for _ in 0..4 {
            store
                .add_item(
                    id,
                    &dossier::model::Question {
                        text: "What are the other options? ".repeat(1_500),
                        ..Default::default()
                    },
                )
                .unwrap();
        }
        id.to_string()
    };
    for args in [
        vec!["show", id.as_str()],
        vec!["show", id.as_str(), "--json"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .arg("--data-dir")
            .arg(&data)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // As `| head -1` does: one line read, then the pipe closed.
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{args:?}");
        let status = child.wait().unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        assert_eq!(err, "", "{args:?}: nothing said on a closed pipe");
        assert!(status.success(), "{args:?}: {status}");
    }
}
