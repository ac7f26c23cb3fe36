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
