//! The protected record and encrypted dossier files: nothing readable is
//! left in a protected data folder, a wrong passphrase changes nothing, a
//! crash while protection is turned on loses nothing, and an encrypted
//! `.dossier` file travels only to whoever has its passphrase.
//!
//! `DOSSIER_PROTECT_KILLS` sets how many times `dossier protect` is killed
//! (default 8).

mod common;

use dossier::archive::{self, ExistingPatient};
use dossier::{protect, vault, ErrorKind, Store};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const NAME: &str = "Zelda Quartermain-Øberg";
const PASSPHRASE: &str = "lantern velvet harbor mosaic";

/// A store in `dir` with one dossier, every fixture report and a few
/// generated files; returns the dossier's ID and the report files added.
fn filled(dir: &Path, generated: usize) -> (i64, Vec<PathBuf>) {
    let store = Store::open(dir).unwrap();
    let id = common::empty_dossier(&store, NAME, "Second look at a breast lump");
    let mut files = common::fixture_reports();
    let extra = dir.parent().unwrap().join(format!(
        "extra-{}",
        dir.file_name().unwrap().to_string_lossy()
    ));
    std::fs::create_dir_all(&extra).unwrap();
    for i in 0..generated {
        let p = extra.join(format!("note-{i}.txt"));
        let body: String = (0..4000)
            .map(|j| format!("Report line {i}-{j} about {NAME}\n"))
            .collect();
        std::fs::write(&p, body).unwrap();
        files.push(p);
    }
    for f in &files {
        store
            .add_document(id, f, &dossier::model::Document::default())
            .unwrap();
    }
    (id, files)
}

/// Every file under `dir`, with its bytes.
fn every_file(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The byte patterns that must not appear anywhere in a protected folder:
/// the patient's name (UTF-8 and UTF-16, as SQLite may keep either) and the
/// first 64 bytes of every report.
fn secrets(files: &[PathBuf]) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("name".to_string(), NAME.as_bytes().to_vec()),
        (
            "name in UTF-16".to_string(),
            NAME.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        ),
        ("surname".to_string(), b"Quartermain".to_vec()),
    ];
    for f in files {
        let bytes = std::fs::read(f).unwrap();
        out.push((
            f.display().to_string(),
            bytes[..bytes.len().min(64)].to_vec(),
        ));
    }
    out
}

fn assert_nothing_readable(dir: &Path, files: &[PathBuf]) {
    let secrets = secrets(files);
    let all = every_file(dir);
    assert!(all.len() >= 3, "{all:?}");
    for (path, bytes) in &all {
        for (what, s) in &secrets {
            assert!(
                !contains(bytes, s),
                "{} holds {what} in readable form",
                path.display()
            );
        }
    }
}

#[test]
fn a_protected_folder_holds_nothing_readable_and_opens_only_with_its_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (id, files) = filled(&dir, 3);
    // Before: the name is there to find, so the search below can fail.
    assert!(every_file(&dir)
        .iter()
        .any(|(_, b)| contains(b, NAME.as_bytes())));

    let code = protect::protect(&dir, PASSPHRASE).unwrap();
    assert_nothing_readable(&dir, &files);

    let locked = Store::open(&dir)
        .err()
        .expect("a protected record must not open without keys");
    assert_eq!(locked.kind, ErrorKind::Locked);
    let wrong = vault::unlock(&dir, "lantern velvet harbor mosaics").unwrap_err();
    assert_eq!(wrong.kind, ErrorKind::WrongPassphrase);
    assert_eq!(wrong.field.as_deref(), Some("passphrase"));

    let keys = vault::unlock(&dir, PASSPHRASE).unwrap();
    let mut store = Store::open_with(&dir, Some(keys.clone())).unwrap();
    let full = store.full_dossier(id).unwrap();
    assert_eq!(full.patient.full_name, NAME);
    assert_eq!(full.documents.len(), files.len());
    assert!(dossier::check::check(&store).unwrap().ok());
    // A report read back is the report added.
    for (doc, f) in full.documents.iter().zip(&files) {
        let mut got = Vec::new();
        std::io::Read::read_to_end(
            &mut store.files().open_plain(&doc.sha256).unwrap(),
            &mut got,
        )
        .unwrap();
        assert_eq!(got, std::fs::read(f).unwrap(), "{}", f.display());
    }
    // New writes stay unreadable: a new patient, a new report.
    let second = common::empty_dossier(&store, "Quentin Abernathy", "Knee");
    let new_report = tmp.path().join("knee.txt");
    std::fs::write(&new_report, "MRI of the knee for Quentin Abernathy").unwrap();
    store
        .add_document(second, &new_report, &dossier::model::Document::default())
        .unwrap();
    // The bundle still holds everything, in plain words for the doctor.
    let out = tmp.path().join("bundle.pdf");
    dossier::pdf::export_pdf(&store, id, &out, &dossier::pdf::ExportOptions::default()).unwrap();
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("Quartermain"));
    store.delete_dossier(second).unwrap();
    drop(store);
    assert_nothing_readable(&dir, &[files.clone(), vec![new_report.clone()]].concat());

    // The recovery code opens it too, and a new passphrase re-seals the same
    // keys: no report file is rewritten.
    let before: Vec<_> = every_file(&dir.join("files"));
    let by_code = vault::unlock_with_recovery_code(&dir, &code).unwrap();
    vault::change_passphrase(&dir, &by_code, "another long passphrase here").unwrap();
    assert_eq!(every_file(&dir.join("files")), before);
    assert!(vault::unlock(&dir, PASSPHRASE).is_err());
    let keys = vault::unlock(&dir, "another long passphrase here").unwrap();

    // Turned off, the record is plain again with every file as it was.
    protect::unprotect(&dir, &keys).unwrap();
    assert!(!vault::is_protected(&dir));
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.full_dossier(id).unwrap().patient.full_name, NAME);
    for (doc, f) in store.full_dossier(id).unwrap().documents.iter().zip(&files) {
        assert_eq!(
            std::fs::read(store.files().path_of(&doc.sha256)).unwrap(),
            std::fs::read(f).unwrap()
        );
    }
    assert!(dossier::check::check(&store).unwrap().ok());
}

fn tool(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dossier"));
    c.arg("--data-dir")
        .arg(dir)
        .env_remove(vault::PASSPHRASE_ENV);
    c
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn a_kill_while_protecting_leaves_a_record_that_opens_old_or_new_with_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let template = tmp.path().join("template");
    let (id, files) = filled(&template, 40);
    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, format!("{PASSPHRASE}\n")).unwrap();

    // How long a whole conversion takes here, to spread the kills over it.
    let timed = tmp.path().join("timed");
    copy_dir(&template, &timed);
    let start = Instant::now();
    let out = tool(&timed)
        .arg("protect")
        .arg("--passphrase-file")
        .arg(&pass_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let whole = start.elapsed();

    let kills: u64 = std::env::var("DOSSIER_PROTECT_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let (mut old, mut new) = (0, 0);
    for round in 0..kills {
        let dir = tmp.path().join(format!("round-{round}"));
        copy_dir(&template, &dir);
        let mut child = tool(&dir)
            .arg("protect")
            .arg("--passphrase-file")
            .arg(&pass_file)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let at = whole.mul_f64((round as f64 + 0.5) / kills as f64);
        std::thread::sleep(at.min(Duration::from_secs(30)));
        let _ = child.kill();
        let _ = child.wait();

        // The next start: either the old plain record or the new protected one.
        let cut_short =
            dir.join(protect::STAGE).exists() && !dir.join(protect::STAGE).join("ready").exists();
        let store = match Store::open(&dir) {
            Ok(s) => {
                old += 1;
                // Undone halfway: said, so that nobody believes it protected.
                if cut_short {
                    assert_eq!(protect::interrupted(&dir), Some(true), "round {round}");
                }
                s
            }
            Err(e) => {
                assert_eq!(e.kind, ErrorKind::Locked, "round {round}: {}", e.message);
                assert_eq!(protect::interrupted(&dir), None, "round {round}");
                new += 1;
                let keys = vault::unlock(&dir, PASSPHRASE).unwrap();
                Store::open_with(&dir, Some(keys)).unwrap()
            }
        };
        let full = store.full_dossier(id).unwrap();
        assert_eq!(full.patient.full_name, NAME, "round {round}");
        assert_eq!(full.documents.len(), files.len(), "round {round}");
        let report = dossier::check::check(&store).unwrap();
        assert!(
            report.ok(),
            "round {round} (killed after {at:?}): {:?}",
            report.problems
        );
        assert!(!dir.join(protect::STAGE).exists(), "round {round}");
        drop(store);
        std::fs::remove_dir_all(&dir).unwrap();
    }
    eprintln!("{kills} kills over {whole:?}: {old} old record(s), {new} protected");
}

#[test]
fn a_crash_before_any_move_of_a_conversion_is_finished_at_the_next_open() {
    let tmp = tempfile::tempdir().unwrap();
    let template = tmp.path().join("template");
    let (id, files) = filled(&template, 2);
    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, PASSPHRASE).unwrap();
    let mut step = 1;
    loop {
        let dir = tmp.path().join(format!("step-{step}"));
        copy_dir(&template, &dir);
        let out = tool(&dir)
            .args(["protect", "--passphrase-file"])
            .arg(&pass_file)
            .env(protect::CRASH_ENV, step.to_string())
            .output()
            .unwrap();
        if out.status.success() {
            // Past the last move: every step has been crashed at.
            assert!(step > 5, "only {step} steps");
            break;
        }
        assert!(
            dir.join(protect::STAGE).join("ready").exists() || dir.join(".converted").exists(),
            "step {step}"
        );
        let keys = vault::unlock(&dir.join(protect::STAGE), PASSPHRASE)
            .or_else(|_| vault::unlock(&dir, PASSPHRASE))
            .unwrap();
        let store = Store::open_with(&dir, Some(keys)).unwrap();
        assert!(vault::is_protected(&dir), "step {step}");
        // Finished, so nothing says it was cut short.
        assert_eq!(protect::interrupted(&dir), None, "step {step}");
        let full = store.full_dossier(id).unwrap();
        assert_eq!(full.documents.len(), files.len(), "step {step}");
        assert!(dossier::check::check(&store).unwrap().ok(), "step {step}");
        drop(store);
        assert_nothing_readable(&dir, &files);
        step += 1;
    }
}

#[test]
fn an_encrypted_dossier_file_opens_only_with_its_passphrase_and_a_refusal_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (id, files) = filled(&tmp.path().join("from"), 0);
    let from = Store::open(&tmp.path().join("from")).unwrap();
    let out = tmp.path().join("for-my-sister.dossier");
    archive::export_archive_sealed(&from, id, &out, Some("short")).unwrap_err();
    // A passphrase read out to someone else has no space that is easy to
    // miss.
    let doubled =
        archive::export_archive_sealed(&from, id, &out, Some("Doktor Müller  passe")).unwrap_err();
    assert!(
        doubled.message.contains("two spaces in a row"),
        "{doubled:?}"
    );
    assert!(!out.exists(), "nothing written");
    archive::export_archive_sealed(&from, id, &out, Some(PASSPHRASE)).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(vault::AGE_MAGIC));
    for (what, s) in secrets(&files) {
        assert!(!contains(&bytes, &s), "the file holds {what}");
    }
    for readable in [&b"dossier.json"[..], b"PK\x03\x04", b"files/"] {
        assert!(!contains(&bytes, readable));
    }

    let to_dir = tmp.path().join("to");
    let mut to = Store::open(&to_dir).unwrap();
    let before = common::snapshot(&to_dir);
    let e =
        archive::import_sealed_archive(&mut to, &out, ExistingPatient::Refuse, None).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Locked);
    assert!(e.message.contains("for-my-sister.dossier"), "{}", e.message);
    let e = archive::import_sealed_archive(
        &mut to,
        &out,
        ExistingPatient::Refuse,
        Some("lantern velvet harbor"),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::WrongPassphrase);
    assert_eq!(
        common::snapshot(&to_dir),
        before,
        "a refused file must change nothing"
    );
    let done =
        archive::import_sealed_archive(&mut to, &out, ExistingPatient::Refuse, Some(PASSPHRASE))
            .unwrap();
    let full = to.full_dossier(done.dossier_id).unwrap();
    assert_eq!(full.patient.full_name, NAME);
    assert_eq!(full.documents.len(), files.len());

    // A file cut short is named as damaged, not as a wrong passphrase.
    let cut = tmp.path().join("cut.dossier");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let e = archive::import_sealed_archive(&mut to, &cut, ExistingPatient::AsNew, Some(PASSPHRASE))
        .unwrap_err();
    assert_ne!(e.kind, ErrorKind::WrongPassphrase, "{}", e.message);
    assert!(
        e.message.contains("damaged or incomplete") && e.message.contains("sent again"),
        "{}",
        e.message
    );
    let short_end = tmp.path().join("short-end.dossier");
    std::fs::write(&short_end, &bytes[..bytes.len() - 100]).unwrap();
    let e = archive::import_sealed_archive(
        &mut to,
        &short_end,
        ExistingPatient::AsNew,
        Some(PASSPHRASE),
    )
    .unwrap_err();
    assert!(e.message.contains("damaged or incomplete"), "{}", e.message);

    // The tool: refused with how to give the passphrase, then read with it.
    let cli_dir = tmp.path().join("cli");
    let refused = tool(&cli_dir)
        .arg("import-archive")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--passphrase-file"));
    let pass_file = tmp.path().join("p.txt");
    std::fs::write(&pass_file, PASSPHRASE).unwrap();
    let read = tool(&cli_dir)
        .arg("import-archive")
        .arg(&out)
        .arg("--passphrase-file")
        .arg(&pass_file)
        .output()
        .unwrap();
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let by_env = tool(&tmp.path().join("env"))
        .arg("import-archive")
        .arg(&out)
        .env(vault::PASSPHRASE_ENV, PASSPHRASE)
        .output()
        .unwrap();
    assert!(
        by_env.status.success(),
        "{}",
        String::from_utf8_lossy(&by_env.stderr)
    );
}

#[test]
fn the_tool_works_on_a_protected_record_only_with_its_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    filled(&dir, 0);
    let pass = tmp.path().join("p.txt");
    std::fs::write(&pass, PASSPHRASE).unwrap();
    let out = tool(&dir)
        .args(["protect", "--passphrase-file"])
        .arg(&pass)
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("recovery code"), "{said}");

    let refused = tool(&dir).arg("list").output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--passphrase-file"));
    let listed = tool(&dir)
        .arg("--passphrase-file")
        .arg(&pass)
        .arg("list")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains(NAME));
    let by_env = tool(&dir)
        .arg("list")
        .env(vault::PASSPHRASE_ENV, PASSPHRASE)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&by_env.stdout).contains(NAME));
    let wrong = tool(&dir)
        .arg("list")
        .env(vault::PASSPHRASE_ENV, "not the passphrase at all")
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not open"));

    let idle = tool(&dir)
        .args(["protection", "--idle-minutes", "5"])
        .env(vault::PASSPHRASE_ENV, PASSPHRASE)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&idle.stdout).contains("5 minute"));
    let off = tool(&dir)
        .arg("unprotect")
        .env(vault::PASSPHRASE_ENV, PASSPHRASE)
        .output()
        .unwrap();
    assert!(
        off.status.success(),
        "{}",
        String::from_utf8_lossy(&off.stderr)
    );
    let plain = tool(&dir).arg("list").output().unwrap();
    assert!(String::from_utf8_lossy(&plain.stdout).contains(NAME));
}

#[test]
fn a_record_open_elsewhere_is_not_converted_and_nothing_opens_it_during_a_conversion() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (id, files) = filled(&dir, 1);
    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, PASSPHRASE).unwrap();

    // The app (here, this process) has the record open: neither the tool
    // nor the library converts it, and nothing changes.
    let open = Store::open(&dir).unwrap();
    let before = common::snapshot(&dir);
    let out = tool(&dir)
        .args(["protect", "--passphrase-file"])
        .arg(&pass_file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("open in another window or program"), "{said}");
    let e = protect::protect(&dir, PASSPHRASE).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Busy);
    assert!(!vault::is_protected(&dir));
    assert_eq!(common::snapshot(&dir), before, "nothing changed");
    assert_eq!(open.full_dossier(id).unwrap().documents.len(), files.len());
    drop(open);

    // Closed, it converts; the tool's commands that only read the record
    // keep working alongside each other.
    protect::protect(&dir, PASSPHRASE).unwrap();
    let keys = vault::unlock(&dir, PASSPHRASE).unwrap();
    let first = Store::open_with(&dir, Some(keys.clone())).unwrap();
    let second = Store::open_with(&dir, Some(keys.clone())).unwrap();
    assert_eq!(
        second.full_dossier(id).unwrap().documents.len(),
        files.len()
    );
    drop((first, second));
    let out = tool(&dir)
        .args(["unprotect", "--passphrase-file"])
        .arg(&pass_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!vault::is_protected(&dir));
}

#[test]
fn the_recovery_code_counts_only_once_shown_and_a_new_one_replaces_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    filled(&dir, 0);
    let first = protect::protect(&dir, PASSPHRASE).unwrap();
    // Not yet noted as written down (the window may close before).
    assert!(!vault::is_recovery_code_kept(&dir).unwrap());
    let keys = vault::unlock(&dir, PASSPHRASE).unwrap();
    let second = vault::new_recovery_code_for(&dir, &keys).unwrap();
    assert_ne!(first, second);
    assert_eq!(
        vault::unlock_with_recovery_code(&dir, &first)
            .unwrap_err()
            .kind,
        ErrorKind::WrongPassphrase,
        "the old code no longer opens the record"
    );
    vault::unlock_with_recovery_code(&dir, &second.to_lowercase()).unwrap();
    vault::recovery_code_kept(&dir).unwrap();
    assert!(vault::is_recovery_code_kept(&dir).unwrap());

    // The tool notes it once it is printed.
    let other = tmp.path().join("other");
    filled(&other, 0);
    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, PASSPHRASE).unwrap();
    let out = tool(&other)
        .args(["protect", "--passphrase-file"])
        .arg(&pass_file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    let code = printed.lines().last().unwrap().trim();
    assert_eq!(code.len(), 29, "{printed}");
    assert!(vault::is_recovery_code_kept(&other).unwrap());
    vault::unlock_with_recovery_code(&other, code).unwrap();
    let out = tool(&other)
        .arg("--passphrase-file")
        .arg(&pass_file)
        .arg("new-recovery-code")
        .output()
        .unwrap();
    assert!(out.status.success());
    let fresh = String::from_utf8_lossy(&out.stdout);
    assert!(vault::unlock_with_recovery_code(&other, code).is_err());
    vault::unlock_with_recovery_code(&other, fresh.lines().last().unwrap()).unwrap();
}

#[test]
fn passphrases_match_however_accents_were_typed_and_only_the_owner_sets_the_idle_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    filled(&dir, 0);
    // "é" as an "e" and a combining accent, then as one letter.
    let decomposed = "cafe\u{301} noir et the\u{301} vert";
    let composed = "caf\u{e9} noir et th\u{e9} vert";
    protect::protect(&dir, decomposed).unwrap();
    vault::unlock(&dir, composed).unwrap();
    vault::unlock(&dir, decomposed).unwrap();

    let out = tool(&dir)
        .args(["protection", "--idle-minutes", "0"])
        .env_remove(vault::PASSPHRASE_ENV)
        .output()
        .unwrap();
    assert!(!out.status.success(), "changed without the passphrase");
    assert_eq!(
        vault::idle_minutes(&dir).unwrap(),
        vault::DEFAULT_IDLE_MINUTES
    );
    let out = tool(&dir)
        .args(["protection", "--idle-minutes", "0"])
        .env(vault::PASSPHRASE_ENV, composed)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(vault::idle_minutes(&dir).unwrap(), 0);

    // A hand-edited idle time is read within its bounds.
    let path = dir.join(vault::LOCK_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("\"idle_minutes\": 0", "\"idle_minutes\": 4000000000");
    assert_ne!(text, edited);
    std::fs::write(&path, edited).unwrap();
    assert_eq!(vault::idle_minutes(&dir).unwrap(), vault::MAX_IDLE_MINUTES);
}

#[test]
fn a_missing_or_damaged_protection_file_is_named_and_a_cut_short_conversion_is_cleared_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    filled(&dir, 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "a plain record's folder is its owner's alone");
    }
    protect::protect(&dir, PASSPHRASE).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for (path, _) in every_file(&dir.join("files")) {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            if dossier::files::is_sha256(&path.file_name().unwrap().to_string_lossy()) {
                assert_eq!(mode, 0o600, "{}", path.display());
            }
        }
    }

    // A conversion cut short before its mark left plain copies in its
    // stage: any command clears them, even one refused for want of a
    // passphrase.
    let stage = dir.join(protect::STAGE);
    std::fs::create_dir_all(stage.join("files")).unwrap();
    std::fs::write(stage.join("files").join("plain"), NAME).unwrap();
    let out = tool(&dir)
        .arg("patients")
        .env_remove(vault::PASSPHRASE_ENV)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!stage.exists(), "the stage outlived a command");
    // The record stayed protected, and says that turning it off was cut
    // short until the user has read it.
    assert_eq!(protect::interrupted(&dir), Some(false));
    let said = tool(&dir).arg("protection").output().unwrap();
    assert!(
        String::from_utf8_lossy(&said.stderr).contains("turning protection off did not finish"),
        "{}",
        String::from_utf8_lossy(&said.stderr)
    );
    protect::forget_interrupted(&dir).unwrap();
    assert_eq!(protect::interrupted(&dir), None);

    let path = dir.join(vault::LOCK_FILE);
    let sealed = std::fs::read(&path).unwrap();
    std::fs::write(&path, &sealed[..sealed.len() / 2]).unwrap();
    let e = vault::unlock(&dir, PASSPHRASE).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Integrity);
    assert!(
        e.message.contains("damaged") && e.message.contains("backup"),
        "{}",
        e.message
    );

    std::fs::remove_file(&path).unwrap();
    let e = Store::open(&dir).err().unwrap();
    assert_eq!(e.kind, ErrorKind::Integrity);
    assert!(
        e.message.contains("protection.json") && e.message.contains("missing"),
        "{}",
        e.message
    );
}

/// A record protected by an earlier version (its database in SQLCipher 4's
/// default settings, HMAC-SHA512 over 4 KiB pages) still unlocks, reads,
/// takes new reports and changes passphrase; protected again after being
/// turned off, it takes the current settings and still opens.
#[test]
fn a_record_protected_by_an_earlier_version_still_opens_and_works() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/protected-layout-1"),
        &dir,
    );
    let screenshot = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/reports/lab-results-screenshot.png");
    let old_pass = "amber lantern velvet harbor";
    assert_eq!(
        vault::unlock(&dir, "amber lantern velvet harbour")
            .unwrap_err()
            .kind,
        ErrorKind::WrongPassphrase
    );
    let keys = vault::unlock(&dir, old_pass).unwrap();
    let by_code = vault::unlock_with_recovery_code(&dir, "JF0D9-3N2XZ-3XW9X-3QGPM-EJ3XD").unwrap();
    let store = Store::open_with(&dir, Some(by_code)).unwrap();
    let listed = store.dossiers(None).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].patient_name, "Ottilie Layoutwerth");
    let full = store.full_dossier(listed[0].id).unwrap();
    assert_eq!(full.documents.len(), 1);
    let mut got = Vec::new();
    std::io::Read::read_to_end(
        &mut store.files().open_plain(&full.documents[0].sha256).unwrap(),
        &mut got,
    )
    .unwrap();
    assert_eq!(got, std::fs::read(&screenshot).unwrap());
    let note = tmp.path().join("note.txt");
    std::fs::write(&note, "Letter for Ottilie Layoutwerth").unwrap();
    store
        .add_document(listed[0].id, &note, &dossier::model::Document::default())
        .unwrap();
    assert!(dossier::check::check(&store).unwrap().ok());
    drop(store);
    assert_nothing_readable(&dir, &[screenshot.clone(), note.clone()]);

    vault::change_passphrase(&dir, &keys, "a new and longer passphrase").unwrap();
    let keys = vault::unlock(&dir, "a new and longer passphrase").unwrap();
    let store = Store::open_with(&dir, Some(keys.clone())).unwrap();
    assert_eq!(store.full_dossier(listed[0].id).unwrap().documents.len(), 2);
    drop(store);

    protect::unprotect(&dir, &keys).unwrap();
    protect::protect(&dir, PASSPHRASE).unwrap();
    // The current settings write the database in 8 KiB pages.
    let size = std::fs::metadata(dir.join("dossier.db")).unwrap().len();
    assert!(size > 0 && size.is_multiple_of(8192), "{size} bytes");
    let keys = vault::unlock(&dir, PASSPHRASE).unwrap();
    let store = Store::open_with(&dir, Some(keys)).unwrap();
    let full = store.full_dossier(listed[0].id).unwrap();
    assert_eq!(full.patient.full_name, "Ottilie Layoutwerth");
    assert_eq!(full.documents.len(), 2);
    assert!(dossier::check::check(&store).unwrap().ok());
    drop(store);
    assert_nothing_readable(&dir, &[screenshot, note]);
}

/// A protected record whose database was deleted is not opened as a new,
/// empty record; without its protection file, neither turning protection on
/// nor off runs; a report damaged part way through is left out of a bundle
/// that is still written.
#[test]
fn a_lost_database_or_protection_file_or_a_damaged_report_is_named_and_nothing_is_made_up() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (id, files) = filled(&dir, 0);
    protect::protect(&dir, PASSPHRASE).unwrap();
    let keys = vault::unlock(&dir, PASSPHRASE).unwrap();

    let no_db = tmp.path().join("no-db");
    copy_dir(&dir, &no_db);
    std::fs::remove_file(no_db.join("dossier.db")).unwrap();
    let e = Store::open_with(&no_db, Some(keys.clone()))
        .err()
        .expect("a protected record without its database must not open");
    assert_eq!(e.kind, ErrorKind::Integrity);
    assert!(e.message.contains("database is missing"), "{}", e.message);
    assert!(
        !no_db.join("dossier.db").exists(),
        "an empty database was made"
    );

    let no_lock = tmp.path().join("no-lock");
    copy_dir(&dir, &no_lock);
    std::fs::remove_file(no_lock.join(vault::LOCK_FILE)).unwrap();
    for e in [
        protect::is_protected(&no_lock).unwrap_err(),
        protect::protect(&no_lock, PASSPHRASE).unwrap_err(),
        protect::unprotect(&no_lock, &keys).unwrap_err(),
    ] {
        assert!(e.message.contains(vault::LOCK_FILE), "{}", e.message);
    }
    assert!(!no_lock.join(protect::STAGE).exists());

    // One report damaged in the middle of its encrypted bytes.
    let store = Store::open_with(&dir, Some(keys)).unwrap();
    let docs = store.full_dossier(id).unwrap().documents;
    let damaged = store.files().path_of(&docs[0].sha256);
    let mut bytes = std::fs::read(&damaged).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&damaged, bytes).unwrap();
    let out = tmp.path().join("bundle.pdf");
    let opts = dossier::pdf::ExportOptions {
        include_documents: docs.iter().map(|d| d.id).collect(),
        ..dossier::pdf::ExportOptions::default()
    };
    let report = dossier::pdf::export_pdf(&store, id, &out, &opts).unwrap();
    assert!(out.exists());
    assert_eq!(files.len(), docs.len());
    assert_eq!(report.not_enclosed.len(), 1, "{report:?}");
    assert_eq!(report.not_enclosed[0].document_id, docs[0].id);
    assert_eq!(report.enclosed.len(), docs.len() - 1, "{report:?}");
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout).replace('\n', " ");
    assert!(text.contains("could not be included"), "{text}");
}
