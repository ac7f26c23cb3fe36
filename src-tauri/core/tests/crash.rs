//! The kill harness: the `dossier` tool is killed (SIGKILL) at random
//! moments while it imports an archive, adds reports or writes the PDF
//! bundle, again and again. After each kill the next start must find a
//! healthy store: `dossier check` clean, no report file without its row nor
//! row without its file, no temporary file left, an imported dossier wholly
//! there or wholly absent, and the bundle at the output path either the old
//! complete file or a new complete one.
//!
//! `DOSSIER_CRASH_ROUNDS` sets the number of kills (default 120, a debug run
//! of well under a minute); `DOSSIER_CRASH_SEED` replays a failure (every
//! failure message prints the seed).

mod common;

use dossier::model::*;
use dossier::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Questions in the archive the harness imports: enough that the write
/// takes a while, so kills land inside it.
const QUESTIONS: usize = 3000;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn tool(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn run(data: &Path, args: &[&str]) -> Output {
    tool(data).args(args).output().unwrap()
}

fn ok(data: &Path, args: &[&str], seed: u64) -> String {
    let out = run(data, args);
    assert!(
        out.status.success(),
        "seed {seed}: dossier {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The scene: a data folder with dossier A (exported to PDF) and dossier B
/// (reports are added to it), and an archive to import.
struct Scene {
    _tmp: tempfile::TempDir,
    data: PathBuf,
    archive: PathBuf,
    inbox: PathBuf,
    bundle: PathBuf,
    a: i64,
    b: i64,
}

fn scene() -> Scene {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let store = Store::open(&data).unwrap();
    let a = common::full_dossier(&store);
    let b = store
        .create_dossier(
            store.dossier(a).unwrap().patient_id,
            &Dossier {
                title: "Reports added while killed".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    let archive = tmp.path().join("big.dossier");
    archive_with_questions(tmp.path(), &archive);
    let inbox = tmp.path().join("inbox");
    let bundle = tmp.path().join("out").join("bundle.pdf");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::create_dir_all(bundle.parent().unwrap()).unwrap();
    Scene {
        data,
        archive,
        inbox,
        bundle,
        a,
        b,
        _tmp: tmp,
    }
}

/// An archive of the full sample dossier with many questions.
fn archive_with_questions(tmp: &Path, out: &Path) {
    let mut store = Store::open(&tmp.join("source")).unwrap();
    let id = common::full_dossier(&store);
    store
        .bulk(|s| {
            for i in 0..QUESTIONS {
                s.add_item(
                    id,
                    &Question {
                        text: format!("Question {i}: what happens if I wait?"),
                        ..Question::default()
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
    dossier::archive::export_archive(&store, id, out).unwrap();
}

/// New report files (a real PDF with different bytes after it) for one round.
fn new_reports(inbox: &Path, round: u64, rng: &mut fastrand::Rng) -> Vec<String> {
    let pdf = std::fs::read(&common::fixture_reports()[1]).unwrap();
    (0..3)
        .map(|k| {
            let mut bytes = pdf.clone();
            bytes.extend((0..(256 << 10)).map(|_| rng.u8(..)));
            let path = inbox.join(format!("round {round} report {k}.pdf"));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        })
        .collect()
}

/// What the data folder holds that the checks compare.
fn dossier_ids(data: &Path, seed: u64) -> Vec<i64> {
    let mut ids: Vec<i64> = ok(data, &["list"], seed)
        .lines()
        .filter_map(|l| l.split('\t').next()?.parse().ok())
        .collect();
    ids.sort();
    ids
}

fn show(data: &Path, id: i64, seed: u64) -> serde_json::Value {
    serde_json::from_str(&ok(data, &["show", &id.to_string(), "--json"], seed)).unwrap()
}

fn sha(path: &Path) -> Option<String> {
    use sha2::Digest;
    std::fs::read(path)
        .ok()
        .map(|b| hex::encode(sha2::Sha256::digest(&b)))
}

/// Pages of a complete PDF, or why it is not one.
fn complete_pdf_pages(path: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let tail = &bytes[bytes.len().saturating_sub(32)..];
    if !String::from_utf8_lossy(tail).contains("%%EOF") {
        return Err("no %%EOF at the end".into());
    }
    lopdf::Document::load_mem(&bytes)
        .map(|d| d.get_pages().len())
        .map_err(|e| e.to_string())
}

/// The checks after every kill; `what` and `seed` go in every message.
fn assert_healthy(s: &Scene, what: &str, seed: u64) {
    let out = run(&s.data, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("no problems"),
        "seed {seed}, {what}: dossier check after the kill: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for entry in std::fs::read_dir(s.data.join("files")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == ".lock" || dossier::files::is_sha256(&name),
            "seed {seed}, {what}: {name} left in the files folder after the next start"
        );
    }
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Import,
    AddDocuments,
    ExportPdf,
}

/// How long each operation takes when left alone (measured once), so kills
/// are spread over its whole run.
fn durations(s: &Scene, seed: u64) -> [Duration; 3] {
    let mut rng = fastrand::Rng::with_seed(seed);
    let time = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let start = Instant::now();
        ok(&s.data, &args, seed);
        start.elapsed()
    };
    let import = time(vec![
        "import-archive".into(),
        s.archive.display().to_string(),
        "--as-new".into(),
    ]);
    let mut add = vec!["add-document".into(), s.b.to_string()];
    add.extend(new_reports(&s.inbox, 0, &mut rng));
    let add = time(add);
    let export = time(vec![
        "export-pdf".into(),
        s.a.to_string(),
        "--out".into(),
        s.bundle.display().to_string(),
    ]);
    [import, add, export]
}

fn args_for(op: Op, s: &Scene, round: u64, rng: &mut fastrand::Rng) -> Vec<String> {
    match op {
        Op::Import => vec![
            "import-archive".into(),
            s.archive.display().to_string(),
            "--as-new".into(),
        ],
        Op::AddDocuments => {
            let mut v = vec!["add-document".into(), s.b.to_string()];
            v.extend(new_reports(&s.inbox, round, rng));
            v
        }
        Op::ExportPdf => vec![
            "export-pdf".into(),
            s.a.to_string(),
            "--out".into(),
            s.bundle.display().to_string(),
        ],
    }
}

/// Starts the tool, kills it after `delay` (if still running); returns
/// whether it was killed before it finished.
fn run_and_kill(s: &Scene, args: &[String], delay: Duration) -> bool {
    let mut child = tool(&s.data)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let killed = matches!(child.try_wait(), Ok(None));
    // Child::kill sends SIGKILL on Unix.
    let _ = child.kill();
    let _ = child.wait();
    killed
}

/// The imported dossier is all there: every question and every report.
fn assert_whole_import(s: &Scene, id: i64, what: &str, seed: u64) {
    let full = show(&s.data, id, seed);
    let questions = full["questions"].as_array().map_or(0, Vec::len);
    let documents = full["documents"].as_array().map_or(0, Vec::len);
    assert_eq!(
        (questions, documents),
        (QUESTIONS + 2, common::fixture_reports().len()),
        "seed {seed}, {what}: the imported dossier {id} is only partly there"
    );
}

#[test]
fn killed_at_any_moment_the_store_stays_whole() {
    let seed = env_number("DOSSIER_CRASH_SEED", fastrand::u64(..));
    let rounds = env_number("DOSSIER_CRASH_ROUNDS", 120);
    eprintln!("crash harness: seed {seed}, {rounds} rounds (DOSSIER_CRASH_SEED={seed} replays)");
    let s = scene();
    let times = durations(&s, seed);
    let pages = complete_pdf_pages(&s.bundle).unwrap();
    let mut bundle_sha = sha(&s.bundle);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut killed = 0;
    for round in 1..=rounds {
        let op = [Op::Import, Op::AddDocuments, Op::ExportPdf][rng.usize(..3)];
        let est = times[op as usize];
        let delay = est.mul_f64(rng.f64() * 1.1);
        let what = format!("round {round}, {op:?} killed after {delay:?}");
        let before = dossier_ids(&s.data, seed);
        let args = args_for(op, &s, round, &mut rng);
        killed += run_and_kill(&s, &args, delay) as u32;
        assert_healthy(&s, &what, seed);
        let after = dossier_ids(&s.data, seed);
        match op {
            Op::Import => {
                let new: Vec<i64> = after
                    .iter()
                    .filter(|i| !before.contains(i))
                    .copied()
                    .collect();
                assert!(new.len() <= 1, "seed {seed}, {what}: {new:?}");
                for id in new {
                    assert_whole_import(&s, id, &what, seed);
                }
            }
            Op::AddDocuments | Op::ExportPdf => assert_eq!(before, after, "seed {seed}, {what}"),
        }
        let now = sha(&s.bundle);
        if now != bundle_sha {
            assert_eq!(
                complete_pdf_pages(&s.bundle),
                Ok(pages),
                "seed {seed}, {what}: the bundle is neither the old file nor a complete new one"
            );
            bundle_sha = now;
        }
        if round % 100 == 0 {
            eprintln!("crash harness: {round} rounds, {killed} killed, all healthy");
        }
    }
    eprintln!("crash harness: {killed} of {rounds} runs killed before they finished");
    // The next export clears what killed exports left beside the bundle.
    ok(
        &s.data,
        &[
            "export-pdf",
            &s.a.to_string(),
            "--out",
            &s.bundle.display().to_string(),
        ],
        seed,
    );
    let left: Vec<String> = std::fs::read_dir(s.bundle.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "bundle.pdf")
        .collect();
    assert!(
        left.is_empty(),
        "seed {seed}: left beside the bundle: {left:?}"
    );
    assert!(
        killed * 2 >= rounds as u32 / 2,
        "seed {seed}: only {killed} of {rounds} runs were killed before they finished; the harness tests little"
    );
}
